// The report's opening sections: cover, contents and the principle coverage matrix.
#include "export/ReportSections.h"

#include "canvas/CanvasStyle.h"
#include "export/PageDecoration.h"
#include "export/ReportPager.h"
#include "export/ReportText.h"
#include "principles/PrincipleCatalogue.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace el::ReportSections {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("el::ReportSections", text, disambiguation, n);
}

using namespace ReportText;
using PageDecoration::font;

QString trend(const Indicator &indicator)
{
    const auto latest = indicator.latest();
    if (!latest || !indicator.baseline.value)
        return {};
    const double change = latest->value - *indicator.baseline.value;
    if (qFuzzyIsNull(change))
        return tr("no change");
    const bool better = indicator.higherIsBetter ? change > 0 : change < 0;
    return better ? tr("improving") : tr("worsening");
}

void cover(ReportPager &pager, const Project &project, int modelCount)
{
    QPainter *p = pager.painter();
    const double w = pager.width();
    // A band of the eight principles' colours across the top.
    const double band = w / PrincipleCatalogue::count;
    for (int n = 1; n <= PrincipleCatalogue::count; ++n)
        p->fillRect(QRectF((n - 1) * band, 0, band + 0.5, 10), CanvasStyle::principleColour(n));
    double y = 190;
    y += draw(p, tr("Evaluation report"), font(14, QFont::DemiBold), muted, 0, y, w) + 10;
    y += draw(p, project.title(), font(30, QFont::Bold), accent, 0, y, w) + 14;
    if (!project.meta().place.isEmpty())
        y += draw(p, project.meta().place, font(16), ink, 0, y, w) + 6;
    y += draw(p, PageDecoration::today(), font(12), muted, 0, y, w) + 30;
    p->setPen(QPen(accent, 1.5));
    p->drawLine(QPointF(0, y), QPointF(w * 0.4, y));
    y += 20;
    y += draw(p,
              (modelCount == 1 ? tr("Logic models and the eight Marmot principles: one model, "
                                    "with its diagram, its cards and indicators, and what the "
                                    "checks found.")
                               : tr("Logic models and the eight Marmot principles: %1 models, "
                                    "each with its diagram, its cards and indicators, and what "
                                    "the checks found.")
                                     .arg(modelCount)),
              font(11), ink, 0, y, w * 0.75)
         + 10;
    if (!project.meta().description.isEmpty())
        draw(p, project.meta().description, font(10), muted, 0, y, w * 0.75);
    draw(p, PrincipleCatalogue::sourceNote(), font(7), muted, 0, pager.bottom() - 40, w);
}

void contents(ReportPager &pager, const QList<ContentsEntry> &entries)
{
    heading(pager, tr("Contents"), 1);
    QPainter *p = pager.painter();
    for (const ContentsEntry &e : entries) {
        const QFont f = e.level == 1 ? font(11, QFont::DemiBold) : font(10);
        const double indent = e.level == 1 ? 0 : 18;
        const double line = e.level == 1 ? 22 : 16;
        pager.ensure(line);
        const QFontMetricsF fm(f);
        const QString number = e.page > 0 ? QString::number(e.page) : QString();
        const double numberWidth = fm.horizontalAdvance(number);
        const double baseline = pager.y() + fm.ascent() + (e.level == 1 ? 6 : 2);
        p->setFont(f);
        p->setPen(ink);
        const QString title
            = fm.elidedText(e.title, Qt::ElideRight, pager.width() - indent - numberWidth - 40);
        p->drawText(QPointF(indent, baseline), title);
        p->drawText(QPointF(pager.width() - numberWidth, baseline), number);
        // Dot leaders between the title and the page number.
        p->setPen(QPen(rule, 0.8, Qt::DotLine));
        p->drawLine(QPointF(indent + fm.horizontalAdvance(title) + 6, baseline - 2),
                    QPointF(pager.width() - numberWidth - 6, baseline - 2));
        pager.advance(line);
    }
}

