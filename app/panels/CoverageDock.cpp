#include "panels/CoverageDock.h"

#include "canvas/CanvasStyle.h"
#include "document/Document.h"
#include "mainwindow/Icons.h"
#include "panels/PrincipleHeaderView.h"
#include "principles/PrincipleCatalogue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace el {

namespace {
// A model's name broken at the space that makes its longer line shortest ("Employment, Skills" /
// "and Work"), so that the row headings leave the principles room.
QString onTwoLines(const QString &label)
{
    qsizetype best = -1;
    qsizetype longest = label.size();
    for (qsizetype i = label.indexOf(QLatin1Char(' ')); i > 0;
         i = label.indexOf(QLatin1Char(' '), i + 1)) {
        const qsizetype longer = std::max(i, label.size() - i - 1);
        if (longer < longest) {
            longest = longer;
            best = i;
        }
    }
    if (best < 0 || label.size() <= 20)
        return label;
    return label.left(best) + QLatin1Char('\n') + label.mid(best + 1);
}
} // namespace

CoverageDock::CoverageDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Principle coverage"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("CoverageDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *hint = new QLabel(tr("Chains serving each Marmot principle. Click a number to "
                               "highlight those chains."),
                            body);
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    auto *clear = new QPushButton(tr("Clear highlight"), body);
    top->addWidget(clear);
    layout->addLayout(top);

    m_table = new QTableWidget(0, PrincipleCatalogue::count, body);
    m_table->setObjectName(QStringLiteral("CoverageTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int n = 1; n <= PrincipleCatalogue::count; ++n) {
        auto *header = new QTableWidgetItem(Icons::principle(n),
                                            PrincipleCatalogue::principle(n).shortLabel);
        header->setToolTip(PrincipleCatalogue::numberedWording(n));
        m_table->setHorizontalHeaderItem(n - 1, header);
    }
    // The columns share the width, but never become narrower than their headings' longest word:
    // in a very narrow panel the table scrolls sideways rather than cut a principle's name.
    auto *headings = new PrincipleHeaderView(m_table);
    m_table->setHorizontalHeader(headings);
    headings->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    setWidget(body);

    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (row >= 0 && row < m_coverage.models.size())
            Q_EMIT cellActivated(m_coverage.models.at(row), column + 1);
    });
    connect(clear, &QPushButton::clicked, this, [this] { Q_EMIT cellActivated(m_current, 0); });
}

void CoverageDock::setCoverage(const Coverage &coverage)
{
    m_coverage = coverage;
    const Project *project = m_document->project();
    m_table->setRowCount(int(coverage.models.size()));
    for (int row = 0; row < coverage.models.size(); ++row) {
        const LogicModel *model = project->model(coverage.models.at(row));
        const QString name = model ? model->name() : QString();
        auto *heading = new QTableWidgetItem(onTwoLines(name));
        heading->setToolTip(name);
        m_table->setVerticalHeaderItem(row, heading);
        for (int n = 1; n <= PrincipleCatalogue::count; ++n) {
            const CoverageCell cell = coverage.cells.at(row)[size_t(n - 1)];
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            const QColor colour = CanvasStyle::principleColour(n);
            if (cell.chains == 0) {
                item->setText(QStringLiteral("\u2013"));
                item->setToolTip(
                    tr("No chain in \u201c%1\u201d serves principle %2.").arg(name).arg(n));
            } else {
                item->setText(QString::number(cell.chains));
                QColor tint = colour;
                tint.setAlpha(60);
                item->setBackground(tint);
                const QString indicators = tr("%n indicator(s)", nullptr, cell.indicators);
                item->setToolTip(tr("%n chain(s) in \u201c%1\u201d serve principle %2, with %3."
                                    "\n%4",
                                    nullptr, int(qMin<quint64>(cell.chains, 1000000)))
                                     .arg(name, QString::number(n), indicators,
                                          PrincipleCatalogue::numberedWording(n)));
            }
            m_table->setItem(row, n - 1, item);
        }
    }
    markCurrentRow();
}

void CoverageDock::setCurrentModel(ModelId model)
{
    m_current = model;
    markCurrentRow();
}

void CoverageDock::markCurrentRow()
{
    for (int row = 0; row < m_coverage.models.size(); ++row) {
        if (QTableWidgetItem *header = m_table->verticalHeaderItem(row)) {
            QFont font = m_table->font();
            font.setBold(m_coverage.models.at(row) == m_current);
            header->setFont(font);
        }
    }
}

} // namespace el
