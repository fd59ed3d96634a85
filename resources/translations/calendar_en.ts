<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>&amp;Import %n post</numerusform>
            <numerusform>&amp;Import %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>Nothing will be imported: %n problem(s) below. Correct the file and import it again (the file is imported completely or not at all).</source>
        <translation>
            <numerusform>Nothing will be imported: %n problem below. Correct the file and import it again (the file is imported completely or not at all).</numerusform>
            <numerusform>Nothing will be imported: %n problems below. Correct the file and import it again (the file is imported completely or not at all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>%n post(s) ready to import (%1, separator “%2”).</source>
        <translation>
            <numerusform>%n post ready to import (%1, separator “%2”).</numerusform>
            <numerusform>%n posts ready to import (%1, separator “%2”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>%n of the file's posts is already in your plan and left out.</source>
        <translation>
            <numerusform>%n of the file's posts is already in your plan and left out.</numerusform>
            <numerusform>%n of the file's posts are already in your plan and left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/import_dialog.py" />
        <source>Invisible control characters were removed from %n cell(s).</source>
        <translation>
            <numerusform>Invisible control characters were removed from %n cell.</numerusform>
            <numerusform>Invisible control characters were removed from %n cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthMode</name>
    <message numerus="yes">
        <source>Month: %n usual posting day(s) with nothing planned</source>
        <translation>
            <numerusform>Month: %n usual posting day with nothing planned</numerusform>
            <numerusform>Month: %n usual posting days with nothing planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccasionTasks</name>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>%n post(s) still announce(s) the old dates or hours (%1).</source>
        <translation>
            <numerusform>A post still announces the old dates or hours (%1).</numerusform>
            <numerusform>%n posts still announce the old dates or hours (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>Show it/them in the calendar</source>
        <translation>
            <numerusform>Show it in the calendar</numerusform>
            <numerusform>Show them in the calendar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>%1 Remove it/them from the calendar, now that the post with the new dates is placed? If you keep it/them, it/they will be published too.</source>
        <translation>
            <numerusform>%1 Remove it from the calendar, now that the post with the new dates is placed? If you keep it, it will be published too.</numerusform>
            <numerusform>%1 Remove them from the calendar, now that the post with the new dates is placed? If you keep them, they will be published too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>&amp;Remove it/them</source>
        <translation>
            <numerusform>&amp;Remove it</numerusform>
            <numerusform>&amp;Remove them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../socialdesk/ui/calendar/occasion_tasks.py" />
        <source>&amp;Keep it/them</source>
        <translation>
            <numerusform>&amp;Keep it</numerusform>
            <numerusform>&amp;Keep them</numerusform>
        </translation>
    </message>
</context>
</TS>
