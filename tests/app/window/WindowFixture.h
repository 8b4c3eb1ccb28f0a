#pragma once
// A real editor window on a small project, with prompts a test can answer.
#include "TestPrompts.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowManager.h"
#include "model/Project.h"

#include <memory>

namespace el {
class Document;
} // namespace el

namespace el::test {

class WindowFixture
{
public:
    explicit WindowFixture(std::unique_ptr<Project> project);

    MainWindow *window() const { return m_window; }
    Document *document() const;
    LogicModel *model(int index = 0) const;
    TestPrompts *prompts() const { return m_prompts; }
    WindowManager &manager() { return m_manager; }

private:
    WindowManager m_manager;
    TestPrompts *m_prompts;
    MainWindow *m_window;
};

} // namespace el::test
