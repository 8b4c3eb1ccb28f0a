#pragma once
// How a long export tells of its progress and hears that it should stop. The report counts its
// pages; a diagram export counts pages or pictures. Whoever shows the progress gives a callback
// that is told steps done of a total and returns false to cancel; the export then writes nothing.
#include <functional>

namespace el {

class WriteProgress
{
public:
    // Told done of total steps (total 0 while the count is not yet known); false cancels.
    using Callback = std::function<bool(int done, int total)>;

    WriteProgress() = default;
    explicit WriteProgress(Callback callback)
        : m_callback(std::move(callback))
    {}

    // Tells of done of total; false once the callback asked to stop, after which it is not
    // asked again.
    bool tell(int done, int total)
    {
        if (m_callback && !m_cancelled && !m_callback(done, total))
            m_cancelled = true;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    Callback m_callback;
    bool m_cancelled = false;
};

} // namespace el
