<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>This visit was already imported on %1 (visit #%2): it was not imported again</source>
        <comment>{existing.created_at:%Y-%m-%d}</comment>
        <translation>
            <numerusform>This visit was already imported on %1 (visit #%2): it was not imported again</numerusform>
            <numerusform>This visit was already imported on %1 (visit #%2): it was not imported again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visits</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message numerus="yes">
        <source>%n survey responses</source>
        <translation>
            <numerusform>%n survey response</numerusform>
            <numerusform>%n survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entries</source>
        <translation>
            <numerusform>%n feedback entry</numerusform>
            <numerusform>%n feedback entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service requests</source>
        <translation>
            <numerusform>%n service request</numerusform>
            <numerusform>%n service requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales figures</source>
        <translation>
            <numerusform>%n sales figure</numerusform>
            <numerusform>%n sales figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <source>%n improvement actions</source>
        <translation>
            <numerusform>%n improvement action</numerusform>
            <numerusform>%n improvement actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message numerus="yes">
        <source>%n survey responses</source>
        <translation>
            <numerusform>%n survey response</numerusform>
            <numerusform>%n survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mystery-shop visits</source>
        <translation>
            <numerusform>%n mystery-shop visit</numerusform>
            <numerusform>%n mystery-shop visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entries</source>
        <translation>
            <numerusform>%n feedback entry</numerusform>
            <numerusform>%n feedback entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service requests</source>
        <translation>
            <numerusform>%n service request</numerusform>
            <numerusform>%n service requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement actions</source>
        <translation>
            <numerusform>%n improvement action</numerusform>
            <numerusform>%n improvement actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales figures</source>
        <translation>
            <numerusform>%n sales figure</numerusform>
            <numerusform>%n sales figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample plans</source>
        <translation>
            <numerusform>%n sample plan</numerusform>
            <numerusform>%n sample plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered feedback entries</source>
        <translation>
            <numerusform>%n answered feedback entry</numerusform>
            <numerusform>%n answered feedback entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message numerus="yes">
        <source>%n standards</source>
        <translation>
            <numerusform>%n standard</numerusform>
            <numerusform>%n standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist items</source>
        <translation>
            <numerusform>%n checklist item</numerusform>
            <numerusform>%n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyTemplates</name>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n responses</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample plans</source>
        <translation>
            <numerusform>%n sample plan</numerusform>
            <numerusform>%n sample plans</numerusform>
        </translation>
    </message>
</context>
</TS>
