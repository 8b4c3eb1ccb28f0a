#include "dialogs/ProgressWindow.h"

#include <QApplication>

namespace el {

ProgressWindow::ProgressWindow(QWidget *parent, const QString &title, Label label, int delay)
    : m_dialog(parent)
    , m_label(std::move(label))
{
    m_dialog.setWindowTitle(title);
    m_dialog.setLabelText(m_label(0, 0));
    m_dialog.setRange(0, 0);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(delay);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    // Starts the clock: the window appears when a step comes after the delay, or sooner when
    // the steps so far say the whole will take longer than that.
    m_dialog.setValue(0);
}

WriteProgress::Callback ProgressWindow::callback()
{
    return [this](int done, int total) {
        return step(done, total);
    };
}

bool ProgressWindow::step(int done, int total)
{
    const QString text = m_label(done, total);
    if (text != m_dialog.labelText())
        m_dialog.setLabelText(text);
    if (total <= 0) {
        // The value stays while the count is not known, so events are let through here: the
        // window's own timer shows it after the delay, and then it answers Cancel. Until it
        // shows, the user's input waits, so that nothing changes under the export.
        QApplication::processEvents(m_dialog.isVisible() ? QEventLoop::AllEvents
                                                         : QEventLoop::ExcludeUserInputEvents);
        return !cancelled();
    }
    if (m_dialog.maximum() != total)
        m_dialog.setMaximum(total);
    // At the end a window not yet shown stays hidden rather than flash up and go; otherwise a
    // new value lets a shown window answer the Cancel button.
    const bool shown = m_dialog.isVisible();
    if (done < total || shown)
        m_dialog.setValue(done);
    // A window that has just appeared is drawn at once, not only at the next step.
    if (!shown && m_dialog.isVisible())
        QApplication::processEvents();
    return !cancelled();
}

} // namespace el
