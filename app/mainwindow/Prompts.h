#pragma once
// The questions and messages the window puts to the user, behind one interface so that tests
// can answer them without a modal dialog.
#include <QString>
#include <optional>

class QWidget;

namespace el {

class Prompts
{
public:
    enum class SaveAnswer { Save, Discard, Cancel };

    virtual ~Prompts() = default;

    // "Do you want to save the changes to NAME?"
    virtual SaveAnswer askToSave(QWidget *parent, const QString &documentName);
    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    // Why a finding is accepted; nothing when the user cancels.
    virtual std::optional<QString> askJustification(QWidget *parent, const QString &finding);
    // File names; empty when the user cancels.
    virtual QString askOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    virtual QString askSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &suggestion, const QString &filter);
};

} // namespace el
