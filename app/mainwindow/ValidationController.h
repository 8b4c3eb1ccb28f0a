#pragma once
// Re-checks the project after every change, coalescing a burst of changes (a paste, an undo of
// many steps) into one run on the next turn of the event loop, and hands the findings on.
#include "validation/Validator.h"

#include <QObject>
#include <QTimer>

namespace el {

class Project;

class ValidationController : public QObject
{
    Q_OBJECT
public:
    explicit ValidationController(Project *project, QObject *parent = nullptr);

    const ValidationResult &result() const { return m_result; }
    // The findings about one model (waived ones included).
    QList<Diagnostic> diagnosticsFor(ModelId model) const;

public Q_SLOTS:
    // Validates now (also called once the coalescing timer fires).
    void validateNow();
    void schedule();

Q_SIGNALS:
    void validated(const el::ValidationResult &result);

private:
    Project *m_project;
    QTimer m_timer;
    ValidationResult m_result;
};

} // namespace el
