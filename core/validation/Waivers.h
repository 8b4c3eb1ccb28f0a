#pragma once
// Building the project's list of waivers for "waive this finding, because ..." and "withdraw the
// waiver": the editor pushes the result as one SetWaiversCommand, so both can be undone.
#include "model/Waiver.h"
#include "validation/Diagnostic.h"

#include <QList>

namespace el::Waivers {

// Whether a waiver covers a finding: same model, same key (code and what it concerns).
bool matches(const Waiver &waiver, const Diagnostic &diagnostic);
Waiver waiverFor(const Diagnostic &diagnostic, const QString &justification);
// The list with the finding waived (replacing the justification if it was already waived).
QList<Waiver> withWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic,
                         const QString &justification);
// The list without any waiver of the finding.
QList<Waiver> withoutWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic);
// Marks each finding a waiver covers as waived, with its justification.
void apply(const QList<Waiver> &waivers, QList<Diagnostic> &diagnostics);

} // namespace el::Waivers
