<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JsonProblems</name>
    <message numerus="yes">
        <source>(there are more problems; only the first %n are listed)</source>
        <translation>
            <numerusform>(there are more problems; only the first is listed)</numerusform>
            <numerusform>(there are more problems; only the first %n are listed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::ArrangeActions</name>
    <message numerus="yes">
        <source>Tidied the %n selected cards</source>
        <translation>
            <numerusform>Tidied the selected card</numerusform>
            <numerusform>Tidied the %n selected cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::CanvasAccessible</name>
    <message numerus="yes">
        <source>%n card(s). Tab and Shift+Tab go from card to card, Ctrl+L draws an arrow from the selected card, Ctrl+Tab leaves the canvas.</source>
        <translation>
            <numerusform>%n card. Tab and Shift+Tab go from card to card, Ctrl+L draws an arrow from the selected card, Ctrl+Tab leaves the canvas.</numerusform>
            <numerusform>%n cards. Tab and Shift+Tab go from card to card, Ctrl+L draws an arrow from the selected card, Ctrl+Tab leaves the canvas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::CardAccessible</name>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrow(s) in</source>
        <translation>
            <numerusform>%n arrow in</numerusform>
            <numerusform>%n arrows in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrow(s) out</source>
        <translation>
            <numerusform>%n arrow out</numerusform>
            <numerusform>%n arrows out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::Commands</name>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>Add %n card</numerusform>
            <numerusform>Add %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>Remove %n link</numerusform>
            <numerusform>Remove %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n card(s)</source>
        <translation>
            <numerusform>Remove %n card</numerusform>
            <numerusform>Remove %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::CoverageDock</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) in “%1” serve principle %2, with %3.
%4</source>
        <translation>
            <numerusform>%n chain in “%1” serves principle %2, with %3.
%4</numerusform>
            <numerusform>%n chains in “%1” serve principle %2, with %3.
%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::EditActions</name>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::ExportDialog</name>
    <message numerus="yes">
        <source>Every model in the project (%n)</source>
        <translation>
            <numerusform>Every model in the project (%n)</numerusform>
            <numerusform>Every model in the project (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the models</source>
        <translation>
            <numerusform>%n of the models</numerusform>
            <numerusform>%n of the models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::FindBar</name>
    <message numerus="yes">
        <source>Found %1 of %n card(s) matching “%2”.</source>
        <translation>
            <numerusform>Found %1 of %n card matching “%2”.</numerusform>
            <numerusform>Found %1 of %n cards matching “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::FindingsDock</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acceptance(s) out of date</source>
        <translation>
            <numerusform>%n acceptance out of date</numerusform>
            <numerusform>%n acceptances out of date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::ModelScene</name>
    <message numerus="yes">
        <source>%n arrow(s) merged here: %1. Click to select them all.</source>
        <translation>
            <numerusform>%n arrow merged here: %1. Click to select it.</numerusform>
            <numerusform>%n arrows merged here: %1. Click to select them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n merged arrow(s): %1.</source>
        <translation>
            <numerusform>Selected %n merged arrow: %1.</numerusform>
            <numerusform>Selected %n merged arrows: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::NodeItem</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) measure this card.</source>
        <translation>
            <numerusform>%n indicator measures this card.</numerusform>
            <numerusform>%n indicators measure this card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::NodeKind</name>
    <message numerus="yes">
        <source>%n situation card(s)</source>
        <translation>
            <numerusform>%n situation card</numerusform>
            <numerusform>%n situation cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation card(s)</source>
        <translation>
            <numerusform>%n participation card</numerusform>
            <numerusform>%n participation cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short-term outcome(s)</source>
        <translation>
            <numerusform>%n short-term outcome</numerusform>
            <numerusform>%n short-term outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium-term outcome(s)</source>
        <translation>
            <numerusform>%n medium-term outcome</numerusform>
            <numerusform>%n medium-term outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long-term outcome(s)</source>
        <translation>
            <numerusform>%n long-term outcome</numerusform>
            <numerusform>%n long-term outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impact(s)</source>
        <translation>
            <numerusform>%n impact</numerusform>
            <numerusform>%n impacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assumption(s)</source>
        <translation>
            <numerusform>%n assumption</numerusform>
            <numerusform>%n assumptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external factor(s)</source>
        <translation>
            <numerusform>%n external factor</numerusform>
            <numerusform>%n external factors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::PropertiesDock</name>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n arrow(s) selected</source>
        <translation>
            <numerusform>, %n arrow selected</numerusform>
            <numerusform>, %n arrows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrow(s) selected</source>
        <translation>
            <numerusform>%n arrow selected</numerusform>
            <numerusform>%n arrows selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::ReportSections</name>
    <message numerus="yes">
        <source>%n finding(s), %1 of them accepted by the team with a written justification.</source>
        <translation>
            <numerusform>%n finding; %1 accepted by the team with a written justification.</numerusform>
            <numerusform>%n findings, %1 of them accepted by the team with a written justification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 chain(s)</source>
        <translation>
            <numerusform>%1 chain</numerusform>
            <numerusform>%1 chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>el::cli</name>
    <message numerus="yes">
        <source>%1: %2 crossing(s) before, %3 after.
</source>
        <translation>
            <numerusform>%1: %2 crossing before, %3 after.
</numerusform>
            <numerusform>%1: %2 crossings before, %3 after.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
</TS>
