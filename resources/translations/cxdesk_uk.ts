<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AbcPanel</name>
    <message>
        <source>ABC × XYZ</source>
        <translation>ABC × XYZ</translation>
    </message>
    <message>
        <source>ABC by revenue (A: the first 80%, B: the next 15%, C: the last 5%); XYZ by how steady the monthly revenue is (X: varies up to 10%, Y: up to 25%, Z: more).</source>
        <translation>ABC за виторгом (A — перші 80%, B — наступні 15%, C — останні 5%); XYZ за стабільністю місячного виторгу (X — коливання до 10%, Y — до 25%, Z — більше).</translation>
    </message>
    <message>
        <source>No sales figures per customer or product in this period.</source>
        <translation>За цей період немає даних про продажі за клієнтами чи товарами.</translation>
    </message>
    <message>
        <source>Figures per customer name no location: the location filter does not narrow them.</source>
        <translation>Показники за клієнтами не прив&apos;язані до точки: фільтр за точкою на них не впливає.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New improvement action</source>
        <translation>Новий захід з покращення</translation>
    </message>
    <message>
        <source>Edit improvement action</source>
        <translation>Редагування заходу з покращення</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Що зробити:</translation>
    </message>
    <message>
        <source>Came from:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Подробиці:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Т&amp;очка:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Строк:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>e.g. Open a second till when 3 are queuing</source>
        <translation>наприклад, відкривати другу касу, коли в черзі 3 людини</translation>
    </message>
    <message>
        <source>Choose or type a theme</source>
        <translation>Оберіть або введіть тему</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Enter what is to be done.</source>
        <translation>Зазначте, що потрібно зробити.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Задовгий текст (не більше %1 символів).</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Оберіть статус.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запис %1 уже видалено.</translation>
    </message>
    <message>
        <source>Survey answer of %1 to “%2”</source>
        <translation>Відповідь на опитування від %1 на запитання «%2»</translation>
    </message>
    <message>
        <source>Mystery-shop visit of %1: “%2”</source>
        <translation>Візит таємного покупця від %1: «%2»</translation>
    </message>
    <message>
        <source>Feedback of %1: “%2”</source>
        <translation>Відгук від %1: «%2»</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Додано вручну</translation>
    </message>
    <message>
        <source>Its source was deleted</source>
        <translation>Джерело видалено</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Відповідь: %1</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, прострочено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1
Click to read it</source>
        <translation>%1
Натисніть, щоб прочитати</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Search suggestion, theme, owner, source</source>
        <translation>Пошук за пропозицією, темою, відповідальним, джерелом</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Заходи з покращення</translation>
    </message>
    <message numerus="yes">
        <source>%n actions found</source>
        <translation>
            <numerusform>Знайдено: %n захід</numerusform>
            <numerusform>Знайдено: %n заходи</numerusform>
            <numerusform>Знайдено: %n заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n захід</numerusform>
            <numerusform>%n заходи</numerusform>
            <numerusform>%n заходів</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Відкрити &amp;знову</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Позначити &amp;виконаним</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Звідки надійшло</translation>
    </message>
    <message>
        <source>Delete the improvement action “%1”? This cannot be undone.</source>
        <translation>Видалити захід з покращення «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete improvement action</source>
        <translation>Видалення заходу з покращення</translation>
    </message>
</context>
<context>
    <name>AnalysisFilterBar</name>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>compared with:</source>
        <translation>порівняно з:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Оновлення…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показати все</translation>
    </message>
    <message>
        <source>Every location, survey, staff member, channel and segment again (the period stays)</source>
        <translation>Знову всі точки, опитування, працівники, канали й сегменти (період не змінюється)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Staff member who served the customer</source>
        <translation>Працівник, який обслуговував клієнта</translation>
    </message>
    <message>
        <source>Channel the answer came through</source>
        <translation>Канал, через який надійшла відповідь</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Сегмент клієнтів</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Усі точки</translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation>Усі опитування</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Усі працівники</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Усі сегменти</translation>
    </message>
</context>
<context>
    <name>AnalysisKit</name>
    <message>
        <source>week %1, %2</source>
        <translation>тиждень %1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/З</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
</context>
<context>
    <name>AnalysisLabels</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Зусилля клієнта (CES)</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Standards kept</source>
        <translation>Дотримання стандартів</translation>
    </message>
    <message>
        <source>Requests on time</source>
        <translation>Заявки вчасно</translation>
    </message>
    <message>
        <source>Complaints answered</source>
        <translation>Відповіді на скарги</translation>
    </message>
    <message>
        <source>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to 100</source>
        <translation>Індекс споживчої лояльності (NPS): % промоутерів (9–10) мінус % критиків (0–6), від −100 до 100</translation>
    </message>
    <message>
        <source>% of answers 4 or 5 on the 1–5 satisfaction scale</source>
        <translation>% відповідей 4 або 5 за шкалою задоволеності 1–5</translation>
    </message>
    <message>
        <source>Mean effort score; higher means easier for the customer</source>
        <translation>Середня оцінка зусиль; що вища, то легше клієнтові</translation>
    </message>
    <message>
        <source>Weighted % of the checklist points earned in mystery-shop visits</source>
        <translation>Зважений % балів чек-листа, набраних під час візитів таємного покупця</translation>
    </message>
    <message>
        <source>% of the service-standard checks passed in mystery-shop visits</source>
        <translation>% успішних перевірок стандартів обслуговування під час візитів таємного покупця</translation>
    </message>
    <message>
        <source>% of service requests resolved within their SLA target</source>
        <translation>% заявок, виконаних у межах нормативу SLA</translation>
    </message>
    <message>
        <source>% of complaints, reviews and mentions that got an answer</source>
        <translation>% скарг, відгуків і згадок, на які надано відповідь</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Від – до</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Той самий період минулого року</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>У магазині</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Паперова анкета</translation>
    </message>
    <message>
        <source>Nothing, all is well</source>
        <translation>Нічого, усе добре</translation>
    </message>
    <message>
        <source>Prices and discounts</source>
        <translation>Ціни та знижки</translation>
    </message>
    <message>
        <source>Waiting and queues</source>
        <translation>Очікування та черги</translation>
    </message>
    <message>
        <source>Assortment</source>
        <translation>Асортимент</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Паркування</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Графік роботи</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Quality and freshness</source>
        <translation>Якість і свіжість</translation>
    </message>
    <message>
        <source>Atmosphere: music, light, air</source>
        <translation>Атмосфера: музика, світло, повітря</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Матеріальні аспекти</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Оперативність</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Впевненість</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Емпатія</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>Так тримати</translation>
    </message>
    <message>
        <source>Concentrate here</source>
        <translation>Зосередьтеся тут</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Низький пріоритет</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>Можливо, надмірно</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Не вдалося обчислити показники: %1</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer the feedback</source>
        <translation>Відповідь на відгук</translation>
    </message>
    <message>
        <source>They wrote:</source>
        <translation>Клієнт написав:</translation>
    </message>
    <message>
        <source>&amp;Answer given:</source>
        <translation>&amp;Відповідь:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>&amp;Хто відповів:</translation>
    </message>
    <message>
        <source>Answered &amp;at:</source>
        <translation>&amp;Коли відповіли:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>What we answered: the apology, the explanation, what we changed</source>
        <translation>Що ми відповіли: вибачення, пояснення, що змінили</translation>
    </message>
    <message>
        <source>Enter the answer given.</source>
        <translation>Введіть, що відповіли.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/З</translation>
    </message>
    <message>
        <source>Yes (key Y)</source>
        <translation>Так (клавіша Y)</translation>
    </message>
    <message>
        <source>No (key N)</source>
        <translation>Ні (клавіша N)</translation>
    </message>
    <message>
        <source>Does not apply here: left out of the score (key A)</source>
        <translation>Тут не застосовується: не враховується в оцінці (клавіша A)</translation>
    </message>
    <message>
        <source>%1 of 5 (key %1); 1 is poor, 5 is excellent</source>
        <translation>%1 з 5 (клавіша %1); 1 — погано, 5 — відмінно</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Ваша відповідь, своїми словами</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>%1: a number is expected</source>
        <translation>%1: потрібне число</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» — не число</translation>
    </message>
    <message>
        <source>%1: the score must be a whole number</source>
        <translation>%1: оцінка має бути цілим числом</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale %3–%4</source>
        <translation>%1: %2 поза шкалою %3–%4</translation>
    </message>
    <message>
        <source>%1: answer yes or no</source>
        <translation>%1: дайте відповідь «так» або «ні»</translation>
    </message>
    <message>
        <source>%1: give both the expectation and the perception</source>
        <translation>%1: зазначте і очікування, і сприйняття</translation>
    </message>
    <message>
        <source>%1: unknown option %2</source>
        <translation>%1: невідомий варіант %2</translation>
    </message>
    <message>
        <source>%1: choose one option only</source>
        <translation>%1: оберіть лише один варіант</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>cxdesk</source>
        <translation>cxdesk</translation>
    </message>
    <message>
        <source>cxdesk is already running with the database %1. Switch to that window.</source>
        <translation>cxdesk уже відкрито з базою даних %1. Перейдіть до того вікна.</translation>
    </message>
