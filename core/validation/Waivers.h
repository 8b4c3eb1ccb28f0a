#pragma once
// Building the project's list of waivers for "waive this finding, because ..." and "withdraw the
// waiver": the editor pushes the result as one SetWaiversCommand, so both can be undone.
#include "model/Waiver.h"
#include "validation/Diagnostic.h"

#include <QList>

namespace el::Waivers {

// Whether a waiver covers a finding: same model, same key (code and what it concerns).
bool matches(const Waiver &waiver, const Diagnostic &diagnostic);
// Whether a finding may be waived: every finding but EL701 (a stale waiver), whose remedy is to
// remove the waiver it is about; so waivers never have to match findings about waivers.
bool canWaive(const Diagnostic &diagnostic);
Waiver waiverFor(const Diagnostic &diagnostic, const QString &justification);
// The list with the finding waived (replacing the justification if it was already waived); the
// list unchanged for a finding that cannot be waived.
QList<Waiver> withWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic,
                         const QString &justification);
// The list without any waiver of the finding.
QList<Waiver> withoutWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic);
// For an EL701 finding: the list without the stale waiver it is about (and any copy of it).
QList<Waiver> withoutStaleWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic);

} // namespace el::Waivers
