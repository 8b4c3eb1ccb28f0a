#pragma once
// What every rule family works from when checking one model (the graph and the shared chain
// passes), and the helpers that turn node numbers into findings a person can read.
#include "validation/ChainAnalysis.h"
#include "validation/Diagnostic.h"
#include "validation/MessageTemplate.h"

#include <QCoreApplication>
#include <array>
#include <memory>
#include <vector>

namespace el {

class RuleContext
{
    Q_DECLARE_TR_FUNCTIONS(el::RuleContext)
public:
    RuleContext(const GraphIndex &graph, const ChainAnalysis &chains, QList<Diagnostic> &out);

    const GraphIndex &graph;
    const ChainAnalysis &chains;
    const LogicModel &model;

    // A rule's translated message (with placeholders) and hint. Translated once per validation and
    // shared by all its findings: a model may draw tens of thousands.
    struct Wording
    {
        MessageTemplate message;
        QString hint;
        QString code;
    };
    // The wording of the rule `code` ("EL201"), made by `make` the first time it is needed.
    template<class Make>
    const Wording &wording(const char *code, Make &&make)
    {
        std::unique_ptr<Wording> &slot = m_wordings[codeNumber(code)];
        if (!slot) {
            slot = std::make_unique<Wording>(make());
            slot->code = QString::fromLatin1(code);
        }
        return *slot;
    }

    NodeId id(int v) const { return graph.node(v).id; }
    LinkId linkId(int link) const { return model.links()[link].id; }
    QList<NodeId> ids(const std::vector<int> &nodes) const;
    // "the activity “Run cooking classes”", or "an untitled activity".
    QString describe(int v) const;
    // The same for any card, without the context's caches (for findings made outside a model's
    // rules).
    static QString describeNode(const Node &node);
    // The same, written into a buffer this context reuses (no allocation): valid until the next
    // call, so use it for one card per message.
    QStringView describeView(int v) const;
    // "“Run cooking classes” → “Classes held” → ..."
    QString chainText(const std::vector<int> &nodes) const;
    // "3 chains", "more than 18 quintillion chains".
    static QString chainCountText(std::uint64_t count);

    // A new finding about this model, appended to the output.
    Diagnostic &add(const char *code, Severity severity, QString message, QString hint);
    // The same, with the rule's shared wording (the message filled in by the caller).
    Diagnostic &add(const Wording &wording, Severity severity, QString message);
    // The same, about one card (v): the finding points at it.
    Diagnostic &addAboutCard(int v, const Wording &wording, Severity severity, QString message);
    // The same, with a message that names only the card.
    Diagnostic &addAboutCard(int v, const Wording &wording, Severity severity);
    // The same, about one link: the finding points at the link and the cards at its ends.
    Diagnostic &addAboutLink(int link, const Wording &wording, Severity severity, QString message);
    // Attaches one example chain and the count of chains affected.
    static void setChain(Diagnostic &d, const QList<NodeId> &chain, std::uint64_t count);
    void setChain(Diagnostic &d, const std::vector<int> &chain, std::uint64_t count) const;

private:
    static int codeNumber(const char *code); // "EL201" -> 201
    Diagnostic &append(QString code, Severity severity, QString message, QString hint);
    // Per node kind, made the first time a card of that kind is described.
    struct KindTexts
    {
        QString name;     // "activity"
        QString untitled; // "an untitled activity"
        QString inChain;  // "(untitled activity)"
        bool ready = false;
    };
    const KindTexts &kindTexts(NodeKind kind) const;

    QList<Diagnostic> &m_out;
    std::array<std::unique_ptr<Wording>, 1000> m_wordings;
    mutable std::array<KindTexts, nodeKindCount> m_kinds;
    MessageTemplate m_titled;  // "the %1 “%2”"
    MessageTemplate m_quoted;  // "“%1”"
    QString m_arrow;           // " → "
    mutable QString m_scratch; // what describeView() returns
};

} // namespace el
