#pragma once
// Listens to the application as a screen reader would: while one of these lives, Qt's
// accessibility is switched on (QAccessible::isActive() is true) and every event the
// application sends a client is recorded with the name of what it is about.
#include <QAccessible>
#include <QList>
#include <QString>

namespace el::test {

class AccessibilityRecorder
{
public:
    struct Event
    {
        QAccessible::Event type;
        QString name;
        QAccessible::Role role;
    };

    AccessibilityRecorder();
    ~AccessibilityRecorder();
    AccessibilityRecorder(const AccessibilityRecorder &) = delete;
    AccessibilityRecorder &operator=(const AccessibilityRecorder &) = delete;

    const QList<Event> &events() const { return m_events; }
    void clear() { m_events.clear(); }
    // The names of the things the events of this type were about, in order.
    QStringList names(QAccessible::Event type) const;

private:
    static void record(QAccessibleEvent *event);

    QList<Event> m_events;
    QAccessible::UpdateHandler m_previous = nullptr;
};

} // namespace el::test
