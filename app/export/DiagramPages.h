#pragma once
// The pages of one or more models' diagrams: plans them (fitted, or tiled without blank pages)
// and paints each one with its frame. Export to PDF, print and print preview all use this.
#include "export/PageSetup.h"
#include "export/PageTiling.h"
#include "export/WriteProgress.h"
#include "model/Ids.h"

#include <QStringList>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace el {

class DiagramScene;
class Document;

struct DiagramPage
{
    int diagram = 0;  // index into the models given
    QRectF source;    // scene rectangle shown
    double scale = 1; // points per scene unit
    bool tiled = false;
    Tile tile;
    TilePlan plan; // the model's whole grid when tiled (for labels and overlap marks)
};

class DiagramPages
{
public:
    DiagramPages(Document *document, const QList<ModelId> &models, const PageSetup &setup);
    ~DiagramPages();

    const PageSetup &setup() const { return m_setup; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    const DiagramPage &page(int index) const { return m_pages.at(static_cast<size_t>(index)); }
    // Models whose fitted page would shrink card titles below readable size (by name).
    const QStringList &tooSmall() const { return m_tooSmall; }
    DiagramScene *diagram(int index) const
    {
        return m_diagrams.at(static_cast<size_t>(index)).get();
    }

    // The pages a model's diagram takes in area (points) under setup: tiled at setup's scale, or
    // a little smaller when that saves a row or column of pages.
    static QList<DiagramPage> plan(const DiagramScene &diagram, int index, const QSizeF &area,
                                   const PageSetup &setup);
    // The diagram area of a page with the standard frame (points).
    QRectF diagramArea(int index) const;

    // Paints one page: the painter works in points, origin at the printable area's top left.
    void paintPage(QPainter *painter, int index) const;
    // A page's diagram alone (with overlap marks when tiled) into area.
    static void paintDiagram(QPainter *painter, const DiagramScene &diagram,
                             const DiagramPage &page, const QRectF &area);
    // Every page onto a paged device (a PDF writer or a printer), which must already have its
    // page layout. progress is told 0 of the page count first, then of each page painted; when
    // it says stop, no further page is painted (see its cancelled()). False when the device
    // cannot be painted on.
    bool paintAll(QPagedPaintDevice *device, WriteProgress *progress = nullptr) const;

    // "Page B2 of 3×2", or empty for a fitted page.
    static QString tileLabel(const DiagramPage &page);

private:
    Document *m_document;
    PageSetup m_setup;
    std::vector<std::unique_ptr<DiagramScene>> m_diagrams;
    std::vector<DiagramPage> m_pages;
    QStringList m_tooSmall;
};

} // namespace el
