// The report's sections for one model: its diagram, its cards with principles and indicators,
// and its findings with waivers.
#include "export/DateText.h"
#include "export/DiagramPages.h"
#include "export/DiagramScene.h"
#include "export/PageDecoration.h"
#include "export/ReportPager.h"
#include "export/ReportSections.h"
#include "export/ReportText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace el::ReportSections {

using namespace ReportText;
using PageDecoration::font;

namespace {

// A value as the user's locale writes numbers (as the editor shows them), without grouping.
QString number(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 6);
}

QString dated(const std::optional<double> &value, const QDate &date)
{
    if (!value)
        return tr("not set");
    QString text = number(*value);
    if (date.isValid())
        text += QStringLiteral(" (%1)").arg(DateText::monthYear(date));
    return text;
}

QString indicatorLines(const Indicator &i)
{
    QString text = i.title;
    if (!i.unit.isEmpty())
        text += QStringLiteral(" (%1)").arg(i.unit);
    text += QLatin1Char('\n');
    text
        += tr("Baseline %1 · Target %2")
               .arg(dated(i.baseline.value, i.baseline.date), dated(i.target.value, i.target.date));
    if (const auto latest = i.latest())
        text += tr(" · Latest %1").arg(dated(latest->value, latest->date));
    else
        text += tr(" · No measurement yet");
    return text;
}

QColor trendColour(const QString &t)
{
    if (t == tr("improving"))
        return QColor(0x1f, 0x7a, 0x45);
    if (t == tr("worsening"))
        return QColor(0xb4, 0x3c, 0x3c);
    return muted;
}

constexpr double cardWidth = 165;
constexpr double principlesWidth = 62;
} // namespace

void diagram(ReportPager &pager, Document *document, const LogicModel &model)
{
    QPainter *p = pager.painter();
    heading(pager, model.name(), 1, 0);
    QString about = model.description();
    if (!model.owner().isEmpty())
        about += (about.isEmpty() ? QString() : QStringLiteral(" "))
                 + tr("Owner: %1.").arg(model.owner());
    if (!about.isEmpty())
        paragraph(pager, about, font(9), muted, 0, 6);

    DiagramScene scene(document, model.id());
    const QList<int> principles = scene.principlesUsed();
    const double legend
        = PageDecoration::paintLegend(nullptr, QPointF(), pager.width(), principles);
    QRectF area(0, pager.y(), pager.width(), pager.bottom() - pager.y() - legend - 8);
    PageSetup setup;
    setup.fit = PageTiling::fitTooSmall(scene.contentRect().size(), area.size())
                    ? PageFit::Tile
                    : PageFit::FitToPage;
    // Titles at about 8 points, or smaller but readable when that takes fewer pages, or up to
    // actual size when the pages have room.
    setup.tileScale = 0.8;
    setup.tileShrink = 0;
    setup.tileGrow = 1.0 / setup.tileScale;
    const QList<DiagramPage> plan = DiagramPages::plan(scene, 0, area.size(), setup);
    for (int i = 0; i < plan.size() && !pager.cancelled(); ++i) {
        if (i > 0) {
            pager.newPage(QPageLayout::Landscape);
            area = QRectF(0, 0, pager.width(), pager.bottom() - legend - 20);
            p->setFont(font(8, QFont::DemiBold));
            p->setPen(muted);
            p->drawText(QPointF(0, area.bottom() + 14), model.name());
        }
        const DiagramPage &page = plan.at(i);
        // Drawing the diagram is most of the report's work; a layout run can go without it.
        if (pager.drawing())
            DiagramPages::paintDiagram(p, scene, page, area);
        if (page.tiled) {
            p->setFont(font(8));
            p->setPen(muted);
            p->drawText(QRectF(0, area.bottom() + 4, pager.width(), 12), Qt::AlignRight,
                        DiagramPages::tileLabel(page));
        }
        PageDecoration::paintLegend(p, QPointF(0, pager.bottom() - legend), pager.width(),
                                    principles);
    }
}

