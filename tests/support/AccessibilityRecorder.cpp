#include "AccessibilityRecorder.h"

#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

namespace el::test {

namespace {
AccessibilityRecorder *current = nullptr;

// Qt switches accessibility on when a client connects through the platform; no client is
// there in a test, so this does what the platform would.
void setActive(bool active)
{
    if (QPlatformIntegration *platform = QGuiApplicationPrivate::platformIntegration())
        if (QPlatformAccessibility *accessibility = platform->accessibility())
            accessibility->setActive(active);
}
} // namespace

AccessibilityRecorder::AccessibilityRecorder()
{
    current = this;
    m_previous = QAccessible::installUpdateHandler(&AccessibilityRecorder::record);
    setActive(true);
}

AccessibilityRecorder::~AccessibilityRecorder()
{
    setActive(false);
    QAccessible::installUpdateHandler(m_previous);
    current = nullptr;
}

void AccessibilityRecorder::record(QAccessibleEvent *event)
{
    if (!current)
        return;
    QAccessibleInterface *iface = event->accessibleInterface();
    current->m_events.append({event->type(), iface ? iface->text(QAccessible::Name) : QString(),
                              iface ? iface->role() : QAccessible::NoRole});
}

QStringList AccessibilityRecorder::names(QAccessible::Event type) const
{
    QStringList out;
    for (const Event &e : m_events) {
        if (e.type == type)
            out << e.name;
    }
    return out;
}

} // namespace el::test