</context>
<context>
    <name>BatchHeader</name>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Опитування:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>&amp;Працівник:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>У магазині</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Paper card</source>
        <translation>Паперова анкета</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— не вказано —</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>З%1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Пачка:</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>&amp;Нова пачка</translation>
    </message>
    <message>
        <source>Start counting a new pile; saved cards stay saved.</source>
        <translation>Почати рахувати нову пачку; збережені анкети залишаться збереженими.</translation>
    </message>
    <message>
        <source>Cor&amp;rect card (Enter)</source>
        <translation>&amp;Виправити анкету (Enter)</translation>
    </message>
    <message>
        <source>Delete card (Del)</source>
        <translation>Видалити анкету (Del)</translation>
    </message>
    <message>
        <source>&amp;Undo last card (Ctrl+Z)</source>
        <translation>&amp;Скасувати останню анкету (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Cards in the &amp;pile:</source>
        <translation>Анкет у п&amp;ачці:</translation>
    </message>
    <message numerus="yes">
        <source>%n cards saved</source>
        <translation>
            <numerusform>Збережено %n анкету</numerusform>
            <numerusform>Збережено %n анкети</numerusform>
            <numerusform>Збережено %n анкет</numerusform>
        </translation>
    </message>
    <message>
        <source>count the paper cards and type the number</source>
        <translation>порахуйте паперові анкети й введіть їх кількість</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ збігається</translation>
    </message>
    <message numerus="yes">
        <source>%n cards missing</source>
        <translation>
            <numerusform>бракує %n анкети</numerusform>
            <numerusform>бракує %n анкет</numerusform>
            <numerusform>бракує %n анкет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards too many</source>
        <translation>
            <numerusform>на %n анкету більше</numerusform>
            <numerusform>на %n анкети більше</numerusform>
            <numerusform>на %n анкет більше</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Choose the survey of the cards above.</source>
        <translation>Оберіть опитування для анкет вище.</translation>
    </message>
    <message>
        <source>Enter: next field · Shift+Enter: new line in a text · Ctrl+Enter: save the card · Ctrl+Z on a blank card: undo the last saved one</source>
        <translation>Enter: наступне поле · Shift+Enter: новий рядок у тексті · Ctrl+Enter: зберегти анкету · Ctrl+Z на порожній анкеті: скасувати останню збережену</translation>
    </message>
    <message>
        <source>Cancel correction (Esc)</source>
        <translation>Скасувати виправлення (Esc)</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Нова анкета</translation>
    </message>
    <message>
        <source>Sa&amp;ve card</source>
        <translation>&amp;Зберегти анкету</translation>
    </message>
    <message>
        <source>Correcting card %1</source>
        <translation>Виправлення анкети %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Зберегти зміни</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>95% interval</source>
        <translation>95% інтервал</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Немає даних для цього фільтра</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Зберегти як PNG…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>n &lt; 30: %1</source>
        <translation>n &lt; 30: %1</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS за місяцями</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>NPS by location</source>
        <translation>NPS за точками</translation>
    </message>
    <message>
        <source>Answers per score</source>
        <translation>Відповіді за оцінками</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation>0 — зовсім малоймовірно, 10 — дуже ймовірно</translation>
    </message>
    <message>
        <source>What to improve, % of answers</source>
        <translation>Що покращити, % відповідей</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% відповідей</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>усі відповіді</translation>
    </message>
    <message>
        <source>SERVQUAL gap by dimension</source>
        <translation>Розрив SERVQUAL за вимірами</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Розрив</translation>
    </message>
    <message>
        <source>perception − expectation</source>
        <translation>сприйняття − очікування</translation>
    </message>
    <message>
        <source>Key drivers: importance × performance</source>
        <translation>Ключові чинники: важливість × виконання</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибути</translation>
    </message>
    <message>
        <source>Importance: correlation with the overall score</source>
        <translation>Важливість: кореляція із загальною оцінкою</translation>
    </message>
    <message>
        <source>Performance: mean score</source>
        <translation>Виконання: середня оцінка</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>New checklist</source>
        <translation>Новий чек-лист</translation>
    </message>
    <message>
        <source>Checklist “%1”</source>
        <translation>Чек-лист «%1»</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Додати розділ</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Додати пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Перемістити вгору</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Перемістити вниз</translation>
    </message>
    <message>
        <source>Add a section, then the items the shopper checks.</source>
        <translation>Додайте розділ, а потім пункти, які перевіряє таємний покупець.</translation>
    </message>
    <message numerus="yes">
        <source>This checklist already has %n visits. Saving creates version %1; the visits made so far keep version %2 and their scores.</source>
        <translation>
            <numerusform>Цей чек-лист уже має %n візит. Під час збереження буде створено версію %1; проведені візити збережуть версію %2 та свої оцінки.</numerusform>
            <numerusform>Цей чек-лист уже має %n візити. Під час збереження буде створено версію %1; проведені візити збережуть версію %2 та свої оцінки.</numerusform>
            <numerusform>Цей чек-лист уже має %n візитів. Під час збереження буде створено версію %1; проведені візити збережуть версію %2 та свої оцінки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sections, %2 items</source>
        <translation>Розділів: %1, пунктів: %2</translation>
    </message>
    <message>
        <source>Enter the name of the checklist.</source>
        <translation>Введіть назву чек-листа.</translation>
    </message>
    <message>
        <source>Add at least one section with its items.</source>
        <translation>Додайте хоча б один розділ із пунктами.</translation>
    </message>
    <message>
        <source>Enter the title of the section.</source>
        <translation>Введіть заголовок розділу.</translation>
    </message>
    <message>
        <source>A section needs at least one item.</source>
        <translation>У розділі має бути хоча б один пункт.</translation>
    </message>
    <message>
        <source>Enter the item in at least one language.</source>
        <translation>Введіть пункт хоча б однією мовою.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>There is no checklist “%1”.</source>
        <translation>Чек-листа «%1» немає.</translation>
    </message>
    <message>
        <source>Checklist %1 does not exist.</source>
        <translation>Чек-лист %1 не знайдено.</translation>
    </message>
    <message>
        <source>The checklist “%1” is archived.</source>
        <translation>Чек-лист «%1» в архіві.</translation>
    </message>
    <message>
        <source>Enter the name of the checklist.</source>
        <translation>Введіть назву чек-листа.</translation>
    </message>
    <message>
        <source>Section %1: enter its title.</source>
        <translation>Розділ %1: введіть заголовок.</translation>
    </message>
    <message>
        <source>Item %1: enter its text.</source>
        <translation>Пункт %1: введіть текст.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it has %2. Archive it instead.</source>
        <translation>«%1» не можна видалити: з ним пов&apos;язані записи (%2). Натомість перенесіть його до архіву.</translation>
    </message>
    <message>
        <source>%n visit|%n visits</source>
        <translation>%n візит|%n візити|%n візитів</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Notes on the whole visit</source>
        <translation>Нотатки щодо всього візиту</translation>
    </message>
    <message>
        <source>Anything the checklist does not ask: the overall impression, what to praise, what went wrong</source>
        <translation>Усе, про що не питає чек-лист: загальне враження, що варто похвалити, що пішло не так</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункти</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>%1, built-in</source>
        <translation>%1, вбудований</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Створити…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублювати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>%1 of %2 checklists shown</source>
        <translation>Показано чек-листів: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n checklists</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листи</numerusform>
            <numerusform>%n чек-листів</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архівувати</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Чек-лист збережено</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was saved as version %2. The %n visits made so far keep version %3 and their scores.</source>
        <translation>
            <numerusform>«%1» збережено як версію %2. Проведений досі %n візит зберігає версію %3 і свою оцінку.</numerusform>
            <numerusform>«%1» збережено як версію %2. Проведені досі %n візити зберігають версію %3 і свої оцінки.</numerusform>
            <numerusform>«%1» збережено як версію %2. Проведені досі %n візитів зберігають версію %3 і свої оцінки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive checklist</source>
        <translation>Архівування чек-листа</translation>
    </message>
    <message>
        <source>Archive “%1”? It is no longer offered for new visits; the visits made with it stay.</source>
        <translation>Перенести «%1» до архіву? Його більше не пропонуватимуть для нових візитів; проведені з ним візити залишаться.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions? This cannot be undone.</source>
        <translation>Видалити «%1» з усіма його версіями? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>Видалення чек-листа</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт чек-листа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>The checks behind</source>
        <translation>Перевірки, на яких це ґрунтується</translation>
    </message>
    <message>
        <source>Every checklist answer that judged these standards, newest first.</source>
        <translation>Усі відповіді чек-листів, за якими оцінювали ці стандарти, спершу найновіші.</translation>
    </message>
    <message>
        <source>%1: %2 checks, %3 passed (%4)</source>
        <translation>%1: перевірок — %2, успішних — %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not a date: %1 (use YYYY-MM-DD)</source>
        <translation>це не дата: %1 (використовуйте РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from пізніше за --to</translation>
    </message>
    <message>
        <source>--compare needs a period: give --from and --to</source>
        <translation>для --compare потрібен період: вкажіть --from і --to</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>за адресою %1 немає бази даних</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>звіт записано до %1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Редагування клієнта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Loyalty:</source>
        <translation>&amp;Лояльність:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Згода:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>e.g. Ivanenko Olena</source>
        <translation>наприклад, Іваненко Олена</translation>
    </message>
    <message>
        <source>e.g. +380 44 123 4567</source>
        <translation>наприклад, +380 44 123 4567</translation>
    </message>
    <message>
        <source>e.g. olena@example.com</source>
        <translation>наприклад, olena@example.com</translation>
    </message>
    <message>
        <source>e.g. wholesale, regular, new</source>
        <translation>наприклад, гурт, постійний, новий</translation>
    </message>
    <message>
        <source>Agreed that we keep their personal data</source>
        <translation>Згоду на зберігання персональних даних отримано</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Згоди немає.</translation>
    </message>
    <message>
        <source>Given on %1.</source>
        <translation>Отримано %1.</translation>
    </message>
    <message>
        <source>Today&apos;s date will be recorded as the date of consent.</source>
        <translation>Датою згоди буде записано сьогоднішню дату.</translation>
    </message>
</context>
<context>
    <name>CustomerLink</name>
    <message>
        <source>Cust&amp;omer:</source>
        <translation>Кл&amp;ієнт:</translation>
    </message>
    <message>
        <source>optional: type part of a name or phone</source>
        <translation>необов&apos;язково: введіть частину імені або телефону</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Введіть ім&apos;я клієнта.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Задовге ім&apos;я (не більше %1 символів).</translation>
    </message>
    <message>
        <source>This does not look like a phone number: use 7 to 15 digits, e.g. +380 44 123 4567.</source>
        <translation>Це не схоже на номер телефону: потрібно від 7 до 15 цифр, наприклад +380 44 123 4567.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Це не схоже на адресу електронної пошти.</translation>
    </message>
    <message>
        <source>The segment is too long (at most %1 characters).</source>
        <translation>Задовгий сегмент (не більше %1 символів).</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Клієнта %1 не знайдено.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; add a new customer instead.</source>
        <translation>Персональні дані цього клієнта стерто; додайте нового клієнта.</translation>
    </message>
    <message>
        <source>%n survey response|%n survey responses</source>
        <translation>%n анкета|%n анкети|%n анкет</translation>
    </message>
    <message>
        <source>%n feedback entry|%n feedback entries</source>
        <translation>%n запис журналу відгуків|%n записи журналу відгуків|%n записів журналу відгуків</translation>
    </message>
    <message>
        <source>%n service request|%n service requests</source>
        <translation>%n заявка|%n заявки|%n заявок</translation>
    </message>
    <message>
        <source>%n sales figure|%n sales figures</source>
        <translation>%n запис продажів|%n записи продажів|%n записів продажів</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the database keeps %2 for this customer. Erase the personal data instead; those records stay, anonymised.</source>
        <translation>Клієнта «%1» не можна видалити: у базі є пов&apos;язані з ним записи (%2). Натомість зітріть персональні дані — записи залишаться, але стануть анонімними.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльність</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Personal data erased on %1</source>
        <translation>Персональні дані стерто %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Yes, since %1</source>
        <translation>Так, з %1</translation>
    </message>
    <message>
        <source>Consent recorded %1</source>
        <translation>Згоду записано %1</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>E&amp;rase personal data</source>
        <translation>&amp;Стерти персональні дані</translation>
    </message>
    <message>
        <source>Remove name, phone, e-mail and notes for good; their answers stay, anonymised.</source>
        <translation>Безповоротно видалити ім&apos;я, телефон, ел. пошту й нотатки; відповіді клієнта залишаться анонімними.</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Пошук за ім&apos;ям, телефоном або ел. поштою</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Знайдено: %n клієнт</numerusform>
            <numerusform>Знайдено: %n клієнти</numerusform>
            <numerusform>Знайдено: %n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised #%1</source>
        <translation>анонімний №%1</translation>
    </message>
    <message>
        <source>Delete the customer “%1”? This cannot be undone.</source>
        <translation>Видалити клієнта «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”? Name, phone, e-mail and notes are removed for good. Their survey answers, complaints and purchases stay, anonymised.</source>
        <translation>Стерти персональні дані клієнта «%1»? Ім&apos;я, телефон, ел. пошту й нотатки буде видалено безповоротно. Відповіді на опитування, скарги й покупки залишаться, але стануть анонімними.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Видалення клієнта</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стирання персональних даних</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 — це папка, а не файл бази даних</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>Папки %1 не існує</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database already holds survey responses: demo data would mix with real data. Generate the demo into a new database file.</source>
        <translation>У цій базі вже є анкети: демо-дані змішаються зі справжніми. Створіть демо в новому файлі бази.</translation>
    </message>
    <message>
        <source>Installing the built-in templates</source>
        <translation>Встановлення вбудованих шаблонів</translation>
    </message>
    <message>
        <source>Writing to the database</source>
        <translation>Запис до бази даних</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Shops, staff and customers</source>
        <translation>Точки, працівники та клієнти</translation>
    </message>
    <message>
        <source>Exit-survey responses</source>
        <translation>Анкети опитування на виході</translation>
    </message>
    <message>
        <source>NPS, CSAT, CES, SERVQUAL, SOCO and staff surveys</source>
        <translation>Опитування NPS, CSAT, CES, SERVQUAL, SOCO та опитування працівників</translation>
    </message>
    <message>
        <source>Mystery-shop visits</source>
        <translation>Візити таємного покупця</translation>
    </message>
    <message>
        <source>Feedback log and service requests</source>
        <translation>Журнал відгуків і заявки</translation>
    </message>
    <message>
        <source>Sales and sample plans</source>
        <translation>Продажі та плани опитувань</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Заходи з покращення</translation>
    </message>
</context>
<context>
    <name>DetractorsModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Хто обслуговував</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>No consent to keep personal data (or none given): the answer stays anonymous</source>
        <translation>Немає згоди на зберігання персональних даних (або її не надано): відповідь залишається анонімною</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
</context>
<context>
    <name>DetractorsPanel</name>
    <message>
        <source>Detractors to call back</source>
        <translation>Критики, яким варто передзвонити</translation>
    </message>
    <message>
        <source>Customers who gave 0–6, newest first, with what they wrote. Name and phone show only for customers who agreed to keep their data.</source>
        <translation>Клієнти, які поставили 0–6, спершу найновіші, з тим, що вони написали. Ім&apos;я і телефон показано лише для клієнтів, які дали згоду на зберігання даних.</translation>
    </message>
    <message numerus="yes">
        <source>%n detractors in the period</source>
        <translation>
            <numerusform>%n критик за період</numerusform>
            <numerusform>%n критики за період</numerusform>
            <numerusform>%n критиків за період</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 detractors in the period; the newest %2 are listed</source>
        <translation>Критиків за період: %1; показано найновіших: %2</translation>
    </message>
</context>
<context>
    <name>DutiesDialog</name>
    <message>
        <source>Duties at a stage</source>
        <translation>Обов&apos;язки на етапі</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Duties:</source>
        <translation>Обов&apos;язки:</translation>
    </message>
    <message>
        <source>Leave empty to take the role off this stage</source>
        <translation>Залиште порожнім, щоб прибрати роль з цього етапу</translation>
    </message>
    <message>
        <source>Add a stage of the journey first.</source>
        <translation>Спершу додайте етап шляху клієнта.</translation>
    </message>
    <message>
        <source>Add a role first.</source>
        <translation>Спершу додайте роль.</translation>
    </message>
</context>
<context>
    <name>DutiesTable</name>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Обов&apos;язки</translation>
    </message>
    <message>
        <source>Set duties…</source>
        <translation>Задати обов&apos;язки…</translation>
    </message>
    <message>
        <source>What a role does at a stage</source>
        <translation>Що робить роль на етапі</translation>
    </message>
    <message>
        <source>Take off the stage</source>
        <translation>Прибрати з етапу</translation>
    </message>
    <message>
        <source>%1 of %2 duties shown</source>
        <translation>Показано обов&apos;язків: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n обов&apos;язок</numerusform>
            <numerusform>%n обов&apos;язки</numerusform>
            <numerusform>%n обов&apos;язків</numerusform>
        </translation>
    </message>
    <message>
        <source>Take “%1” off the stage “%2”?</source>
        <translation>Прибрати «%1» з етапу «%2»?</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Complaints book</source>
        <translation>Книга скарг</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Онлайн-відгук</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцмережі</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Legal claim</source>
        <translation>Юридична претензія</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Позитивний</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральний</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негативний</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповідь надано</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Nothing, all is fine</source>
        <translation>Нічого, усе гаразд</translation>
    </message>
    <message>
        <source>Prices and discounts</source>
        <translation>Ціни та знижки</translation>
    </message>
    <message>
        <source>Waiting and queues</source>
        <translation>Очікування та черги</translation>
    </message>
    <message>
        <source>Assortment and choice</source>
        <translation>Асортимент і вибір</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Паркування</translation>
    </message>
    <message>
        <source>Staff and their manners</source>
        <translation>Персонал і його манери</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Графік роботи</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Quality and freshness</source>
        <translation>Якість і свіжість</translation>
    </message>
    <message>
        <source>Atmosphere: music, light, space</source>
        <translation>Атмосфера: музика, світло, простір</translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
</context>
<context>
    <name>FailuresPanel</name>
    <message>
        <source>Critical items that failed</source>
        <translation>Невиконані критичні пункти</translation>
    </message>
    <message>
        <source>Each one failed its visit. The shopper&apos;s comment says what happened.</source>
        <translation>Кожен із них провалив свій візит. Коментар таємного покупця пояснює, що сталося.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Оберіть значення зі списку.</translation>
    </message>
    <message>
        <source>Enter when it was received.</source>
        <translation>Зазначте, коли відгук отримано.</translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation>Дата отримання ще не настала.</translation>
    </message>
    <message>
        <source>Enter the text of the feedback.</source>
        <translation>Введіть текст відгуку.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Задовгий текст (не більше %1 символів).</translation>
    </message>
    <message>
        <source>The rating must be 1 to 5 stars.</source>
        <translation>Оцінка має бути від 1 до 5 зірок.</translation>
    </message>
    <message>
        <source>The answer cannot be earlier than the feedback.</source>
        <translation>Відповідь не може бути раніше за сам відгук.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запис %1 уже видалено.</translation>
    </message>
    <message>
        <source>Feedback entry %1 does not exist.</source>
        <translation>Запис журналу відгуків %1 не знайдено.</translation>
    </message>
    <message>
        <source>Enter the answer given.</source>
        <translation>Введіть, що відповіли.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the source of %2.</source>
        <translation>«%1» не можна видалити: на його основі створено %2.</translation>
    </message>
    <message>
        <source>%n improvement action|%n improvement actions</source>
        <translation>%n захід з покращення|%n заходи з покращення|%n заходів з покращення</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>New feedback entry</source>
        <translation>Новий запис у журналі відгуків</translation>
    </message>
    <message>
        <source>Edit feedback entry</source>
        <translation>Редагування запису в журналі відгуків</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Отримано:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Ra&amp;ting:</source>
        <translation>Оц&amp;інка:</translation>
    </message>
    <message>
        <source>Se&amp;ntiment:</source>
        <translation>То&amp;нальність:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>То&amp;чка:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Посилання:</translation>
    </message>
    <message>
        <source>&amp;Answer given:</source>
        <translation>&amp;Відповідь:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>&amp;Хто відповів:</translation>
    </message>
    <message>
        <source>Answered &amp;at:</source>
        <translation>Ко&amp;ли відповіли:</translation>
    </message>
    <message>
        <source>From the rating</source>
        <translation>За оцінкою</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>What the customer wrote or said, word for word</source>
        <translation>Що клієнт написав або сказав, дослівно</translation>
    </message>
    <message>
        <source>Name or nickname, as signed</source>
        <translation>Ім&apos;я або нікнейм, як у підписі</translation>
    </message>
    <message>
        <source>Address of the review or post</source>
        <translation>Адреса відгуку або допису</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Почніть вводити для пошуку</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Відгук</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No answer for %1</source>
        <translation>Без відповіді вже %1</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Хто відповів</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>менше години</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n година</numerusform>
            <numerusform>%n години</numerusform>
            <numerusform>%n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Відповідь надано %1</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Ans&amp;wer…</source>
        <translation>Від&amp;повісти…</translation>
    </message>
    <message>
        <source>Record the answer given to this entry</source>
        <translation>Записати відповідь, надану на цей запис</translation>
    </message>
    <message>
        <source>Create improvement action</source>
        <translation>Створити захід з покращення</translation>
    </message>
    <message>
        <source>Turn this entry into an improvement action with an owner and a due date</source>
        <translation>Перетворити цей запис на захід з покращення з відповідальним і строком</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>Search text, author, customer, answer</source>
        <translation>Пошук за текстом, автором, клієнтом, відповіддю</translation>
    </message>
    <message>
        <source>Feedback log</source>
        <translation>Журнал відгуків</translation>
    </message>
    <message>
        <source>Negative entries still without an answer are marked in red with how long they have waited: a negative one needs an answer.</source>
        <translation>Негативні записи, на які ще немає відповіді, позначено червоним разом із часом очікування: на негативний запис потрібно відповісти.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>Знайдено: %n запис</numerusform>
            <numerusform>Знайдено: %n записи</numerusform>
            <numerusform>Знайдено: %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Відкрити &amp;знову</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Delete the feedback entry “%1”? This cannot be undone.</source>
        <translation>Видалити запис журналу відгуків «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete feedback entry</source>
        <translation>Видалення запису журналу відгуків</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Захід з покращення</translation>
    </message>
    <message>
        <source>An improvement action was made from this entry: “%1”. Give it an owner and a due date on the Improvement actions page.</source>
        <translation>На основі цього запису створено захід з покращення: «%1». Призначте відповідального і строк на сторінці «Заходи з покращення».</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Копіювати &amp;всю таблицю</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>significant</source>
        <translation>значуще</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>незначуще</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Розріз</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Значущість</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT, % satisfied</source>
        <translation>CSAT, % задоволених</translation>
    </message>
    <message>
        <source>CES, mean effort</source>
        <translation>CES, середні зусилля</translation>
    </message>
    <message>
        <source>Mystery shop score</source>
        <translation>Оцінка таємного покупця</translation>
    </message>
    <message>
        <source>Standards compliance</source>
        <translation>Дотримання стандартів</translation>
    </message>
    <message>
        <source>SLA on time</source>
        <translation>Заявки вчасно (SLA)</translation>
    </message>
    <message>
        <source>SOCO, mean</source>
        <translation>SOCO, середнє</translation>
    </message>
    <message>
        <source>Complaints answered</source>
        <translation>Відгуки з відповіддю</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Порівняно з %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All locations</source>
        <translation>Усі точки</translation>
    </message>
    <message>
        <source>All shoppers</source>
        <translation>Усі таємні покупці</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Дати…</translation>
    </message>
    <message>
        <source>Drafts and submitted</source>
        <translation>Чернетки та здані</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Лише чернетки</translation>
    </message>
    <message>
        <source>Submitted only</source>
        <translation>Лише здані</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Period of the visit</source>
        <translation>Період візиту</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Unknown location &quot;%1&quot; (known: %2)</source>
        <translation>Невідома точка «%1» (відомі: %2)</translation>
    </message>
    <message>
        <source>Unknown survey &quot;%1&quot; (known: %2)</source>
        <translation>Невідоме опитування «%1» (відомі: %2)</translation>
    </message>
    <message>
        <source>Unknown staff member &quot;%1&quot;</source>
        <translation>Невідомий працівник «%1»</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Start empty</source>
        <translation>Почати з нуля</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демодані</translation>
    </message>
    <message>
        <source>This copy of cxdesk has no demo data.</source>
        <translation>У цій копії cxdesk немає демоданих.</translation>
    </message>
    <message>
        <source>Writing the demo data…</source>
        <translation>Записуються демодані…</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Не вдалося записати демодані: %1</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <source>Revenue and growth</source>
        <translation>Виторг і зростання</translation>
    </message>
    <message>
        <source>Each month against the month before and the same month a year before; CAGR is the yearly rate from the first to the last month of the period.</source>
        <translation>Кожен місяць порівняно з попереднім і з тим самим місяцем роком раніше; CAGR — середньорічний темп зростання від першого до останнього місяця періоду.</translation>
    </message>
    <message>
        <source>No shop totals were entered: the months add up the figures per customer or product.</source>
        <translation>Загальні підсумки по магазину не введено: місячні суми складено з показників за клієнтами або товарами.</translation>
    </message>
    <message>
        <source>The shop totals cannot be cut by customer segment: they are shown whole.</source>
        <translation>Загальні підсумки по магазину не можна розбити за сегментами клієнтів: їх показано повністю.</translation>
    </message>
</context>
<context>
    <name>HandbookPrinter</name>
    <message>
        <source>handbook</source>
        <translation>пам&apos;ятка</translation>
    </message>
    <message>
        <source>Print the staff handbook</source>
        <translation>Друк пам&apos;ятки для персоналу</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handbook…</source>
        <translation>Створюється пам&apos;ятка…</translation>
    </message>
    <message>
        <source>The handbook was written to %1. Open it now?</source>
        <translation>Пам&apos;ятку збережено до %1. Відкрити її зараз?</translation>
    </message>
    <message>
        <source>Staff handbook</source>
        <translation>Пам&apos;ятка для персоналу</translation>
    </message>
    <message>
        <source>The handbook could not be written: %1</source>
        <translation>Не вдалося створити пам&apos;ятку: %1</translation>
    </message>
</context>
<context>
    <name>ImprovementThemesModel</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% відповідей</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Наприклад</translation>
    </message>
</context>
<context>
    <name>ImprovementThemesPanel</name>
    <message>
        <source>What customers would improve</source>
        <translation>Що клієнти покращили б</translation>
    </message>
    <message>
        <source>The answers to “what should we improve”, split into items and grouped by theme; one answer counts once per theme.</source>
        <translation>Відповіді на запитання «що нам покращити», розбиті на окремі пункти й згруповані за темами; у кожній темі відповідь враховується лише один раз.</translation>
    </message>
    <message>
        <source>The 10 most mentioned, % of %1 answers</source>
        <translation>10 найчастіше згадуваних, % від %1 відповідей</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>%1 of %2 figures rest on fewer than %3 answers (n &lt; %3): read them with care.</source>
        <translation>Показників, що спираються на менш ніж %3 відповідей (n &lt; %3): %1 з %2 — тлумачте їх обережно.</translation>
    </message>
    <message>
        <source>%1 (%n visit)|%1 (%n visits)</source>
        <translation>%1 (%n візит)|%1 (%n візити)|%1 (%n візитів)</translation>
    </message>
    <message>
        <source>Section scores by location, %</source>
        <translation>Оцінки розділів за точками, %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Mystery-shop score, %</source>
        <translation>Оцінка таємного покупця, %</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Оцінка, %</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Усі візити</translation>
    </message>
    <message>
        <source>Score and visits passed by shopper</source>
        <translation>Оцінка та успішні візити за таємними покупцями</translation>
    </message>
    <message>
        <source>Visits passed, %</source>
        <translation>Успішні візити, %</translation>
    </message>
    <message>
        <source>Standards kept by stage and role, %</source>
        <translation>Дотримання стандартів за етапами та ролями, %</translation>
    </message>
    <message>
        <source>All standards</source>
        <translation>Усі стандарти</translation>
    </message>
    <message>
        <source>Standards kept least often, % of checks passed</source>
        <translation>Стандарти, яких дотримуються найрідше, % успішних перевірок</translation>
    </message>
    <message>
        <source>Kept, %</source>
        <translation>Дотримано, %</translation>
    </message>
    <message>
        <source>Revenue by month, thousands</source>
        <translation>Виторг за місяцями, тис.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Revenue growth, %</source>
        <translation>Зростання виторгу, %</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>До попереднього місяця</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>До того самого місяця минулого року</translation>
    </message>
    <message>
        <source>ABC × XYZ: products</source>
        <translation>ABC × XYZ: товари</translation>
    </message>
    <message>
        <source>ABC × XYZ: customers</source>
        <translation>ABC × XYZ: клієнти</translation>
    </message>
    <message>
        <source>ABC × XYZ: share of revenue, %</source>
        <translation>ABC × XYZ: частка виторгу, %</translation>
    </message>
    <message>
        <source>Not classified (no revenue or no months): %1</source>
        <translation>Не класифіковано (немає виторгу або місяців): %1</translation>
    </message>
    <message>
        <source>% of products</source>
        <translation>% товарів</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% клієнтів</translation>
    </message>
    <message>
        <source>Top 20%: %1% of revenue</source>
        <translation>Перші 20%: %1% виторгу</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Крива Парето</translation>
    </message>
    <message>
        <source>Cumulative revenue, %</source>
        <translation>Накопичений виторг, %</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% виторгу</translation>
    </message>
    <message>
        <source>NPS by loyalty type</source>
        <translation>NPS за типами лояльності</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>On time per SLA by priority, %</source>
        <translation>Вчасно за SLA за пріоритетами, %</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>Вчасно, %</translation>
    </message>
    <message>
        <source>On time per SLA and satisfied with speed, %</source>
        <translation>Вчасно за SLA та задоволені швидкістю, %</translation>
    </message>
    <message>
        <source>On time per SLA</source>
        <translation>Вчасно за SLA</translation>
    </message>
    <message>
        <source>Satisfied with speed</source>
        <translation>Задоволені швидкістю</translation>
    </message>
    <message>
        <source>How long requests take</source>
        <translation>Скільки часу займають заявки</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Mystery-shop score of the visits that observed them, %</source>
        <translation>Оцінка таємного покупця у візитах, де їх спостерігали, %</translation>
    </message>
    <message>
        <source>NPS of the customers they served</source>
        <translation>NPS клієнтів, яких вони обслуговували</translation>
    </message>
    <message>
        <source>CSAT of the customers they served, %</source>
        <translation>CSAT клієнтів, яких вони обслуговували, %</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Customer orientation and NPS</source>
        <translation>Клієнтоорієнтованість і NPS</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Працівники</translation>
    </message>
</context>
<context>
    <name>InsightNames</name>
    <message>
        <source>Critical</source>
        <translation>Критичний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>To register</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>To take into work</source>
        <translation>Взяття в роботу</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>Виконання</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Промоутер</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Нейтрал</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Критик</translation>
    </message>
    <message>
        <source>No role named</source>
        <translation>Роль не вказано</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Item:</source>
        <translation>Пункт:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Вага:</translation>
    </message>
    <message>
        <source>Critical:</source>
        <translation>Критичний:</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Обов&apos;язковий:</translation>
    </message>
    <message>
        <source>Checks the standard:</source>
        <translation>Перевіряє стандарт:</translation>
    </message>
    <message>
        <source>Hint for the shopper:</source>
        <translation>Підказка для таємного покупця:</translation>
    </message>
    <message>
        <source>— no standard —</source>
        <translation>— без стандарту —</translation>
    </message>
    <message>
        <source>A “no” fails the whole visit</source>
        <translation>Відповідь «ні» провалює весь візит</translation>
    </message>
    <message>
        <source>The shopper must answer it</source>
        <translation>Таємний покупець повинен на нього відповісти</translation>
    </message>
    <message>
        <source>How much the item counts in the visit&apos;s score</source>
        <translation>Наскільки пункт впливає на оцінку візиту</translation>
    </message>
    <message>
        <source>Something the shopper can see, e.g. “Price tags on every product”</source>
        <translation>Те, що таємний покупець може побачити, наприклад «Цінники на кожному товарі»</translation>
    </message>
    <message>
        <source>Only a yes / no item can be critical.</source>
        <translation>Критичним може бути лише пункт із відповіддю «так / ні».</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Standard checked: %1</source>
        <translation>Перевіряє стандарт: %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичний</translation>
    </message>
    <message>
        <source>A critical item: answered “No” (or 1–2), it fails the whole visit</source>
        <translation>Критичний пункт: відповідь «Ні» (або 1–2) провалює весь візит</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов&apos;язковий</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>Додати фото…</translation>
    </message>
</context>
<context>
    <name>JourneyExporter</name>
    <message>
        <source>service-standards</source>
        <translation>стандарти-сервісу</translation>
    </message>
    <message>
        <source>Export the service standards</source>
        <translation>Експорт стандартів сервісу</translation>
    </message>
    <message>
        <source>Template files (*.yaml *.yml);;All files (*)</source>
        <translation>Файли шаблонів (*.yaml *.yml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не вдалося записати файл: %1</translation>
    </message>
</context>
<context>
    <name>KeyDriversModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Importance (r)</source>
        <translation>Важливість (r)</translation>
    </message>
    <message>
        <source>Performance (mean)</source>
        <translation>Виконання (середнє)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
</context>
<context>
    <name>KeyDriversPanel</name>
    <message>
        <source>Key drivers</source>
        <translation>Ключові чинники</translation>
    </message>
    <message>
        <source>Importance: how closely a question&apos;s answers move with the overall score (correlation). Performance: its mean. High importance and low performance: concentrate here.</source>
        <translation>Важливість — наскільки тісно відповіді на запитання пов&apos;язані із загальною оцінкою (кореляція). Виконання — середня оцінка за запитанням. Висока важливість і низьке виконання: зосередьтеся тут.</translation>
    </message>
    <message>
        <source>No survey with an overall question and at least two rated questions was answered with this filter.</source>
        <translation>З цим фільтром не заповнено жодного опитування, що має загальне запитання й щонайменше два запитання з оцінкою.</translation>
    </message>
    <message>
        <source>Survey: %1. What the drivers explain: “%2” (%3 answers). Choose a survey in the filter to see another one.</source>
        <translation>Опитування: %1. Що пояснюють чинники: «%2» (відповідей: %3). Щоб переглянути інше, оберіть опитування у фільтрі.</translation>
    </message>
    <message>
        <source>Importance × performance</source>
        <translation>Важливість × виконання</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <source>Customer or product</source>
        <translation>Клієнт або товар</translation>
    </message>
    <message>
        <source>No consent to keep the name: shown by number</source>
        <translation>Немає згоди на зберігання імені: показано за номером</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Накопичено</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Варіація</translation>
    </message>
    <message numerus="yes">
        <source>Coefficient of variation of monthly revenue over %n months</source>
        <translation>
            <numerusform>Коефіцієнт варіації місячного виторгу за %n місяць</numerusform>
            <numerusform>Коефіцієнт варіації місячного виторгу за %n місяці</numerusform>
            <numerusform>Коефіцієнт варіації місячного виторгу за %n місяців</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownModel</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Loyalty type</source>
        <translation>Тип лояльності</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Остання оцінка</translation>
    </message>
    <message>
        <source>Promoter or detractor</source>
        <translation>Промоутер чи критик</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Остання відповідь</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>#%1 (anonymous)</source>
        <translation>№%1 (анонімно)</translation>
    </message>
</context>
<context>
    <name>KnownPanel</name>
    <message>
        <source>Promoters and detractors among known customers</source>
        <translation>Промоутери та критики серед відомих клієнтів</translation>
    </message>
    <message>
        <source>Each customer by their latest answer in the period, largest revenue first: an A-class detractor is the call to make today.</source>
        <translation>Кожен клієнт — за його останньою відповіддю в періоді, спершу з найбільшим виторгом: критикові класу A варто зателефонувати сьогодні.</translation>
    </message>
    <message>
        <source>%1 known customers answered: %2 promoters, %3 detractors</source>
        <translation>Відповіли відомих клієнтів: %1; промоутерів: %2, критиків: %3</translation>
    </message>
</context>
<context>
    <name>LinkItemsDialog</name>
    <message>
        <source>Checklist items that check the standard</source>
        <translation>Пункти чек-листів, що перевіряють стандарт</translation>
    </message>
    <message>
        <source>Standard: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Стандарт: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Чек-лист:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Now checks</source>
        <translation>Зараз перевіряє</translation>
    </message>
    <message>
        <source>Ticking it moves the item to this standard.</source>
        <translation>Якщо позначити пункт, він перевірятиме цей стандарт.</translation>
    </message>
    <message>
        <source>%1 of %2 items ticked</source>
        <translation>Позначено пунктів: %1 з %2</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>New location</source>
        <translation>Нова точка</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Редагування точки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Використання:</translation>
    </message>
    <message>
        <source>&amp;Active (offered in new records)</source>
        <translation>А&amp;ктивна (пропонується в нових записах)</translation>
    </message>
    <message>
        <source>e.g. Shop on Khreshchatyk</source>
        <translation>наприклад, Магазин на Хрещатику</translation>
    </message>
</context>
<context>
    <name>LocationsFiguresModel</name>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Click to show only this location on every analysis page</source>
        <translation>Натисніть, щоб на всіх сторінках аналізу показувати лише цю точку</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± похибка</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Відповіді CSAT</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>n &lt; 30: only %1 answers, the NPS can move a lot by chance</source>
        <translation>n &lt; 30: відповідей лише %1, NPS може сильно змінюватися випадково</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивна</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>Not known</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Constrained (must stay)</source>
        <translation>Вимушена (немає вибору)</translation>
    </message>
    <message>
        <source>Dedicated (wants to stay)</source>
        <translation>Віддана (хоче залишитися)</translation>
    </message>
</context>
<context>
    <name>LoyaltyModel</name>
    <message>
        <source>Loyalty type</source>
        <translation>Тип лояльності</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>n &lt; 30: the NPS can move a lot by chance</source>
        <translation>n &lt; 30: NPS може сильно змінюватися випадково</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± похибка</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповіли</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Частка виторгу</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <source>Loyalty types</source>
        <translation>Типи лояльності</translation>
    </message>
    <message>
        <source>Dedicated customers want to stay; constrained ones must (no real alternative) and leave when they can. NPS by each customer&apos;s latest answer.</source>
        <translation>Віддані клієнти хочуть залишитися; вимушені залишаються, бо не мають реальної альтернативи, і підуть, щойно зможуть. NPS — за останньою відповіддю кожного клієнта.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enter data</source>
        <translation>Введення даних</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Довідники</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Standards kept</source>
        <translation>Дотримання стандартів</translation>
    </message>
    <message>
        <source>Customers and sales</source>
        <translation>Клієнти та продажі</translation>
    </message>
    <message>
        <source>Requests and SLA</source>
        <translation>Заявки та SLA</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Feedback log</source>
        <translation>Журнал відгуків</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Заходи з покращення</translation>
    </message>
    <message>
        <source>Locations &amp; staff</source>
        <translation>Точки та персонал</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарти</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Survey entry</source>
        <translation>Введення анкет</translation>
    </message>
    <message>
        <source>The database was upgraded; a backup was written first: %1</source>
        <translation>Базу даних оновлено; перед цим створено резервну копію: %1</translation>
    </message>
    <message>
        <source>cxdesk — %1</source>
        <translation>cxdesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Створити резервну копію…</translation>
    </message>
    <message>
        <source>&amp;Export visit…</source>
        <translation>&amp;Експортувати візит…</translation>
    </message>
    <message>
        <source>&amp;Import visit…</source>
        <translation>&amp;Імпортувати візит…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметри…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About cxdesk</source>
        <translation>&amp;Про cxdesk</translation>
    </message>
    <message>
        <source>The database in use</source>
        <translation>Відкрита база даних</translation>
    </message>
    <message>
        <source>Not saved yet:

%1

Close and lose it?</source>
        <translation>Не збережено:

%1

Закрити й втратити це?</translation>
    </message>
    <message>
        <source>Close cxdesk</source>
        <translation>Закрити cxdesk</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Відкрити або створити базу даних</translation>
    </message>
    <message>
        <source>cxdesk databases (*.db);;All files (*)</source>
        <translation>Бази даних cxdesk (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>This database lives on a server: back it up there with the server&apos;s tools.</source>
        <translation>Ця база даних розміщена на сервері: робіть її резервні копії засобами сервера.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервна копія бази даних</translation>
    </message>
    <message>
        <source>cxdesk databases (*.db)</source>
        <translation>Бази даних cxdesk (*.db)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Створюється резервна копія…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервну копію створено: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Не вдалося створити резервну копію: %1</translation>
    </message>
    <message>
        <source>About cxdesk</source>
        <translation>Про cxdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cxdesk %1&lt;/h3&gt;&lt;p&gt;Measure and improve customer service: surveys, mystery shopping, service standards and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cxdesk %1&lt;/h3&gt;&lt;p&gt;Вимірюйте та покращуйте якість обслуговування клієнтів: опитування, таємний покупець, стандарти обслуговування та звіти.&lt;/p&gt;&lt;p&gt;База даних: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>Only %1 answers: the figure can move a lot by chance</source>
        <translation>Відповідей лише %1: показник може сильно змінюватися випадково</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95%: %1</source>
        <translation>95%: %1</translation>
    </message>
    <message>
        <source>no figure to compare with</source>
        <translation>немає з чим порівняти</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п.</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>значуще</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>не значуще</translation>
    </message>
    <message>
        <source>Comparison period: %1 (n = %2). Significant: the change is larger than chance would make it (95% level).</source>
        <translation>Період порівняння: %1 (n = %2). Значуще: зміна більша, ніж могла б бути випадковою (рівень 95%).</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Leave the field empty</source>
        <translation>Залишити поле порожнім</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>n &lt; 30: few requests, the share can move a lot by chance</source>
        <translation>n &lt; 30: заявок мало, частка може сильно змінюватися випадково</translation>
    </message>
    <message>
        <source>Requests judged</source>
        <translation>Оцінено заявок</translation>
    </message>
    <message>
        <source>Satisfied with speed</source>
        <translation>Задоволені швидкістю</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>Gap, points</source>
        <translation>Розрив, п.</translation>
    </message>
    <message>
        <source>On time minus satisfied: a team on time by its SLA whose customers still find it slow</source>
        <translation>Вчасно мінус задоволені: команда вкладається в SLA, але клієнтам усе одно здається, що повільно</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>До попереднього місяця</translation>
    </message>
    <message>
        <source>% change from the month before</source>
        <translation>Зміна в % порівняно з попереднім місяцем</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>До того самого місяця минулого року</translation>
    </message>
    <message>
        <source>% change from the same month a year before</source>
        <translation>Зміна в % порівняно з тим самим місяцем роком раніше</translation>
    </message>
</context>
<context>
    <name>MysteryAnalysisTab</name>
    <message>
        <source>Mystery-shop score</source>
        <translation>Оцінка таємного покупця</translation>
    </message>
    <message>
        <source>Weighted % of the checklist points earned, over every visit of the period</source>
        <translation>Зважений % набраних балів чек-листа за всі візити періоду</translation>
    </message>
    <message>
        <source>Visits passed</source>
        <translation>Успішні візити</translation>
    </message>
    <message>
        <source>% of visits without a failed critical item</source>
        <translation>% візитів без проваленого критичного пункту</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Sections by location</source>
        <translation>Розділи за точками</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Провали критичних пунктів</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динаміка</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Таємні покупці</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MysteryTab</name>
    <message>
        <source>Delete the submitted visit of %1 on %2 by %3? Its score leaves the reports. This cannot be undone.</source>
        <translation>Видалити зданий візит до «%1» (%2, таємний покупець — %3)? Його оцінка зникне зі звітів. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete the unfinished visit of %1 on %2 by %3? This cannot be undone.</source>
        <translation>Видалити незавершений візит до «%1» (%2, таємний покупець — %3)? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Видалення візиту</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Таємний покупець</translation>
    </message>
</context>
<context>
    <name>MysteryTexts</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1, v%2</source>
        <translation>%1, в%2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Здано</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <source>Passing so far</source>
        <translation>Поки що проходить</translation>
    </message>
    <message>
        <source>Failing so far</source>
        <translation>Поки що не проходить</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Новий візит</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Чек-лист:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>&amp;Дата візиту:</translation>
    </message>
    <message>
        <source>&amp;Shopper:</source>
        <translation>Таємний &amp;покупець:</translation>
    </message>
    <message>
        <source>Staff &amp;observed:</source>
        <translation>Спостережені &amp;працівники:</translation>
    </message>
    <message>
        <source>The shopper&apos;s name</source>
        <translation>Ім&apos;я таємного покупця</translation>
    </message>
    <message>
        <source>Tick the staff members who served the shopper</source>
        <translation>Позначте працівників, які обслуговували таємного покупця</translation>
    </message>
    <message>
        <source>There is no checklist: add one on the Checklists page.</source>
        <translation>Немає жодного чек-листа: додайте його на сторінці «Чек-листи».</translation>
    </message>
    <message>
        <source>There is no location: add one on the Locations page.</source>
        <translation>Немає жодної точки: додайте її на сторінці «Точки».</translation>
    </message>
</context>
<context>
    <name>OptionsTable</name>
    <message>
        <source>Add option</source>
        <translation>Додати варіант</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Вилучити варіант</translation>
    </message>
    <message>
        <source>Move the option up</source>
        <translation>Перемістити варіант вгору</translation>
    </message>
    <message>
        <source>Move the option down</source>
        <translation>Перемістити варіант вниз</translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message>
        <source>Enter the name of the location.</source>
        <translation>Введіть назву точки.</translation>
    </message>
    <message>
        <source>Enter the name of the staff member.</source>
        <translation>Введіть ім&apos;я працівника.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Задовгий текст (не більше %1 символів).</translation>
    </message>
    <message>
        <source>Location %1 does not exist.</source>
        <translation>Точку %1 не знайдено.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Працівника %1 не знайдено.</translation>
    </message>
    <message>
        <source>There is already a location named “%1”.</source>
        <translation>Точка з назвою «%1» уже є.</translation>
    </message>
    <message>
        <source>%n survey response|%n survey responses</source>
        <translation>%n анкета|%n анкети|%n анкет</translation>
    </message>
    <message>
        <source>%n mystery-shop visit|%n mystery-shop visits</source>
        <translation>%n візит таємного покупця|%n візити таємного покупця|%n візитів таємного покупця</translation>
    </message>
    <message>
        <source>%n staff member|%n staff members</source>
        <translation>%n працівник|%n працівники|%n працівників</translation>
    </message>
    <message>
        <source>%n feedback entry|%n feedback entries</source>
        <translation>%n запис журналу відгуків|%n записи журналу відгуків|%n записів журналу відгуків</translation>
    </message>
    <message>
        <source>%n service request|%n service requests</source>
        <translation>%n заявка|%n заявки|%n заявок</translation>
    </message>
    <message>
        <source>%n improvement action|%n improvement actions</source>
        <translation>%n захід з покращення|%n заходи з покращення|%n заходів з покращення</translation>
    </message>
    <message>
        <source>%n sales figure|%n sales figures</source>
        <translation>%n запис продажів|%n записи продажів|%n записів продажів</translation>
    </message>
    <message>
        <source>%n sample plan|%n sample plans</source>
        <translation>%n план вибірки|%n плани вибірки|%n планів вибірки</translation>
    </message>
    <message>
        <source>%n answered feedback entry|%n answered feedback entries</source>
        <translation>%n відповідь на відгук|%n відповіді на відгуки|%n відповідей на відгуки</translation>
    </message>
    <message>
        <source>The location “%1” cannot be deleted: it has %2. Deactivate it instead; its records stay in the reports.</source>
        <translation>Точку «%1» не можна видалити: з нею пов&apos;язані записи (%2). Натомість вимкніть її — її записи залишаться у звітах.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the database keeps %2 for them. Deactivate them instead; their records stay in the reports.</source>
        <translation>Працівника «%1» не можна видалити: у базі є пов&apos;язані з ним записи (%2). Натомість вимкніть його — записи залишаться у звітах.</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message numerus="yes">
        <source>%n locations found</source>
        <translation>
            <numerusform>Знайдено: %n точку</numerusform>
            <numerusform>Знайдено: %n точки</numerusform>
            <numerusform>Знайдено: %n точок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locations</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members found</source>
        <translation>
            <numerusform>Знайдено: %n працівника</numerusform>
            <numerusform>Знайдено: %n працівники</numerusform>
            <numerusform>Знайдено: %n працівників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n працівник</numerusform>
            <numerusform>%n працівники</numerusform>
            <numerusform>%n працівників</numerusform>
        </translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Search name or address</source>
        <translation>Пошук за назвою або адресою</translation>
    </message>
    <message>
        <source>Search name, role, location</source>
        <translation>Пошук за ім&apos;ям, роллю, точкою</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Усі точки</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Увімкнути</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <source>Deactivated ones are no longer offered in new records; their records stay in the reports.</source>
        <translation>Вимкнені більше не пропонуються в нових записах; їхні записи залишаються у звітах.</translation>
    </message>
    <message>
        <source>Delete the location “%1”? This cannot be undone.</source>
        <translation>Видалити точку «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete location</source>
        <translation>Видалення точки</translation>
    </message>
    <message>
        <source>Delete the staff member “%1”? This cannot be undone.</source>
        <translation>Видалити працівника «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>Видалення працівника</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Trend and locations</source>
        <translation>Динаміка і точки</translation>
    </message>
    <message>
        <source>The band around the NPS line is its 95% interval: months whose bands overlap may differ by chance. Click a location&apos;s bar to look at it alone.</source>
        <translation>Смуга навколо лінії NPS — це її 95% інтервал: місяці, смуги яких перекриваються, можуть відрізнятися випадково. Натисніть на стовпчик точки, щоб переглянути лише її.</translation>
    </message>
    <message>
        <source>Locations, best to worst</source>
        <translation>Точки, від найкращої до найгіршої</translation>
    </message>
    <message>
        <source>NPS by month, with its 95% band</source>
        <translation>NPS за місяцями з 95% смугою</translation>
    </message>
    <message>
        <source>NPS by location</source>
        <translation>NPS за точками</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairField</name>
    <message>
        <source>E</source>
        <translation>О</translation>
    </message>
    <message>
        <source>P</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Expectation: how it should be</source>
        <translation>Очікування: як має бути</translation>
    </message>
    <message>
        <source>Perception: how it was</source>
        <translation>Сприйняття: як було</translation>
    </message>
</context>
<context>
    <name>ParetoPanel</name>
    <message>
        <source>Pareto curve</source>
        <translation>Крива Парето</translation>
    </message>
    <message>
        <source>Customers from the largest to the smallest: how much of the revenue the first ones bring.</source>
        <translation>Клієнти від найбільшого до найменшого: яку частку виторгу дають перші з них.</translation>
    </message>
    <message>
        <source>No revenue per customer in this period.</source>
        <translation>За цей період немає виторгу за клієнтами.</translation>
    </message>
    <message>
        <source>The top 20% (%1 of %2) bring %3 of the revenue.</source>
        <translation>Перші 20% (%1 з %2) дають %3 виторгу.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Attach photos</source>
        <translation>Додати фото</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.gif *.webp);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Усі точки</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Зібрано</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Виконання</translation>
    </message>
    <message>
        <source>%1% — reached</source>
        <translation>%1% — досягнуто</translation>
    </message>
    <message>
        <source>%1% — %2 to go</source>
        <translation>%1% — залишилося %2</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message numerus="yes">
        <source>%n plans found</source>
        <translation>
            <numerusform>Знайдено: %n план</numerusform>
            <numerusform>Знайдено: %n плани</numerusform>
            <numerusform>Знайдено: %n планів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans</source>
        <translation>
            <numerusform>%n план</numerusform>
            <numerusform>%n плани</numerusform>
            <numerusform>%n планів</numerusform>
        </translation>
    </message>
    <message>
        <source>Search survey or location</source>
        <translation>Пошук за опитуванням або точкою</translation>
    </message>
    <message>
        <source>Sample plans</source>
        <translation>Плани вибірки</translation>
    </message>
    <message>
        <source>Delete sample plan</source>
        <translation>Видалення плану вибірки</translation>
    </message>
    <message>
        <source>Delete this sample plan? The survey answers stay.</source>
        <translation>Видалити цей план вибірки? Відповіді на опитування залишаться.</translation>
    </message>
</context>
<context>
    <name>PrintVisit</name>
    <message>
        <source>Save the visit report</source>
        <translation>Збереження звіту про візит</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print visit</source>
        <translation>Друк візиту</translation>
    </message>
    <message>
        <source>The visit report is not part of this version of cxdesk.</source>
        <translation>Звіт про візит не входить до цієї версії cxdesk.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не вдалося створити звіт: %1</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% інтервал</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <source>Still open, late</source>
        <translation>Відкриті, прострочені</translation>
    </message>
    <message>
        <source>Taken into work (median)</source>
        <translation>Взято в роботу (медіана)</translation>
    </message>
    <message>
        <source>Resolved (median)</source>
        <translation>Виконано (медіана)</translation>
    </message>
    <message>
        <source>Resolved (90%)</source>
        <translation>Виконано (90%)</translation>
    </message>
    <message>
        <source>9 requests in 10 were resolved within this</source>
        <translation>9 заявок із 10 було виконано в межах цього часу</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>On time by priority</source>
        <translation>Вчасно за пріоритетами</translation>
    </message>
    <message>
        <source>Resolved within the target of their priority, counted from registration. An open request already past its target counts as late.</source>
        <translation>Виконано в межах нормативу свого пріоритету, від моменту реєстрації. Відкрита заявка, що вже перевищила норматив, вважається простроченою.</translation>
    </message>
    <message>
        <source>%1 requests still open, %2 of them past their target (as of %3).</source>
        <translation>Відкритих заявок: %1, з них прострочено: %2 (станом на %3).</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Запитання:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Шкала:</translation>
    </message>
    <message>
        <source>Lowest point means:</source>
        <translation>Найнижчий бал означає:</translation>
    </message>
    <message>
        <source>Highest point means:</source>
        <translation>Найвищий бал означає:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Варіанти:</translation>
    </message>
    <message>
        <source>SERVQUAL dimension:</source>
        <translation>Вимір SERVQUAL:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Підрахунок:</translation>
    </message>
    <message>
        <source>Used in reports as:</source>
        <translation>У звітах використовується як:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Одиниця:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язкова</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Обмежити діапазоном</translation>
    </message>
    <message>
        <source>Reverse-scored (a high answer is a bad sign, as SOCO selling-oriented items)</source>
        <translation>Зворотна шкала (висока оцінка — поганий знак, як у пунктах SOCO про орієнтацію на продаж)</translation>
    </message>
    <message>
        <source>e.g. min</source>
        <translation>наприклад, хв</translation>
    </message>
    <message>
        <source>— nothing special —</source>
        <translation>— нічого особливого —</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, обов&apos;язкове</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обов&apos;язкове</translation>
    </message>
    <message>
        <source>1 yes, 0 no</source>
        <translation>1 — так, 0 — ні</translation>
    </message>
    <message>
        <source>one of 1–%1</source>
        <translation>один із 1–%1</translation>
    </message>
    <message>
        <source>any of 1–%1</source>
        <translation>будь-які з 1–%1</translation>
    </message>
    <message>
        <source>Shift+Enter: new line</source>
        <translation>Shift+Enter: новий рядок</translation>
    </message>
    <message>
        <source>Only digits are taken here.</source>
        <translation>Тут приймаються лише цифри.</translation>
    </message>
</context>
<context>
    <name>QuestionScoresModel</name>
    <message>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Середнє</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± похибка</translation>
    </message>
    <message>
        <source>Top two / yes</source>
        <translation>Два найвищі / так</translation>
    </message>
    <message>
        <source>% of answers in the top two points of the scale; for a yes/no question, % yes</source>
        <translation>% відповідей із двома найвищими балами шкали; для запитання «так/ні» — % відповідей «так»</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>так / ні</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (очікування: %2)</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 is a folder: give the report a file name.</source>
        <translation>%1 — це тека: вкажіть ім&apos;я файлу звіту.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>До теки %1 не можна записати.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Звіт збережено</translation>
    </message>
    <message>
        <source>The report is saved as
%1</source>
        <translation>Звіт збережено як
%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показати в &amp;теці</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Довільний</translation>
    </message>
    <message>
        <source>The previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>The same period last year</source>
        <translation>Той самий період минулого року</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Порівняти з:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>П&amp;рацівник:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Візит:</translation>
    </message>
    <message>
        <source>Language of the &amp;report:</source>
        <translation>&amp;Мова звіту:</translation>
    </message>
    <message>
        <source>Visits &amp;at:</source>
        <translation>Візити &amp;до:</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Усі точки</translation>
    </message>
</context>
<context>
    <name>ReportVisits</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Failed: a critical item</source>
        <translation>Не пройдено: критичний пункт</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Feedback sheet for %1</source>
        <translation>Картка працівника: %1</translation>
    </message>
    <message>
        <source>Staff feedback sheet</source>
        <translation>Картка працівника</translation>
    </message>
    <message>
        <source>SOCO, mystery-shop observations and customer scores of one staff member</source>
        <translation>SOCO, спостереження таємних покупців і оцінки клієнтів одного працівника</translation>
    </message>
    <message>
        <source>SOCO total (24–216)</source>
        <translation>Сума SOCO (24–216)</translation>
    </message>
    <message>
        <source>NPS of the customers served</source>
        <translation>NPS обслужених клієнтів</translation>
    </message>
    <message>
        <source>CSAT of the customers served, %</source>
        <translation>CSAT обслужених клієнтів, %</translation>
    </message>
    <message>
        <source>Mystery-shop score, % (n = visits)</source>
        <translation>Оцінка таємного покупця, % (n = візити)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>n: answers, items or visits behind a figure. SOCO n: items answered of 24 (personal) and people (company). n &lt; 30: too few to rely on; read it as a hint, not a verdict.</source>
        <translation>n — кількість відповідей, пунктів або візитів, на яких ґрунтується показник. Для SOCO n — кількість тверджень із 24, на які дано відповідь (працівник), і кількість людей (компанія). n &lt; 30 — замало, щоб покладатися на показник: сприймайте його як підказку, а не як вердикт.</translation>
    </message>
    <message>
        <source>Customer orientation (SOCO)</source>
        <translation>Клієнтоорієнтованість (SOCO)</translation>
    </message>
    <message>
        <source>No SOCO questionnaire filled by the end of the period.</source>
        <translation>До кінця періоду анкету SOCO не заповнено.</translation>
    </message>
    <message>
        <source>Total %1 of %2 (the range is %3–%2; higher means more customer-oriented). Company mean: %4 over %5 people.</source>
        <translation>Сума %1 з %2 (діапазон %3–%2; що вище, то більша клієнтоорієнтованість). Середнє по компанії: %4 (людей: %5).</translation>
    </message>
    <message>
        <source>Incomplete questionnaire: %1 of %2 statements answered, so no total.</source>
        <translation>Анкету заповнено не повністю: відповіді дано на %1 з %2 тверджень, тому суму не обчислено.</translation>
    </message>
    <message>
        <source>Customer-oriented statements: %1 points; selling-oriented statements (reverse-scored): %2 points.</source>
        <translation>Твердження, орієнтовані на клієнта: %1 бал.; твердження, орієнтовані на продаж (зворотна шкала): %2 бал.</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>No handed-in visit observed this person in the period.</source>
        <translation>У цьому періоді жоден зданий візит не спостерігав цю людину.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Personal, %</source>
        <translation>Працівник, %</translation>
    </message>
    <message>
        <source>Company, %</source>
        <translation>Компанія, %</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>За розділами</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 з 5</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Що вдалося</translation>
    </message>
    <message>
        <source>No comment on a passed item.</source>
        <translation>Немає коментарів до виконаних пунктів.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>What to work on</source>
        <translation>Над чим працювати</translation>
    </message>
    <message>
        <source>No item was failed.</source>
        <translation>Жоден пункт не провалено.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не виконано</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Shopper&apos;s comments</source>
        <translation>Коментарі таємного покупця</translation>
    </message>
    <message>
        <source>Failed: answered no, or 1–3 on a 1–5 scale. Items are listed by how often they failed.</source>
        <translation>Не виконано: відповідь «ні» або 1–3 за шкалою 1–5. Пункти впорядковано за тим, як часто їх не виконували.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Немає даних</translation>
    </message>
    <message>
        <source>Hard cases at any stage</source>
        <translation>Складні ситуації на будь-якому етапі</translation>
    </message>
    <message>
        <source>Staff handbook</source>
        <translation>Пам&apos;ятка для персоналу</translation>
    </message>
    <message>
        <source>Service standards: stages, roles, standards, scenarios</source>
        <translation>Стандарти обслуговування: етапи, ролі, стандарти, сценарії</translation>
    </message>
    <message>
        <source>Service standards: what the customer meets at every stage, who is responsible and what must happen.</source>
        <translation>Стандарти обслуговування: з чим клієнт стикається на кожному етапі, хто за це відповідає і що має відбуватися.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Надруковано %1</translation>
    </message>
    <message>
        <source>The customer journey</source>
        <translation>Шлях клієнта</translation>
    </message>
    <message>
        <source>No journey stages have been set up yet.</source>
        <translation>Етапи шляху клієнта ще не задано.</translation>
    </message>
    <message>
        <source>Standards: %1. Each is an observable behaviour that a mystery shopper can see and check.</source>
        <translation>Стандартів: %1. Кожен із них — поведінка, яку таємний покупець може побачити й перевірити.</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Хто що робить</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Що робить</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарти</translation>
    </message>
    <message>
        <source>No standards at this stage yet.</source>
        <translation>На цьому етапі стандартів поки немає.</translation>
    </message>
    <message>
        <source>Hard cases</source>
        <translation>Складні ситуації</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуація</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Що робити</translation>
    </message>
    <message>
        <source>Staff member #%1 does not exist</source>
        <translation>Працівника №%1 не знайдено</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>yes (95%)</source>
        <translation>так (95%)</translation>
    </message>
    <message>
        <source>NPS, points (−100…100)</source>
        <translation>NPS, бали (−100…100)</translation>
    </message>
    <message>
        <source>CSAT, % satisfied (4–5 of 5)</source>
        <translation>CSAT, % задоволених (4–5 з 5)</translation>
    </message>
    <message>
        <source>CES, mean effort score</source>
        <translation>CES, середня оцінка зусиль</translation>
    </message>
    <message>
        <source>Standards kept, % of checks</source>
        <translation>Дотримання стандартів, % перевірок</translation>
    </message>
    <message>
        <source>Requests resolved on time (SLA), %</source>
        <translation>Заявки, виконані вчасно (SLA), %</translation>
    </message>
    <message>
        <source>Feedback entries answered, %</source>
        <translation>Відгуки з відповіддю, %</translation>
    </message>
    <message>
        <source>SOCO, mean total 24–216 (n = people)</source>
        <translation>SOCO, середня сума 24–216 (n = люди)</translation>
    </message>
    <message>
        <source>Nothing, all is fine</source>
        <translation>Нічого, усе добре</translation>
    </message>
    <message>
        <source>Prices and discounts</source>
        <translation>Ціни та знижки</translation>
    </message>
    <message>
        <source>Waiting and queues</source>
        <translation>Очікування та черги</translation>
    </message>
    <message>
        <source>Assortment and choice</source>
        <translation>Асортимент і вибір</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Паркування</translation>
    </message>
    <message>
        <source>Staff and their manners</source>
        <translation>Персонал і його поведінка</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Quality and freshness</source>
        <translation>Якість і свіжість</translation>
    </message>
    <message>
        <source>Atmosphere: music, light, space</source>
        <translation>Атмосфера: музика, світло, простір</translation>
    </message>
    <message>
        <source>Complaints book</source>
        <translation>Книга скарг</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Відгук в інтернеті</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцмережі</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Legal claim</source>
        <translation>Юридична претензія</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Photo %1 cannot be shown</source>
        <translation>Не вдається показати фото %1</translation>
    </message>
    <message>
        <source>Customer service summary</source>
        <translation>Підсумки обслуговування клієнтів</translation>
    </message>
    <message>
        <source>Key figures, trends, locations, mystery shopping, standards, feedback, SLA and complaints</source>
        <translation>Ключові показники, тенденції, точки, таємний покупець, стандарти, відгуки, SLA і скарги</translation>
    </message>
    <message>
        <source>Summary %1</source>
        <translation>Підсумки: %1</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>усі точки</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Період: %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Точки: %1</translation>
    </message>
    <message>
        <source>Compared with the previous period: %1</source>
        <translation>Порівняно з попереднім періодом: %1</translation>
    </message>
    <message>
        <source>Compared with the same period last year: %1</source>
        <translation>Порівняно з тим самим періодом минулого року: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>95% margin</source>
        <translation>Похибка (95%)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Значуще</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключові показники</translation>
    </message>
    <message>
        <source>Before: the same figure in the comparison period. Significant: the change passes a 95% test (NPS: two-sample z test; CSAT, standards, SLA and feedback: two proportions; CES: two means). n &lt; 30: too few answers to rely on.</source>
        <translation>Раніше — той самий показник у періоді порівняння. Значуще — зміна проходить перевірку на рівні 95% (NPS: двовибірковий z-тест; CSAT, стандарти, SLA і відгуки: порівняння двох часток; CES: порівняння двох середніх). n &lt; 30 — замало відповідей, щоб на них покладатися.</translation>
    </message>
    <message>
        <source>n &lt; 30 in %1</source>
        <translation>n &lt; 30 у %1</translation>
    </message>
    <message>
        <source>NPS by month, with its 95% interval</source>
        <translation>NPS за місяцями з 95% інтервалом</translation>
    </message>
    <message>
        <source>CSAT by month, % satisfied</source>
        <translation>CSAT за місяцями, % задоволених</translation>
    </message>
    <message>
        <source>CSAT, %</source>
        <translation>CSAT, %</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Динаміка за місяцями</translation>
    </message>
    <message>
        <source>Locations side by side</source>
        <translation>Порівняння точок</translation>
    </message>
    <message>
        <source>Mystery shop, %</source>
        <translation>Таємний покупець, %</translation>
    </message>
    <message>
        <source>Visits passed</source>
        <translation>Пройдено візитів</translation>
    </message>
    <message>
        <source>NPS by location</source>
        <translation>NPS за точками</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>n &lt; 30: %1</source>
        <translation>n &lt; 30: %1</translation>
    </message>
    <message>
        <source>No visit was handed in during the period.</source>
        <translation>У цьому періоді не здано жодного візиту.</translation>
    </message>
    <message>
        <source>%1 visits, %2 passed (no critical item failed); score %3 over %4 checked items.</source>
        <translation>Візитів: %1, пройдено: %2 (без проваленого критичного пункту); оцінка %3 за %4 перевіреними пунктами.</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Оцінка, %</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>Перевірено пунктів</translation>
    </message>
    <message>
        <source>Critical items failed</source>
        <translation>Провалено критичних пунктів</translation>
    </message>
    <message>
        <source>No critical item was failed.</source>
        <translation>Жоден критичний пункт не провалено.</translation>
    </message>
    <message>
        <source>Service standards kept, by journey stage</source>
        <translation>Дотримання стандартів обслуговування за етапами шляху клієнта</translation>
    </message>
    <message>
        <source>No standard was checked during the period.</source>
        <translation>У цьому періоді жоден стандарт не перевірявся.</translation>
    </message>
    <message>
        <source>Other standards</source>
        <translation>Інші стандарти</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Етап шляху клієнта</translation>
    </message>
    <message>
        <source>Kept, %</source>
        <translation>Дотримано, %</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Перевірок</translation>
    </message>
    <message>
        <source>Standards kept by stage, %</source>
        <translation>Дотримання стандартів за етапами, %</translation>
    </message>
    <message>
        <source>Kept least often</source>
        <translation>Найрідше дотримуються</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>What customers ask us to improve</source>
        <translation>Що клієнти просять покращити</translation>
    </message>
    <message>
        <source>Nobody answered the question in the period.</source>
        <translation>У цьому періоді на запитання ніхто не відповів.</translation>
    </message>
    <message>
        <source>%1 answers; the most frequent themes:</source>
        <translation>Відповідей: %1; найчастіші теми:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% відповідей</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Наприклад</translation>
    </message>
    <message>
        <source>Detractors to call back</source>
        <translation>Критики, яким треба передзвонити</translation>
    </message>
    <message>
        <source>%1 detractors (0–6) in the period. Listed: those who left their customer details, newest first; only customers who agreed to be contacted are named.</source>
        <translation>Критиків (0–6) у періоді: %1. У списку — ті, хто залишив свої контакти, спершу найновіші; імена показано лише для клієнтів, які погодилися на зв&apos;язок.</translation>
    </message>
    <message>
        <source>No detractor left their details.</source>
        <translation>Жоден критик не залишив своїх контактів.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Only the newest %1 are listed.</source>
        <translation>Показано лише %1 найновіших.</translation>
    </message>
    <message>
        <source>Speed: on time by the SLA, and as customers feel it</source>
        <translation>Швидкість: вчасно за SLA і на відчуття клієнтів</translation>
    </message>
    <message>
        <source>On time: %1 of %2 requests judged. Satisfied with the speed: %3 of %4 answers. Gap: %5 points.</source>
        <translation>Вчасно: %1 з %2 оцінених заявок. Задоволені швидкістю: %3 з %4 відповідей. Розрив: %5 бал.</translation>
    </message>
    <message>
        <source>A positive gap means the team keeps its SLA more often than customers feel served quickly: the targets may be too loose.</source>
        <translation>Додатний розрив означає, що команда дотримується SLA частіше, ніж клієнти відчувають швидке обслуговування: можливо, нормативи надто м&apos;які.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>Вчасно, %</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <source>On time and satisfied with the speed, % by month</source>
        <translation>Вчасно та задоволені швидкістю, % за місяцями</translation>
    </message>
    <message>
        <source>On time (SLA)</source>
        <translation>Вчасно (SLA)</translation>
    </message>
    <message>
        <source>Satisfied with the speed</source>
        <translation>Задоволені швидкістю</translation>
    </message>
    <message>
        <source>Satisfied, %</source>
        <translation>Задоволені, %</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Розрив</translation>
    </message>
    <message>
        <source>Complaints and reviews: how fast we answered</source>
        <translation>Скарги та відгуки: як швидко ми відповідали</translation>
    </message>
    <message>
        <source>The feedback log is empty for the period.</source>
        <translation>Журнал відгуків за цей період порожній.</translation>
    </message>
    <message>
        <source>%1 entries, %2 answered; half were answered within %3. Negative entries still unanswered: %4.</source>
        <translation>Записів: %1, з відповіддю: %2; на половину з них відповіли протягом %3. Негативні записи без відповіді: %4.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Answered, %</source>
        <translation>З відповіддю, %</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>Медіанний час відповіді</translation>
    </message>
    <message>
        <source>Negative, unanswered</source>
        <translation>Негативні без відповіді</translation>
    </message>
    <message>
        <source>Mystery-shop visit #%1</source>
        <translation>Візит таємного покупця №%1</translation>
    </message>
    <message>
        <source>Mystery-shop visit</source>
        <translation>Візит таємного покупця</translation>
    </message>
    <message>
        <source>A checklist as the shopper handed it in, with the score added up</source>
        <translation>Чек-лист у тому вигляді, у якому його здав таємний покупець, з підсумковою оцінкою</translation>
    </message>
    <message>
        <source>failed: %n critical item failed|failed: %n critical items failed</source>
        <translation>не пройдено: провалено %n критичний пункт|не пройдено: провалено %n критичні пункти|не пройдено: провалено %n критичних пунктів</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>здано %1</translation>
    </message>
    <message>
        <source>draft (not handed in yet)</source>
        <translation>чернетка (ще не здано)</translation>
    </message>
    <message>
        <source>Started – ended</source>
        <translation>Початок – кінець</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Staff observed</source>
        <translation>Працівники під спостереженням</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Shopper&apos;s notes</source>
        <translation>Нотатки таємного покупця</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/З</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>не враховано</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичний</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Comment and photos</source>
        <translation>Коментар і фото</translation>
    </message>
    <message>
        <source>Section total: %1 of %2 points = %3</source>
        <translation>Разом за розділом: %1 з %2 балів = %3</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Total %1 — %2</source>
        <translation>Разом %1 — %2</translation>
    </message>
    <message>
        <source>Points: yes earns the item&apos;s weight, no earns 0, a 1–5 answer earns (answer − 1) / 4 of it; N/A and text items are left out. A critical item answered no (or 1–2) fails the visit.</source>
        <translation>Бали: «так» дає вагу пункту, «ні» — 0, відповідь за шкалою 1–5 — (відповідь − 1) / 4 ваги; пункти «Н/З» і текстові не враховуються. Критичний пункт із відповіддю «ні» (або 1–2) означає, що візит не пройдено.</translation>
    </message>
    <message>
        <source>Score frozen when the visit was handed in: %1</source>
        <translation>Оцінку зафіксовано під час здачі візиту: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Без відповіді: %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Monthly summary…</source>
        <translation>&amp;Підсумки місяця…</translation>
    </message>
    <message>
        <source>&amp;Visit report…</source>
        <translation>Звіт про &amp;візит…</translation>
    </message>
    <message>
        <source>&amp;Employee sheet…</source>
        <translation>&amp;Картка працівника…</translation>
    </message>
    <message>
        <source>Staff &amp;handbook…</source>
        <translation>Пам&apos;ятка для &amp;персоналу…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Звіти</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>&amp;Create PDF…</source>
        <translation>&amp;Створити PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose a visit from the list first.</source>
        <translation>Спершу оберіть візит зі списку.</translation>
    </message>
    <message>
        <source>Add a staff member first (Locations &amp; staff).</source>
        <translation>Спершу додайте працівника (Точки та персонал).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Збереження звіту</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Створення PDF</translation>
    </message>
    <message>
        <source>The report could not be created: %1</source>
        <translation>Не вдалося створити звіт: %1</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Підсумки місяця</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Звіт про візит</translation>
    </message>
    <message>
        <source>Employee sheet</source>
        <translation>Картка працівника</translation>
    </message>
    <message>
        <source>Staff handbook</source>
        <translation>Пам&apos;ятка для персоналу</translation>
    </message>
    <message>
        <source>For the monthly meeting: key figures and how they changed, the trend, locations, mystery shopping, standards kept, what customers ask for, detractors, requests and complaints.</source>
        <translation>Для щомісячної наради: ключові показники та їх зміна, динаміка, точки, таємний покупець, дотримання стандартів, прохання клієнтів, критики, заявки та скарги.</translation>
    </message>
    <message>
        <source>One mystery-shop visit as the shopper handed it in: every item with its answer, comment and photos, and the score.</source>
        <translation>Один візит таємного покупця в тому вигляді, у якому його здано: кожен пункт із відповіддю, коментарем і фото, а також оцінка.</translation>
    </message>
    <message>
        <source>One staff member&apos;s feedback sheet: their customers&apos; NPS and satisfaction, the visits that observed them, what went well, what to work on, and their SOCO result.</source>
        <translation>Картка одного працівника: NPS і задоволеність його клієнтів, візити, під час яких його спостерігали, що вдалося, над чим працювати, і результат SOCO.</translation>
    </message>
    <message>
        <source>The service standards for the staff: the customer journey stage by stage, who does what, the standards and the hard cases.</source>
        <translation>Стандарти обслуговування для персоналу: шлях клієнта етап за етапом, хто що робить, стандарти та складні ситуації.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Початок…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Зчитування показників…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Створення PDF…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запис файлу…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Збережено як %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не збережено.</translation>
    </message>
    <message>
        <source>Cancelled: no report was saved.</source>
        <translation>Скасовано: звіт не збережено.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Нова заявка</translation>
    </message>
    <message>
        <source>Edit service request</source>
        <translation>Редагування заявки</translation>
    </message>
    <message>
        <source>&amp;Registered:</source>
        <translation>&amp;Зареєстровано:</translation>
    </message>
    <message>
        <source>Customer as&amp;ked:</source>
        <translation>Клієнт зв&amp;ернувся:</translation>
    </message>
    <message>
        <source>&amp;Taken into work:</source>
        <translation>Взято в &amp;роботу:</translation>
    </message>
    <message>
        <source>Re&amp;solved:</source>
        <translation>&amp;Виконано:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Пріоритет:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>When the customer first asked, if earlier than the registration</source>
        <translation>Коли клієнт уперше звернувся, якщо це було раніше за реєстрацію</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Почніть вводити для пошуку</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Що потрібно клієнтові</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>Choose the priority.</source>
        <translation>Оберіть пріоритет.</translation>
    </message>
    <message>
        <source>Enter when the request was registered.</source>
        <translation>Зазначте, коли заявку зареєстровано.</translation>
    </message>
    <message>
        <source>The customer cannot have asked after the request was registered.</source>
        <translation>Клієнт не міг звернутися пізніше, ніж заявку було зареєстровано.</translation>
    </message>
    <message>
        <source>A request cannot be taken into work before it was registered.</source>
        <translation>Заявку не можна взяти в роботу раніше, ніж її зареєстровано.</translation>
    </message>
    <message>
        <source>A request cannot be resolved before it was registered.</source>
        <translation>Заявку не можна виконати раніше, ніж її зареєстровано.</translation>
    </message>
    <message>
        <source>A request cannot be resolved before it was taken into work.</source>
        <translation>Заявку не можна виконати раніше, ніж її взяли в роботу.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>Задовгий опис (не більше %1 символів).</translation>
    </message>
    <message>
        <source>Service request %1 does not exist.</source>
        <translation>Заявку %1 не знайдено.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запис %1 уже видалено.</translation>
    </message>
    <message>
        <source>This request is already in work.</source>
        <translation>Ця заявка вже в роботі.</translation>
    </message>
    <message>
        <source>This request is already resolved.</source>
        <translation>Ця заявка вже виконана.</translation>
    </message>
    <message>
        <source>Enter whole minutes from 1 to %1.</source>
        <translation>Введіть ціле число хвилин від 1 до %1.</translation>
    </message>
    <message>
        <source>The time to take into work cannot be longer than the time to resolve.</source>
        <translation>Час взяття в роботу не може бути більшим за час виконання.</translation>
    </message>
</context>
<context>
    <name>RequestsAnalysisTab</name>
    <message>
        <source>Requests on time</source>
        <translation>Заявки вчасно</translation>
    </message>
    <message>
        <source>% of service requests resolved within the SLA target of their priority</source>
        <translation>% заявок, виконаних у межах нормативу SLA для їхнього пріоритету</translation>
    </message>
    <message>
        <source>Satisfied with speed</source>
        <translation>Задоволені швидкістю</translation>
    </message>
    <message>
        <source>% of survey answers 4 or 5 to &quot;satisfied with the speed of service&quot;</source>
        <translation>% відповідей 4 або 5 на запитання «задоволені швидкістю обслуговування»</translation>
    </message>
    <message>
        <source>Gap, points</source>
        <translation>Розрив, бали</translation>
    </message>
    <message>
        <source>On time minus satisfied with speed: large means the SLA misses what customers feel</source>
        <translation>Вчасно мінус задоволені швидкістю: великий розрив означає, що SLA не відображає відчуттів клієнтів</translation>
    </message>
    <message>
        <source>Time to resolve, hours</source>
        <translation>Час виконання, години</translation>
    </message>
    <message>
        <source>Median time from registration to resolution</source>
        <translation>Медіанний час від реєстрації до виконання</translation>
    </message>
    <message>
        <source>On time and speed</source>
        <translation>Вчасність і швидкість</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>За пріоритетом</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Тривалість</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Виконана</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Залишилося часу</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Прострочено на %1</translation>
    </message>
    <message>
        <source>Resolved in %1</source>
        <translation>Виконано за %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Залишилося %1</translation>
    </message>
    <message>
        <source>Target: resolved within %1</source>
        <translation>Норматив: виконати протягом %1</translation>
    </message>
    <message>
        <source>To be taken into work by %1</source>
        <translation>Взяти в роботу до %1</translation>
    </message>
    <message>
        <source>To be resolved by %1</source>
        <translation>Виконати до %1</translation>
    </message>
    <message>
        <source>Taken into work %1</source>
        <translation>Взято в роботу %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Виконано %1</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>&amp;Take into work</source>
        <translation>&amp;Взяти в роботу</translation>
    </message>
    <message>
        <source>Mark the request taken into work now</source>
        <translation>Позначити, що заявку взято в роботу зараз</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Ви&amp;конати</translation>
    </message>
    <message>
        <source>Mark the request resolved now</source>
        <translation>Позначити заявку виконаною зараз</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Нормативи SLA…</translation>
    </message>
    <message>
        <source>How soon a request of each priority must be taken into work and resolved</source>
        <translation>Як швидко заявку кожного пріоритету треба взяти в роботу й виконати</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Лише відкриті</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Усі пріоритети</translation>
    </message>
    <message>
        <source>Search description, customer, location</source>
        <translation>Пошук за описом, клієнтом, точкою</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Заявки</translation>
    </message>
    <message numerus="yes">
        <source>%n requests found</source>
        <translation>
            <numerusform>Знайдено: %n заявка</numerusform>
            <numerusform>Знайдено: %n заявки</numerusform>
            <numerusform>Знайдено: %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete request No. %1 “%2”? This cannot be undone.</source>
        <translation>Видалити заявку №%1 «%2»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete service request</source>
        <translation>Видалення заявки</translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message>
        <source>Unknown question %1</source>
        <translation>Невідоме запитання %1</translation>
    </message>
    <message>
        <source>%1: an answer is required</source>
        <translation>%1: потрібна відповідь</translation>
    </message>
    <message>
        <source>The response has no answers</source>
        <translation>В анкеті немає жодної відповіді</translation>
    </message>
    <message>
        <source>The survey no longer exists</source>
        <translation>Опитування вже видалено</translation>
    </message>
    <message>
        <source>The location no longer exists</source>
        <translation>Точку вже видалено</translation>
    </message>
    <message>
        <source>The staff member no longer exists</source>
        <translation>Працівника вже видалено</translation>
    </message>
    <message>
        <source>The customer no longer exists</source>
        <translation>Клієнта вже видалено</translation>
    </message>
    <message>
        <source>The response no longer exists</source>
        <translation>Анкету вже видалено</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Нова роль</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Редагування ролі</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>e.g. Cashier, Sales assistant, Manager</source>
        <translation>наприклад, касир, продавець-консультант, керівник</translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарти</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>%1 of %2 roles shown</source>
        <translation>Показано ролей: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n роль</numerusform>
            <numerusform>%n ролі</numerusform>
            <numerusform>%n ролей</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role “%1”? Its duties at every stage go with it.</source>
        <translation>Видалити роль «%1»? Її обов&apos;язки на всіх етапах буде видалено разом із нею.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Видалення ролі</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Row %1: enter the month.</source>
        <translation>Рядок %1: зазначте місяць.</translation>
    </message>
    <message>
        <source>Row %1: enter a number.</source>
        <translation>Рядок %1: введіть число.</translation>
    </message>
    <message>
        <source>Row %1: the revenue cannot be negative.</source>
        <translation>Рядок %1: виторг не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <source>Row %1: the product name is too long.</source>
        <translation>Рядок %1: задовга назва товару.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запис %1 уже видалено.</translation>
    </message>
    <message>
        <source>Line %1: there is no location “%2”.</source>
        <translation>Рядок %1: точки «%2» немає.</translation>
    </message>
    <message>
        <source>Line %1: there is no customer “%2”.</source>
        <translation>Рядок %1: клієнта «%2» немає.</translation>
    </message>
    <message>
        <source>Sample plan %1 does not exist.</source>
        <translation>План вибірки %1 не знайдено.</translation>
    </message>
    <message>
        <source>Choose the survey.</source>
        <translation>Оберіть опитування.</translation>
    </message>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>Зазначте перший і останній день.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Останній день не може бути раніше за перший.</translation>
    </message>
    <message>
        <source>Enter the number of conversations, 1 to %1.</source>
        <translation>Зазначте кількість розмов, від 1 до %1.</translation>
    </message>
    <message>
        <source>The location no longer exists.</source>
        <translation>Точку вже видалено.</translation>
    </message>
    <message>
        <source>… and %1 more lines with errors.</source>
        <translation>… і ще рядків із помилками: %1.</translation>
    </message>
    <message>
        <source>There is nothing to read in the pasted text.</source>
        <translation>У вставленому тексті нічого прочитати.</translation>
    </message>
    <message>
        <source>Line %1: the header has no month column.</source>
        <translation>Рядок %1: у заголовку немає стовпця з місяцем.</translation>
    </message>
    <message>
        <source>Line %1: the header has no revenue column.</source>
        <translation>Рядок %1: у заголовку немає стовпця з виторгом.</translation>
    </message>
    <message>
        <source>No column of amounts found: paste the month and the revenue.</source>
        <translation>Не знайдено стовпця із сумами: вставте місяць і виторг.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a month (write e.g. 2026-05 or 05.2026).</source>
        <translation>Рядок %1: «%2» — не місяць (пишіть, наприклад, 2026-05 або 05.2026).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an amount.</source>
        <translation>Рядок %1: «%2» — не сума.</translation>
    </message>
    <message>
        <source>Line %1: the revenue cannot be negative.</source>
        <translation>Рядок %1: виторг не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity.</source>
        <translation>Рядок %1: «%2» — не кількість.</translation>
    </message>
</context>
<context>
    <name>SalesAnalysisTab</name>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>The period&apos;s revenue; n = the sales figures it adds up</source>
        <translation>Виторг за період; n — кількість записів продажів, з яких він складається</translation>
    </message>
    <message>
        <source>Growth a year (CAGR)</source>
        <translation>Річне зростання (CAGR)</translation>
    </message>
    <message>
        <source>(last month / first month)^(1 / years) − 1 over the period</source>
        <translation>(останній місяць / перший місяць)^(1 / роки) − 1 за період</translation>
    </message>
    <message>
        <source>Top 20% of customers</source>
        <translation>Топ-20% клієнтів</translation>
    </message>
    <message>
        <source>Share of the revenue the largest fifth of the customers bring</source>
        <translation>Частка виторгу, яку приносить найбільша п&apos;ята частина клієнтів</translation>
    </message>
    <message>
        <source>NPS of known customers</source>
        <translation>NPS відомих клієнтів</translation>
    </message>
    <message>
        <source>NPS of the customers on the list, each by their latest answer</source>
        <translation>NPS клієнтів зі списку, кожного — за його останньою відповіддю</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Зростання</translation>
    </message>
    <message>
        <source>ABC × XYZ</source>
        <translation>ABC × XYZ</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльність</translation>
    </message>
    <message>
        <source>Promoters and detractors</source>
        <translation>Промоутери та критики</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>топ-%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SalesGrid</name>
    <message>
        <source>— all locations —</source>
        <translation>— усі точки —</translation>
    </message>
    <message>
        <source>— all customers —</source>
        <translation>— усі клієнти —</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Додати рядок</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>В&amp;идалити рядки</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Скасувати зміни</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Відкинути ще не збережені зміни</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet…</source>
        <translation>Вст&amp;авити з таблиці…</translation>
    </message>
    <message>
        <source>Copy the month, revenue (and quantity, product, location, customer) columns in Excel or Google Sheets, then press Ctrl+V here</source>
        <translation>Скопіюйте в Excel або Google Таблицях стовпці з місяцем і виторгом (а також кількістю, товаром, точкою, клієнтом), потім натисніть тут Ctrl+V</translation>
    </message>
    <message>
        <source>Search product, location, customer, month</source>
        <translation>Пошук за товаром, точкою, клієнтом, місяцем</translation>
    </message>
    <message numerus="yes">
        <source>%n figures found</source>
        <translation>
            <numerusform>Знайдено: %n запис</numerusform>
            <numerusform>Знайдено: %n записи</numerusform>
            <numerusform>Знайдено: %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n figures from the database? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити з бази даних %n запис? Цю дію не можна скасувати.</numerusform>
            <numerusform>Видалити з бази даних %n записи? Цю дію не можна скасувати.</numerusform>
            <numerusform>Видалити з бази даних %n записів? Цю дію не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete figures</source>
        <translation>Видалення записів</translation>
    </message>
    <message>
        <source>Saved: %1 added, %2 updated.</source>
        <translation>Збережено: додано %1, оновлено %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
    <message>
        <source>Sales figures</source>
        <translation>Дані продажів</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Скасування змін</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet?</source>
        <translation>Відкинути ще не збережені зміни?</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставлення</translation>
    </message>
    <message>
        <source>Save or revert the changes in the grid first.</source>
        <translation>Спершу збережіть або скасуйте зміни в таблиці.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Імпортовано: додано %1, оновлено %2.</translation>
    </message>
</context>
<context>
    <name>SalesGridModel</name>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>A product name has at most %1 characters.</source>
        <translation>Назва товару — не більше %1 символів.</translation>
    </message>
    <message>
        <source>“%1” is not a month: write e.g. 05.2026, 2026-05 or May 2026.</source>
        <translation>«%1» — не місяць: пишіть, наприклад, 05.2026, 2026-05 або травень 2026.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>The figure cannot be negative.</source>
        <translation>Значення не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <source>Row %1: enter the month.</source>
        <translation>Рядок %1: зазначте місяць.</translation>
    </message>
    <message>
        <source>Row %1: enter the revenue.</source>
        <translation>Рядок %1: зазначте виторг.</translation>
    </message>
    <message>
        <source>Row %1: row %2 already has this month, location, product and customer.</source>
        <translation>Рядок %1: у рядку %2 уже є цей місяць, точка, товар і клієнт.</translation>
    </message>
</context>
<context>
    <name>SalesPasteDialog</name>
    <message>
        <source>Paste sales figures</source>
        <translation>Вставлення даних продажів</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message numerus="yes">
        <source>%n lines read. Check how they were understood, then import them.</source>
        <translation>
            <numerusform>Прочитано %n рядок. Перевірте, як його розпізнано, а потім імпортуйте.</numerusform>
            <numerusform>Прочитано %n рядки. Перевірте, як їх розпізнано, а потім імпортуйте.</numerusform>
            <numerusform>Прочитано %n рядків. Перевірте, як їх розпізнано, а потім імпортуйте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines cannot be read: correct them in the spreadsheet and paste again.</source>
        <translation>Деякі рядки не вдається прочитати: виправте їх у таблиці та вставте ще раз.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct these lines in the spreadsheet and paste again.</source>
        <translation>Нічого не збережено: виправте ці рядки в таблиці та вставте ще раз.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Sales figures</source>
        <translation>Дані продажів</translation>
    </message>
    <message>
        <source>Sample plans</source>
        <translation>Плани вибірки</translation>
    </message>
    <message>
        <source>How many customers to talk to with a survey, and how far each plan has got</source>
        <translation>Зі скількома клієнтами провести опитування і наскільки виконано кожен план</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sales figures changed and not saved</source>
        <translation>
            <numerusform>%n рядок продажів змінено й не збережено</numerusform>
            <numerusform>%n рядки продажів змінено й не збережено</numerusform>
            <numerusform>%n рядків продажів змінено й не збережено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplePlanDialog</name>
    <message>
        <source>New sample plan</source>
        <translation>Новий план вибірки</translation>
    </message>
    <message>
        <source>Edit sample plan</source>
        <translation>Редагування плану вибірки</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Опитування:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Перший день:</translation>
    </message>
    <message>
        <source>La&amp;st day:</source>
        <translation>Останній &amp;день:</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Кількість розмов:</translation>
    </message>
    <message>
        <source>e.g. 5 customers a day for 5 days = 25</source>
        <translation>наприклад, 5 клієнтів на день протягом 5 днів = 25</translation>
    </message>
    <message>
        <source>— all locations —</source>
        <translation>— усі точки —</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>New scenario</source>
        <translation>Нова складна ситуація</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Редагування складної ситуації</translation>
    </message>
    <message>
        <source>Hard case:</source>
        <translation>Складна ситуація:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Ризик:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Що робити:</translation>
    </message>
    <message>
        <source>— any stage —</source>
        <translation>— будь-який етап —</translation>
    </message>
    <message>
        <source>e.g. The card terminal does not work</source>
        <translation>наприклад, не працює платіжний термінал</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Hard case</source>
        <translation>Складна ситуація</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Що робити</translation>
    </message>
    <message>
        <source>any stage</source>
        <translation>будь-який етап</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios shown</source>
        <translation>Показано складних ситуацій: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n складна ситуація</numerusform>
            <numerusform>%n складні ситуації</numerusform>
            <numerusform>%n складних ситуацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the scenario “%1”?</source>
        <translation>Видалити складну ситуацію «%1»?</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Видалення складної ситуації</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>Submit…</source>
        <translation>Здати…</translation>
    </message>
    <message>
        <source>Every change is saved at once, as a draft</source>
        <translation>Кожна зміна одразу зберігається як чернетка</translation>
    </message>
    <message>
        <source>Check that every required item is answered, then lock the visit and freeze its score</source>
        <translation>Перевірити, що на всі обов&apos;язкові пункти є відповіді, потім заблокувати візит і зафіксувати його оцінку</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Відповіді: %1 з %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оцінка %1</translation>
    </message>
    <message>
        <source>Frozen when the visit was submitted on %1, with checklist version %2</source>
        <translation>Зафіксовано %1 під час здачі візиту; версія чек-листа %2</translation>
    </message>
    <message>
        <source>Score so far %1</source>
        <translation>Поточна оцінка %1</translation>
    </message>
    <message numerus="yes">
        <source>Weighted over the %n scored items; N/A and text items are left out</source>
        <translation>
            <numerusform>Зважено за %n оціненим пунктом; пункти «Н/З» і текстові не враховано</numerusform>
            <numerusform>Зважено за %n оціненими пунктами; пункти «Н/З» і текстові не враховано</numerusform>
            <numerusform>Зважено за %n оціненими пунктами; пункти «Н/З» і текстові не враховано</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: critical item %2</source>
        <translation>%1: критичний пункт %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Збережено о %1</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section:</source>
        <translation>Розділ:</translation>
    </message>
    <message>
        <source>e.g. Sales floor</source>
        <translation>наприклад, торговий зал</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>(no title yet)</source>
        <translation>(ще без заголовка)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ще без тексту)</translation>
    </message>
    <message>
        <source>Critical: a “no” fails the visit</source>
        <translation>Критичний: відповідь «ні» означає, що візит не пройдено</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Sections by location</source>
        <translation>Розділи за точками</translation>
    </message>
    <message>
        <source>Weighted % of the points earned in each checklist section, per location; red is the weakest, green the strongest of the table. Empty: nothing scored.</source>
        <translation>Зважений % балів, отриманих у кожному розділі чек-листа, за точками; червоний — найслабший результат у таблиці, зелений — найсильніший. Порожньо: нічого не оцінено.</translation>
    </message>
</context>
<context>
    <name>ServqualGapsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Вимір</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation>Сприйняття</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Розрив</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
</context>
<context>
    <name>ServqualPanel</name>
    <message>
        <source>SERVQUAL: perception against expectation</source>
        <translation>SERVQUAL: сприйняття порівняно з очікуванням</translation>
    </message>
    <message>
        <source>Gap = what customers got − what they expect, on the 1–7 scale; below zero the service falls short.</source>
        <translation>Розрив = що клієнти отримали − чого вони очікують, за шкалою 1–7; нижче нуля обслуговування не виправдовує очікувань.</translation>
    </message>
    <message>
        <source>No SERVQUAL questionnaire was answered with this filter.</source>
        <translation>З цим фільтром жодної анкети SERVQUAL не заповнено.</translation>
    </message>
    <message>
        <source>Overall gap %1 over %2 answered pairs</source>
        <translation>Загальний розрив %1 за %2 парами відповідей</translation>
    </message>
    <message>
        <source>Gap by dimension</source>
        <translation>Розрив за вимірами</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Enter the name of your shop or branch.</source>
        <translation>Введіть назву магазину або філії.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Задовга назва (не більше %1 символів).</translation>
    </message>
</context>
<context>
    <name>ShoppersModel</name>
    <message>
        <source>Shopper</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Оцінено пунктів</translation>
    </message>
    <message>
        <source>Visits passed</source>
        <translation>Пройдено візитів</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± похибка</translation>
    </message>
    <message>
        <source>Against the others</source>
        <translation>Порівняно з іншими</translation>
    </message>
    <message>
        <source>Their score minus the score of the other shoppers&apos; visits to the same locations, in points: far from 0, they may judge harder or softer than the rest</source>
        <translation>Його оцінка мінус оцінка візитів інших таємних покупців до тих самих точок, у балах: якщо далеко від 0, він може оцінювати суворіше або м&apos;якше за інших</translation>
    </message>
    <message>
        <source>n &lt; 30: few visits, the share can move a lot by chance</source>
        <translation>n &lt; 30: мало візитів, частка може сильно змінюватися випадково</translation>
    </message>
</context>
<context>
    <name>ShoppersPanel</name>
    <message>
        <source>Shoppers compared</source>
        <translation>Порівняння таємних покупців</translation>
    </message>
    <message>
        <source>A shopper whose scores sit far from the others&apos; at the same locations may be judging harder or softer: worth a word before trusting a change.</source>
        <translation>Таємний покупець, чиї оцінки в тих самих точках помітно відрізняються від оцінок інших, може оцінювати суворіше або м&apos;якше: варто поговорити з ним, перш ніж довіряти змінам.</translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>Нормативи SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Register within</source>
        <translation>Зареєструвати протягом</translation>
    </message>
    <message>
        <source>Take into work within</source>
        <translation>Взяти в роботу протягом</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Виконати протягом</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>In minutes: 60 = an hour, 480 = 8 hours, 1440 = 24 hours. An open request shows the time left to its next target: first to be taken into work, then resolved.</source>
        <translation>У хвилинах: 60 = година, 480 = 8 годин, 1440 = 24 години. Для відкритої заявки показано час, що залишився до наступного нормативу: спершу — взяти в роботу, потім — виконати.</translation>
    </message>
    <message>
        <source>The time to take into work cannot be longer than the time to resolve.</source>
        <translation>Час взяття в роботу не може бути більшим за час виконання.</translation>
    </message>
</context>
<context>
    <name>SpeedPanel</name>
    <message>
        <source>On time per SLA and satisfied with speed</source>
        <translation>Вчасно за SLA і задоволені швидкістю</translation>
    </message>
    <message>
        <source>Requests by the month they were registered; answers to &quot;satisfied with the speed&quot; (4–5 of 5) by the month they were given. Where the lines part, the SLA measures something customers do not feel.</source>
        <translation>Заявки — за місяцем реєстрації; відповіді «задоволені швидкістю» (4–5 з 5) — за місяцем, коли їх дано. Там, де лінії розходяться, SLA вимірює те, чого клієнти не відчувають.</translation>
    </message>
</context>
<context>
    <name>StaffAnalysisTab</name>
    <message>
        <source>SOCO, team average</source>
        <translation>SOCO, середнє по команді</translation>
    </message>
    <message>
        <source>24–216, higher is more customer-oriented; n = people with a complete questionnaire</source>
        <translation>24–216, що вище, то більша клієнтоорієнтованість; n — кількість людей із повністю заповненою анкетою</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Weighted score of the visits that observed the people listed</source>
        <translation>Зважена оцінка візитів, під час яких спостерігали людей зі списку</translation>
    </message>
    <message>
        <source>NPS of their customers</source>
        <translation>NPS їхніх клієнтів</translation>
    </message>
    <message>
        <source>NPS of the customers the people listed served</source>
        <translation>NPS клієнтів, яких обслуговували люди зі списку</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Працівники</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>SOCO and NPS</source>
        <translation>SOCO і NPS</translation>
    </message>
    <message>
        <source>Each employee</source>
        <translation>Кожен працівник</translation>
    </message>
    <message>
        <source>Every figure beside the answers or visits it rests on; &quot;—&quot;: nothing in the period. Compare people only where both have enough answers.</source>
        <translation>Кожен показник поруч із кількістю відповідей або візитів, на яких він ґрунтується; «—»: за період нічого немає. Порівнюйте людей лише тоді, коли в обох достатньо відповідей.</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n людина</numerusform>
            <numerusform>%n людини</numerusform>
            <numerusform>%n людей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffChannelsPanel</name>
    <message>
        <source>Staff member</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не зазначено)</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>За працівниками</translation>
    </message>
    <message>
        <source>The employee who served the customer; grey rows rest on fewer than 30 answers.</source>
        <translation>Працівник, який обслуговував клієнта; сірі рядки ґрунтуються на менш ніж 30 відповідях.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>За каналами</translation>
    </message>
    <message>
        <source>NPS by staff member</source>
        <translation>NPS за працівниками</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Новий працівник</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Редагування працівника</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>Works here:</source>
        <translation>Працює:</translation>
    </message>
    <message>
        <source>&amp;Active (offered in new records)</source>
        <translation>&amp;Активний (пропонується в нових записах)</translation>
    </message>
    <message>
        <source>e.g. Olena Kovalenko</source>
        <translation>наприклад, Олена Коваленко</translation>
    </message>
    <message>
        <source>e.g. cashier, sales assistant, manager</source>
        <translation>наприклад, касир, продавець-консультант, керівник</translation>
    </message>
    <message>
        <source>— any location —</source>
        <translation>— будь-яка точка —</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>whole chain</source>
        <translation>уся мережа</translation>
    </message>
    <message>
        <source>24–216: higher is more customer-oriented; the latest questionnaire up to the period&apos;s end</source>
        <translation>24–216: що вище, то більша клієнтоорієнтованість; остання анкета до кінця періоду</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункти</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>%1 checklist items scored</source>
        <translation>Оцінено пунктів чек-листа: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± похибка</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>n &lt; 30: only %1 answers, the NPS can move a lot by chance</source>
        <translation>n &lt; 30: лише %1 відповідей, NPS може сильно змінюватися випадково</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>New stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Редагування етапу</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>What the customer meets:</source>
        <translation>З чим стикається клієнт:</translation>
    </message>
    <message>
        <source>e.g. Entrance, Sales floor, Checkout</source>
        <translation>наприклад, вхід, торговий зал, каса</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <source>Customer journey</source>
        <translation>Шлях клієнта</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Move the stage earlier (Ctrl+Up)</source>
        <translation>Перемістити етап раніше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the stage later (Ctrl+Down)</source>
        <translation>Перемістити етап пізніше (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Drag a stage to change the order of the journey.</source>
        <translation>Перетягніть етап, щоб змінити порядок шляху клієнта.</translation>
    </message>
    <message>
        <source>%1 of %2 stages shown</source>
        <translation>Показано етапів: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stages</source>
        <translation>
            <numerusform>%n етап</numerusform>
            <numerusform>%n етапи</numerusform>
            <numerusform>%n етапів</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? The duties of its roles go with it.</source>
        <translation>Видалити етап «%1»? Обов&apos;язки його ролей буде видалено разом із ним.</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Видалення етапу</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>New standard</source>
        <translation>Новий стандарт</translation>
    </message>
    <message>
        <source>Edit standard</source>
        <translation>Редагування стандарту</translation>
    </message>
    <message>
        <source>What must happen:</source>
        <translation>Що має відбуватися:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>Хто виконує:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Чинний:</translation>
    </message>
    <message>
        <source>— anyone at this stage —</source>
        <translation>— будь-хто на цьому етапі —</translation>
    </message>
    <message>
        <source>Active (checked and printed in the handbook)</source>
        <translation>Активний (перевіряється й друкується в пам&apos;ятці)</translation>
    </message>
    <message>
        <source>Something a mystery shopper can see, e.g. “Greets the customer within 10 seconds”</source>
        <translation>Те, що може побачити таємний покупець, наприклад: «Вітає клієнта протягом 10 секунд»</translation>
    </message>
    <message>
        <source>Add a stage of the journey first.</source>
        <translation>Спершу додайте етап шляху клієнта.</translation>
    </message>
</context>
<context>
    <name>StandardLinks</name>
    <message>
        <source>Checklist %1 no longer exists.</source>
        <translation>Чек-лист %1 уже видалено.</translation>
    </message>
    <message>
        <source>Item %1 is not in this checklist.</source>
        <translation>Пункту %1 немає в цьому чек-листі.</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запис %1 уже видалено.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is used by %2.</source>
        <translation>«%1» не можна видалити: на нього посилаються %2.</translation>
    </message>
    <message>
        <source>%n standard|%n standards</source>
        <translation>%n стандарт|%n стандарти|%n стандартів</translation>
    </message>
    <message>
        <source>%n scenario|%n scenarios</source>
        <translation>%n складна ситуація|%n складні ситуації|%n складних ситуацій</translation>
    </message>
    <message>
        <source>The new order must list every stage exactly once.</source>
        <translation>У новому порядку кожен етап має бути рівно один раз.</translation>
    </message>
    <message>
        <source>Choose the stage of the journey.</source>
        <translation>Оберіть етап шляху клієнта.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is checked by %2. Deactivate it instead.</source>
        <translation>«%1» не можна видалити: його перевіряють %2. Натомість вимкніть його.</translation>
    </message>
    <message>
        <source>%n checklist item|%n checklist items</source>
        <translation>%n пункт чек-листа|%n пункти чек-листа|%n пунктів чек-листа</translation>
    </message>
</context>
<context>
    <name>StandardsAnalysisTab</name>
    <message>
        <source>Standards kept</source>
        <translation>Дотримання стандартів</translation>
    </message>
    <message>
        <source>% of the service-standard checks passed in the period&apos;s mystery-shop visits</source>
        <translation>% успішних перевірок стандартів обслуговування під час візитів таємного покупця за період</translation>
    </message>
    <message>
        <source>By stage and role</source>
        <translation>За етапами та ролями</translation>
    </message>
    <message>
        <source>By standard</source>
        <translation>За стандартами</translation>
    </message>
    <message>
        <source>Kept least often</source>
        <translation>Найрідше дотримуються</translation>
    </message>
    <message>
        <source>Journey stage × role</source>
        <translation>Етап × роль</translation>
    </message>
    <message>
        <source>% of checks passed for the standards of each stage that each role must keep. Click a cell to see the checks behind it.</source>
        <translation>% успішних перевірок стандартів кожного етапу, яких має дотримуватися кожна роль. Клацніть клітинку, щоб побачити перевірки, з яких вона складається.</translation>
    </message>
    <message>
        <source>Every standard</source>
        <translation>Усі стандарти</translation>
    </message>
    <message>
        <source>In journey order. Click a standard to see its checks; grey: fewer than 30.</source>
        <translation>У порядку шляху клієнта. Клацніть стандарт, щоб побачити його перевірки; сірим — менше 30.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StandardsModel</name>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Дотримано</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Успішні</translation>
    </message>
    <message>
        <source>n &lt; 30: few checks, the share can move a lot by chance</source>
        <translation>n &lt; 30: мало перевірок, частка може сильно змінюватися випадково</translation>
    </message>
</context>
<context>
    <name>StandardsPanel</name>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>будь-хто</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Перевіряється</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Checklist items…</source>
        <translation>Пункти чек-листів…</translation>
    </message>
    <message>
        <source>Choose the checklist items that check this standard</source>
        <translation>Оберіть пункти чек-листів, які перевіряють цей стандарт</translation>
    </message>
    <message>
        <source>Active standards that no item of a checklist in use checks yet</source>
        <translation>Активні стандарти, які ще не перевіряє жоден пункт чинного чек-листа</translation>
    </message>
    <message numerus="yes">
        <source>Not checked yet: %n</source>
        <translation>
            <numerusform>Ще не перевіряються: %n</numerusform>
            <numerusform>Ще не перевіряються: %n</numerusform>
            <numerusform>Ще не перевіряються: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункти</numerusform>
            <numerusform>%n пунктів</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не перевіряється</translation>
    </message>
    <message>
        <source>No item of a checklist in use checks this standard: link one with “Checklist items…”.</source>
        <translation>Жоден пункт чинного чек-листа не перевіряє цей стандарт: прив&apos;яжіть пункт через «Пункти чек-листів…».</translation>
    </message>
    <message>
        <source>%1 of %2 standards shown</source>
        <translation>Показано стандартів: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n standards</source>
        <translation>
            <numerusform>%n стандарт</numerusform>
            <numerusform>%n стандарти</numerusform>
            <numerusform>%n стандартів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a stage first.</source>
        <translation>Спершу додайте етап.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <source>Checked by: %1</source>
        <translation>Перевіряється: %1</translation>
    </message>
    <message>
        <source>No checklist in use checks it yet.</source>
        <translation>Жоден чинний чек-лист його ще не перевіряє.</translation>
    </message>
    <message>
        <source>Delete the standard “%1”?</source>
        <translation>Видалити стандарт «%1»?</translation>
    </message>
    <message>
        <source>Delete standard</source>
        <translation>Видалення стандарту</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Пункти чек-листів</translation>
    </message>
    <message>
        <source>There is no checklist in use yet: add one on the Templates page.</source>
        <translation>Чинних чек-листів ще немає: додайте чек-лист на сторінці «Шаблони».</translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <source>Search stages, roles, standards, scenarios</source>
        <translation>Пошук етапів, ролей, стандартів, складних ситуацій</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>Print handbook…</source>
        <translation>Надрукувати пам&apos;ятку…</translation>
    </message>
    <message>
        <source>A PDF for the staff: every stage, who does what, the standards and hard cases</source>
        <translation>PDF для персоналу: усі етапи, хто що робить, стандарти та складні ситуації</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Save the stages, roles, duties, standards and hard cases to a file; another cxdesk adds them with Templates → Import…</source>
        <translation>Зберегти етапи, ролі, обов&apos;язки, стандарти та складні випадки у файл; інший cxdesk додасть їх через Шаблони → Імпортувати…</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарти</translation>
    </message>
    <message>
        <source>Roles and duties</source>
        <translation>Ролі та обов&apos;язки</translation>
    </message>
    <message>
        <source>Hard cases</source>
        <translation>Складні ситуації</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Усі етапи</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to cxdesk</source>
        <translation>Ласкаво просимо до cxdesk</translation>
    </message>
    <message>
        <source>This database is empty. How would you like to begin?</source>
        <translation>Ця база даних порожня. З чого почнемо?</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Завантажити демодані</translation>
    </message>
    <message>
        <source>A small chain with shops, staff, customers, survey answers and mystery-shop visits, to try every screen. Use a separate database for your real data.</source>
        <translation>Невелика мережа магазинів із працівниками, клієнтами, відповідями на опитування та візитами таємного покупця — щоб випробувати всі екрани. Для справжніх даних створіть окрему базу.</translation>
    </message>
    <message>
        <source>&amp;Start empty, with my shop:</source>
        <translation>&amp;Почати з нуля, з моїм магазином:</translation>
    </message>
    <message>
        <source>Name of your shop or branch</source>
        <translation>Назва магазину або філії</translation>
    </message>
    <message>
        <source>Enter the name of your shop or branch.</source>
        <translation>Введіть назву магазину або філії.</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <source>9 in 10 within</source>
        <translation>9 з 10 — у межах</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Requests with both times of this step: %1</source>
        <translation>Заявки з обома часовими позначками цього кроку: %1</translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>Submit visit</source>
        <translation>Здача візиту</translation>
    </message>
    <message>
        <source>Submit this visit? Its answers are then locked and its score is frozen.</source>
        <translation>Здати цей візит? Після цього його відповіді буде заблоковано, а оцінку зафіксовано.</translation>
    </message>
    <message>
        <source>The end time is recorded now.</source>
        <translation>Час завершення буде записано зараз.</translation>
    </message>
    <message>
        <source>The visit is submitted. Score %1 — %2.</source>
        <translation>Візит здано. Оцінка %1 — %2.</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>New survey</source>
        <translation>Нове опитування</translation>
    </message>
    <message>
        <source>Survey “%1”</source>
        <translation>Опитування «%1»</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Додати запитання</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Ask it earlier</source>
        <translation>Поставити раніше</translation>
    </message>
    <message>
        <source>Ask it later</source>
        <translation>Поставити пізніше</translation>
    </message>
    <message numerus="yes">
        <source>This survey already has %n responses. Saving creates version %1; the responses given so far keep version %2 as it was.</source>
        <translation>
            <numerusform>Це опитування вже має %n анкету. Після збереження буде створено версію %1; уже заповнені анкети збережуть версію %2 без змін.</numerusform>
            <numerusform>Це опитування вже має %n анкети. Після збереження буде створено версію %1; уже заповнені анкети збережуть версію %2 без змін.</numerusform>
            <numerusform>Це опитування вже має %n анкет. Після збереження буде створено версію %1; уже заповнені анкети збережуть версію %2 без змін.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ще без тексту)</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n запитання</numerusform>
            <numerusform>%n запитання</numerusform>
            <numerusform>%n запитань</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the survey.</source>
        <translation>Введіть назву опитування.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Додайте хоча б одне запитання.</translation>
    </message>
    <message>
        <source>Enter the question in at least one language.</source>
        <translation>Введіть запитання хоча б однією мовою.</translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation>Для запитання з вибором потрібно щонайменше два варіанти.</translation>
    </message>
    <message>
        <source>Every option needs its text.</source>
        <translation>Кожному варіанту потрібен текст.</translation>
    </message>
    <message>
        <source>The lowest point must be below the highest.</source>
        <translation>Найнижча позначка шкали має бути меншою за найвищу.</translation>
    </message>
    <message>
        <source>Name both ends of the scale, or neither.</source>
        <translation>Підпишіть обидва кінці шкали або жоден.</translation>
    </message>
    <message>
        <source>Question %1 already plays this part in reports; choose it for one question only.</source>
        <translation>Запитання %1 уже виконує цю роль у звітах; оберіть її лише для одного запитання.</translation>
    </message>
</context>
<context>
    <name>SurveyEntryTab</name>
    <message>
        <source>Another survey: a new batch started; saved cards stay saved.</source>
        <translation>Інше опитування: почато нову пачку; збережені анкети залишаються збереженими.</translation>
    </message>
    <message>
        <source>a correction of a survey card, not saved</source>
        <translation>виправлення анкети, не збережено</translation>
    </message>
    <message>
        <source>a survey card typed in and not saved</source>
        <translation>введена анкета, не збережена</translation>
    </message>
    <message>
        <source>Card %1 saved.</source>
        <translation>Анкету %1 збережено.</translation>
    </message>
    <message>
        <source>Card %1 corrected.</source>
        <translation>Анкету %1 виправлено.</translation>
    </message>
    <message>
        <source>The card being typed is not saved. Drop it and open card %1?</source>
        <translation>Анкету, яку зараз вводять, не збережено. Відкинути її та відкрити анкету %1?</translation>
    </message>
    <message>
        <source>Correct a card</source>
        <translation>Виправлення анкети</translation>
    </message>
    <message>
        <source>Correcting card %1: the last Enter saves it, Esc cancels.</source>
        <translation>Виправлення анкети %1: останнє натискання Enter зберігає її, Esc скасовує.</translation>
    </message>
    <message>
        <source>Correction cancelled; the saved card is unchanged.</source>
        <translation>Виправлення скасовано; збережена анкета не змінилася.</translation>
    </message>
    <message>
        <source>Delete card %1 of this batch from the database?</source>
        <translation>Видалити анкету %1 цієї пачки з бази даних?</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Видалення анкети</translation>
    </message>
    <message>
        <source>Card %1 deleted.</source>
        <translation>Анкету %1 видалено.</translation>
    </message>
    <message>
        <source>Nothing to undo in this batch.</source>
        <translation>У цій пачці нічого скасовувати.</translation>
    </message>
    <message>
        <source>Card %1 removed (undo).</source>
        <translation>Анкету %1 вилучено (скасування дії).</translation>
    </message>
    <message>
        <source>A new batch started; the cards saved before stay saved.</source>
        <translation>Почато нову пачку; раніше збережені анкети залишаються збереженими.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
    <message>
        <source>Survey entry</source>
        <translation>Введення анкет</translation>
    </message>
</context>
<context>
    <name>SurveyGroupsModel</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± похибка</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Відповіді CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
</context>
<context>
    <name>SurveyScoresPanel</name>
    <message>
        <source>Score per question</source>
        <translation>Оцінки за запитаннями</translation>
    </message>
    <message>
        <source>Every scored question of the surveys in the filter; grey rows rest on fewer than 30 answers.</source>
        <translation>Усі запитання з оцінкою з опитувань у фільтрі; сірі рядки ґрунтуються на менш ніж 30 відповідях.</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors, %</source>
        <translation>Промоутери, нейтрали та критики, %</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% відповідей</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Промоутери (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Нейтрали (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Критики (0–6)</translation>
    </message>
    <message>
        <source>n &lt; 30: the shares can move a lot by chance</source>
        <translation>n &lt; 30: частки можуть суттєво змінюватися випадково</translation>
    </message>
    <message>
        <source>Answers per NPS score</source>
        <translation>Відповіді за оцінками NPS</translation>
    </message>
</context>
<context>
    <name>SurveyTemplates</name>
    <message>
        <source>Survey %1 does not exist.</source>
        <translation>Опитування %1 не знайдено.</translation>
    </message>
    <message>
        <source>There is no survey “%1”.</source>
        <translation>Опитування «%1» немає.</translation>
    </message>
    <message>
        <source>Enter the name of the survey.</source>
        <translation>Введіть назву опитування.</translation>
    </message>
    <message>
        <source>Question %1: enter its text and the text of every option.</source>
        <translation>Запитання %1: введіть його текст і текст кожного варіанта.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>The key may hold only a-z, 0-9 and _ (at most 64).</source>
        <translation>Ключ може містити лише a-z, 0-9 і _ (не більше 64 символів).</translation>
    </message>
    <message>
        <source>There is already a template with the key “%1”.</source>
        <translation>Шаблон із ключем «%1» уже є.</translation>
    </message>
    <message>
        <source>%n response|%n responses</source>
        <translation>%n анкета|%n анкети|%n анкет</translation>
    </message>
    <message>
        <source>%n sample plan|%n sample plans</source>
        <translation>%n план вибірки|%n плани вибірки|%n планів вибірки</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it has %2. Archive it instead.</source>
        <translation>«%1» не можна видалити: з ним пов&apos;язані записи (%2). Натомість перенесіть його до архіву.</translation>
    </message>
</context>
<context>
    <name>SurveyTrendPanel</name>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По тижнях</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По місяцях</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По кварталах</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES over time</source>
        <translation>NPS, CSAT і CES у динаміці</translation>
    </message>
    <message>
        <source>The band is the NPS&apos;s 95% interval; a period without answers leaves a gap.</source>
        <translation>Смуга — 95% інтервал NPS; період без відповідей залишає розрив на лінії.</translation>
    </message>
    <message>
        <source>NPS with its 95% band</source>
        <translation>NPS із 95% інтервалом</translation>
    </message>
</context>
<context>
    <name>SurveysPanel</name>
    <message>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Анкети</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>%1, built-in</source>
        <translation>%1, вбудоване</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Створити…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублювати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>%1 of %2 surveys shown</source>
        <translation>Показано опитувань: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n surveys</source>
        <translation>
            <numerusform>%n опитування</numerusform>
            <numerusform>%n опитування</numerusform>
            <numerusform>%n опитувань</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>До архіву</translation>
    </message>
    <message>
        <source>Survey saved</source>
        <translation>Опитування збережено</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was saved as version %2. The %n responses given so far keep version %3.</source>
        <translation>
            <numerusform>«%1» збережено як версію %2. Уже заповнена %n анкета зберігає версію %3.</numerusform>
            <numerusform>«%1» збережено як версію %2. Уже заповнені %n анкети зберігають версію %3.</numerusform>
            <numerusform>«%1» збережено як версію %2. Уже заповнені %n анкет зберігають версію %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive survey</source>
        <translation>Перенесення опитування до архіву</translation>
    </message>
    <message>
        <source>Archive “%1”? It is no longer offered for new responses; its answers and figures stay.</source>
        <translation>Перенести «%1» до архіву? Його більше не пропонуватимуть для нових анкет; відповіді та показники залишаться.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions? This cannot be undone.</source>
        <translation>Видалити «%1» з усіма версіями? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>Видалення опитування</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>Scores</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динаміка</translation>
    </message>
    <message>
        <source>Staff and channels</source>
        <translation>Персонал і канали</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Що покращити</translation>
    </message>
    <message>
        <source>SERVQUAL</source>
        <translation>SERVQUAL</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Ключові чинники</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot export the template: %1</source>
        <translation>Не вдається експортувати шаблон: %1</translation>
    </message>
    <message>
        <source>The standard “%1” names no role; the journey file needs one. Choose a role for it first.</source>
        <translation>Для стандарту «%1» не вказано роль, а у файлі шляху клієнта вона обов&apos;язкова. Спершу оберіть для нього роль.</translation>
    </message>
    <message>
        <source>The scenario “%1” belongs to no stage; the journey file needs one. Choose a stage for it first.</source>
        <translation>Сценарій «%1» не прив&apos;язано до етапу, а у файлі шляху клієнта це обов&apos;язково. Спершу оберіть для нього етап.</translation>
    </message>
    <message>
        <source>“%1” is already here (key %2). Import it as a new version to replace it, or change the key in the file.</source>
        <translation>«%1» уже є (ключ %2). Імпортуйте його як нову версію, щоб замінити, або змініть ключ у файлі.</translation>
    </message>
    <message>
        <source>The standard %1 is not in this database: its items were left unlinked.</source>
        <translation>Стандарту %1 немає в цій базі: пов&apos;язані з ним пункти залишено без прив&apos;язки.</translation>
    </message>
    <message>
        <source>Template files (*.yaml *.yml);;All files (*)</source>
        <translation>Файли шаблонів (*.yaml *.yml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export the survey</source>
        <translation>Експорт опитування</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Експорт чек-листа</translation>
    </message>
    <message>
        <source>“%1” exported to %2</source>
        <translation>«%1» експортовано до %2</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Імпорт шаблону</translation>
    </message>
    <message>
        <source>The file holds service standards whose stages, roles or standards are already here. Import it and update those with the same codes?</source>
        <translation>Файл містить стандарти обслуговування, частина етапів, ролей або стандартів яких уже є тут. Імпортувати його й оновити записи з тими самими кодами?</translation>
    </message>
    <message>
        <source>“%1” is already here. Import the file as a new version of it? Answers and visits made so far keep the version they were made with.</source>
        <translation>«%1» уже є. Імпортувати файл як його нову версію? Уже заповнені анкети та проведені візити збережуть версію, за якою їх зроблено.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Не вдається імпортувати файл: %1</translation>
    </message>
    <message>
        <source>The service standards were imported: see the Standards page.</source>
        <translation>Стандарти обслуговування імпортовано: див. сторінку «Стандарти».</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>«%1» імпортовано.</translation>
    </message>
    <message>
        <source>“%1” was imported as version %2.</source>
        <translation>«%1» імпортовано як версію %2.</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <source>Own survey</source>
        <translation>Власне опитування</translation>
    </message>
    <message>
        <source>Exit survey</source>
        <translation>Опитування на виході</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>SERVQUAL</source>
        <translation>SERVQUAL</translation>
    </message>
    <message>
        <source>Staff survey</source>
        <translation>Опитування працівників</translation>
    </message>
    <message>
        <source>SOCO self-assessment</source>
        <translation>Самооцінка SOCO</translation>
    </message>
    <message>
        <source>NPS: likely to recommend, 0–10</source>
        <translation>NPS: готовність рекомендувати, 0–10</translation>
    </message>
    <message>
        <source>CSAT: satisfaction, 1–5</source>
        <translation>CSAT: задоволеність, 1–5</translation>
    </message>
    <message>
        <source>CES: effort</source>
        <translation>CES: зусилля клієнта</translation>
    </message>
    <message>
        <source>Rating on a scale</source>
        <translation>Оцінка за шкалою</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Так / ні</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Один варіант</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Кілька варіантів</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Вільний текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>SERVQUAL: expectation and perception</source>
        <translation>SERVQUAL: очікування і сприйняття</translation>
    </message>
    <message>
        <source>Yes / no / not applicable</source>
        <translation>Так / ні / не застосовується</translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation>Шкала 1–5</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Матеріальне середовище</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Чуйність</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Впевненість</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Співпереживання</translation>
    </message>
    <message>
        <source>The NPS question</source>
        <translation>Питання NPS</translation>
    </message>
    <message>
        <source>The satisfaction question</source>
        <translation>Питання про задоволеність</translation>
    </message>
    <message>
        <source>The effort question</source>
        <translation>Питання про зусилля</translation>
    </message>
    <message>
        <source>Satisfaction with speed</source>
        <translation>Задоволеність швидкістю</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Загальна оцінка</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Що покращити</translation>
    </message>
    <message>
        <source>Why they bought or not</source>
        <translation>Чому купили чи ні</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Search surveys and checklists</source>
        <translation>Пошук опитувань і чек-листів</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показати архівні</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпортувати…</translation>
    </message>
    <message>
        <source>Add a survey, a checklist or service standards from a template file</source>
        <translation>Додати опитування, чек-лист або стандарти обслуговування з файлу шаблону</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Mystery-shopper checklists</source>
        <translation>Чек-листи таємного покупця</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивний)</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Unknown language %1: use ru, uk or en.</source>
        <translation>Невідома мова %1: використовуйте ru, uk або en.</translation>
    </message>
    <message>
        <source>A text must be text.</source>
        <translation>Текст має бути рядком.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Задовгий текст (не більше %1 символів).</translation>
    </message>
    <message>
        <source>Fill the text in at least one language (ru, uk or en).</source>
        <translation>Заповніть текст хоча б однією мовою (ru, uk або en).</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 (%2): click to see it larger</source>
        <translation>%1 (%2): клацніть, щоб збільшити</translation>
    </message>
    <message>
        <source>Remove this photo</source>
        <translation>Вилучити це фото</translation>
    </message>
</context>
<context>
    <name>TimesPanel</name>
    <message>
        <source>How long each step takes</source>
        <translation>Скільки триває кожен крок</translation>
    </message>
    <message>
        <source>From the customer&apos;s request to registration, from registration to being taken into work, and to resolution.</source>
        <translation>Від звернення клієнта до реєстрації, від реєстрації до взяття в роботу і до виконання.</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Score trend</source>
        <translation>Динаміка оцінки</translation>
    </message>
    <message>
        <source>By week for a period of up to three months, else by month; the dashed line is the whole period. A gap: no visit then.</source>
        <translation>По тижнях, якщо період не довший за три місяці, інакше по місяцях; пунктирна лінія — весь період. Розрив лінії: у цей час візитів не було.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Щось пішло не так: %1</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Вилучення фото</translation>
    </message>
    <message>
        <source>Remove this photo from the visit?</source>
        <translation>Вилучити це фото з візиту?</translation>
    </message>
</context>
<context>
    <name>VisitFiles</name>
    <message>
        <source>Export visit</source>
        <translation>Експорт візиту</translation>
    </message>
    <message>
        <source>cxdesk visits (*.cxvisit)</source>
        <translation>Візити cxdesk (*.cxvisit)</translation>
    </message>
    <message>
        <source>Import visit</source>
        <translation>Імпорт візиту</translation>
    </message>
    <message>
        <source>cxdesk visits (*.cxvisit);;All files (*)</source>
        <translation>Візити cxdesk (*.cxvisit);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open or select a visit on the Mystery shop page first.</source>
        <translation>Спершу відкрийте або виберіть візит на сторінці «Таємний покупець».</translation>
    </message>
    <message>
        <source>This visit is not submitted yet: the file carries it as a draft. Export it anyway?</source>
        <translation>Цей візит ще не здано: у файл його буде записано як чернетку. Усе одно експортувати?</translation>
    </message>
    <message>
        <source>Visit exported: %1</source>
        <translation>Візит експортовано: %1</translation>
    </message>
    <message>
        <source>Visit imported from %1</source>
        <translation>Візит імпортовано з %1</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Back to the list of visits (Esc)</source>
        <translation>Назад до списку візитів (Esc)</translation>
    </message>
    <message>
        <source>Print visit…</source>
        <translation>Надрукувати візит…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;Visited:</source>
        <translation>&amp;Дата візиту:</translation>
    </message>
    <message>
        <source>S&amp;hopper:</source>
        <translation>Таємний &amp;покупець:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Час:</translation>
    </message>
    <message>
        <source>Staff &amp;observed:</source>
        <translation>П&amp;рацівники:</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Record now as the time the shopper left the shop</source>
        <translation>Записати поточний час як час, коли таємний покупець вийшов із магазину</translation>
    </message>
    <message>
        <source>Tick the staff members who served the shopper</source>
        <translation>Позначте працівників, які обслуговували таємного покупця</translation>
    </message>
    <message>
        <source>Visit #%1 · %2, v%3</source>
        <translation>Візит №%1 · %2, версія %3</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>початок %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>кінець %1</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Новий візит…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>&amp;Print visit…</source>
        <translation>&amp;Друкувати візит…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>A visit is not finished: %1, %2, %3 — %4 of %5 items answered. Carry on where it stopped?</source>
        <translation>Є незавершений візит: %1, %2, %3 — відповіді на %4 з %5 пунктів. Продовжити з місця, де зупинилися?</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message numerus="yes">
        <source>%n visits handed in during the period</source>
        <translation>
            <numerusform>%n візит, зданий у цьому періоді</numerusform>
            <numerusform>%n візити, здані в цьому періоді</numerusform>
            <numerusform>%n візитів, зданих у цьому періоді</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit was handed in during this period at this location.</source>
        <translation>У цьому періоді в цій точці не здано жодного візиту.</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Answer every required item before submitting; not answered: %1%2</source>
        <translation>Перш ніж здавати, дайте відповідь на всі обов&apos;язкові пункти; без відповіді: %1%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>This visit was already imported on %1 (visit #%2): it was not imported again</source>
        <translation>Цей візит уже імпортовано %1 (візит №%2): повторно його не імпортовано</translation>
    </message>
    <message>
        <source>This visit is already in the database</source>
        <translation>Цей візит уже є в базі даних</translation>
    </message>
    <message>
        <source>%1 is not a cxdesk visit file</source>
        <translation>%1 — не файл візиту cxdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer cxdesk (visit file version %2; this one reads up to %3): update cxdesk to import it</source>
        <translation>%1 записано новішою версією cxdesk (версія файлу візиту %2; ця версія читає до %3): оновіть cxdesk, щоб імпортувати його</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match, so it was changed or is incomplete. Ask for the file again</source>
        <translation>%1 пошкоджено: контрольна сума не збігається, тобто файл змінено або він неповний. Попросіть надіслати файл ще раз</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be imported (%2)</source>
        <translation>%1 пошкоджено, його не можна імпортувати (%2)</translation>
    </message>
    <message>
        <source>the archive is incomplete or broken</source>
        <translation>архів неповний або пошкоджений</translation>
    </message>
    <message>
        <source>Visit #%1 does not exist</source>
        <translation>Візит №%1 не знайдено</translation>
    </message>
    <message>
        <source>Visit #%1 is submitted and can no longer be changed</source>
        <translation>Візит №%1 здано, його більше не можна змінити</translation>
    </message>
    <message>
        <source>The photo no longer exists</source>
        <translation>Фото вже видалено</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>Файл %1 порожній</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB): a photo may be at most %3 MB</source>
        <translation>%1 завеликий (%2 МБ): фото може бути не більше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF photo, which cxdesk cannot show: save it as JPEG or PNG and attach it again</source>
        <translation>%1 — фото у форматі HEIC/HEIF, яке cxdesk не може показати: збережіть його як JPEG або PNG і прикріпіть ще раз</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP image</source>
        <translation>%1 — не зображення JPEG, PNG, GIF або WebP</translation>
    </message>
    <message>
        <source>Checklist item #%1 does not exist</source>
        <translation>Пункт чек-листа №%1 не знайдено</translation>
    </message>
    <message>
        <source>Checklist item #%1 is not part of this visit&apos;s checklist</source>
        <translation>Пункт чек-листа №%1 не входить до чек-листа цього візиту</translation>
    </message>
    <message>
        <source>%1: the answer must be yes, no or N/A</source>
        <translation>%1: відповідь має бути «так», «ні» або «Н/З»</translation>
    </message>
    <message>
        <source>%1: the score must be a whole number from 1 to 5</source>
        <translation>%1: оцінка має бути цілим числом від 1 до 5</translation>
    </message>
    <message>
        <source>%1: the %2 must be text</source>
        <translation>%1: поле «%2» має бути текстом</translation>
    </message>
    <message>
        <source>%1: the %2 is longer than %3 characters</source>
        <translation>%1: поле «%2» довше за %3 символів</translation>
    </message>
    <message>
        <source>yes, no or N/A</source>
        <translation>«так», «ні» або «Н/З»</translation>
    </message>
    <message>
        <source>a score from 1 to 5</source>
        <translation>оцінка від 1 до 5</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>%1: this item is answered with %2</source>
        <translation>%1: відповідь на цей пункт — %2</translation>
    </message>
    <message>
        <source>Enter the shopper&apos;s name</source>
        <translation>Введіть ім&apos;я таємного покупця</translation>
    </message>
    <message>
        <source>The shopper&apos;s name is longer than %1 characters</source>
        <translation>Ім&apos;я таємного покупця довше за %1 символів</translation>
    </message>
    <message>
        <source>Staff member #%1 does not exist</source>
        <translation>Працівника №%1 не знайдено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>The checklist no longer exists</source>
        <translation>Чек-лист уже видалено</translation>
    </message>
    <message>
        <source>The location no longer exists</source>
        <translation>Точку вже видалено</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>Visit #%1 exported to %2</source>
        <translation>Візит №%1 вивантажено до %2</translation>
    </message>
    <message>
        <source>Visit imported as #%1</source>
        <translation>Візит завантажено як №%1</translation>
    </message>
    <message>
        <source>There is no location named %1</source>
        <translation>Точки з назвою %1 немає</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visited</source>
        <translation>Дата візиту</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Таємний покупець</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The score so far: the visit is not submitted yet</source>
        <translation>Поточна оцінка: візит ще не здано</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Оцінено пунктів</translation>
    </message>
    <message>
        <source>Critical items failed</source>
        <translation>Провалено критичних пунктів</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits of the period</source>
        <translation>Візити за період</translation>
    </message>
    <message>
        <source>Newest first. A visit fails when a critical item is answered &quot;no&quot; (or 1–2 on a 1–5 scale); its score is shown all the same.</source>
        <translation>Спершу найновіші. Візит не пройдено, якщо на критичний пункт відповіли «ні» (або 1–2 за шкалою 1–5); його оцінку все одно показано.</translation>
    </message>
    <message>
        <source>%1 visits, %2 failed</source>
        <translation>Візитів: %1, не пройдено: %2</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Зберегти діаграму як зображення</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
</context>
</TS>
