#include "panels/FindingsDock.h"

#include "commands/SetWaiversCommand.h"
#include "document/Document.h"
#include "mainwindow/Icons.h"
#include "mainwindow/Prompts.h"
#include "validation/Waivers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace el {

namespace {
constexpr int indexRole = Qt::UserRole + 1;

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Icons::get(Icons::Error);
    case Severity::Warning:
        return Icons::get(Icons::Warning);
    case Severity::Info:
        return Icons::get(Icons::Information);
    }
    return {};
}
} // namespace

FindingsDock::FindingsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("FindingsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("FindingsSummary"));
    top->addWidget(m_summary, 1);
    m_waive = new QPushButton(tr("Accept\u2026"), body);
    m_waive->setToolTip(tr("Accept this finding and write down why; it stays listed, greyed, "
                           "with your reason"));
    m_withdraw = new QPushButton(tr("Withdraw acceptance"), body);
    m_removeStale = new QPushButton(tr("Remove acceptance"), body);
    m_removeStale->setObjectName(QStringLiteral("RemoveStaleAcceptance"));
    m_removeStale->setToolTip(tr("This finding was accepted, but it no longer applies: take it "
                                 "off the list of accepted findings (Undo puts it back)"));
    top->addWidget(m_waive);
    top->addWidget(m_withdraw);
    top->addWidget(m_removeStale);
    layout->addLayout(top);

    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("FindingsList"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Finding"), tr("Model"), tr("Rule")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    m_details = new QLabel(body);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    layout->addWidget(m_details);
    setWidget(body);

    connect(m_tree, &QTreeWidget::itemClicked, this, [this] {
        if (const Diagnostic *d = currentFinding())
            Q_EMIT findingActivated(*d);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsDock::showDetails);
    connect(m_waive, &QPushButton::clicked, this, &FindingsDock::waiveCurrent);
    connect(m_withdraw, &QPushButton::clicked, this, &FindingsDock::withdrawCurrentWaiver);
    connect(m_removeStale, &QPushButton::clicked, this, &FindingsDock::removeCurrentStaleWaiver);
    showDetails();
}

void FindingsDock::setResult(const ValidationResult &result)
{
    const QString keep = currentFinding() ? currentFinding()->key() : QString();
    m_findings = result.diagnostics;
    const Project *project = m_document->project();
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Diagnostic &d = m_findings.at(i);
        const LogicModel *model = project->model(d.model);
        auto *item = new QTreeWidgetItem(m_tree);
        QString text = d.message;
        if (d.waived)
            text = tr("%1 (accepted: %2)").arg(d.message, d.justification);
        item->setText(0, text);
        item->setIcon(0, severityIcon(d.severity));
        item->setText(1, model ? model->name() : tr("Whole project"));
        item->setText(2, d.code);
        item->setData(0, indexRole, i);
        item->setToolTip(
            0, d.hint.isEmpty() ? d.message : tr("%1\n\nHow to fix it: %2").arg(d.message, d.hint));
        if (d.waived) {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, m_tree->palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (d.staleWaiver) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
        }
        if (!keep.isEmpty() && d.key() == keep)
            current = item;
    }
    if (current)
        m_tree->setCurrentItem(current);

    const int errors = result.count(Severity::Error);
    const int warnings = result.count(Severity::Warning);
    int waived = 0, stale = 0;
    for (const Diagnostic &d : std::as_const(m_findings)) {
        waived += d.waived ? 1 : 0;
        stale += d.staleWaiver ? 1 : 0;
    }
    if (m_findings.isEmpty()) {
        m_summary->setText(tr("No findings: every chain holds together."));
    } else {
        QStringList parts;
        parts << tr("%n error(s)", nullptr, errors) << tr("%n warning(s)", nullptr, warnings);
        if (const int notes = result.count(Severity::Info); notes > 0)
            parts << tr("%n note(s)", nullptr, notes);
        if (waived > 0)
            parts << tr("%n accepted", nullptr, waived);
        if (stale > 0)
            parts << tr("%n acceptance(s) out of date", nullptr, stale);
        m_summary->setText(parts.join(QStringLiteral(", ")));
    }
    setWindowTitle(errors + warnings > 0 ? tr("Findings (%1)").arg(errors + warnings)
                                         : tr("Findings"));
    showDetails();
}

const Diagnostic *FindingsDock::findingAt(int row) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    if (!item)
        return nullptr;
    const int index = item->data(0, indexRole).toInt();
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

const Diagnostic *FindingsDock::currentFinding() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? findingAt(m_tree->indexOfTopLevelItem(item)) : nullptr;
}

void FindingsDock::showDetails()
{
    const Diagnostic *d = currentFinding();
    const bool stale = d && d->staleWaiver;
    m_waive->setEnabled(d && !d->waived && Waivers::canWaive(*d));
    m_waive->setVisible(!stale);
    m_withdraw->setEnabled(d && d->waived);
    m_withdraw->setVisible(d && d->waived);
    m_removeStale->setEnabled(stale);
    m_removeStale->setVisible(stale);
    if (!d) {
        m_details->setText(m_findings.isEmpty()
                               ? QString()
                               : tr("Click a finding to see its cards on the canvas."));
        return;
    }
    QString html = QStringLiteral("<b>%1</b> %2")
                       .arg(severityTitle(d->severity).toHtmlEscaped(), d->message.toHtmlEscaped());
    if (!d->hint.isEmpty())
        html += tr("<br>How to fix it: %1").arg(d->hint.toHtmlEscaped());
    if (d->waived)
        html += tr("<br><i>Accepted: %1</i>").arg(d->justification.toHtmlEscaped());
    m_details->setText(html);
}

void FindingsDock::waiveCurrent()
{
    const Diagnostic *d = currentFinding();
    if (!d || d->waived || !Waivers::canWaive(*d) || !m_prompts)
        return;
    const Diagnostic finding = *d;
    const auto reason = m_prompts->askJustification(this, finding.message);
    if (!reason)
        return;
    Project *project = m_document->project();
    m_document->push(
        new SetWaiversCommand(project, Waivers::withWaiver(project->waivers(), finding, *reason),
                              tr("Accept %1").arg(finding.code)));
}

void FindingsDock::withdrawCurrentWaiver()
{
    const Diagnostic *d = currentFinding();
    if (!d || !d->waived)
        return;
    Project *project = m_document->project();
    m_document->push(new SetWaiversCommand(project, Waivers::withoutWaiver(project->waivers(), *d),
                                           tr("Withdraw acceptance of %1").arg(d->code)));
}

void FindingsDock::removeCurrentStaleWaiver()
{
    const Diagnostic *d = currentFinding();
    if (!d || !d->staleWaiver)
        return;
    Project *project = m_document->project();
    m_document->push(
        new SetWaiversCommand(project, Waivers::withoutStaleWaiver(project->waivers(), *d),
                              tr("Remove acceptance of %1").arg(d->staleWaiver->code)));
}

} // namespace el
