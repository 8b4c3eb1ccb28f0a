#pragma once
// Answers the window's questions in tests, without a modal dialog, and remembers what was asked.
#include "mainwindow/Prompts.h"

#include <QStringList>

namespace el::test {

class TestPrompts : public Prompts
{
public:
    SaveAnswer saveAnswer = SaveAnswer::Cancel;
    std::optional<QString> justification;
    QString fileName;
    int saveQuestions = 0;
    QStringList errors;

    SaveAnswer askToSave(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return saveAnswer;
    }
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    std::optional<QString> askJustification(QWidget *, const QString &) override
    {
        return justification;
    }
    QString askOpenFileName(QWidget *, const QString &, const QString &) override
    {
        return fileName;
    }
    QString askSaveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileName;
    }
};

} // namespace el::test
