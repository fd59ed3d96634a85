<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>PlacementNotice</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/placement_notice.py" />
        <source>Moved with it: the %n image(s) of your posts (the media folder beside the data file). The ones in the media folder in %1 stay there as they are.</source>
        <translation>
            <numerusform>Moved with it: the %n image of your posts (the media folder beside the data file). The one in the media folder in %1 stays there as it is.</numerusform>
            <numerusform>Moved with it: the %n images of your posts (the media folder beside the data file). The ones in the media folder in %1 stay there as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/placement_notice.py" />
        <source>Your sync service left %n conflict copy(ies) beside your data file, for example:
%1

Compare them with your data file, record by record? Nothing is changed.</source>
        <translation>
            <numerusform>Your sync service left %n conflict copy beside your data file, for example:
%1

Compare them with your data file, record by record? Nothing is changed.</numerusform>
            <numerusform>Your sync service left %n conflict copies beside your data file, for example:
%1

Compare them with your data file, record by record? Nothing is changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" />
        <source>%n other post(s) to publish today</source>
        <translation>
            <numerusform>%n other post to publish today</numerusform>
            <numerusform>%n other posts to publish today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" />
        <source>%n other rule(s) left unticked last week</source>
        <translation>
            <numerusform>%n other rule left unticked last week</numerusform>
            <numerusform>%n other rules left unticked last week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" />
        <source>%n other listing(s) not checked for 90 days</source>
        <translation>
            <numerusform>%n other listing not checked for 90 days</numerusform>
            <numerusform>%n other listings not checked for 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/due_panel.py" />
        <source>%n other holiday(s) or closure(s) to prepare</source>
        <translation>
            <numerusform>%n other holiday or closure to prepare</numerusform>
            <numerusform>%n other holidays or closures to prepare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
</TS>