void coverage(ReportPager &pager, const Project &project, const Coverage &coverage)
{
    heading(pager, tr("Principle coverage"), 1);
    paragraph(pager,
              tr("How many chains in each model serve each Marmot principle, and how many "
                 "indicators measure it. An empty cell is a principle the model does not "
                 "address."),
              font(9), muted, 0, 12);
    QPainter *p = pager.painter();
    const double nameWidth = 150;
    const double cell = (pager.width() - nameWidth) / PrincipleCatalogue::count;
    // Column heads (each principle's chip and short label), repeated on every page.
    const double headHeight = 44;
    auto heads = [&] {
        for (int n = 1; n <= PrincipleCatalogue::count; ++n) {
            const double x = nameWidth + (n - 1) * cell;
            PageDecoration::paintChip(p, QPointF(x + cell / 2, pager.y() + 8), 13, n);
            p->setFont(font(7));
            p->setPen(ink);
            p->drawText(QRectF(x + 1, pager.y() + 17, cell - 2, headHeight - 17),
                        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                        PrincipleCatalogue::principle(n).shortLabel);
        }
        pager.advance(headHeight);
    };
    QStringList names;
    QList<double> heights;
    for (ModelId id : coverage.models) {
        const LogicModel *model = project.model(id);
        names << (model ? model->name() : QString());
        heights << std::max(30.0,
                            height(names.last(), font(9, QFont::DemiBold), nameWidth - 8) + 10);
    }
    const QList<int> breaks = placeTable(pager, tableFlow(pager, 0, 0, headHeight), heights);
    heads();
    for (int row = 0; row < coverage.models.size(); ++row) {
        if (breaks.contains(row)) {
            pager.breakPage();
            heads();
        }
        const QString &name = names.at(row);
        const double h = heights.at(row);
        const double y = pager.y();
        if (row % 2 == 0)
            p->fillRect(QRectF(0, y, pager.width(), h), shade);
        draw(p, name, font(9, QFont::DemiBold), ink, 4, y + 5, nameWidth - 8);
        for (int n = 1; n <= PrincipleCatalogue::count; ++n) {
            const CoverageCell &c = coverage.cells.at(row).at(static_cast<size_t>(n - 1));
            const QRectF r(nameWidth + (n - 1) * cell + 2, y + 3, cell - 4, h - 6);
            if (c.chains == 0) {
                p->setFont(font(8));
                p->setPen(QColor(0xb4, 0x3c, 0x3c));
                p->drawText(r, Qt::AlignCenter, tr("none"));
                continue;
            }
            QColor fill = CanvasStyle::principleColour(n);
            fill.setAlpha(c.indicators > 0 ? 60 : 28);
            p->setPen(Qt::NoPen);
            p->setBrush(fill);
            p->drawRoundedRect(r, 3, 3);
            p->setPen(ink);
            p->setFont(font(8, QFont::DemiBold));
            const QString chains
                = c.chains > 999999 ? QStringLiteral("10⁶+") : QString::number(c.chains);
            p->drawText(
                r.adjusted(0, 0, 0, -r.height() / 2), Qt::AlignHCenter | Qt::AlignBottom,
                tr("%1 chain(s)", nullptr, int(qMin<quint64>(c.chains, 1000000))).arg(chains));
            p->setFont(font(7));
            p->drawText(r.adjusted(0, r.height() / 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                        c.indicators == 1 ? tr("1 indicator")
                                          : tr("%1 indicators").arg(c.indicators));
        }
        pager.advance(h);
    }
    pager.advance(18);
    heading(pager, tr("The eight Marmot principles"), 2);
    for (int n = 1; n <= PrincipleCatalogue::count; ++n) {
        const QString text = PrincipleCatalogue::principle(n).wording;
        const double h = std::max(16.0, height(text, font(9), pager.width() - 24) + 4);
        pager.ensure(h);
        PageDecoration::paintChip(p, QPointF(7, pager.y() + 6), 12, n);
        draw(p, text, font(9), ink, 22, pager.y(), pager.width() - 24);
        pager.advance(h);
    }
}

} // namespace el::ReportSections
