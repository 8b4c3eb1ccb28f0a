#pragma once
// A strand (group) drawn as a labelled horizontal band behind the cards that belong to it.
#include <QGraphicsItem>

namespace el {

class GroupBandItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    GroupBandItem(const QString &name, int index);

    int type() const override { return Type; }
    const QString &name() const { return m_name; }
    void setGeometry(const QRectF &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_name;
    int m_index;
    QRectF m_rect;
};

} // namespace el
