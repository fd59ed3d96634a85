<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ApplyWords</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/strategy/labels.py" />
        <source>Applied. Calendar: %n post(s) a week (%1).</source>
        <translation>
            <numerusform>Applied. Calendar: %n post a week (%1).</numerusform>
            <numerusform>Applied. Calendar: %n posts a week (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/strategy/labels.py" />
        <source>%n theme(s).</source>
        <translation>
            <numerusform>%n theme.</numerusform>
            <numerusform>%n themes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListeningPage</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/strategy/page_listening.py" />
        <source>%n indicator(s) so far: the advice is 3 to 5.</source>
        <translation>
            <numerusform>%n indicator so far: the advice is 3 to 5.</numerusform>
            <numerusform>%n indicators so far: the advice is 3 to 5.</numerusform>
        </translation>
    </message>
</context>
</TS>
