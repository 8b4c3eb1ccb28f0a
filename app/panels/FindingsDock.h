#pragma once
// The findings panel: what the validator found, newest after every edit. Clicking a finding
// shows its cards on the canvas; a finding the team accepts can be waived with a reason, and an
// acceptance that no longer matches any finding (EL701) removed with one click.
#include "validation/Validator.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace el {

class Document;
class Prompts;

class FindingsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FindingsDock(Document *document, QWidget *parent = nullptr);

    // Asks for the reason when waiving (the window's prompts).
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }
    void setResult(const ValidationResult &result);
    QTreeWidget *tree() const { return m_tree; }
    // The finding shown in a row of the list (nothing for a bad row).
    const Diagnostic *findingAt(int row) const;

    // Asks for a justification and waives the selected finding (one undo step).
    void waiveCurrent();
    void withdrawCurrentWaiver();
    // For a stale acceptance (EL701): removes the waiver it is about (one undo step).
    void removeCurrentStaleWaiver();

Q_SIGNALS:
    void findingActivated(const el::Diagnostic &finding);

private:
    const Diagnostic *currentFinding() const;
    void showDetails();

    Document *m_document;
    Prompts *m_prompts = nullptr;
    QList<Diagnostic> m_findings;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_details;
    QPushButton *m_waive;
    QPushButton *m_withdraw;
    QPushButton *m_removeStale;
};

} // namespace el
