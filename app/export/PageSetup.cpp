#include "export/PageSetup.h"

namespace el {

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(QPageSize(pageSize), orientation,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

} // namespace el
