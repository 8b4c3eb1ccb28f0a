#include "WindowFixture.h"

#include "document/Document.h"

#include <QApplication>
#include <QTest>

namespace el::test {

WindowFixture::WindowFixture(std::unique_ptr<Project> project)
{
    auto prompts = std::make_unique<TestPrompts>();
    m_prompts = prompts.get();
    m_manager.setPrompts(std::move(prompts));
    m_window = m_manager.showDocument(std::make_unique<Document>(std::move(project)));
    QApplication::setActiveWindow(m_window);
    (void)QTest::qWaitForWindowExposed(m_window);
}

Document *WindowFixture::document() const
{
    return m_window->document();
}

LogicModel *WindowFixture::model(int index) const
{
    return document()->project()->modelAt(index);
}

} // namespace el::test
