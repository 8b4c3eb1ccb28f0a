#pragma once
// The column headings of the coverage table: each principle's numbered chip on top and its short
// name under it, wrapped over as many lines as it needs. Columns can then be as narrow as the
// longest word, so that all eight principles fit side by side in a panel under the canvas.
#include <QHeaderView>

namespace el {

class PrincipleHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit PrincipleHeaderView(QWidget *parent = nullptr);

    // The narrowest a column may be with its heading still whole: the longest word, padded.
    int narrowestSection() const;

protected:
    // No column narrower than its headings' longest word, in the font they are drawn in (final
    // once shown, or after a font or style change).
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    void fitToHeadings();
    QFont labelFont() const;
    QString label(int logicalIndex) const;
    // The label's height when wrapped to width.
    int labelHeight(int logicalIndex, int width) const;
};

} // namespace el
