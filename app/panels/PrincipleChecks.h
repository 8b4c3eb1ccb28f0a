#pragma once
// The eight Marmot principles as checkboxes, each with its number, colour and full wording.
#include "principles/PrincipleSet.h"

#include <QWidget>

class QCheckBox;

namespace el {

class PrincipleChecks : public QWidget
{
    Q_OBJECT
public:
    explicit PrincipleChecks(QWidget *parent = nullptr);

    PrincipleSet principles() const;
    void setPrinciples(PrincipleSet principles); // does not emit
    QCheckBox *checkBox(int number) const;

Q_SIGNALS:
    // The user ticked or unticked one box.
    void edited(el::PrincipleSet principles);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace el
