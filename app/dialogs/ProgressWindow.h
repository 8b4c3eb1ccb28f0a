#pragma once
// The progress window of a long export (the report, a many-page PDF, several pictures): what is
// being done in plain words, a percentage and Cancel. It is window-modal and appears only once
// the export has taken longer than a moment; each step it is told of lets it answer Cancel.
#include "export/WriteProgress.h"

#include <QProgressDialog>
#include <QString>
#include <functional>

namespace el {

class ProgressWindow
{
public:
    // What the window says at done of total steps (total 0 while the count is not yet known).
    using Label = std::function<QString(int done, int total)>;

    // delay: how long (ms) the export runs before the window appears.
    ProgressWindow(QWidget *parent, const QString &title, Label label, int delay);

    void setLabel(Label label) { m_label = std::move(label); }
    // For the export: each call moves the window on and says whether to go on.
    WriteProgress::Callback callback();
    bool step(int done, int total);
    bool cancelled() const { return m_dialog.wasCanceled(); }
    void close() { m_dialog.close(); }
    QProgressDialog *dialog() { return &m_dialog; }

private:
    QProgressDialog m_dialog;
    Label m_label;
};

} // namespace el
