<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" />
        <source>%n week(s) in a row at %1 % or more</source>
        <translation>
            <numerusform>%n week in a row at %1 % or more</numerusform>
            <numerusform>%n weeks in a row at %1 % or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" />
        <source>%1 % over %n finished week(s)</source>
        <translation>
            <numerusform>%1 % over %n finished week</numerusform>
            <numerusform>%1 % over %n finished weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" />
        <source>%1 — missed in %2 of %n week(s)</source>
        <translation>
            <numerusform>%1 — missed in %2 of %n week</numerusform>
            <numerusform>%1 — missed in %2 of %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/history_page.py" />
        <source>%n week(s) with more answers than reviews received: the extra answers are not counted in the total</source>
        <translation>
            <numerusform>%n week with more answers than reviews received: the extra answers are not counted in the total</numerusform>
            <numerusform>%n weeks with more answers than reviews received: the extra answers are not counted in the total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/week_page.py" />
        <source>Published: %1 of %n planned post(s).</source>
        <translation>
            <numerusform>Published: %1 of %n planned post.</numerusform>
            <numerusform>Published: %1 of %n planned posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/rules/week_page.py" />
        <source>Your strategy's rhythm: %n post(s) a week.</source>
        <translation>
            <numerusform>Your strategy's rhythm: %n post a week.</numerusform>
            <numerusform>Your strategy's rhythm: %n posts a week.</numerusform>
        </translation>
    </message>
</context>
</TS>
