<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>PlacementNotice</name>
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
</TS>
