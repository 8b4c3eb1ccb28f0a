#pragma once
// The coverage panel: which Marmot principles each model's chains serve, as a models x
// principles table. Clicking a cell shows that model with the principle's chains highlighted.
#include "validation/Validator.h"

#include <QDockWidget>

class QTableWidget;

namespace el {

class Document;
class PrincipleHeaderView;

class CoverageDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CoverageDock(Document *document, QWidget *parent = nullptr);

    void setCoverage(const Coverage &coverage);
    void setCurrentModel(ModelId model);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    // principle 1-8; 0 asks to clear the highlight.
    void cellActivated(el::ModelId model, int principle);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markCurrentRow();
    // No column narrower than its heading, in the font the heading is drawn in.
    void fitHeadings();

    Document *m_document;
    Coverage m_coverage;
    ModelId m_current;
    QTableWidget *m_table;
    PrincipleHeaderView *m_header;
};

} // namespace el
