#pragma once
// The coverage panel: which Marmot principles each model's chains serve, as a models x
// principles table. Clicking a cell shows that model with the principle's chains highlighted.
#include "validation/Validator.h"

#include <QDockWidget>

class QTableWidget;

namespace el {

class Document;

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

private:
    void markCurrentRow();

    Document *m_document;
    Coverage m_coverage;
    ModelId m_current;
    QTableWidget *m_table;
};

} // namespace el