void nodeTable(ReportPager &pager, const LogicModel &model)
{
    const QString title = tr("%1: cards, principles and indicators").arg(model.name());
    QPainter *p = pager.painter();
    const double indicatorsWidth = pager.width() - cardWidth - principlesWidth;
    const double headerHeight = 18;
    auto header = [&] {
        p->fillRect(QRectF(0, pager.y(), pager.width(), 16), accent);
        p->setFont(font(8, QFont::Bold));
        p->setPen(Qt::white);
        p->drawText(QRectF(4, pager.y(), cardWidth, 16), Qt::AlignVCenter, tr("Card"));
        p->drawText(QRectF(cardWidth + 4, pager.y(), principlesWidth, 16), Qt::AlignVCenter,
                    tr("Principles"));
        p->drawText(QRectF(cardWidth + principlesWidth + 4, pager.y(), indicatorsWidth, 16),
                    Qt::AlignVCenter, tr("Indicators: baseline, target, latest and direction"));
        pager.advance(headerHeight);
    };
    auto subtitle = [](const Node &n) {
        QString sub = nodeKindName(n.kind);
        if (!n.population.isEmpty())
            sub += QStringLiteral(" · ") + tr("for %1").arg(n.population);
        return sub;
    };

    // Every row's height first, so that the page breaks can be chosen for the whole table.
    QList<const Node *> nodes;
    QList<double> heights;
    for (NodeKind kind : allNodeKinds) {
        for (const Node &n : model.nodes()) {
            if (n.kind != kind)
                continue;
            const double cardHeight = height(n.title, font(8, QFont::DemiBold), cardWidth - 8)
                                      + height(subtitle(n), font(7), cardWidth - 8) + 2;
            double indicatorsHeight = 0;
            for (const Indicator &i : n.indicators)
                indicatorsHeight += height(indicatorLines(i), font(7), indicatorsWidth - 70) + 4;
            nodes << &n;
            heights << std::max({cardHeight, indicatorsHeight, 14.0}) + 6;
        }
    }
    const QList<int> breaks
        = placeTable(pager,
                     tableFlow(pager, headingHeight(pager.width(), title, 2, pager.y() <= 0),
                               headingHeight(pager.width(), title, 2, true), headerHeight),
                     heights);
    heading(pager, title, 2, 0);
    header();
    for (int row = 0; row < nodes.size() && !pager.cancelled(); ++row) {
        if (breaks.contains(row)) {
            pager.breakPage();
            header();
        }
        const Node &n = *nodes.at(row);
        const double h = heights.at(row);
        const double y = pager.y();
        if (row % 2 == 0)
            p->fillRect(QRectF(0, y, pager.width(), h), shade);
        double cy = y + 3;
        cy += draw(p, n.title, font(8, QFont::DemiBold), ink, 4, cy, cardWidth - 8) + 1;
        draw(p, subtitle(n), font(7), muted, 4, cy, cardWidth - 8);
        double x = cardWidth + 4 + 6;
        for (int principle : n.principles.numbers()) {
            PageDecoration::paintChip(p, QPointF(x, y + 9), 10, principle);
            x += 12;
        }
        double iy = y + 3;
        for (const Indicator &i : n.indicators) {
            const double ih = draw(p, indicatorLines(i), font(7), ink,
                                   cardWidth + principlesWidth + 4, iy, indicatorsWidth - 74);
            const QString t = trend(i);
            const QString shown = t.isEmpty() ? tr("no data") : t;
            const QString arrow = t == tr("improving")   ? QStringLiteral("▲ ")
                                  : t == tr("worsening") ? QStringLiteral("▼ ")
                                                         : QString();
            p->setFont(font(7, QFont::Bold));
            p->setPen(trendColour(t));
            p->drawText(QRectF(pager.width() - 68, iy, 66, 10), Qt::AlignRight | Qt::AlignTop,
                        arrow + shown);
            iy += ih + 4;
        }
        pager.advance(h);
    }
    pager.advance(10);
}

void findings(ReportPager &pager, const LogicModel &model, const QList<Diagnostic> &diagnostics)
{
    const QString title = tr("%1: findings").arg(model.name());
    if (diagnostics.isEmpty()) {
        heading(pager, title, 2);
        paragraph(pager, tr("The checks found nothing to report for this model."), font(9), ink);
        return;
    }
    // Each finding's texts and height first, so that page breaks can keep findings together.
    struct Entry
    {
        const Diagnostic *d;
        QString head, body, waiver;
        double height;
    };
    const double w = pager.width() - 16;
    QList<Entry> entries;
    int open = 0;
    for (const Diagnostic &d : diagnostics) {
        open += d.waived ? 0 : 1;
        Entry e{&d, QStringLiteral("%1 · %2").arg(severityTitle(d.severity), d.code), d.message,
                d.waived ? tr("Accepted: %1").arg(d.justification) : QString(), 0};
        if (!d.hint.isEmpty())
            e.body += QLatin1Char('\n') + d.hint;
        e.height = height(e.head, font(8, QFont::Bold), w) + height(e.body, font(8), w)
                   + (e.waiver.isEmpty() ? 0 : height(e.waiver, font(8, QFont::DemiBold), w) + 2)
                   + 10;
        entries << e;
    }
    const QString summary
        = tr("%n finding(s), %1 of them accepted by the team with a written justification.",
             nullptr, int(diagnostics.size()))
              .arg(diagnostics.size() - open);
    // The heading stays with the summary and the first finding.
    heading(pager, title, 2, height(summary, font(9), pager.width()) + 8 + entries.first().height);
    paragraph(pager, summary, font(9), muted, 0, 8);
    QPainter *p = pager.painter();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (pager.cancelled())
            return;
        const Entry &e = entries.at(i);
        const Diagnostic &d = *e.d;
        // The last finding does not go over to a page on its own: the one before goes with it.
        const bool lastButOne = i == entries.size() - 2;
        const double pair = lastButOne ? e.height + entries.at(i + 1).height : 0;
        pager.ensure(lastButOne && pair <= pager.bottom() ? pair : e.height);
        const double h = e.height;
        const double y = pager.y();
        const QColor bar = d.waived                          ? QColor(0x9a, 0xa4, 0xb1)
                           : d.severity == Severity::Error   ? QColor(0xb4, 0x3c, 0x3c)
                           : d.severity == Severity::Warning ? QColor(0xc2, 0x7c, 0x0e)
                                                             : QColor(0x3b, 0x6e, 0xa8);
        p->fillRect(QRectF(0, y, 3, h - 6), bar);
        double ty = y;
        ty += draw(p, e.head, font(8, QFont::Bold), bar, 12, ty, w);
        ty += draw(p, e.body, font(8), d.waived ? muted : ink, 12, ty, w) + 2;
        if (!e.waiver.isEmpty())
            draw(p, e.waiver, font(8, QFont::DemiBold), QColor(0x1f, 0x7a, 0x45), 12, ty, w);
        pager.advance(h);
    }
}

} // namespace el::ReportSections
