#pragma once
// One card on the canvas: draws a node's title, kind colour, principle chips, KPI badge and
// findings marker. It mirrors the model (syncFromModel) and never changes it; gestures that
// start on it are handed to the scene.
#include "canvas/CardText.h"
#include "model/Node.h"
#include "validation/Diagnostic.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <optional>

namespace el {

class ModelScene;

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class TargetCue { None, Valid, Refused };

    explicit NodeItem(const Node &node);
    ~NodeItem() override;

    int type() const override { return Type; }
    NodeId id() const { return m_id; }
    NodeKind kind() const { return m_kind; }
    const QString &title() const { return m_title; }

    // Copies what the card shows from the model's node (a cache, never read back).
    void syncFromModel(const Node &node);
    // While the title is being typed: show this text's height, hide the drawn title.
    void setEditing(bool editing, const QString &previewTitle = {});
    bool isEditing() const { return m_editing; }

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    int findingCount() const { return static_cast<int>(m_findings.size()); }
    void setTargetCue(TargetCue cue);
    TargetCue targetCue() const { return m_cue; }
    // Chain nodes keep to their column; the scene tells them where that is.
    void setColumnX(std::optional<double> x) { m_columnX = x; }

    // Whether the card shows its whole title at this level of detail (view scale); below it
    // the title is shortened.
    bool showsWholeTitle(double lod) const;

    QRectF cardRect() const { return QRectF(0, 0, m_width, m_height); }
    // Where links attach, in scene coordinates.
    QPointF outPort() const;
    QPointF inPort() const;
    // The handle on the right edge from which a connection is dragged, in item coordinates.
    QRectF handleRect() const;
    bool isOnHandle(const QPointF &itemPos) const;
    // The tooltip for a point on the card: a chip's wording, the findings, or the title.
    QString toolTipAt(const QPointF &itemPos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ModelScene *modelScene() const;
    void relayoutText(const QString &title);
    double summaryTextHeight() const;
    QRectF chipRect(int index) const;
    QRectF badgeRect() const;
    QRectF markerRect() const;
    bool hasFooter() const;
    void paintFull(QPainter *painter, bool screen) const;
    void paintSummary(QPainter *painter, double lod) const;
    void paintDecoration(QPainter *painter) const;

    NodeId m_id;
    NodeKind m_kind = NodeKind::Activity;
    QString m_title;
    QString m_description;
    QList<int> m_principles;
    int m_indicatorCount = 0;
    QList<Diagnostic> m_findings;
    Severity m_worst = Severity::Info;

    CardText m_text;
    QPainterPath m_accentPath;
    double m_width = 0;
    double m_height = 0;

    bool m_editing = false;
    bool m_hovered = false;
    bool m_connecting = false;
    TargetCue m_cue = TargetCue::None;
    std::optional<double> m_columnX;
};

} // namespace el
