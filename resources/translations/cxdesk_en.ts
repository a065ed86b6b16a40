<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsTab</name>
    <message numerus="yes">
        <source>%n actions found</source>
        <translation>
            <numerusform>%n action found</numerusform>
            <numerusform>%n actions found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message numerus="yes">
        <source>%n cards saved</source>
        <translation>
            <numerusform>%n card saved</numerusform>
            <numerusform>%n cards saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards missing</source>
        <translation>
            <numerusform>%n card missing</numerusform>
            <numerusform>%n cards missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards too many</source>
        <translation>
            <numerusform>%n card too many</numerusform>
            <numerusform>%n cards too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message numerus="yes">
        <source>This checklist already has %n visits. Saving creates version %1; the visits made so far keep version %2 and their scores.</source>
        <translation>
            <numerusform>This checklist already has %n visit. Saving creates version %1; the visit made so far keeps version %2 and its score.</numerusform>
            <numerusform>This checklist already has %n visits. Saving creates version %1; the visits made so far keep version %2 and their scores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message numerus="yes">
        <source>%n checklists</source>
        <translation>
            <numerusform>%n checklist</numerusform>
            <numerusform>%n checklists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was saved as version %2. The %n visits made so far keep version %3 and their scores.</source>
        <translation>
            <numerusform>“%1” was saved as version %2. The %n visit made so far keeps version %3 and its score.</numerusform>
            <numerusform>“%1” was saved as version %2. The %n visits made so far keep version %3 and their scores.</numerusform>
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
    <name>DetractorsPanel</name>
    <message numerus="yes">
        <source>%n detractors in the period</source>
        <translation>
            <numerusform>%n detractor in the period</numerusform>
            <numerusform>%n detractors in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutiesTable</name>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message numerus="yes">
        <source>Coefficient of variation of monthly revenue over %n months</source>
        <translation>
            <numerusform>Coefficient of variation of monthly revenue over %n month</numerusform>
            <numerusform>Coefficient of variation of monthly revenue over %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MysteryAnalysisTab</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message numerus="yes">
        <source>%n locations found</source>
        <translation>
            <numerusform>%n location found</numerusform>
            <numerusform>%n locations found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locations</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members found</source>
        <translation>
            <numerusform>%n staff member found</numerusform>
            <numerusform>%n staff members found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message numerus="yes">
        <source>%n plans found</source>
        <translation>
            <numerusform>%n plan found</numerusform>
            <numerusform>%n plans found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message numerus="yes">
        <source>%n requests found</source>
        <translation>
            <numerusform>%n request found</numerusform>
            <numerusform>%n requests found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesAnalysisTab</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesGrid</name>
    <message numerus="yes">
        <source>%n figures found</source>
        <translation>
            <numerusform>%n figure found</numerusform>
            <numerusform>%n figures found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n figures from the database? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n figure from the database? This cannot be undone.</numerusform>
            <numerusform>Delete %n figures from the database? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesPasteDialog</name>
    <message numerus="yes">
        <source>%n lines read. Check how they were understood, then import them.</source>
        <translation>
            <numerusform>%n line read. Check how it was understood, then import it.</numerusform>
            <numerusform>%n lines read. Check how they were understood, then import them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message numerus="yes">
        <source>%n row(s) of the sales figures changed and not saved</source>
        <translation>
            <numerusform>%n row of the sales figures changed and not saved</numerusform>
            <numerusform>%n rows of the sales figures changed and not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message numerus="yes">
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message numerus="yes">
        <source>Weighted over the %n scored items; N/A and text items are left out</source>
        <translation>
            <numerusform>Weighted over the %n scored item; N/A and text items are left out</numerusform>
            <numerusform>Weighted over the %n scored items; N/A and text items are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffAnalysisTab</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message numerus="yes">
        <source>%n stages</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardsPanel</name>
    <message numerus="yes">
        <source>Not checked yet: %n</source>
        <translation>
            <numerusform>Not checked yet: %n</numerusform>
            <numerusform>Not checked yet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standards</source>
        <translation>
            <numerusform>%n standard</numerusform>
            <numerusform>%n standards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message numerus="yes">
        <source>This survey already has %n responses. Saving creates version %1; the responses given so far keep version %2 as it was.</source>
        <translation>
            <numerusform>This survey already has %n response. Saving creates version %1; the response given so far keeps version %2 as it was.</numerusform>
            <numerusform>This survey already has %n responses. Saving creates version %1; the responses given so far keep version %2 as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysPanel</name>
    <message numerus="yes">
        <source>%n surveys</source>
        <translation>
            <numerusform>%n survey</numerusform>
            <numerusform>%n surveys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was saved as version %2. The %n responses given so far keep version %3.</source>
        <translation>
            <numerusform>“%1” was saved as version %2. The %n response given so far keeps version %3.</numerusform>
            <numerusform>“%1” was saved as version %2. The %n responses given so far keep version %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message numerus="yes">
        <source>%n visits handed in during the period</source>
        <translation>
            <numerusform>%n visit handed in during the period</numerusform>
            <numerusform>%n visits handed in during the period</numerusform>
        </translation>
    </message>
</context>
</TS>
