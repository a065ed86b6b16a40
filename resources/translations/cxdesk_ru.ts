<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AbcPanel</name>
    <message>
        <source>ABC × XYZ</source>
        <translation>ABC × XYZ</translation>
    </message>
    <message>
        <source>ABC by revenue (A: the first 80%, B: the next 15%, C: the last 5%); XYZ by how steady the monthly revenue is (X: varies up to 10%, Y: up to 25%, Z: more).</source>
        <translation>ABC по выручке (A — первые 80%, B — следующие 15%, C — последние 5%); XYZ по стабильности выручки по месяцам (X — колебания до 10%, Y — до 25%, Z — больше).</translation>
    </message>
    <message>
        <source>No sales figures per customer or product in this period.</source>
        <translation>За этот период нет данных о продажах по клиентам или товарам.</translation>
    </message>
    <message>
        <source>Figures per customer name no location: the location filter does not narrow them.</source>
        <translation>Данные по клиентам не привязаны к точке: фильтр по точке на них не влияет.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New improvement action</source>
        <translation>Новое мероприятие по улучшению</translation>
    </message>
    <message>
        <source>Edit improvement action</source>
        <translation>Изменение мероприятия по улучшению</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Что сделать:</translation>
    </message>
    <message>
        <source>Came from:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>e.g. Open a second till when 3 are queuing</source>
        <translation>например, открывать вторую кассу, когда в очереди 3 человека</translation>
    </message>
    <message>
        <source>Choose or type a theme</source>
        <translation>Выберите или введите тему</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Enter what is to be done.</source>
        <translation>Укажите, что нужно сделать.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Слишком длинный текст (не больше %1 символов).</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запись %1 уже удалена.</translation>
    </message>
    <message>
        <source>Survey answer of %1 to “%2”</source>
        <translation>Ответ на опрос от %1 на вопрос «%2»</translation>
    </message>
    <message>
        <source>Mystery-shop visit of %1: “%2”</source>
        <translation>Визит тайного покупателя от %1: «%2»</translation>
    </message>
    <message>
        <source>Feedback of %1: “%2”</source>
        <translation>Отзыв от %1: «%2»</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Добавлено вручную</translation>
    </message>
    <message>
        <source>Its source was deleted</source>
        <translation>Источник удалён</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1
Click to read it</source>
        <translation>%1
Нажмите, чтобы прочитать</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Search suggestion, theme, owner, source</source>
        <translation>Поиск по предложению, теме, ответственному, источнику</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Мероприятия по улучшению</translation>
    </message>
    <message numerus="yes">
        <source>%n actions found</source>
        <translation>
            <numerusform>Найдено %n мероприятие</numerusform>
            <numerusform>Найдено %n мероприятия</numerusform>
            <numerusform>Найдено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Delete the improvement action “%1”? This cannot be undone.</source>
        <translation>Удалить мероприятие по улучшению «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete improvement action</source>
        <translation>Удаление мероприятия по улучшению</translation>
    </message>
</context>
<context>
    <name>AnalysisFilterBar</name>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>compared with:</source>
        <translation>в сравнении с:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Every location, survey, staff member, channel and segment again (the period stays)</source>
        <translation>Снова все точки, опросы, сотрудники, каналы и сегменты (период не меняется)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Staff member who served the customer</source>
        <translation>Сотрудник, который обслуживал клиента</translation>
    </message>
    <message>
        <source>Channel the answer came through</source>
        <translation>Канал, по которому получен ответ</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Сегмент клиентов</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все точки</translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation>Все опросы</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
</context>
<context>
    <name>AnalysisKit</name>
    <message>
        <source>week %1, %2</source>
        <translation>неделя %1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>н/п</translation>
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
        <translation>Усилия клиента (CES)</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Standards kept</source>
        <translation>Соблюдение стандартов</translation>
    </message>
    <message>
        <source>Requests on time</source>
        <translation>Заявки в срок</translation>
    </message>
    <message>
        <source>Complaints answered</source>
        <translation>Жалобы с ответом</translation>
    </message>
    <message>
        <source>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to 100</source>
        <translation>Индекс потребительской лояльности (NPS): % промоутеров (9–10) минус % критиков (0–6), от −100 до 100</translation>
    </message>
    <message>
        <source>% of answers 4 or 5 on the 1–5 satisfaction scale</source>
        <translation>% ответов 4 или 5 по шкале удовлетворённости 1–5</translation>
    </message>
    <message>
        <source>Mean effort score; higher means easier for the customer</source>
        <translation>Средняя оценка усилий; чем выше, тем проще клиенту</translation>
    </message>
    <message>
        <source>Weighted % of the checklist points earned in mystery-shop visits</source>
        <translation>Взвешенный % баллов чек-листа, набранных при визитах тайного покупателя</translation>
    </message>
    <message>
        <source>% of the service-standard checks passed in mystery-shop visits</source>
        <translation>% проверок стандартов обслуживания, пройденных при визитах тайного покупателя</translation>
    </message>
    <message>
        <source>% of service requests resolved within their SLA target</source>
        <translation>% заявок, выполненных в срок по SLA</translation>
    </message>
    <message>
        <source>% of complaints, reviews and mentions that got an answer</source>
        <translation>% жалоб, отзывов и упоминаний, на которые дан ответ</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>С – по</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>В магазине</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Бумажная анкета</translation>
    </message>
    <message>
        <source>Nothing, all is well</source>
        <translation>Ничего, всё хорошо</translation>
    </message>
    <message>
        <source>Prices and discounts</source>
        <translation>Цены и скидки</translation>
    </message>
    <message>
        <source>Waiting and queues</source>
        <translation>Ожидание и очереди</translation>
    </message>
    <message>
        <source>Assortment</source>
        <translation>Ассортимент</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Парковка</translation>
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
        <translation>Часы работы</translation>
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
        <translation>Качество и свежесть</translation>
    </message>
    <message>
        <source>Atmosphere: music, light, air</source>
        <translation>Атмосфера: музыка, свет, воздух</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Материальность</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Отзывчивость</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Убедительность</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Эмпатия</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>Так держать</translation>
    </message>
    <message>
        <source>Concentrate here</source>
        <translation>Сосредоточиться здесь</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>Возможно, избыточно</translation>
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
        <translation>Не удалось рассчитать показатели: %1</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer the feedback</source>
        <translation>Ответ на отзыв</translation>
    </message>
    <message>
        <source>They wrote:</source>
        <translation>Клиент написал:</translation>
    </message>
    <message>
        <source>&amp;Answer given:</source>
        <translation>О&amp;твет клиенту:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>&amp;Кто ответил:</translation>
    </message>
    <message>
        <source>Answered &amp;at:</source>
        <translation>&amp;Когда ответили:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>What we answered: the apology, the explanation, what we changed</source>
        <translation>Что мы ответили: извинение, объяснение, что изменили</translation>
    </message>
    <message>
        <source>Enter the answer given.</source>
        <translation>Введите, что ответили.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Yes (key Y)</source>
        <translation>Да (клавиша Y)</translation>
    </message>
    <message>
        <source>No (key N)</source>
        <translation>Нет (клавиша N)</translation>
    </message>
    <message>
        <source>Does not apply here: left out of the score (key A)</source>
        <translation>Здесь неприменимо: не учитывается в оценке (клавиша A)</translation>
    </message>
    <message>
        <source>%1 of 5 (key %1); 1 is poor, 5 is excellent</source>
        <translation>%1 из 5 (клавиша %1); 1 — плохо, 5 — отлично</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Ваш ответ своими словами</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>%1: a number is expected</source>
        <translation>%1: нужно число</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» — не число</translation>
    </message>
    <message>
        <source>%1: the score must be a whole number</source>
        <translation>%1: оценка должна быть целым числом</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale %3–%4</source>
        <translation>%1: %2 вне шкалы %3–%4</translation>
    </message>
    <message>
        <source>%1: answer yes or no</source>
        <translation>%1: ответьте «да» или «нет»</translation>
    </message>
    <message>
        <source>%1: give both the expectation and the perception</source>
        <translation>%1: укажите и ожидание, и восприятие</translation>
    </message>
    <message>
        <source>%1: unknown option %2</source>
        <translation>%1: неизвестный вариант %2</translation>
    </message>
    <message>
        <source>%1: choose one option only</source>
        <translation>%1: выберите только один вариант</translation>
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
        <translation>cxdesk уже открыт с базой данных %1. Перейдите в то окно.</translation>
    </message>
</context>
<context>
    <name>BatchHeader</name>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Опрос:</translation>
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
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>В магазине</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Бумажная анкета</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— не указано —</translation>
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
        <translation>В%1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
        <translation>&amp;Новая пачка</translation>
    </message>
    <message>
        <source>Start counting a new pile; saved cards stay saved.</source>
        <translation>Начать подсчёт новой пачки; сохранённые анкеты останутся сохранёнными.</translation>
    </message>
    <message>
        <source>Cor&amp;rect card (Enter)</source>
        <translation>Исп&amp;равить анкету (Enter)</translation>
    </message>
    <message>
        <source>Delete card (Del)</source>
        <translation>Удалить анкету (Del)</translation>
    </message>
    <message>
        <source>&amp;Undo last card (Ctrl+Z)</source>
        <translation>&amp;Отменить последнюю анкету (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Cards in the &amp;pile:</source>
        <translation>Анкет в &amp;пачке:</translation>
    </message>
    <message numerus="yes">
        <source>%n cards saved</source>
        <translation>
            <numerusform>Сохранена %n анкета</numerusform>
            <numerusform>Сохранено %n анкеты</numerusform>
            <numerusform>Сохранено %n анкет</numerusform>
        </translation>
    </message>
    <message>
        <source>count the paper cards and type the number</source>
        <translation>пересчитайте бумажные анкеты и введите их число</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ совпадает</translation>
    </message>
    <message numerus="yes">
        <source>%n cards missing</source>
        <translation>
            <numerusform>Не хватает %n анкеты</numerusform>
            <numerusform>Не хватает %n анкет</numerusform>
            <numerusform>Не хватает %n анкет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards too many</source>
        <translation>
            <numerusform>%n лишняя анкета</numerusform>
            <numerusform>%n лишние анкеты</numerusform>
            <numerusform>%n лишних анкет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Choose the survey of the cards above.</source>
        <translation>Выберите опрос для анкет выше.</translation>
    </message>
    <message>
        <source>Enter: next field · Shift+Enter: new line in a text · Ctrl+Enter: save the card · Ctrl+Z on a blank card: undo the last saved one</source>
        <translation>Enter: следующее поле · Shift+Enter: новая строка в тексте · Ctrl+Enter: сохранить анкету · Ctrl+Z на пустой анкете: отменить последнюю сохранённую</translation>
    </message>
    <message>
        <source>Cancel correction (Esc)</source>
        <translation>Отменить исправление (Esc)</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>Sa&amp;ve card</source>
        <translation>&amp;Сохранить анкету</translation>
    </message>
    <message>
        <source>Correcting card %1</source>
        <translation>Исправление анкеты %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>95% interval</source>
        <translation>95%-й интервал</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
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
        <translation>NPS по месяцам</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>NPS by location</source>
        <translation>NPS по точкам</translation>
    </message>
    <message>
        <source>Answers per score</source>
        <translation>Ответы по оценкам</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation>0 — совсем маловероятно, 10 — очень вероятно</translation>
    </message>
    <message>
        <source>What to improve, % of answers</source>
        <translation>Что улучшить, % ответов</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% ответов</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>все ответы</translation>
    </message>
    <message>
        <source>SERVQUAL gap by dimension</source>
        <translation>Разрыв SERVQUAL по измерениям</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>perception − expectation</source>
        <translation>восприятие − ожидание</translation>
    </message>
    <message>
        <source>Key drivers: importance × performance</source>
        <translation>Ключевые факторы: важность × исполнение</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Importance: correlation with the overall score</source>
        <translation>Важность: корреляция с общей оценкой</translation>
    </message>
    <message>
        <source>Performance: mean score</source>
        <translation>Исполнение: средняя оценка</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>New checklist</source>
        <translation>Новый чек-лист</translation>
    </message>
    <message>
        <source>Checklist “%1”</source>
        <translation>Чек-лист «%1»</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Add a section, then the items the shopper checks.</source>
        <translation>Добавьте раздел, а затем пункты, которые проверяет тайный покупатель.</translation>
    </message>
    <message numerus="yes">
        <source>This checklist already has %n visits. Saving creates version %1; the visits made so far keep version %2 and their scores.</source>
        <translation>
            <numerusform>По этому чек-листу уже проведён %n визит. При сохранении будет создана версия %1; проведённые визиты сохранят версию %2 и свои оценки.</numerusform>
            <numerusform>По этому чек-листу уже проведено %n визита. При сохранении будет создана версия %1; проведённые визиты сохранят версию %2 и свои оценки.</numerusform>
            <numerusform>По этому чек-листу уже проведено %n визитов. При сохранении будет создана версия %1; проведённые визиты сохранят версию %2 и свои оценки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sections, %2 items</source>
        <translation>Разделов: %1, пунктов: %2</translation>
    </message>
    <message>
        <source>Enter the name of the checklist.</source>
        <translation>Введите название чек-листа.</translation>
    </message>
    <message>
        <source>Add at least one section with its items.</source>
        <translation>Добавьте хотя бы один раздел с пунктами.</translation>
    </message>
    <message>
        <source>Enter the title of the section.</source>
        <translation>Введите заголовок раздела.</translation>
    </message>
    <message>
        <source>A section needs at least one item.</source>
        <translation>В разделе должен быть хотя бы один пункт.</translation>
    </message>
    <message>
        <source>Enter the item in at least one language.</source>
        <translation>Введите пункт хотя бы на одном языке.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>There is no checklist “%1”.</source>
        <translation>Чек-листа «%1» нет.</translation>
    </message>
    <message>
        <source>Checklist %1 does not exist.</source>
        <translation>Чек-лист %1 не найден.</translation>
    </message>
    <message>
        <source>The checklist “%1” is archived.</source>
        <translation>Чек-лист «%1» в архиве.</translation>
    </message>
    <message>
        <source>Enter the name of the checklist.</source>
        <translation>Введите название чек-листа.</translation>
    </message>
    <message>
        <source>Section %1: enter its title.</source>
        <translation>Раздел %1: введите заголовок.</translation>
    </message>
    <message>
        <source>Item %1: enter its text.</source>
        <translation>Пункт %1: введите текст.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it has %2. Archive it instead.</source>
        <translation>«%1» нельзя удалить: с ним связаны записи (%2). Вместо этого отправьте его в архив.</translation>
    </message>
    <message>
        <source>%n visit|%n visits</source>
        <translation>%n визит|%n визита|%n визитов</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Notes on the whole visit</source>
        <translation>Заметки по визиту в целом</translation>
    </message>
    <message>
        <source>Anything the checklist does not ask: the overall impression, what to praise, what went wrong</source>
        <translation>Всё, о чём не спрашивает чек-лист: общее впечатление, что похвалить, что пошло не так</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>%1, built-in</source>
        <translation>%1, встроенный</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>%1 of %2 checklists shown</source>
        <translation>Показано чек-листов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n checklists</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листа</numerusform>
            <numerusform>%n чек-листов</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Чек-лист сохранён</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was saved as version %2. The %n visits made so far keep version %3 and their scores.</source>
        <translation>
            <numerusform>«%1» сохранён как версия %2. Уже проведённый %n визит сохранит версию %3 и свою оценку.</numerusform>
            <numerusform>«%1» сохранён как версия %2. Уже проведённые %n визита сохранят версию %3 и свои оценки.</numerusform>
            <numerusform>«%1» сохранён как версия %2. Уже проведённые %n визитов сохранят версию %3 и свои оценки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive checklist</source>
        <translation>Архивирование чек-листа</translation>
    </message>
    <message>
        <source>Archive “%1”? It is no longer offered for new visits; the visits made with it stay.</source>
        <translation>Отправить «%1» в архив? Для новых визитов он больше не будет предлагаться; проведённые по нему визиты сохранятся.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions? This cannot be undone.</source>
        <translation>Удалить «%1» со всеми версиями? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>Удаление чек-листа</translation>
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
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>The checks behind</source>
        <translation>Исходные проверки</translation>
    </message>
    <message>
        <source>Every checklist answer that judged these standards, newest first.</source>
        <translation>Все ответы в чек-листах, по которым оценивались эти стандарты, сначала новые.</translation>
    </message>
    <message>
        <source>%1: %2 checks, %3 passed (%4)</source>
        <translation>%1: проверок — %2, пройдено — %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not a date: %1 (use YYYY-MM-DD)</source>
        <translation>это не дата: %1 (используйте ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from позже, чем --to</translation>
    </message>
    <message>
        <source>--compare needs a period: give --from and --to</source>
        <translation>для --compare нужен период: укажите --from и --to</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>по адресу %1 нет базы данных</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>отчёт записан в %1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Loyalty:</source>
        <translation>&amp;Лояльность:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>e.g. Ivanenko Olena</source>
        <translation>например, Иваненко Елена</translation>
    </message>
    <message>
        <source>e.g. +380 44 123 4567</source>
        <translation>например, +380 44 123 4567</translation>
    </message>
    <message>
        <source>e.g. olena@example.com</source>
        <translation>например, elena@example.com</translation>
    </message>
    <message>
        <source>e.g. wholesale, regular, new</source>
        <translation>например, опт, постоянный, новый</translation>
    </message>
    <message>
        <source>Agreed that we keep their personal data</source>
        <translation>Согласие на хранение персональных данных получено</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Согласия нет.</translation>
    </message>
    <message>
        <source>Given on %1.</source>
        <translation>Получено %1.</translation>
    </message>
    <message>
        <source>Today&apos;s date will be recorded as the date of consent.</source>
        <translation>Датой согласия будет записана сегодняшняя дата.</translation>
    </message>
</context>
<context>
    <name>CustomerLink</name>
    <message>
        <source>Cust&amp;omer:</source>
        <translation>Кл&amp;иент:</translation>
    </message>
    <message>
        <source>optional: type part of a name or phone</source>
        <translation>необязательно: введите часть имени или телефона</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Введите имя клиента.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Слишком длинное имя (не больше %1 символов).</translation>
    </message>
    <message>
        <source>This does not look like a phone number: use 7 to 15 digits, e.g. +380 44 123 4567.</source>
        <translation>Это не похоже на номер телефона: нужно от 7 до 15 цифр, например +380 44 123 4567.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>The segment is too long (at most %1 characters).</source>
        <translation>Слишком длинный сегмент (не больше %1 символов).</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Клиент %1 не найден.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; add a new customer instead.</source>
        <translation>Персональные данные этого клиента стёрты; добавьте нового клиента.</translation>
    </message>
    <message>
        <source>%n survey response|%n survey responses</source>
        <translation>%n анкета|%n анкеты|%n анкет</translation>
    </message>
    <message>
        <source>%n feedback entry|%n feedback entries</source>
        <translation>%n запись журнала отзывов|%n записи журнала отзывов|%n записей журнала отзывов</translation>
    </message>
    <message>
        <source>%n service request|%n service requests</source>
        <translation>%n заявка|%n заявки|%n заявок</translation>
    </message>
    <message>
        <source>%n sales figure|%n sales figures</source>
        <translation>%n показатель продаж|%n показателя продаж|%n показателей продаж</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the database keeps %2 for this customer. Erase the personal data instead; those records stay, anonymised.</source>
        <translation>Клиента «%1» нельзя удалить: в базе есть связанные с ним записи (%2). Вместо этого сотрите персональные данные — записи останутся, но станут анонимными.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Personal data erased on %1</source>
        <translation>Персональные данные стёрты %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Yes, since %1</source>
        <translation>Да, с %1</translation>
    </message>
    <message>
        <source>Consent recorded %1</source>
        <translation>Согласие записано %1</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;rase personal data</source>
        <translation>&amp;Стереть персональные данные</translation>
    </message>
    <message>
        <source>Remove name, phone, e-mail and notes for good; their answers stay, anonymised.</source>
        <translation>Безвозвратно удалить имя, телефон, эл. почту и заметки; ответы клиента останутся анонимными.</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Поиск по имени, телефону или эл. почте</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised #%1</source>
        <translation>анонимный №%1</translation>
    </message>
    <message>
        <source>Delete the customer “%1”? This cannot be undone.</source>
        <translation>Удалить клиента «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”? Name, phone, e-mail and notes are removed for good. Their survey answers, complaints and purchases stay, anonymised.</source>
        <translation>Стереть персональные данные клиента «%1»? Имя, телефон, эл. почта и заметки будут удалены безвозвратно. Ответы на опросы, жалобы и покупки останутся, но станут анонимными.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стирание персональных данных</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 — это папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>Папка %1 не существует</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database already holds survey responses: demo data would mix with real data. Generate the demo into a new database file.</source>
        <translation>В этой базе уже есть анкеты: демо-данные смешаются с настоящими. Создайте демо в новом файле базы.</translation>
    </message>
    <message>
        <source>Installing the built-in templates</source>
        <translation>Установка встроенных шаблонов</translation>
    </message>
    <message>
        <source>Writing to the database</source>
        <translation>Запись в базу данных</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Shops, staff and customers</source>
        <translation>Точки, сотрудники и клиенты</translation>
    </message>
    <message>
        <source>Exit-survey responses</source>
        <translation>Анкеты опроса на выходе</translation>
    </message>
    <message>
        <source>NPS, CSAT, CES, SERVQUAL, SOCO and staff surveys</source>
        <translation>Опросы NPS, CSAT, CES, SERVQUAL, SOCO и опрос сотрудников</translation>
    </message>
    <message>
        <source>Mystery-shop visits</source>
        <translation>Визиты тайного покупателя</translation>
    </message>
    <message>
        <source>Feedback log and service requests</source>
        <translation>Журнал отзывов и заявки</translation>
    </message>
    <message>
        <source>Sales and sample plans</source>
        <translation>Продажи и планы опросов</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Мероприятия по улучшению</translation>
    </message>
</context>
<context>
    <name>DetractorsModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Кто обслуживал</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>No consent to keep personal data (or none given): the answer stays anonymous</source>
        <translation>Нет согласия на хранение персональных данных (или оно не указано): ответ остаётся анонимным</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
</context>
<context>
    <name>DetractorsPanel</name>
    <message>
        <source>Detractors to call back</source>
        <translation>Критики, которым нужно перезвонить</translation>
    </message>
    <message>
        <source>Customers who gave 0–6, newest first, with what they wrote. Name and phone show only for customers who agreed to keep their data.</source>
        <translation>Клиенты, поставившие 0–6, сначала новые, с тем, что они написали. Имя и телефон видны только для клиентов, согласившихся на хранение своих данных.</translation>
    </message>
    <message numerus="yes">
        <source>%n detractors in the period</source>
        <translation>
            <numerusform>%n критик за период</numerusform>
            <numerusform>%n критика за период</numerusform>
            <numerusform>%n критиков за период</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 detractors in the period; the newest %2 are listed</source>
        <translation>Критиков за период: %1; показаны %2 самых новых</translation>
    </message>
</context>
<context>
    <name>DutiesDialog</name>
    <message>
        <source>Duties at a stage</source>
        <translation>Обязанности на этапе</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Duties:</source>
        <translation>Обязанности:</translation>
    </message>
    <message>
        <source>Leave empty to take the role off this stage</source>
        <translation>Оставьте пустым, чтобы убрать роль с этого этапа</translation>
    </message>
    <message>
        <source>Add a stage of the journey first.</source>
        <translation>Сначала добавьте этап пути клиента.</translation>
    </message>
    <message>
        <source>Add a role first.</source>
        <translation>Сначала добавьте роль.</translation>
    </message>
</context>
<context>
    <name>DutiesTable</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Обязанности</translation>
    </message>
    <message>
        <source>Set duties…</source>
        <translation>Задать обязанности…</translation>
    </message>
    <message>
        <source>What a role does at a stage</source>
        <translation>Что делает роль на этапе</translation>
    </message>
    <message>
        <source>Take off the stage</source>
        <translation>Убрать с этапа</translation>
    </message>
    <message>
        <source>%1 of %2 duties shown</source>
        <translation>Показано обязанностей: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n обязанность</numerusform>
            <numerusform>%n обязанности</numerusform>
            <numerusform>%n обязанностей</numerusform>
        </translation>
    </message>
    <message>
        <source>Take “%1” off the stage “%2”?</source>
        <translation>Убрать «%1» с этапа «%2»?</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Complaints book</source>
        <translation>Книга жалоб</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Отзыв в интернете</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Legal claim</source>
        <translation>Юридическая претензия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Позитивный</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральный</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негативный</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Nothing, all is fine</source>
        <translation>Ничего, всё хорошо</translation>
    </message>
    <message>
        <source>Prices and discounts</source>
        <translation>Цены и скидки</translation>
    </message>
    <message>
        <source>Waiting and queues</source>
        <translation>Ожидание и очереди</translation>
    </message>
    <message>
        <source>Assortment and choice</source>
        <translation>Ассортимент и выбор</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <source>Staff and their manners</source>
        <translation>Персонал и его вежливость</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
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
        <translation>Качество и свежесть</translation>
    </message>
    <message>
        <source>Atmosphere: music, light, space</source>
        <translation>Атмосфера: музыка, свет, пространство</translation>
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
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>FailuresPanel</name>
    <message>
        <source>Critical items that failed</source>
        <translation>Невыполненные критичные пункты</translation>
    </message>
    <message>
        <source>Each one failed its visit. The shopper&apos;s comment says what happened.</source>
        <translation>Из-за каждого из них визит не пройден. Что произошло — в комментарии тайного покупателя.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>Enter when it was received.</source>
        <translation>Укажите, когда отзыв получен.</translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation>Дата получения ещё не наступила.</translation>
    </message>
    <message>
        <source>Enter the text of the feedback.</source>
        <translation>Введите текст отзыва.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Слишком длинный текст (не больше %1 символов).</translation>
    </message>
    <message>
        <source>The rating must be 1 to 5 stars.</source>
        <translation>Оценка должна быть от 1 до 5 звёзд.</translation>
    </message>
    <message>
        <source>The answer cannot be earlier than the feedback.</source>
        <translation>Ответ не может быть раньше самого отзыва.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запись %1 уже удалена.</translation>
    </message>
    <message>
        <source>Feedback entry %1 does not exist.</source>
        <translation>Запись журнала отзывов %1 не найдена.</translation>
    </message>
    <message>
        <source>Enter the answer given.</source>
        <translation>Введите, что ответили.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the source of %2.</source>
        <translation>«%1» нельзя удалить: на его основе созданы %2.</translation>
    </message>
    <message>
        <source>%n improvement action|%n improvement actions</source>
        <translation>%n мероприятие по улучшению|%n мероприятия по улучшению|%n мероприятий по улучшению</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>New feedback entry</source>
        <translation>Новая запись в журнале отзывов</translation>
    </message>
    <message>
        <source>Edit feedback entry</source>
        <translation>Изменение записи в журнале отзывов</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Получено:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Ra&amp;ting:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <source>Se&amp;ntiment:</source>
        <translation>&amp;Тональность:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>&amp;Answer given:</source>
        <translation>О&amp;твет клиенту:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>&amp;Кто ответил:</translation>
    </message>
    <message>
        <source>Answered &amp;at:</source>
        <translation>&amp;Когда ответили:</translation>
    </message>
    <message>
        <source>From the rating</source>
        <translation>По оценке</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>What the customer wrote or said, word for word</source>
        <translation>Что клиент написал или сказал, дословно</translation>
    </message>
    <message>
        <source>Name or nickname, as signed</source>
        <translation>Имя или ник, как подписано</translation>
    </message>
    <message>
        <source>Address of the review or post</source>
        <translation>Адрес отзыва или публикации</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
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
        <translation>Без ответа %1</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Кто ответил</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>меньше часа</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Ответ дан %1</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Ans&amp;wer…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Record the answer given to this entry</source>
        <translation>Записать ответ, данный на эту запись</translation>
    </message>
    <message>
        <source>Create improvement action</source>
        <translation>Создать мероприятие по улучшению</translation>
    </message>
    <message>
        <source>Turn this entry into an improvement action with an owner and a due date</source>
        <translation>Превратить эту запись в мероприятие по улучшению с ответственным и сроком</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Search text, author, customer, answer</source>
        <translation>Поиск по тексту, автору, клиенту, ответу</translation>
    </message>
    <message>
        <source>Feedback log</source>
        <translation>Журнал отзывов</translation>
    </message>
    <message>
        <source>Negative entries still without an answer are marked in red with how long they have waited: a negative one needs an answer.</source>
        <translation>Негативные записи, на которые ещё нет ответа, выделены красным, и указано, сколько они ждут: на негативную запись нужно ответить.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>Найдена %n запись</numerusform>
            <numerusform>Найдено %n записи</numerusform>
            <numerusform>Найдено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Delete the feedback entry “%1”? This cannot be undone.</source>
        <translation>Удалить запись журнала отзывов «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete feedback entry</source>
        <translation>Удаление записи журнала отзывов</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Мероприятие по улучшению</translation>
    </message>
    <message>
        <source>An improvement action was made from this entry: “%1”. Give it an owner and a due date on the Improvement actions page.</source>
        <translation>Из этой записи создано мероприятие по улучшению: «%1». Назначьте ответственного и срок на странице «Мероприятия по улучшению».</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Копировать &amp;всю таблицу</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>significant</source>
        <translation>значимо</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>незначимо</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Разрез</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT, % satisfied</source>
        <translation>CSAT, % довольных</translation>
    </message>
    <message>
        <source>CES, mean effort</source>
        <translation>CES, средние усилия</translation>
    </message>
    <message>
        <source>Mystery shop score</source>
        <translation>Оценка тайного покупателя</translation>
    </message>
    <message>
        <source>Standards compliance</source>
        <translation>Соблюдение стандартов</translation>
    </message>
    <message>
        <source>SLA on time</source>
        <translation>Заявки в срок (SLA)</translation>
    </message>
    <message>
        <source>SOCO, mean</source>
        <translation>SOCO, среднее</translation>
    </message>
    <message>
        <source>Complaints answered</source>
        <translation>Отзывы с ответом</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>В сравнении с %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All locations</source>
        <translation>Все точки</translation>
    </message>
    <message>
        <source>All shoppers</source>
        <translation>Все тайные покупатели</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Drafts and submitted</source>
        <translation>Черновики и сданные</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Только черновики</translation>
    </message>
    <message>
        <source>Submitted only</source>
        <translation>Только сданные</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Period of the visit</source>
        <translation>Период визита</translation>
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
        <translation>Неизвестная точка «%1» (известные: %2)</translation>
    </message>
    <message>
        <source>Unknown survey &quot;%1&quot; (known: %2)</source>
        <translation>Неизвестный опрос «%1» (известные: %2)</translation>
    </message>
    <message>
        <source>Unknown staff member &quot;%1&quot;</source>
        <translation>Неизвестный сотрудник «%1»</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Start empty</source>
        <translation>Начать с нуля</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>This copy of cxdesk has no demo data.</source>
        <translation>В этой копии cxdesk нет демо-данных.</translation>
    </message>
    <message>
        <source>Writing the demo data…</source>
        <translation>Записываются демо-данные…</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Не удалось записать демо-данные: %1</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <source>Revenue and growth</source>
        <translation>Выручка и рост</translation>
    </message>
    <message>
        <source>Each month against the month before and the same month a year before; CAGR is the yearly rate from the first to the last month of the period.</source>
        <translation>Каждый месяц в сравнении с предыдущим месяцем и с тем же месяцем год назад; CAGR — среднегодовой темп роста от первого до последнего месяца периода.</translation>
    </message>
    <message>
        <source>No shop totals were entered: the months add up the figures per customer or product.</source>
        <translation>Итоги по магазину не введены: месяцы складываются из данных по клиентам или товарам.</translation>
    </message>
    <message>
        <source>The shop totals cannot be cut by customer segment: they are shown whole.</source>
        <translation>Итоги по магазину нельзя разбить по сегментам клиентов: они показаны целиком.</translation>
    </message>
</context>
<context>
    <name>HandbookPrinter</name>
    <message>
        <source>handbook</source>
        <translation>памятка</translation>
    </message>
    <message>
        <source>Print the staff handbook</source>
        <translation>Печать памятки для персонала</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handbook…</source>
        <translation>Создаётся памятка…</translation>
    </message>
    <message>
        <source>The handbook was written to %1. Open it now?</source>
        <translation>Памятка записана в %1. Открыть её сейчас?</translation>
    </message>
    <message>
        <source>Staff handbook</source>
        <translation>Памятка для персонала</translation>
    </message>
    <message>
        <source>The handbook could not be written: %1</source>
        <translation>Не удалось записать памятку: %1</translation>
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
        <translation>Ответы</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% ответов</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Примеры</translation>
    </message>
</context>
<context>
    <name>ImprovementThemesPanel</name>
    <message>
        <source>What customers would improve</source>
        <translation>Что клиенты предлагают улучшить</translation>
    </message>
    <message>
        <source>The answers to “what should we improve”, split into items and grouped by theme; one answer counts once per theme.</source>
        <translation>Ответы на вопрос «что нам улучшить», разбитые на пункты и сгруппированные по темам; в каждой теме один ответ учитывается один раз.</translation>
    </message>
    <message>
        <source>The 10 most mentioned, % of %1 answers</source>
        <translation>10 самых частых тем, % от числа ответов (%1)</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>%1 of %2 figures rest on fewer than %3 answers (n &lt; %3): read them with care.</source>
        <translation>%1 из %2 показателей основаны менее чем на %3 ответах (n &lt; %3): относитесь к ним осторожно.</translation>
    </message>
    <message>
        <source>%1 (%n visit)|%1 (%n visits)</source>
        <translation>%1 (%n визит)|%1 (%n визита)|%1 (%n визитов)</translation>
    </message>
    <message>
        <source>Section scores by location, %</source>
        <translation>Оценки разделов по точкам, %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Mystery-shop score, %</source>
        <translation>Оценка тайного покупателя, %</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Оценка, %</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Все визиты</translation>
    </message>
    <message>
        <source>Score and visits passed by shopper</source>
        <translation>Оценка и пройденные визиты по тайным покупателям</translation>
    </message>
    <message>
        <source>Visits passed, %</source>
        <translation>Пройденные визиты, %</translation>
    </message>
    <message>
        <source>Standards kept by stage and role, %</source>
        <translation>Соблюдение стандартов по этапам и ролям, %</translation>
    </message>
    <message>
        <source>All standards</source>
        <translation>Все стандарты</translation>
    </message>
    <message>
        <source>Standards kept least often, % of checks passed</source>
        <translation>Реже всего соблюдаемые стандарты, % пройденных проверок</translation>
    </message>
    <message>
        <source>Kept, %</source>
        <translation>Соблюдено, %</translation>
    </message>
    <message>
        <source>Revenue by month, thousands</source>
        <translation>Выручка по месяцам, тыс.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Revenue growth, %</source>
        <translation>Рост выручки, %</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>К предыдущему месяцу</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>К прошлому году</translation>
    </message>
    <message>
        <source>ABC × XYZ: products</source>
        <translation>ABC × XYZ: товары</translation>
    </message>
    <message>
        <source>ABC × XYZ: customers</source>
        <translation>ABC × XYZ: клиенты</translation>
    </message>
    <message>
        <source>ABC × XYZ: share of revenue, %</source>
        <translation>ABC × XYZ: доля выручки, %</translation>
    </message>
    <message>
        <source>Not classified (no revenue or no months): %1</source>
        <translation>Не классифицировано (нет выручки или месяцев): %1</translation>
    </message>
    <message>
        <source>% of products</source>
        <translation>% товаров</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% клиентов</translation>
    </message>
    <message>
        <source>Top 20%: %1% of revenue</source>
        <translation>Топ-20%: %1% выручки</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Кривая Парето</translation>
    </message>
    <message>
        <source>Cumulative revenue, %</source>
        <translation>Накопленная выручка, %</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% выручки</translation>
    </message>
    <message>
        <source>NPS by loyalty type</source>
        <translation>NPS по типу лояльности</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>On time per SLA by priority, %</source>
        <translation>В срок по SLA по приоритетам, %</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>On time per SLA and satisfied with speed, %</source>
        <translation>В срок по SLA и довольны скоростью, %</translation>
    </message>
    <message>
        <source>On time per SLA</source>
        <translation>В срок по SLA</translation>
    </message>
    <message>
        <source>Satisfied with speed</source>
        <translation>Довольны скоростью</translation>
    </message>
    <message>
        <source>How long requests take</source>
        <translation>Сколько времени занимают заявки</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Mystery-shop score of the visits that observed them, %</source>
        <translation>Оценка тайного покупателя в визитах, где их наблюдали, %</translation>
    </message>
    <message>
        <source>NPS of the customers they served</source>
        <translation>NPS обслуженных ими клиентов</translation>
    </message>
    <message>
        <source>CSAT of the customers they served, %</source>
        <translation>CSAT обслуженных ими клиентов, %</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Customer orientation and NPS</source>
        <translation>Клиентоориентированность и NPS</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
</context>
<context>
    <name>InsightNames</name>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>To register</source>
        <translation>До регистрации</translation>
    </message>
    <message>
        <source>To take into work</source>
        <translation>До взятия в работу</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>До выполнения</translation>
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
        <translation>Роль не указана</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
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
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Вес:</translation>
    </message>
    <message>
        <source>Critical:</source>
        <translation>Критичный:</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Обязательный:</translation>
    </message>
    <message>
        <source>Checks the standard:</source>
        <translation>Проверяет стандарт:</translation>
    </message>
    <message>
        <source>Hint for the shopper:</source>
        <translation>Подсказка для тайного покупателя:</translation>
    </message>
    <message>
        <source>— no standard —</source>
        <translation>— без стандарта —</translation>
    </message>
    <message>
        <source>A “no” fails the whole visit</source>
        <translation>При ответе «нет» весь визит не пройден</translation>
    </message>
    <message>
        <source>The shopper must answer it</source>
        <translation>Тайный покупатель обязан на него ответить</translation>
    </message>
    <message>
        <source>How much the item counts in the visit&apos;s score</source>
        <translation>Насколько пункт влияет на оценку визита</translation>
    </message>
    <message>
        <source>Something the shopper can see, e.g. “Price tags on every product”</source>
        <translation>То, что тайный покупатель может увидеть, например «Ценники на каждом товаре»</translation>
    </message>
    <message>
        <source>Only a yes / no item can be critical.</source>
        <translation>Критичным может быть только пункт с ответом «да / нет».</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Standard checked: %1</source>
        <translation>Проверяемый стандарт: %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичный</translation>
    </message>
    <message>
        <source>A critical item: answered “No” (or 1–2), it fails the whole visit</source>
        <translation>Критичный пункт: при ответе «Нет» (или 1–2) весь визит не пройден</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательный</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>Приложить фото…</translation>
    </message>
</context>
<context>
    <name>JourneyExporter</name>
    <message>
        <source>service-standards</source>
        <translation>стандарты-сервиса</translation>
    </message>
    <message>
        <source>Export the service standards</source>
        <translation>Экспорт стандартов сервиса</translation>
    </message>
    <message>
        <source>Template files (*.yaml *.yml);;All files (*)</source>
        <translation>Файлы шаблонов (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
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
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Importance (r)</source>
        <translation>Важность (r)</translation>
    </message>
    <message>
        <source>Performance (mean)</source>
        <translation>Исполнение (среднее)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
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
        <translation>Ключевые факторы</translation>
    </message>
    <message>
        <source>Importance: how closely a question&apos;s answers move with the overall score (correlation). Performance: its mean. High importance and low performance: concentrate here.</source>
        <translation>Важность: насколько тесно ответы на вопрос связаны с общей оценкой (корреляция). Исполнение: средняя оценка по вопросу. Высокая важность и низкое исполнение — сосредоточьтесь здесь.</translation>
    </message>
    <message>
        <source>No survey with an overall question and at least two rated questions was answered with this filter.</source>
        <translation>С этим фильтром нет ни одного заполненного опроса, в котором есть общий вопрос и хотя бы два вопроса с оценкой.</translation>
    </message>
    <message>
        <source>Survey: %1. What the drivers explain: “%2” (%3 answers). Choose a survey in the filter to see another one.</source>
        <translation>Опрос: %1. Что объясняют факторы: «%2» (ответов: %3). Чтобы посмотреть другой опрос, выберите его в фильтре.</translation>
    </message>
    <message>
        <source>Importance × performance</source>
        <translation>Важность × исполнение</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <source>Customer or product</source>
        <translation>Клиент или товар</translation>
    </message>
    <message>
        <source>No consent to keep the name: shown by number</source>
        <translation>Нет согласия на хранение имени: показан номер</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Вариация</translation>
    </message>
    <message numerus="yes">
        <source>Coefficient of variation of monthly revenue over %n months</source>
        <translation>
            <numerusform>Коэффициент вариации месячной выручки за %n месяц</numerusform>
            <numerusform>Коэффициент вариации месячной выручки за %n месяца</numerusform>
            <numerusform>Коэффициент вариации месячной выручки за %n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Loyalty type</source>
        <translation>Тип лояльности</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Последняя оценка</translation>
    </message>
    <message>
        <source>Promoter or detractor</source>
        <translation>Промоутер или критик</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>#%1 (anonymous)</source>
        <translation>№%1 (аноним)</translation>
    </message>
</context>
<context>
    <name>KnownPanel</name>
    <message>
        <source>Promoters and detractors among known customers</source>
        <translation>Промоутеры и критики среди известных клиентов</translation>
    </message>
    <message>
        <source>Each customer by their latest answer in the period, largest revenue first: an A-class detractor is the call to make today.</source>
        <translation>Каждый клиент — по его последнему ответу за период, сначала с наибольшей выручкой: критику класса A нужно позвонить сегодня же.</translation>
    </message>
    <message>
        <source>%1 known customers answered: %2 promoters, %3 detractors</source>
        <translation>Ответили известных клиентов: %1; промоутеров — %2, критиков — %3</translation>
    </message>
</context>
<context>
    <name>LinkItemsDialog</name>
    <message>
        <source>Checklist items that check the standard</source>
        <translation>Пункты чек-листа, проверяющие стандарт</translation>
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
        <translation>Сейчас проверяет</translation>
    </message>
    <message>
        <source>Ticking it moves the item to this standard.</source>
        <translation>Если отметить пункт, он будет привязан к этому стандарту.</translation>
    </message>
    <message>
        <source>%1 of %2 items ticked</source>
        <translation>Отмечено пунктов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>New location</source>
        <translation>Новая точка</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Изменение точки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Используется:</translation>
    </message>
    <message>
        <source>&amp;Active (offered in new records)</source>
        <translation>&amp;Активна (предлагается в новых записях)</translation>
    </message>
    <message>
        <source>e.g. Shop on Khreshchatyk</source>
        <translation>например, Магазин на Крещатике</translation>
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
        <translation>Нажмите, чтобы на всех страницах анализа показать только эту точку</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Ответы CSAT</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>n &lt; 30: only %1 answers, the NPS can move a lot by chance</source>
        <translation>n &lt; 30: ответов всего %1, NPS может сильно меняться случайно</translation>
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
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
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
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Constrained (must stay)</source>
        <translation>Вынужденная (нет выбора)</translation>
    </message>
    <message>
        <source>Dedicated (wants to stay)</source>
        <translation>Преданная (хочет остаться)</translation>
    </message>
</context>
<context>
    <name>LoyaltyModel</name>
    <message>
        <source>Loyalty type</source>
        <translation>Тип лояльности</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>n &lt; 30: the NPS can move a lot by chance</source>
        <translation>n &lt; 30: NPS может сильно меняться случайно</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <source>Loyalty types</source>
        <translation>Типы лояльности</translation>
    </message>
    <message>
        <source>Dedicated customers want to stay; constrained ones must (no real alternative) and leave when they can. NPS by each customer&apos;s latest answer.</source>
        <translation>Преданные клиенты хотят остаться; вынужденные остаются, потому что нет реальной альтернативы, и уходят, как только могут. NPS — по последнему ответу каждого клиента.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enter data</source>
        <translation>Ввод данных</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Standards kept</source>
        <translation>Соблюдение стандартов</translation>
    </message>
    <message>
        <source>Customers and sales</source>
        <translation>Клиенты и продажи</translation>
    </message>
    <message>
        <source>Requests and SLA</source>
        <translation>Заявки и SLA</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Feedback log</source>
        <translation>Журнал отзывов</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Мероприятия по улучшению</translation>
    </message>
    <message>
        <source>Locations &amp; staff</source>
        <translation>Точки и сотрудники</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Survey entry</source>
        <translation>Ввод анкет</translation>
    </message>
    <message>
        <source>The database was upgraded; a backup was written first: %1</source>
        <translation>База данных обновлена; перед этим сделана резервная копия: %1</translation>
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
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Создать резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Export visit…</source>
        <translation>&amp;Экспортировать визит…</translation>
    </message>
    <message>
        <source>&amp;Import visit…</source>
        <translation>&amp;Импортировать визит…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About cxdesk</source>
        <translation>&amp;О программе cxdesk</translation>
    </message>
    <message>
        <source>The database in use</source>
        <translation>Открытая база данных</translation>
    </message>
    <message>
        <source>Not saved yet:

%1

Close and lose it?</source>
        <translation>Не сохранено:

%1

Закрыть и потерять это?</translation>
    </message>
    <message>
        <source>Close cxdesk</source>
        <translation>Закрыть cxdesk</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Открыть или создать базу данных</translation>
    </message>
    <message>
        <source>cxdesk databases (*.db);;All files (*)</source>
        <translation>Базы данных cxdesk (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>This database lives on a server: back it up there with the server&apos;s tools.</source>
        <translation>Эта база данных находится на сервере: делайте её резервные копии средствами сервера.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>cxdesk databases (*.db)</source>
        <translation>Базы данных cxdesk (*.db)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия создана: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message>
        <source>About cxdesk</source>
        <translation>О программе cxdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cxdesk %1&lt;/h3&gt;&lt;p&gt;Measure and improve customer service: surveys, mystery shopping, service standards and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cxdesk %1&lt;/h3&gt;&lt;p&gt;Измеряйте и улучшайте качество обслуживания клиентов: опросы, тайный покупатель, стандарты обслуживания и отчёты.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
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
        <translation>Ответов всего %1: показатель может сильно меняться случайно</translation>
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
        <translation>не с чем сравнить</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>значимо</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>незначимо</translation>
    </message>
    <message>
        <source>Comparison period: %1 (n = %2). Significant: the change is larger than chance would make it (95% level).</source>
        <translation>Период сравнения: %1 (n = %2). Значимо — изменение больше, чем могло бы получиться случайно (уровень 95%).</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Leave the field empty</source>
        <translation>Оставить поле пустым</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>n &lt; 30: few requests, the share can move a lot by chance</source>
        <translation>n &lt; 30: мало заявок, доля может сильно меняться случайно</translation>
    </message>
    <message>
        <source>Requests judged</source>
        <translation>Учтено заявок</translation>
    </message>
    <message>
        <source>Satisfied with speed</source>
        <translation>Довольны скоростью</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Gap, points</source>
        <translation>Разрыв, п. п.</translation>
    </message>
    <message>
        <source>On time minus satisfied: a team on time by its SLA whose customers still find it slow</source>
        <translation>В срок минус довольные: команда укладывается в SLA, но клиентам всё равно кажется, что медленно</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>К предыдущему месяцу</translation>
    </message>
    <message>
        <source>% change from the month before</source>
        <translation>Изменение в % к предыдущему месяцу</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>К прошлому году</translation>
    </message>
    <message>
        <source>% change from the same month a year before</source>
        <translation>Изменение в % к тому же месяцу год назад</translation>
    </message>
</context>
<context>
    <name>MysteryAnalysisTab</name>
    <message>
        <source>Mystery-shop score</source>
        <translation>Оценка тайного покупателя</translation>
    </message>
    <message>
        <source>Weighted % of the checklist points earned, over every visit of the period</source>
        <translation>Взвешенный % набранных баллов чек-листа по всем визитам за период</translation>
    </message>
    <message>
        <source>Visits passed</source>
        <translation>Пройденные визиты</translation>
    </message>
    <message>
        <source>% of visits without a failed critical item</source>
        <translation>% визитов без невыполненных критичных пунктов</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Sections by location</source>
        <translation>Разделы по точкам</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Невыполненные критичные пункты</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Тайные покупатели</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MysteryTab</name>
    <message>
        <source>Delete the submitted visit of %1 on %2 by %3? Its score leaves the reports. This cannot be undone.</source>
        <translation>Удалить сданный визит в точку «%1» от %2 (тайный покупатель: %3)? Его оценка исчезнет из отчётов. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete the unfinished visit of %1 on %2 by %3? This cannot be undone.</source>
        <translation>Удалить незавершённый визит в точку «%1» от %2 (тайный покупатель: %3)? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Удаление визита</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Тайный покупатель</translation>
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
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не пройден</translation>
    </message>
    <message>
        <source>Passing so far</source>
        <translation>Пока пройден</translation>
    </message>
    <message>
        <source>Failing so far</source>
        <translation>Пока не пройден</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Новый визит</translation>
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
        <translation>&amp;Дата визита:</translation>
    </message>
    <message>
        <source>&amp;Shopper:</source>
        <translation>&amp;Тайный покупатель:</translation>
    </message>
    <message>
        <source>Staff &amp;observed:</source>
        <translation>&amp;Наблюдаемые сотрудники:</translation>
    </message>
    <message>
        <source>The shopper&apos;s name</source>
        <translation>Имя тайного покупателя</translation>
    </message>
    <message>
        <source>Tick the staff members who served the shopper</source>
        <translation>Отметьте сотрудников, которые обслуживали тайного покупателя</translation>
    </message>
    <message>
        <source>There is no checklist: add one on the Checklists page.</source>
        <translation>Нет ни одного чек-листа: добавьте его на странице «Чек-листы».</translation>
    </message>
    <message>
        <source>There is no location: add one on the Locations page.</source>
        <translation>Нет ни одной точки: добавьте её на странице «Точки».</translation>
    </message>
</context>
<context>
    <name>OptionsTable</name>
    <message>
        <source>Add option</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <source>Move the option up</source>
        <translation>Переместить вариант вверх</translation>
    </message>
    <message>
        <source>Move the option down</source>
        <translation>Переместить вариант вниз</translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message>
        <source>Enter the name of the location.</source>
        <translation>Введите название точки.</translation>
    </message>
    <message>
        <source>Enter the name of the staff member.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Слишком длинный текст (не больше %1 символов).</translation>
    </message>
    <message>
        <source>Location %1 does not exist.</source>
        <translation>Точка %1 не найдена.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Сотрудник %1 не найден.</translation>
    </message>
    <message>
        <source>There is already a location named “%1”.</source>
        <translation>Точка с названием «%1» уже есть.</translation>
    </message>
    <message>
        <source>%n survey response|%n survey responses</source>
        <translation>%n анкета|%n анкеты|%n анкет</translation>
    </message>
    <message>
        <source>%n mystery-shop visit|%n mystery-shop visits</source>
        <translation>%n визит тайного покупателя|%n визита тайного покупателя|%n визитов тайного покупателя</translation>
    </message>
    <message>
        <source>%n staff member|%n staff members</source>
        <translation>%n сотрудник|%n сотрудника|%n сотрудников</translation>
    </message>
    <message>
        <source>%n feedback entry|%n feedback entries</source>
        <translation>%n запись журнала отзывов|%n записи журнала отзывов|%n записей журнала отзывов</translation>
    </message>
    <message>
        <source>%n service request|%n service requests</source>
        <translation>%n заявка|%n заявки|%n заявок</translation>
    </message>
    <message>
        <source>%n improvement action|%n improvement actions</source>
        <translation>%n мероприятие по улучшению|%n мероприятия по улучшению|%n мероприятий по улучшению</translation>
    </message>
    <message>
        <source>%n sales figure|%n sales figures</source>
        <translation>%n показатель продаж|%n показателя продаж|%n показателей продаж</translation>
    </message>
    <message>
        <source>%n sample plan|%n sample plans</source>
        <translation>%n план выборки|%n плана выборки|%n планов выборки</translation>
    </message>
    <message>
        <source>%n answered feedback entry|%n answered feedback entries</source>
        <translation>%n ответ в журнале отзывов|%n ответа в журнале отзывов|%n ответов в журнале отзывов</translation>
    </message>
    <message>
        <source>The location “%1” cannot be deleted: it has %2. Deactivate it instead; its records stay in the reports.</source>
        <translation>Точку «%1» нельзя удалить: с ней связаны записи (%2). Вместо этого отключите её — её записи останутся в отчётах.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the database keeps %2 for them. Deactivate them instead; their records stay in the reports.</source>
        <translation>Сотрудника «%1» нельзя удалить: в базе есть связанные с ним записи (%2). Вместо этого отключите его — записи останутся в отчётах.</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message numerus="yes">
        <source>%n locations found</source>
        <translation>
            <numerusform>Найдена %n точка</numerusform>
            <numerusform>Найдено %n точки</numerusform>
            <numerusform>Найдено %n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locations</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members found</source>
        <translation>
            <numerusform>Найден %n сотрудник</numerusform>
            <numerusform>Найдено %n сотрудника</numerusform>
            <numerusform>Найдено %n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Search name or address</source>
        <translation>Поиск по названию или адресу</translation>
    </message>
    <message>
        <source>Search name, role, location</source>
        <translation>Поиск по имени, роли, точке</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все точки</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Deactivated ones are no longer offered in new records; their records stay in the reports.</source>
        <translation>Отключённые больше не предлагаются в новых записях; их записи остаются в отчётах.</translation>
    </message>
    <message>
        <source>Delete the location “%1”? This cannot be undone.</source>
        <translation>Удалить точку «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete location</source>
        <translation>Удаление точки</translation>
    </message>
    <message>
        <source>Delete the staff member “%1”? This cannot be undone.</source>
        <translation>Удалить сотрудника «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>Удаление сотрудника</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Trend and locations</source>
        <translation>Динамика и точки</translation>
    </message>
    <message>
        <source>The band around the NPS line is its 95% interval: months whose bands overlap may differ by chance. Click a location&apos;s bar to look at it alone.</source>
        <translation>Полоса вокруг линии NPS — это его 95%-й интервал: месяцы, чьи полосы перекрываются, могут различаться случайно. Нажмите на столбец точки, чтобы посмотреть только её.</translation>
    </message>
    <message>
        <source>Locations, best to worst</source>
        <translation>Точки, от лучшей к худшей</translation>
    </message>
    <message>
        <source>NPS by month, with its 95% band</source>
        <translation>NPS по месяцам с 95%-й полосой</translation>
    </message>
    <message>
        <source>NPS by location</source>
        <translation>NPS по точкам</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
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
        <translation>В</translation>
    </message>
    <message>
        <source>Expectation: how it should be</source>
        <translation>Ожидание: как должно быть</translation>
    </message>
    <message>
        <source>Perception: how it was</source>
        <translation>Восприятие: как было</translation>
    </message>
</context>
<context>
    <name>ParetoPanel</name>
    <message>
        <source>Pareto curve</source>
        <translation>Кривая Парето</translation>
    </message>
    <message>
        <source>Customers from the largest to the smallest: how much of the revenue the first ones bring.</source>
        <translation>Клиенты от крупнейшего к самому мелкому: какую долю выручки приносят первые из них.</translation>
    </message>
    <message>
        <source>No revenue per customer in this period.</source>
        <translation>За этот период нет выручки по клиентам.</translation>
    </message>
    <message>
        <source>The top 20% (%1 of %2) bring %3 of the revenue.</source>
        <translation>Верхние 20% (%1 из %2) приносят %3 выручки.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Attach photos</source>
        <translation>Приложить фото</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.gif *.webp);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все точки</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>%1% — reached</source>
        <translation>%1% — достигнуто</translation>
    </message>
    <message>
        <source>%1% — %2 to go</source>
        <translation>%1% — осталось %2</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message numerus="yes">
        <source>%n plans found</source>
        <translation>
            <numerusform>Найден %n план</numerusform>
            <numerusform>Найдено %n плана</numerusform>
            <numerusform>Найдено %n планов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans</source>
        <translation>
            <numerusform>%n план</numerusform>
            <numerusform>%n плана</numerusform>
            <numerusform>%n планов</numerusform>
        </translation>
    </message>
    <message>
        <source>Search survey or location</source>
        <translation>Поиск по опросу или точке</translation>
    </message>
    <message>
        <source>Sample plans</source>
        <translation>Планы выборки</translation>
    </message>
    <message>
        <source>Delete sample plan</source>
        <translation>Удаление плана выборки</translation>
    </message>
    <message>
        <source>Delete this sample plan? The survey answers stay.</source>
        <translation>Удалить этот план выборки? Ответы на опрос сохранятся.</translation>
    </message>
</context>
<context>
    <name>PrintVisit</name>
    <message>
        <source>Save the visit report</source>
        <translation>Сохранение отчёта о визите</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print visit</source>
        <translation>Печать визита</translation>
    </message>
    <message>
        <source>The visit report is not part of this version of cxdesk.</source>
        <translation>Отчёт о визите не входит в эту версию cxdesk.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
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
        <translation>В срок</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-й интервал</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Still open, late</source>
        <translation>Открыты, просрочены</translation>
    </message>
    <message>
        <source>Taken into work (median)</source>
        <translation>Взяты в работу (медиана)</translation>
    </message>
    <message>
        <source>Resolved (median)</source>
        <translation>Выполнены (медиана)</translation>
    </message>
    <message>
        <source>Resolved (90%)</source>
        <translation>Выполнены (90%)</translation>
    </message>
    <message>
        <source>9 requests in 10 were resolved within this</source>
        <translation>9 заявок из 10 выполнены в пределах этого времени</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>On time by priority</source>
        <translation>В срок по приоритетам</translation>
    </message>
    <message>
        <source>Resolved within the target of their priority, counted from registration. An open request already past its target counts as late.</source>
        <translation>Выполнены в пределах норматива своего приоритета, считая от регистрации. Открытая заявка, у которой норматив уже истёк, считается просроченной.</translation>
    </message>
    <message>
        <source>%1 requests still open, %2 of them past their target (as of %3).</source>
        <translation>Ещё открыто заявок: %1, из них просрочено: %2 (на %3).</translation>
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
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Шкала:</translation>
    </message>
    <message>
        <source>Lowest point means:</source>
        <translation>Нижняя точка шкалы означает:</translation>
    </message>
    <message>
        <source>Highest point means:</source>
        <translation>Верхняя точка шкалы означает:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <source>SERVQUAL dimension:</source>
        <translation>Измерение SERVQUAL:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Подсчёт:</translation>
    </message>
    <message>
        <source>Used in reports as:</source>
        <translation>Используется в отчётах как:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Ограничить</translation>
    </message>
    <message>
        <source>Reverse-scored (a high answer is a bad sign, as SOCO selling-oriented items)</source>
        <translation>Обратная шкала (высокий ответ — плохой знак, как в пунктах SOCO об ориентации на продажу)</translation>
    </message>
    <message>
        <source>e.g. min</source>
        <translation>например, мин</translation>
    </message>
    <message>
        <source>— nothing special —</source>
        <translation>— ничего особого —</translation>
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
        <translation>%1, обязательный</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <source>1 yes, 0 no</source>
        <translation>1 — да, 0 — нет</translation>
    </message>
    <message>
        <source>one of 1–%1</source>
        <translation>один из 1–%1</translation>
    </message>
    <message>
        <source>any of 1–%1</source>
        <translation>любые из 1–%1</translation>
    </message>
    <message>
        <source>Shift+Enter: new line</source>
        <translation>Shift+Enter: новая строка</translation>
    </message>
    <message>
        <source>Only digits are taken here.</source>
        <translation>Здесь принимаются только цифры.</translation>
    </message>
</context>
<context>
    <name>QuestionScoresModel</name>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>Top two / yes</source>
        <translation>Две высшие / да</translation>
    </message>
    <message>
        <source>% of answers in the top two points of the scale; for a yes/no question, % yes</source>
        <translation>% ответов в двух высших баллах шкалы; для вопроса «да / нет» — % ответов «да»</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>да / нет</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (ожидание %2)</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 is a folder: give the report a file name.</source>
        <translation>%1 — это папка: укажите имя файла отчёта.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>В папку %1 нельзя записать.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <source>The report is saved as
%1</source>
        <translation>Отчёт сохранён как
%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>The previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>The same period last year</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Сравнить с:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Визит:</translation>
    </message>
    <message>
        <source>Language of the &amp;report:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>Visits &amp;at:</source>
        <translation>Визиты в &amp;точке:</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все точки</translation>
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
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <source>Failed: a critical item</source>
        <translation>Не пройден: критичный пункт</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Feedback sheet for %1</source>
        <translation>Лист обратной связи: %1</translation>
    </message>
    <message>
        <source>Staff feedback sheet</source>
        <translation>Лист обратной связи для сотрудника</translation>
    </message>
    <message>
        <source>SOCO, mystery-shop observations and customer scores of one staff member</source>
        <translation>SOCO, наблюдения тайных покупателей и оценки клиентов по одному сотруднику</translation>
    </message>
    <message>
        <source>SOCO total (24–216)</source>
        <translation>SOCO, сумма (24–216)</translation>
    </message>
    <message>
        <source>NPS of the customers served</source>
        <translation>NPS обслуженных клиентов</translation>
    </message>
    <message>
        <source>CSAT of the customers served, %</source>
        <translation>CSAT обслуженных клиентов, %</translation>
    </message>
    <message>
        <source>Mystery-shop score, % (n = visits)</source>
        <translation>Оценка тайного покупателя, % (n = визиты)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>n: answers, items or visits behind a figure. SOCO n: items answered of 24 (personal) and people (company). n &lt; 30: too few to rely on; read it as a hint, not a verdict.</source>
        <translation>n: ответы, пункты или визиты, на которых основан показатель. SOCO n: отвеченные утверждения из 24 (сотрудник) и число людей (компания). n &lt; 30: слишком мало, чтобы полагаться; считайте это подсказкой, а не приговором.</translation>
    </message>
    <message>
        <source>Customer orientation (SOCO)</source>
        <translation>Клиентоориентированность (SOCO)</translation>
    </message>
    <message>
        <source>No SOCO questionnaire filled by the end of the period.</source>
        <translation>К концу периода анкета SOCO не заполнена.</translation>
    </message>
    <message>
        <source>Total %1 of %2 (the range is %3–%2; higher means more customer-oriented). Company mean: %4 over %5 people.</source>
        <translation>Сумма %1 из %2 (диапазон %3–%2; чем выше, тем больше ориентация на клиента). Среднее по компании: %4 по %5 сотрудникам.</translation>
    </message>
    <message>
        <source>Incomplete questionnaire: %1 of %2 statements answered, so no total.</source>
        <translation>Анкета заполнена не полностью: отвечено %1 из %2 утверждений, поэтому сумма не считается.</translation>
    </message>
    <message>
        <source>Customer-oriented statements: %1 points; selling-oriented statements (reverse-scored): %2 points.</source>
        <translation>Утверждения об ориентации на клиента: %1 баллов; утверждения об ориентации на продажу (обратная шкала): %2 баллов.</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>No handed-in visit observed this person in the period.</source>
        <translation>За период нет сданных визитов, в которых наблюдали этого сотрудника.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
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
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Personal, %</source>
        <translation>Сотрудник, %</translation>
    </message>
    <message>
        <source>Company, %</source>
        <translation>Компания, %</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>По разделам</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Что получилось хорошо</translation>
    </message>
    <message>
        <source>No comment on a passed item.</source>
        <translation>Нет комментариев к выполненным пунктам.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>What to work on</source>
        <translation>Над чем поработать</translation>
    </message>
    <message>
        <source>No item was failed.</source>
        <translation>Невыполненных пунктов нет.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Shopper&apos;s comments</source>
        <translation>Комментарии тайного покупателя</translation>
    </message>
    <message>
        <source>Failed: answered no, or 1–3 on a 1–5 scale. Items are listed by how often they failed.</source>
        <translation>Не выполнено: ответ «нет» или 1–3 по шкале 1–5. Пункты упорядочены по частоте невыполнения.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Hard cases at any stage</source>
        <translation>Сложные ситуации на любом этапе</translation>
    </message>
    <message>
        <source>Staff handbook</source>
        <translation>Памятка для персонала</translation>
    </message>
    <message>
        <source>Service standards: stages, roles, standards, scenarios</source>
        <translation>Стандарты обслуживания: этапы, роли, стандарты, сценарии</translation>
    </message>
    <message>
        <source>Service standards: what the customer meets at every stage, who is responsible and what must happen.</source>
        <translation>Стандарты обслуживания: с чем клиент сталкивается на каждом этапе, кто за это отвечает и что должно происходить.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>The customer journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>No journey stages have been set up yet.</source>
        <translation>Этапы пути клиента ещё не заданы.</translation>
    </message>
    <message>
        <source>Standards: %1. Each is an observable behaviour that a mystery shopper can see and check.</source>
        <translation>Стандартов: %1. Каждый из них — наблюдаемое поведение, которое тайный покупатель может увидеть и проверить.</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Кто что делает</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>No standards at this stage yet.</source>
        <translation>На этом этапе стандартов пока нет.</translation>
    </message>
    <message>
        <source>Hard cases</source>
        <translation>Сложные ситуации</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Staff member #%1 does not exist</source>
        <translation>Сотрудник №%1 не найден</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>yes (95%)</source>
        <translation>да (95%)</translation>
    </message>
    <message>
        <source>NPS, points (−100…100)</source>
        <translation>NPS, баллы (−100…100)</translation>
    </message>
    <message>
        <source>CSAT, % satisfied (4–5 of 5)</source>
        <translation>CSAT, % довольных (4–5 из 5)</translation>
    </message>
    <message>
        <source>CES, mean effort score</source>
        <translation>CES, средняя оценка усилий</translation>
    </message>
    <message>
        <source>Standards kept, % of checks</source>
        <translation>Соблюдение стандартов, % проверок</translation>
    </message>
    <message>
        <source>Requests resolved on time (SLA), %</source>
        <translation>Заявки, выполненные в срок (SLA), %</translation>
    </message>
    <message>
        <source>Feedback entries answered, %</source>
        <translation>Записи журнала отзывов с ответом, %</translation>
    </message>
    <message>
        <source>SOCO, mean total 24–216 (n = people)</source>
        <translation>SOCO, средняя сумма 24–216 (n = люди)</translation>
    </message>
    <message>
        <source>Nothing, all is fine</source>
        <translation>Ничего, всё хорошо</translation>
    </message>
    <message>
        <source>Prices and discounts</source>
        <translation>Цены и скидки</translation>
    </message>
    <message>
        <source>Waiting and queues</source>
        <translation>Ожидание и очереди</translation>
    </message>
    <message>
        <source>Assortment and choice</source>
        <translation>Ассортимент и выбор</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <source>Staff and their manners</source>
        <translation>Персонал и его манеры</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
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
        <translation>Качество и свежесть</translation>
    </message>
    <message>
        <source>Atmosphere: music, light, space</source>
        <translation>Атмосфера: музыка, свет, пространство</translation>
    </message>
    <message>
        <source>Complaints book</source>
        <translation>Книга жалоб</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Отзыв в интернете</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Legal claim</source>
        <translation>Юридическая претензия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Photo %1 cannot be shown</source>
        <translation>Не удаётся показать фото %1</translation>
    </message>
    <message>
        <source>Customer service summary</source>
        <translation>Сводка по обслуживанию клиентов</translation>
    </message>
    <message>
        <source>Key figures, trends, locations, mystery shopping, standards, feedback, SLA and complaints</source>
        <translation>Ключевые показатели, динамика, точки, тайный покупатель, стандарты, отзывы, SLA и жалобы</translation>
    </message>
    <message>
        <source>Summary %1</source>
        <translation>Сводка %1</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>все точки</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Точки: %1</translation>
    </message>
    <message>
        <source>Compared with the previous period: %1</source>
        <translation>В сравнении с предыдущим периодом: %1</translation>
    </message>
    <message>
        <source>Compared with the same period last year: %1</source>
        <translation>В сравнении с тем же периодом прошлого года: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>95% margin</source>
        <translation>Погрешность (95%)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Значимо</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Before: the same figure in the comparison period. Significant: the change passes a 95% test (NPS: two-sample z test; CSAT, standards, SLA and feedback: two proportions; CES: two means). n &lt; 30: too few answers to rely on.</source>
        <translation>Было: тот же показатель в периоде сравнения. Значимо: изменение проходит проверку на уровне 95% (NPS — двухвыборочный z-тест; CSAT, стандарты, SLA и отзывы — сравнение двух долей; CES — сравнение двух средних). n &lt; 30: слишком мало ответов, чтобы полагаться.</translation>
    </message>
    <message>
        <source>n &lt; 30 in %1</source>
        <translation>n &lt; 30 в %1</translation>
    </message>
    <message>
        <source>NPS by month, with its 95% interval</source>
        <translation>NPS по месяцам с 95%-м интервалом</translation>
    </message>
    <message>
        <source>CSAT by month, % satisfied</source>
        <translation>CSAT по месяцам, % довольных</translation>
    </message>
    <message>
        <source>CSAT, %</source>
        <translation>CSAT, %</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Динамика по месяцам</translation>
    </message>
    <message>
        <source>Locations side by side</source>
        <translation>Сравнение точек</translation>
    </message>
    <message>
        <source>Mystery shop, %</source>
        <translation>Тайный покупатель, %</translation>
    </message>
    <message>
        <source>Visits passed</source>
        <translation>Пройдено визитов</translation>
    </message>
    <message>
        <source>NPS by location</source>
        <translation>NPS по точкам</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>n &lt; 30: %1</source>
        <translation>n &lt; 30: %1</translation>
    </message>
    <message>
        <source>No visit was handed in during the period.</source>
        <translation>За период не сдано ни одного визита.</translation>
    </message>
    <message>
        <source>%1 visits, %2 passed (no critical item failed); score %3 over %4 checked items.</source>
        <translation>Визитов: %1, пройдено: %2 (без невыполненных критичных пунктов); оценка %3 по %4 проверенным пунктам.</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Оценка, %</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>Проверено пунктов</translation>
    </message>
    <message>
        <source>Critical items failed</source>
        <translation>Невыполненные критичные пункты</translation>
    </message>
    <message>
        <source>No critical item was failed.</source>
        <translation>Все критичные пункты выполнены.</translation>
    </message>
    <message>
        <source>Service standards kept, by journey stage</source>
        <translation>Соблюдение стандартов обслуживания по этапам пути клиента</translation>
    </message>
    <message>
        <source>No standard was checked during the period.</source>
        <translation>За период не проверялся ни один стандарт.</translation>
    </message>
    <message>
        <source>Other standards</source>
        <translation>Прочие стандарты</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Этап пути клиента</translation>
    </message>
    <message>
        <source>Kept, %</source>
        <translation>Соблюдено, %</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверок</translation>
    </message>
    <message>
        <source>Standards kept by stage, %</source>
        <translation>Соблюдение стандартов по этапам, %</translation>
    </message>
    <message>
        <source>Kept least often</source>
        <translation>Соблюдаются реже всего</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>What customers ask us to improve</source>
        <translation>Что клиенты просят улучшить</translation>
    </message>
    <message>
        <source>Nobody answered the question in the period.</source>
        <translation>За период на этот вопрос никто не ответил.</translation>
    </message>
    <message>
        <source>%1 answers; the most frequent themes:</source>
        <translation>Ответов: %1; самые частые темы:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% ответов</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Например</translation>
    </message>
    <message>
        <source>Detractors to call back</source>
        <translation>Критики, которым нужно перезвонить</translation>
    </message>
    <message>
        <source>%1 detractors (0–6) in the period. Listed: those who left their customer details, newest first; only customers who agreed to be contacted are named.</source>
        <translation>Критиков (0–6) за период: %1. В списке — те, кто оставил контактные данные, сначала новые; по имени указаны только клиенты, согласившиеся на связь.</translation>
    </message>
    <message>
        <source>No detractor left their details.</source>
        <translation>Ни один критик не оставил контактных данных.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Only the newest %1 are listed.</source>
        <translation>Показаны только последние %1.</translation>
    </message>
    <message>
        <source>Speed: on time by the SLA, and as customers feel it</source>
        <translation>Скорость: в срок по SLA и по ощущениям клиентов</translation>
    </message>
    <message>
        <source>On time: %1 of %2 requests judged. Satisfied with the speed: %3 of %4 answers. Gap: %5 points.</source>
        <translation>В срок: %1 из %2 оценённых заявок. Довольны скоростью: %3 из %4 ответов. Разрыв: %5 п.</translation>
    </message>
    <message>
        <source>A positive gap means the team keeps its SLA more often than customers feel served quickly: the targets may be too loose.</source>
        <translation>Положительный разрыв означает, что команда соблюдает SLA чаще, чем клиенты чувствуют, что их обслужили быстро: возможно, нормативы слишком мягкие.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>On time and satisfied with the speed, % by month</source>
        <translation>В срок и довольны скоростью, % по месяцам</translation>
    </message>
    <message>
        <source>On time (SLA)</source>
        <translation>В срок (SLA)</translation>
    </message>
    <message>
        <source>Satisfied with the speed</source>
        <translation>Довольны скоростью</translation>
    </message>
    <message>
        <source>Satisfied, %</source>
        <translation>Довольны, %</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Complaints and reviews: how fast we answered</source>
        <translation>Жалобы и отзывы: как быстро мы ответили</translation>
    </message>
    <message>
        <source>The feedback log is empty for the period.</source>
        <translation>Журнал отзывов за период пуст.</translation>
    </message>
    <message>
        <source>%1 entries, %2 answered; half were answered within %3. Negative entries still unanswered: %4.</source>
        <translation>Записей: %1, с ответом: %2; на половину ответили за %3. Негативные записи без ответа: %4.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Answered, %</source>
        <translation>С ответом, %</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>Медианное время ответа</translation>
    </message>
    <message>
        <source>Negative, unanswered</source>
        <translation>Негативные без ответа</translation>
    </message>
    <message>
        <source>Mystery-shop visit #%1</source>
        <translation>Визит тайного покупателя №%1</translation>
    </message>
    <message>
        <source>Mystery-shop visit</source>
        <translation>Визит тайного покупателя</translation>
    </message>
    <message>
        <source>A checklist as the shopper handed it in, with the score added up</source>
        <translation>Чек-лист в том виде, в котором его сдал тайный покупатель, с подсчётом оценки</translation>
    </message>
    <message>
        <source>failed: %n critical item failed|failed: %n critical items failed</source>
        <translation>не пройден: не выполнен %n критичный пункт|не пройден: не выполнено %n критичных пункта|не пройден: не выполнено %n критичных пунктов</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>сдан %1</translation>
    </message>
    <message>
        <source>draft (not handed in yet)</source>
        <translation>черновик (ещё не сдан)</translation>
    </message>
    <message>
        <source>Started – ended</source>
        <translation>Начало – конец</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Staff observed</source>
        <translation>Сотрудники под наблюдением</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Shopper&apos;s notes</source>
        <translation>Заметки тайного покупателя</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичный</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Comment and photos</source>
        <translation>Комментарий и фото</translation>
    </message>
    <message>
        <source>Section total: %1 of %2 points = %3</source>
        <translation>Итого по разделу: %1 из %2 баллов = %3</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Набрано</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Возможно</translation>
    </message>
    <message>
        <source>Total %1 — %2</source>
        <translation>Итого %1 — %2</translation>
    </message>
    <message>
        <source>Points: yes earns the item&apos;s weight, no earns 0, a 1–5 answer earns (answer − 1) / 4 of it; N/A and text items are left out. A critical item answered no (or 1–2) fails the visit.</source>
        <translation>Баллы: «да» даёт вес пункта, «нет» — 0, ответ по шкале 1–5 — (ответ − 1) / 4 веса; Н/П и текстовые пункты не учитываются. Ответ «нет» (или 1–2) на критичный пункт означает, что визит не пройден.</translation>
    </message>
    <message>
        <source>Score frozen when the visit was handed in: %1</source>
        <translation>Оценка зафиксирована при сдаче визита: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Без ответа: %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Monthly summary…</source>
        <translation>&amp;Сводка за месяц…</translation>
    </message>
    <message>
        <source>&amp;Visit report…</source>
        <translation>&amp;Отчёт о визите…</translation>
    </message>
    <message>
        <source>&amp;Employee sheet…</source>
        <translation>&amp;Лист сотрудника…</translation>
    </message>
    <message>
        <source>Staff &amp;handbook…</source>
        <translation>&amp;Памятка для персонала…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>&amp;Create PDF…</source>
        <translation>&amp;Создать PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a visit from the list first.</source>
        <translation>Сначала выберите визит в списке.</translation>
    </message>
    <message>
        <source>Add a staff member first (Locations &amp; staff).</source>
        <translation>Сначала добавьте сотрудника (Точки и сотрудники).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Создать PDF</translation>
    </message>
    <message>
        <source>The report could not be created: %1</source>
        <translation>Не удалось создать отчёт: %1</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Сводка за месяц</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Отчёт о визите</translation>
    </message>
    <message>
        <source>Employee sheet</source>
        <translation>Лист сотрудника</translation>
    </message>
    <message>
        <source>Staff handbook</source>
        <translation>Памятка для персонала</translation>
    </message>
    <message>
        <source>For the monthly meeting: key figures and how they changed, the trend, locations, mystery shopping, standards kept, what customers ask for, detractors, requests and complaints.</source>
        <translation>Для ежемесячного совещания: ключевые показатели и их изменение, динамика, точки, тайный покупатель, соблюдение стандартов, пожелания клиентов, критики, заявки и жалобы.</translation>
    </message>
    <message>
        <source>One mystery-shop visit as the shopper handed it in: every item with its answer, comment and photos, and the score.</source>
        <translation>Один визит тайного покупателя в том виде, в котором он сдан: каждый пункт с ответом, комментарием и фото, а также оценка.</translation>
    </message>
    <message>
        <source>One staff member&apos;s feedback sheet: their customers&apos; NPS and satisfaction, the visits that observed them, what went well, what to work on, and their SOCO result.</source>
        <translation>Лист обратной связи для одного сотрудника: NPS и удовлетворённость его клиентов, визиты, в которых его наблюдали, что получилось хорошо, над чем поработать и результат SOCO.</translation>
    </message>
    <message>
        <source>The service standards for the staff: the customer journey stage by stage, who does what, the standards and the hard cases.</source>
        <translation>Стандарты обслуживания для персонала: путь клиента по этапам, кто что делает, стандарты и сложные ситуации.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Чтение показателей…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Формирование PDF…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <source>Cancelled: no report was saved.</source>
        <translation>Отменено: отчёт не сохранён.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Edit service request</source>
        <translation>Изменение заявки</translation>
    </message>
    <message>
        <source>&amp;Registered:</source>
        <translation>&amp;Зарегистрирована:</translation>
    </message>
    <message>
        <source>Customer as&amp;ked:</source>
        <translation>Клиент &amp;обратился:</translation>
    </message>
    <message>
        <source>&amp;Taken into work:</source>
        <translation>&amp;Взята в работу:</translation>
    </message>
    <message>
        <source>Re&amp;solved:</source>
        <translation>&amp;Выполнена:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>When the customer first asked, if earlier than the registration</source>
        <translation>Когда клиент впервые обратился, если раньше регистрации</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Что нужно клиенту</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>Choose the priority.</source>
        <translation>Выберите приоритет.</translation>
    </message>
    <message>
        <source>Enter when the request was registered.</source>
        <translation>Укажите, когда заявка зарегистрирована.</translation>
    </message>
    <message>
        <source>The customer cannot have asked after the request was registered.</source>
        <translation>Клиент не мог обратиться позже, чем заявка была зарегистрирована.</translation>
    </message>
    <message>
        <source>A request cannot be taken into work before it was registered.</source>
        <translation>Заявку нельзя взять в работу раньше, чем она зарегистрирована.</translation>
    </message>
    <message>
        <source>A request cannot be resolved before it was registered.</source>
        <translation>Заявку нельзя выполнить раньше, чем она зарегистрирована.</translation>
    </message>
    <message>
        <source>A request cannot be resolved before it was taken into work.</source>
        <translation>Заявку нельзя выполнить раньше, чем её взяли в работу.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>Слишком длинное описание (не больше %1 символов).</translation>
    </message>
    <message>
        <source>Service request %1 does not exist.</source>
        <translation>Заявка %1 не найдена.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запись %1 уже удалена.</translation>
    </message>
    <message>
        <source>This request is already in work.</source>
        <translation>Эта заявка уже в работе.</translation>
    </message>
    <message>
        <source>This request is already resolved.</source>
        <translation>Эта заявка уже выполнена.</translation>
    </message>
    <message>
        <source>Enter whole minutes from 1 to %1.</source>
        <translation>Введите целое число минут от 1 до %1.</translation>
    </message>
    <message>
        <source>The time to take into work cannot be longer than the time to resolve.</source>
        <translation>Время взятия в работу не может быть больше времени выполнения.</translation>
    </message>
</context>
<context>
    <name>RequestsAnalysisTab</name>
    <message>
        <source>Requests on time</source>
        <translation>Заявки в срок</translation>
    </message>
    <message>
        <source>% of service requests resolved within the SLA target of their priority</source>
        <translation>% заявок, выполненных в пределах норматива SLA для их приоритета</translation>
    </message>
    <message>
        <source>Satisfied with speed</source>
        <translation>Довольны скоростью</translation>
    </message>
    <message>
        <source>% of survey answers 4 or 5 to &quot;satisfied with the speed of service&quot;</source>
        <translation>% ответов 4 или 5 на вопрос «довольны ли скоростью обслуживания»</translation>
    </message>
    <message>
        <source>Gap, points</source>
        <translation>Разрыв, п.</translation>
    </message>
    <message>
        <source>On time minus satisfied with speed: large means the SLA misses what customers feel</source>
        <translation>В срок минус довольны скоростью: большой разрыв означает, что SLA не отражает ощущений клиентов</translation>
    </message>
    <message>
        <source>Time to resolve, hours</source>
        <translation>Время выполнения, ч</translation>
    </message>
    <message>
        <source>Median time from registration to resolution</source>
        <translation>Медианное время от регистрации до выполнения</translation>
    </message>
    <message>
        <source>On time and speed</source>
        <translation>Сроки и скорость</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>По приоритетам</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Время</translation>
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
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
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
        <translation>Новая</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Просрочена на %1</translation>
    </message>
    <message>
        <source>Resolved in %1</source>
        <translation>Выполнена за %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Осталось %1</translation>
    </message>
    <message>
        <source>Target: resolved within %1</source>
        <translation>Норматив: выполнить за %1</translation>
    </message>
    <message>
        <source>To be taken into work by %1</source>
        <translation>Взять в работу до %1</translation>
    </message>
    <message>
        <source>To be resolved by %1</source>
        <translation>Выполнить до %1</translation>
    </message>
    <message>
        <source>Taken into work %1</source>
        <translation>Взята в работу %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Выполнена %1</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>&amp;Take into work</source>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <source>Mark the request taken into work now</source>
        <translation>Отметить, что заявка взята в работу сейчас</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>Mark the request resolved now</source>
        <translation>Отметить, что заявка выполнена сейчас</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Нормативы SLA…</translation>
    </message>
    <message>
        <source>How soon a request of each priority must be taken into work and resolved</source>
        <translation>Как быстро заявку каждого приоритета нужно взять в работу и выполнить</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Только открытые</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <source>Search description, customer, location</source>
        <translation>Поиск по описанию, клиенту, точке</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Заявки</translation>
    </message>
    <message numerus="yes">
        <source>%n requests found</source>
        <translation>
            <numerusform>Найдена %n заявка</numerusform>
            <numerusform>Найдено %n заявки</numerusform>
            <numerusform>Найдено %n заявок</numerusform>
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
        <translation>Удалить заявку №%1 «%2»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete service request</source>
        <translation>Удаление заявки</translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message>
        <source>Unknown question %1</source>
        <translation>Неизвестный вопрос %1</translation>
    </message>
    <message>
        <source>%1: an answer is required</source>
        <translation>%1: нужен ответ</translation>
    </message>
    <message>
        <source>The response has no answers</source>
        <translation>В анкете нет ни одного ответа</translation>
    </message>
    <message>
        <source>The survey no longer exists</source>
        <translation>Опрос уже удалён</translation>
    </message>
    <message>
        <source>The location no longer exists</source>
        <translation>Точка уже удалена</translation>
    </message>
    <message>
        <source>The staff member no longer exists</source>
        <translation>Сотрудник уже удалён</translation>
    </message>
    <message>
        <source>The customer no longer exists</source>
        <translation>Клиент уже удалён</translation>
    </message>
    <message>
        <source>The response no longer exists</source>
        <translation>Анкета уже удалена</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>e.g. Cashier, Sales assistant, Manager</source>
        <translation>например, кассир, продавец-консультант, управляющий</translation>
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
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 of %2 roles shown</source>
        <translation>Показано ролей: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n роль</numerusform>
            <numerusform>%n роли</numerusform>
            <numerusform>%n ролей</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role “%1”? Its duties at every stage go with it.</source>
        <translation>Удалить роль «%1»? Её обязанности на всех этапах будут удалены вместе с ней.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Удаление роли</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Row %1: enter the month.</source>
        <translation>Строка %1: укажите месяц.</translation>
    </message>
    <message>
        <source>Row %1: enter a number.</source>
        <translation>Строка %1: введите число.</translation>
    </message>
    <message>
        <source>Row %1: the revenue cannot be negative.</source>
        <translation>Строка %1: выручка не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Row %1: the product name is too long.</source>
        <translation>Строка %1: слишком длинное название товара.</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запись %1 уже удалена.</translation>
    </message>
    <message>
        <source>Line %1: there is no location “%2”.</source>
        <translation>Строка %1: точки «%2» нет.</translation>
    </message>
    <message>
        <source>Line %1: there is no customer “%2”.</source>
        <translation>Строка %1: клиента «%2» нет.</translation>
    </message>
    <message>
        <source>Sample plan %1 does not exist.</source>
        <translation>План выборки %1 не найден.</translation>
    </message>
    <message>
        <source>Choose the survey.</source>
        <translation>Выберите опрос.</translation>
    </message>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>Укажите первый и последний день.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
    <message>
        <source>Enter the number of conversations, 1 to %1.</source>
        <translation>Укажите число бесед, от 1 до %1.</translation>
    </message>
    <message>
        <source>The location no longer exists.</source>
        <translation>Точка уже удалена.</translation>
    </message>
    <message>
        <source>… and %1 more lines with errors.</source>
        <translation>… и ещё строк с ошибками: %1.</translation>
    </message>
    <message>
        <source>There is nothing to read in the pasted text.</source>
        <translation>Во вставленном тексте нечего прочитать.</translation>
    </message>
    <message>
        <source>Line %1: the header has no month column.</source>
        <translation>Строка %1: в заголовке нет столбца с месяцем.</translation>
    </message>
    <message>
        <source>Line %1: the header has no revenue column.</source>
        <translation>Строка %1: в заголовке нет столбца с выручкой.</translation>
    </message>
    <message>
        <source>No column of amounts found: paste the month and the revenue.</source>
        <translation>Не найден столбец с суммами: вставьте месяц и выручку.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a month (write e.g. 2026-05 or 05.2026).</source>
        <translation>Строка %1: «%2» — не месяц (пишите, например, 2026-05 или 05.2026).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an amount.</source>
        <translation>Строка %1: «%2» — не сумма.</translation>
    </message>
    <message>
        <source>Line %1: the revenue cannot be negative.</source>
        <translation>Строка %1: выручка не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity.</source>
        <translation>Строка %1: «%2» — не количество.</translation>
    </message>
</context>
<context>
    <name>SalesAnalysisTab</name>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>The period&apos;s revenue; n = the sales figures it adds up</source>
        <translation>Выручка за период; n = число сложенных показателей продаж</translation>
    </message>
    <message>
        <source>Growth a year (CAGR)</source>
        <translation>Рост за год (CAGR)</translation>
    </message>
    <message>
        <source>(last month / first month)^(1 / years) − 1 over the period</source>
        <translation>(последний месяц / первый месяц)^(1 / годы) − 1 за период</translation>
    </message>
    <message>
        <source>Top 20% of customers</source>
        <translation>Топ-20% клиентов</translation>
    </message>
    <message>
        <source>Share of the revenue the largest fifth of the customers bring</source>
        <translation>Доля выручки, которую приносит пятая часть самых крупных клиентов</translation>
    </message>
    <message>
        <source>NPS of known customers</source>
        <translation>NPS известных клиентов</translation>
    </message>
    <message>
        <source>NPS of the customers on the list, each by their latest answer</source>
        <translation>NPS клиентов из списка, каждого по его последнему ответу</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
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
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Promoters and detractors</source>
        <translation>Промоутеры и критики</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
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
        <translation>— все точки —</translation>
    </message>
    <message>
        <source>— all customers —</source>
        <translation>— все клиенты —</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Отменить ещё не сохранённые изменения</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet…</source>
        <translation>&amp;Вставить из таблицы…</translation>
    </message>
    <message>
        <source>Copy the month, revenue (and quantity, product, location, customer) columns in Excel or Google Sheets, then press Ctrl+V here</source>
        <translation>Скопируйте в Excel или Google Таблицах столбцы с месяцем и выручкой (а также количеством, товаром, точкой, клиентом) и нажмите здесь Ctrl+V</translation>
    </message>
    <message>
        <source>Search product, location, customer, month</source>
        <translation>Поиск по товару, точке, клиенту, месяцу</translation>
    </message>
    <message numerus="yes">
        <source>%n figures found</source>
        <translation>
            <numerusform>Найден %n показатель</numerusform>
            <numerusform>Найдено %n показателя</numerusform>
            <numerusform>Найдено %n показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n показатель</numerusform>
            <numerusform>%n показателя</numerusform>
            <numerusform>%n показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n figures from the database? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n показатель из базы данных? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n показателя из базы данных? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n показателей из базы данных? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete figures</source>
        <translation>Удаление показателей</translation>
    </message>
    <message>
        <source>Saved: %1 added, %2 updated.</source>
        <translation>Сохранено: добавлено %1, обновлено %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Sales figures</source>
        <translation>Показатели продаж</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet?</source>
        <translation>Отменить ещё не сохранённые изменения?</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставка</translation>
    </message>
    <message>
        <source>Save or revert the changes in the grid first.</source>
        <translation>Сначала сохраните или отмените изменения в таблице.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Импортировано: добавлено %1, обновлено %2.</translation>
    </message>
</context>
<context>
    <name>SalesGridModel</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>A product name has at most %1 characters.</source>
        <translation>Название товара — не больше %1 символов.</translation>
    </message>
    <message>
        <source>“%1” is not a month: write e.g. 05.2026, 2026-05 or May 2026.</source>
        <translation>«%1» — не месяц: пишите, например, 05.2026, 2026-05 или май 2026.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>The figure cannot be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Row %1: enter the month.</source>
        <translation>Строка %1: укажите месяц.</translation>
    </message>
    <message>
        <source>Row %1: enter the revenue.</source>
        <translation>Строка %1: укажите выручку.</translation>
    </message>
    <message>
        <source>Row %1: row %2 already has this month, location, product and customer.</source>
        <translation>Строка %1: в строке %2 уже есть такие же месяц, точка, товар и клиент.</translation>
    </message>
</context>
<context>
    <name>SalesPasteDialog</name>
    <message>
        <source>Paste sales figures</source>
        <translation>Вставка показателей продаж</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
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
        <translation>Клиент</translation>
    </message>
    <message numerus="yes">
        <source>%n lines read. Check how they were understood, then import them.</source>
        <translation>
            <numerusform>Прочитана %n строка. Проверьте, как она распознана, и импортируйте.</numerusform>
            <numerusform>Прочитано %n строки. Проверьте, как они распознаны, и импортируйте их.</numerusform>
            <numerusform>Прочитано %n строк. Проверьте, как они распознаны, и импортируйте их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines cannot be read: correct them in the spreadsheet and paste again.</source>
        <translation>Некоторые строки не удалось прочитать: исправьте их в таблице и вставьте снова.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct these lines in the spreadsheet and paste again.</source>
        <translation>Ничего не сохранено: исправьте эти строки в таблице и вставьте снова.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Sales figures</source>
        <translation>Показатели продаж</translation>
    </message>
    <message>
        <source>Sample plans</source>
        <translation>Планы выборки</translation>
    </message>
    <message>
        <source>How many customers to talk to with a survey, and how far each plan has got</source>
        <translation>Скольких клиентов опросить и насколько выполнен каждый план</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sales figures changed and not saved</source>
        <translation>
            <numerusform>%n строка продаж изменена и не сохранена</numerusform>
            <numerusform>%n строки продаж изменены и не сохранены</numerusform>
            <numerusform>%n строк продаж изменены и не сохранены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplePlanDialog</name>
    <message>
        <source>New sample plan</source>
        <translation>Новый план выборки</translation>
    </message>
    <message>
        <source>Edit sample plan</source>
        <translation>Изменение плана выборки</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Опрос:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>La&amp;st day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Число бесед:</translation>
    </message>
    <message>
        <source>e.g. 5 customers a day for 5 days = 25</source>
        <translation>например, 5 клиентов в день в течение 5 дней = 25</translation>
    </message>
    <message>
        <source>— all locations —</source>
        <translation>— все точки —</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>New scenario</source>
        <translation>Новая сложная ситуация</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Изменение сложной ситуации</translation>
    </message>
    <message>
        <source>Hard case:</source>
        <translation>Сложная ситуация:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Риск:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>— any stage —</source>
        <translation>— любой этап —</translation>
    </message>
    <message>
        <source>e.g. The card terminal does not work</source>
        <translation>например, не работает платёжный терминал</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Hard case</source>
        <translation>Сложная ситуация</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>any stage</source>
        <translation>любой этап</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios shown</source>
        <translation>Показано сложных ситуаций: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n сложная ситуация</numerusform>
            <numerusform>%n сложные ситуации</numerusform>
            <numerusform>%n сложных ситуаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the scenario “%1”?</source>
        <translation>Удалить сложную ситуацию «%1»?</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Удаление сложной ситуации</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>Submit…</source>
        <translation>Сдать…</translation>
    </message>
    <message>
        <source>Every change is saved at once, as a draft</source>
        <translation>Каждое изменение сразу сохраняется как черновик</translation>
    </message>
    <message>
        <source>Check that every required item is answered, then lock the visit and freeze its score</source>
        <translation>Проверить, что на все обязательные пункты есть ответ, затем заблокировать визит и зафиксировать оценку</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Отвечено %1 из %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>Frozen when the visit was submitted on %1, with checklist version %2</source>
        <translation>Зафиксирована при сдаче визита %1, версия чек-листа %2</translation>
    </message>
    <message>
        <source>Score so far %1</source>
        <translation>Текущая оценка %1</translation>
    </message>
    <message numerus="yes">
        <source>Weighted over the %n scored items; N/A and text items are left out</source>
        <translation>
            <numerusform>Взвешенная по %n оцениваемому пункту; Н/П и текстовые пункты не учитываются</numerusform>
            <numerusform>Взвешенная по %n оцениваемым пунктам; Н/П и текстовые пункты не учитываются</numerusform>
            <numerusform>Взвешенная по %n оцениваемым пунктам; Н/П и текстовые пункты не учитываются</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: critical item %2</source>
        <translation>%1: критичный пункт %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <source>e.g. Sales floor</source>
        <translation>например, торговый зал</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>(no title yet)</source>
        <translation>(заголовка пока нет)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(текста пока нет)</translation>
    </message>
    <message>
        <source>Critical: a “no” fails the visit</source>
        <translation>Критичный: ответ «нет» означает, что визит не пройден</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Sections by location</source>
        <translation>Разделы по точкам</translation>
    </message>
    <message>
        <source>Weighted % of the points earned in each checklist section, per location; red is the weakest, green the strongest of the table. Empty: nothing scored.</source>
        <translation>Взвешенный % набранных баллов в каждом разделе чек-листа по точкам; красный — самый слабый, зелёный — самый сильный результат в таблице. Пусто: нет оценок.</translation>
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
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation>Восприятие</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
</context>
<context>
    <name>ServqualPanel</name>
    <message>
        <source>SERVQUAL: perception against expectation</source>
        <translation>SERVQUAL: восприятие против ожиданий</translation>
    </message>
    <message>
        <source>Gap = what customers got − what they expect, on the 1–7 scale; below zero the service falls short.</source>
        <translation>Разрыв = что клиенты получили − чего они ожидают, по шкале 1–7; ниже нуля — обслуживание не дотягивает до ожиданий.</translation>
    </message>
    <message>
        <source>No SERVQUAL questionnaire was answered with this filter.</source>
        <translation>С этим фильтром нет ни одной заполненной анкеты SERVQUAL.</translation>
    </message>
    <message>
        <source>Overall gap %1 over %2 answered pairs</source>
        <translation>Общий разрыв %1 по %2 парам ответов</translation>
    </message>
    <message>
        <source>Gap by dimension</source>
        <translation>Разрыв по измерениям</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Enter the name of your shop or branch.</source>
        <translation>Введите название магазина или филиала.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Слишком длинное название (не больше %1 символов).</translation>
    </message>
</context>
<context>
    <name>ShoppersModel</name>
    <message>
        <source>Shopper</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Оценено пунктов</translation>
    </message>
    <message>
        <source>Visits passed</source>
        <translation>Пройдено визитов</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>Against the others</source>
        <translation>Относительно остальных</translation>
    </message>
    <message>
        <source>Their score minus the score of the other shoppers&apos; visits to the same locations, in points: far from 0, they may judge harder or softer than the rest</source>
        <translation>Его оценка минус оценка визитов других тайных покупателей в те же точки, в процентных пунктах: если далеко от 0, он может оценивать строже или мягче остальных</translation>
    </message>
    <message>
        <source>n &lt; 30: few visits, the share can move a lot by chance</source>
        <translation>n &lt; 30: мало визитов, доля может сильно меняться случайно</translation>
    </message>
</context>
<context>
    <name>ShoppersPanel</name>
    <message>
        <source>Shoppers compared</source>
        <translation>Сравнение тайных покупателей</translation>
    </message>
    <message>
        <source>A shopper whose scores sit far from the others&apos; at the same locations may be judging harder or softer: worth a word before trusting a change.</source>
        <translation>Тайный покупатель, чьи оценки сильно отличаются от оценок других в тех же точках, возможно, оценивает строже или мягче: стоит поговорить с ним, прежде чем доверять изменению.</translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>Нормативы SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Register within</source>
        <translation>Зарегистрировать за</translation>
    </message>
    <message>
        <source>Take into work within</source>
        <translation>Взять в работу за</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Выполнить за</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>In minutes: 60 = an hour, 480 = 8 hours, 1440 = 24 hours. An open request shows the time left to its next target: first to be taken into work, then resolved.</source>
        <translation>В минутах: 60 = час, 480 = 8 часов, 1440 = 24 часа. Для открытой заявки показывается время до ближайшего норматива: сначала до взятия в работу, затем до выполнения.</translation>
    </message>
    <message>
        <source>The time to take into work cannot be longer than the time to resolve.</source>
        <translation>Время взятия в работу не может быть больше времени выполнения.</translation>
    </message>
</context>
<context>
    <name>SpeedPanel</name>
    <message>
        <source>On time per SLA and satisfied with speed</source>
        <translation>В срок по SLA и довольны скоростью</translation>
    </message>
    <message>
        <source>Requests by the month they were registered; answers to &quot;satisfied with the speed&quot; (4–5 of 5) by the month they were given. Where the lines part, the SLA measures something customers do not feel.</source>
        <translation>Заявки — по месяцу регистрации; ответы на вопрос «довольны ли скоростью» (4–5 из 5) — по месяцу ответа. Где линии расходятся, SLA измеряет то, чего клиенты не ощущают.</translation>
    </message>
</context>
<context>
    <name>StaffAnalysisTab</name>
    <message>
        <source>SOCO, team average</source>
        <translation>SOCO, среднее по команде</translation>
    </message>
    <message>
        <source>24–216, higher is more customer-oriented; n = people with a complete questionnaire</source>
        <translation>24–216, чем выше, тем больше ориентация на клиента; n = люди с полностью заполненной анкетой</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Weighted score of the visits that observed the people listed</source>
        <translation>Взвешенная оценка визитов, в которых наблюдали сотрудников из списка</translation>
    </message>
    <message>
        <source>NPS of their customers</source>
        <translation>NPS их клиентов</translation>
    </message>
    <message>
        <source>NPS of the customers the people listed served</source>
        <translation>NPS клиентов, которых обслужили сотрудники из списка</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>SOCO and NPS</source>
        <translation>SOCO и NPS</translation>
    </message>
    <message>
        <source>Each employee</source>
        <translation>Каждый сотрудник</translation>
    </message>
    <message>
        <source>Every figure beside the answers or visits it rests on; &quot;—&quot;: nothing in the period. Compare people only where both have enough answers.</source>
        <translation>Каждый показатель рядом с числом ответов или визитов, на которых он основан; «—»: за период ничего нет. Сравнивайте людей, только если у обоих достаточно ответов.</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffChannelsPanel</name>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <source>The employee who served the customer; grey rows rest on fewer than 30 answers.</source>
        <translation>Сотрудник, который обслуживал клиента; серые строки основаны менее чем на 30 ответах.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>NPS by staff member</source>
        <translation>NPS по сотрудникам</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Изменение сотрудника</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
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
        <translation>Работает здесь:</translation>
    </message>
    <message>
        <source>&amp;Active (offered in new records)</source>
        <translation>&amp;Активен (предлагается в новых записях)</translation>
    </message>
    <message>
        <source>e.g. Olena Kovalenko</source>
        <translation>например, Елена Коваленко</translation>
    </message>
    <message>
        <source>e.g. cashier, sales assistant, manager</source>
        <translation>например, кассир, продавец-консультант, управляющий</translation>
    </message>
    <message>
        <source>— any location —</source>
        <translation>— любая точка —</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>whole chain</source>
        <translation>вся сеть</translation>
    </message>
    <message>
        <source>24–216: higher is more customer-oriented; the latest questionnaire up to the period&apos;s end</source>
        <translation>24–216: чем выше, тем больше ориентация на клиента; последняя анкета до конца периода</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>%1 checklist items scored</source>
        <translation>Оценено пунктов чек-листа: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>n &lt; 30: only %1 answers, the NPS can move a lot by chance</source>
        <translation>n &lt; 30: всего ответов: %1, NPS может сильно меняться случайно</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Изменение этапа</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>What the customer meets:</source>
        <translation>С чем сталкивается клиент:</translation>
    </message>
    <message>
        <source>e.g. Entrance, Sales floor, Checkout</source>
        <translation>например, вход, торговый зал, касса</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <source>Customer journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the stage earlier (Ctrl+Up)</source>
        <translation>Переместить этап раньше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the stage later (Ctrl+Down)</source>
        <translation>Переместить этап позже (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Drag a stage to change the order of the journey.</source>
        <translation>Перетащите этап, чтобы изменить порядок пути клиента.</translation>
    </message>
    <message>
        <source>%1 of %2 stages shown</source>
        <translation>Показано этапов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stages</source>
        <translation>
            <numerusform>%n этап</numerusform>
            <numerusform>%n этапа</numerusform>
            <numerusform>%n этапов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? The duties of its roles go with it.</source>
        <translation>Удалить этап «%1»? Обязанности ролей на этом этапе будут удалены вместе с ним.</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Удаление этапа</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>New standard</source>
        <translation>Новый стандарт</translation>
    </message>
    <message>
        <source>Edit standard</source>
        <translation>Изменение стандарта</translation>
    </message>
    <message>
        <source>What must happen:</source>
        <translation>Что должно происходить:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>Кто выполняет:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>— anyone at this stage —</source>
        <translation>— любой на этом этапе —</translation>
    </message>
    <message>
        <source>Active (checked and printed in the handbook)</source>
        <translation>Активен (проверяется и печатается в памятке)</translation>
    </message>
    <message>
        <source>Something a mystery shopper can see, e.g. “Greets the customer within 10 seconds”</source>
        <translation>То, что может увидеть тайный покупатель, например «Приветствует клиента в течение 10 секунд»</translation>
    </message>
    <message>
        <source>Add a stage of the journey first.</source>
        <translation>Сначала добавьте этап пути клиента.</translation>
    </message>
</context>
<context>
    <name>StandardLinks</name>
    <message>
        <source>Checklist %1 no longer exists.</source>
        <translation>Чек-лист %1 уже удалён.</translation>
    </message>
    <message>
        <source>Item %1 is not in this checklist.</source>
        <translation>Пункта %1 нет в этом чек-листе.</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запись %1 уже удалена.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is used by %2.</source>
        <translation>«%1» нельзя удалить: на него ссылаются %2.</translation>
    </message>
    <message>
        <source>%n standard|%n standards</source>
        <translation>%n стандарт|%n стандарта|%n стандартов</translation>
    </message>
    <message>
        <source>%n scenario|%n scenarios</source>
        <translation>%n сложная ситуация|%n сложные ситуации|%n сложных ситуаций</translation>
    </message>
    <message>
        <source>The new order must list every stage exactly once.</source>
        <translation>В новом порядке каждый этап должен встречаться ровно один раз.</translation>
    </message>
    <message>
        <source>Choose the stage of the journey.</source>
        <translation>Выберите этап пути клиента.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is checked by %2. Deactivate it instead.</source>
        <translation>«%1» нельзя удалить: его проверяют %2. Вместо этого отключите его.</translation>
    </message>
    <message>
        <source>%n checklist item|%n checklist items</source>
        <translation>%n пункт чек-листа|%n пункта чек-листа|%n пунктов чек-листа</translation>
    </message>
</context>
<context>
    <name>StandardsAnalysisTab</name>
    <message>
        <source>Standards kept</source>
        <translation>Соблюдение стандартов</translation>
    </message>
    <message>
        <source>% of the service-standard checks passed in the period&apos;s mystery-shop visits</source>
        <translation>% пройденных проверок стандартов обслуживания в визитах тайных покупателей за период</translation>
    </message>
    <message>
        <source>By stage and role</source>
        <translation>По этапам и ролям</translation>
    </message>
    <message>
        <source>By standard</source>
        <translation>По стандартам</translation>
    </message>
    <message>
        <source>Kept least often</source>
        <translation>Соблюдаются реже всего</translation>
    </message>
    <message>
        <source>Journey stage × role</source>
        <translation>Этап пути клиента × роль</translation>
    </message>
    <message>
        <source>% of checks passed for the standards of each stage that each role must keep. Click a cell to see the checks behind it.</source>
        <translation>% пройденных проверок стандартов каждого этапа, которые должна соблюдать каждая роль. Щёлкните ячейку, чтобы увидеть стоящие за ней проверки.</translation>
    </message>
    <message>
        <source>Every standard</source>
        <translation>Все стандарты</translation>
    </message>
    <message>
        <source>In journey order. Click a standard to see its checks; grey: fewer than 30.</source>
        <translation>В порядке пути клиента. Щёлкните стандарт, чтобы увидеть его проверки; серым: меньше 30.</translation>
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
        <translation>Этап</translation>
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
        <translation>Соблюдено</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверок</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>n &lt; 30: few checks, the share can move a lot by chance</source>
        <translation>n &lt; 30: мало проверок, доля может сильно меняться случайно</translation>
    </message>
</context>
<context>
    <name>StandardsPanel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Проверяется в</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Checklist items…</source>
        <translation>Пункты чек-листа…</translation>
    </message>
    <message>
        <source>Choose the checklist items that check this standard</source>
        <translation>Выбрать пункты чек-листа, которые проверяют этот стандарт</translation>
    </message>
    <message>
        <source>Active standards that no item of a checklist in use checks yet</source>
        <translation>Активные стандарты, которые пока не проверяет ни один пункт используемых чек-листов</translation>
    </message>
    <message numerus="yes">
        <source>Not checked yet: %n</source>
        <translation>
            <numerusform>Ещё не проверяется: %n</numerusform>
            <numerusform>Ещё не проверяются: %n</numerusform>
            <numerusform>Ещё не проверяются: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверяется</translation>
    </message>
    <message>
        <source>No item of a checklist in use checks this standard: link one with “Checklist items…”.</source>
        <translation>Этот стандарт не проверяет ни один пункт используемых чек-листов: привяжите пункт через «Пункты чек-листа…».</translation>
    </message>
    <message>
        <source>%1 of %2 standards shown</source>
        <translation>Показано стандартов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n standards</source>
        <translation>
            <numerusform>%n стандарт</numerusform>
            <numerusform>%n стандарта</numerusform>
            <numerusform>%n стандартов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a stage first.</source>
        <translation>Сначала добавьте этап.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Checked by: %1</source>
        <translation>Проверяется в: %1</translation>
    </message>
    <message>
        <source>No checklist in use checks it yet.</source>
        <translation>Пока не проверяется ни в одном используемом чек-листе.</translation>
    </message>
    <message>
        <source>Delete the standard “%1”?</source>
        <translation>Удалить стандарт «%1»?</translation>
    </message>
    <message>
        <source>Delete standard</source>
        <translation>Удаление стандарта</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Пункты чек-листа</translation>
    </message>
    <message>
        <source>There is no checklist in use yet: add one on the Templates page.</source>
        <translation>Используемых чек-листов пока нет: добавьте чек-лист на странице «Шаблоны».</translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <source>Search stages, roles, standards, scenarios</source>
        <translation>Поиск по этапам, ролям, стандартам, сложным ситуациям</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Print handbook…</source>
        <translation>Печать памятки…</translation>
    </message>
    <message>
        <source>A PDF for the staff: every stage, who does what, the standards and hard cases</source>
        <translation>PDF для персонала: все этапы, кто что делает, стандарты и сложные ситуации</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the stages, roles, duties, standards and hard cases to a file; another cxdesk adds them with Templates → Import…</source>
        <translation>Сохранить этапы, роли, обязанности, стандарты и сложные случаи в файл; другой cxdesk добавит их через Шаблоны → Импорт…</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Roles and duties</source>
        <translation>Роли и обязанности</translation>
    </message>
    <message>
        <source>Hard cases</source>
        <translation>Сложные ситуации</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to cxdesk</source>
        <translation>Добро пожаловать в cxdesk</translation>
    </message>
    <message>
        <source>This database is empty. How would you like to begin?</source>
        <translation>Эта база данных пуста. С чего начнём?</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Загрузить демо-данные</translation>
    </message>
    <message>
        <source>A small chain with shops, staff, customers, survey answers and mystery-shop visits, to try every screen. Use a separate database for your real data.</source>
        <translation>Небольшая сеть магазинов с сотрудниками, клиентами, ответами на опросы и визитами тайного покупателя — чтобы опробовать все экраны. Для настоящих данных заведите отдельную базу.</translation>
    </message>
    <message>
        <source>&amp;Start empty, with my shop:</source>
        <translation>&amp;Начать с нуля, с моим магазином:</translation>
    </message>
    <message>
        <source>Name of your shop or branch</source>
        <translation>Название магазина или филиала</translation>
    </message>
    <message>
        <source>Enter the name of your shop or branch.</source>
        <translation>Введите название магазина или филиала.</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>9 in 10 within</source>
        <translation>90% — не дольше</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Requests with both times of this step: %1</source>
        <translation>Заявок с обеими отметками времени этого шага: %1</translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>Submit visit</source>
        <translation>Сдача визита</translation>
    </message>
    <message>
        <source>Submit this visit? Its answers are then locked and its score is frozen.</source>
        <translation>Сдать этот визит? После этого ответы будут заблокированы, а оценка зафиксирована.</translation>
    </message>
    <message>
        <source>The end time is recorded now.</source>
        <translation>Время окончания будет записано сейчас.</translation>
    </message>
    <message>
        <source>The visit is submitted. Score %1 — %2.</source>
        <translation>Визит сдан. Оценка %1 — %2.</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>New survey</source>
        <translation>Новый опрос</translation>
    </message>
    <message>
        <source>Survey “%1”</source>
        <translation>Опрос «%1»</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ask it earlier</source>
        <translation>Задать раньше</translation>
    </message>
    <message>
        <source>Ask it later</source>
        <translation>Задать позже</translation>
    </message>
    <message numerus="yes">
        <source>This survey already has %n responses. Saving creates version %1; the responses given so far keep version %2 as it was.</source>
        <translation>
            <numerusform>У этого опроса уже есть %n анкета. При сохранении будет создана версия %1; уже заполненные анкеты сохранят версию %2 в прежнем виде.</numerusform>
            <numerusform>У этого опроса уже есть %n анкеты. При сохранении будет создана версия %1; уже заполненные анкеты сохранят версию %2 в прежнем виде.</numerusform>
            <numerusform>У этого опроса уже есть %n анкет. При сохранении будет создана версия %1; уже заполненные анкеты сохранят версию %2 в прежнем виде.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(текста пока нет)</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the survey.</source>
        <translation>Введите название опроса.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Добавьте хотя бы один вопрос.</translation>
    </message>
    <message>
        <source>Enter the question in at least one language.</source>
        <translation>Введите вопрос хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation>Для вопроса с выбором нужно не меньше двух вариантов.</translation>
    </message>
    <message>
        <source>Every option needs its text.</source>
        <translation>У каждого варианта должен быть текст.</translation>
    </message>
    <message>
        <source>The lowest point must be below the highest.</source>
        <translation>Нижняя точка шкалы должна быть меньше верхней.</translation>
    </message>
    <message>
        <source>Name both ends of the scale, or neither.</source>
        <translation>Подпишите оба конца шкалы или ни одного.</translation>
    </message>
    <message>
        <source>Question %1 already plays this part in reports; choose it for one question only.</source>
        <translation>Вопрос %1 уже выполняет эту роль в отчётах; выберите её только для одного вопроса.</translation>
    </message>
</context>
<context>
    <name>SurveyEntryTab</name>
    <message>
        <source>Another survey: a new batch started; saved cards stay saved.</source>
        <translation>Другой опрос: начата новая пачка; сохранённые анкеты остаются сохранёнными.</translation>
    </message>
    <message>
        <source>a correction of a survey card, not saved</source>
        <translation>исправление анкеты, не сохранено</translation>
    </message>
    <message>
        <source>a survey card typed in and not saved</source>
        <translation>введённая анкета, не сохранена</translation>
    </message>
    <message>
        <source>Card %1 saved.</source>
        <translation>Анкета %1 сохранена.</translation>
    </message>
    <message>
        <source>Card %1 corrected.</source>
        <translation>Анкета %1 исправлена.</translation>
    </message>
    <message>
        <source>The card being typed is not saved. Drop it and open card %1?</source>
        <translation>Вводимая анкета не сохранена. Отбросить её и открыть анкету %1?</translation>
    </message>
    <message>
        <source>Correct a card</source>
        <translation>Исправление анкеты</translation>
    </message>
    <message>
        <source>Correcting card %1: the last Enter saves it, Esc cancels.</source>
        <translation>Исправление анкеты %1: последний Enter сохраняет её, Esc отменяет.</translation>
    </message>
    <message>
        <source>Correction cancelled; the saved card is unchanged.</source>
        <translation>Исправление отменено; сохранённая анкета не изменилась.</translation>
    </message>
    <message>
        <source>Delete card %1 of this batch from the database?</source>
        <translation>Удалить анкету %1 этой пачки из базы данных?</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Удаление анкеты</translation>
    </message>
    <message>
        <source>Card %1 deleted.</source>
        <translation>Анкета %1 удалена.</translation>
    </message>
    <message>
        <source>Nothing to undo in this batch.</source>
        <translation>В этой пачке нечего отменять.</translation>
    </message>
    <message>
        <source>Card %1 removed (undo).</source>
        <translation>Анкета %1 убрана (отмена).</translation>
    </message>
    <message>
        <source>A new batch started; the cards saved before stay saved.</source>
        <translation>Начата новая пачка; ранее сохранённые анкеты остаются сохранёнными.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Survey entry</source>
        <translation>Ввод анкет</translation>
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
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Ответы CSAT</translation>
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
        <translation>Оценка по вопросам</translation>
    </message>
    <message>
        <source>Every scored question of the surveys in the filter; grey rows rest on fewer than 30 answers.</source>
        <translation>Все вопросы с оценкой из опросов, выбранных в фильтре; серые строки основаны менее чем на 30 ответах.</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors, %</source>
        <translation>Промоутеры, нейтралы и критики, %</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% ответов</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Промоутеры (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Нейтралы (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Критики (0–6)</translation>
    </message>
    <message>
        <source>n &lt; 30: the shares can move a lot by chance</source>
        <translation>n &lt; 30: доли могут сильно меняться случайно</translation>
    </message>
    <message>
        <source>Answers per NPS score</source>
        <translation>Ответы по оценкам NPS</translation>
    </message>
</context>
<context>
    <name>SurveyTemplates</name>
    <message>
        <source>Survey %1 does not exist.</source>
        <translation>Опрос %1 не найден.</translation>
    </message>
    <message>
        <source>There is no survey “%1”.</source>
        <translation>Опроса «%1» нет.</translation>
    </message>
    <message>
        <source>Enter the name of the survey.</source>
        <translation>Введите название опроса.</translation>
    </message>
    <message>
        <source>Question %1: enter its text and the text of every option.</source>
        <translation>Вопрос %1: введите его текст и текст каждого варианта.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>The key may hold only a-z, 0-9 and _ (at most 64).</source>
        <translation>Ключ может содержать только a-z, 0-9 и _ (не больше 64 символов).</translation>
    </message>
    <message>
        <source>There is already a template with the key “%1”.</source>
        <translation>Шаблон с ключом «%1» уже есть.</translation>
    </message>
    <message>
        <source>%n response|%n responses</source>
        <translation>%n анкета|%n анкеты|%n анкет</translation>
    </message>
    <message>
        <source>%n sample plan|%n sample plans</source>
        <translation>%n план выборки|%n плана выборки|%n планов выборки</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it has %2. Archive it instead.</source>
        <translation>«%1» нельзя удалить: с ним связаны записи (%2). Вместо этого отправьте его в архив.</translation>
    </message>
</context>
<context>
    <name>SurveyTrendPanel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES over time</source>
        <translation>NPS, CSAT и CES в динамике</translation>
    </message>
    <message>
        <source>The band is the NPS&apos;s 95% interval; a period without answers leaves a gap.</source>
        <translation>Полоса — 95%-й интервал NPS; период без ответов оставляет разрыв.</translation>
    </message>
    <message>
        <source>NPS with its 95% band</source>
        <translation>NPS с 95%-й полосой</translation>
    </message>
</context>
<context>
    <name>SurveysPanel</name>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>%1, built-in</source>
        <translation>%1, встроенный</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>%1 of %2 surveys shown</source>
        <translation>Показано опросов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n surveys</source>
        <translation>
            <numerusform>%n опрос</numerusform>
            <numerusform>%n опроса</numerusform>
            <numerusform>%n опросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Survey saved</source>
        <translation>Опрос сохранён</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was saved as version %2. The %n responses given so far keep version %3.</source>
        <translation>
            <numerusform>«%1» сохранён как версия %2. Уже заполненная %n анкета сохраняет версию %3.</numerusform>
            <numerusform>«%1» сохранён как версия %2. Уже заполненные %n анкеты сохраняют версию %3.</numerusform>
            <numerusform>«%1» сохранён как версия %2. Уже заполненные %n анкет сохраняют версию %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive survey</source>
        <translation>Архивирование опроса</translation>
    </message>
    <message>
        <source>Archive “%1”? It is no longer offered for new responses; its answers and figures stay.</source>
        <translation>Отправить «%1» в архив? Он больше не будет предлагаться для новых анкет; его ответы и показатели сохранятся.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions? This cannot be undone.</source>
        <translation>Удалить «%1» со всеми версиями? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>Удаление опроса</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Staff and channels</source>
        <translation>Сотрудники и каналы</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <source>SERVQUAL</source>
        <translation>SERVQUAL</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Ключевые факторы</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot export the template: %1</source>
        <translation>Не удаётся экспортировать шаблон: %1</translation>
    </message>
    <message>
        <source>The standard “%1” names no role; the journey file needs one. Choose a role for it first.</source>
        <translation>У стандарта «%1» не указана роль, а в файле пути клиента она обязательна. Сначала выберите для него роль.</translation>
    </message>
    <message>
        <source>The scenario “%1” belongs to no stage; the journey file needs one. Choose a stage for it first.</source>
        <translation>Сценарий «%1» не привязан к этапу, а в файле пути клиента это обязательно. Сначала выберите для него этап.</translation>
    </message>
    <message>
        <source>“%1” is already here (key %2). Import it as a new version to replace it, or change the key in the file.</source>
        <translation>«%1» уже есть (ключ %2). Импортируйте его как новую версию, чтобы заменить, или измените ключ в файле.</translation>
    </message>
    <message>
        <source>The standard %1 is not in this database: its items were left unlinked.</source>
        <translation>Стандарта %1 нет в этой базе: связанные с ним пункты оставлены без привязки.</translation>
    </message>
    <message>
        <source>Template files (*.yaml *.yml);;All files (*)</source>
        <translation>Файлы шаблонов (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the survey</source>
        <translation>Экспорт опроса</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Экспорт чек-листа</translation>
    </message>
    <message>
        <source>“%1” exported to %2</source>
        <translation>«%1» экспортирован в %2</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Импорт шаблона</translation>
    </message>
    <message>
        <source>The file holds service standards whose stages, roles or standards are already here. Import it and update those with the same codes?</source>
        <translation>В файле есть стандарты обслуживания, этапы, роли или стандарты которых уже есть в базе. Импортировать файл и обновить записи с теми же кодами?</translation>
    </message>
    <message>
        <source>“%1” is already here. Import the file as a new version of it? Answers and visits made so far keep the version they were made with.</source>
        <translation>«%1» уже есть. Импортировать файл как его новую версию? Уже заполненные анкеты и проведённые визиты сохранят ту версию, по которой они сделаны.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл не удаётся импортировать: %1</translation>
    </message>
    <message>
        <source>The service standards were imported: see the Standards page.</source>
        <translation>Стандарты обслуживания импортированы: см. страницу «Стандарты».</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>«%1» импортирован.</translation>
    </message>
    <message>
        <source>“%1” was imported as version %2.</source>
        <translation>«%1» импортирован как версия %2.</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <source>Own survey</source>
        <translation>Свой опрос</translation>
    </message>
    <message>
        <source>Exit survey</source>
        <translation>Опрос на выходе</translation>
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
        <translation>Опрос сотрудников</translation>
    </message>
    <message>
        <source>SOCO self-assessment</source>
        <translation>Самооценка SOCO</translation>
    </message>
    <message>
        <source>NPS: likely to recommend, 0–10</source>
        <translation>NPS: готовность рекомендовать, 0–10</translation>
    </message>
    <message>
        <source>CSAT: satisfaction, 1–5</source>
        <translation>CSAT: удовлетворённость, 1–5</translation>
    </message>
    <message>
        <source>CES: effort</source>
        <translation>CES: усилия клиента</translation>
    </message>
    <message>
        <source>Rating on a scale</source>
        <translation>Оценка по шкале</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Свободный текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>SERVQUAL: expectation and perception</source>
        <translation>SERVQUAL: ожидание и восприятие</translation>
    </message>
    <message>
        <source>Yes / no / not applicable</source>
        <translation>Да / нет / неприменимо</translation>
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
        <translation>Материальная среда</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Отзывчивость</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Сопереживание</translation>
    </message>
    <message>
        <source>The NPS question</source>
        <translation>Вопрос NPS</translation>
    </message>
    <message>
        <source>The satisfaction question</source>
        <translation>Вопрос об удовлетворённости</translation>
    </message>
    <message>
        <source>The effort question</source>
        <translation>Вопрос об усилиях</translation>
    </message>
    <message>
        <source>Satisfaction with speed</source>
        <translation>Удовлетворённость скоростью</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <source>Why they bought or not</source>
        <translation>Почему купили или нет</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Search surveys and checklists</source>
        <translation>Поиск опросов и чек-листов</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add a survey, a checklist or service standards from a template file</source>
        <translation>Добавить опрос, чек-лист или стандарты обслуживания из файла шаблона</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Mystery-shopper checklists</source>
        <translation>Чек-листы тайного покупателя</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Unknown language %1: use ru, uk or en.</source>
        <translation>Неизвестный язык %1: используйте ru, uk или en.</translation>
    </message>
    <message>
        <source>A text must be text.</source>
        <translation>Текст должен быть строкой.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Слишком длинный текст (не больше %1 символов).</translation>
    </message>
    <message>
        <source>Fill the text in at least one language (ru, uk or en).</source>
        <translation>Заполните текст хотя бы на одном языке (ru, uk или en).</translation>
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
        <translation>%1 (%2): щёлкните, чтобы увеличить</translation>
    </message>
    <message>
        <source>Remove this photo</source>
        <translation>Удалить это фото</translation>
    </message>
</context>
<context>
    <name>TimesPanel</name>
    <message>
        <source>How long each step takes</source>
        <translation>Сколько длится каждый шаг</translation>
    </message>
    <message>
        <source>From the customer&apos;s request to registration, from registration to being taken into work, and to resolution.</source>
        <translation>От обращения клиента до регистрации, от регистрации до взятия в работу и до выполнения.</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Score trend</source>
        <translation>Динамика оценки</translation>
    </message>
    <message>
        <source>By week for a period of up to three months, else by month; the dashed line is the whole period. A gap: no visit then.</source>
        <translation>По неделям для периода до трёх месяцев, иначе по месяцам; пунктирная линия — весь период. Разрыв: в это время визитов не было.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Mystery shop</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Удаление фото</translation>
    </message>
    <message>
        <source>Remove this photo from the visit?</source>
        <translation>Удалить это фото из визита?</translation>
    </message>
</context>
<context>
    <name>VisitFiles</name>
    <message>
        <source>Export visit</source>
        <translation>Экспорт визита</translation>
    </message>
    <message>
        <source>cxdesk visits (*.cxvisit)</source>
        <translation>Визиты cxdesk (*.cxvisit)</translation>
    </message>
    <message>
        <source>Import visit</source>
        <translation>Импорт визита</translation>
    </message>
    <message>
        <source>cxdesk visits (*.cxvisit);;All files (*)</source>
        <translation>Визиты cxdesk (*.cxvisit);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open or select a visit on the Mystery shop page first.</source>
        <translation>Сначала откройте или выберите визит на странице «Тайный покупатель».</translation>
    </message>
    <message>
        <source>This visit is not submitted yet: the file carries it as a draft. Export it anyway?</source>
        <translation>Этот визит ещё не сдан: в файл он попадёт как черновик. Всё равно экспортировать?</translation>
    </message>
    <message>
        <source>Visit exported: %1</source>
        <translation>Визит экспортирован: %1</translation>
    </message>
    <message>
        <source>Visit imported from %1</source>
        <translation>Визит импортирован из %1</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Back to the list of visits (Esc)</source>
        <translation>Назад к списку визитов (Esc)</translation>
    </message>
    <message>
        <source>Print visit…</source>
        <translation>Печать визита…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Точка:</translation>
    </message>
    <message>
        <source>&amp;Visited:</source>
        <translation>&amp;Дата визита:</translation>
    </message>
    <message>
        <source>S&amp;hopper:</source>
        <translation>Тайный &amp;покупатель:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Staff &amp;observed:</source>
        <translation>&amp;Сотрудники под наблюдением:</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Record now as the time the shopper left the shop</source>
        <translation>Записать текущее время как время ухода тайного покупателя из магазина</translation>
    </message>
    <message>
        <source>Tick the staff members who served the shopper</source>
        <translation>Отметьте сотрудников, которые обслуживали тайного покупателя</translation>
    </message>
    <message>
        <source>Visit #%1 · %2, v%3</source>
        <translation>Визит №%1 · %2, версия %3</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>начат %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>окончен %1</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Новый визит…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Print visit…</source>
        <translation>&amp;Печать визита…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>A visit is not finished: %1, %2, %3 — %4 of %5 items answered. Carry on where it stopped?</source>
        <translation>Визит не завершён: %1, %2, %3 — отвечено %4 из %5 пунктов. Продолжить с того места, где остановились?</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message numerus="yes">
        <source>%n visits handed in during the period</source>
        <translation>
            <numerusform>За период сдан %n визит</numerusform>
            <numerusform>За период сдано %n визита</numerusform>
            <numerusform>За период сдано %n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit was handed in during this period at this location.</source>
        <translation>За этот период в этой точке не сдано ни одного визита.</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Answer every required item before submitting; not answered: %1%2</source>
        <translation>Перед сдачей ответьте на все обязательные пункты; без ответа: %1%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>This visit was already imported on %1 (visit #%2): it was not imported again</source>
        <translation>Этот визит уже импортирован %1 (визит №%2): повторно он не импортирован</translation>
    </message>
    <message>
        <source>This visit is already in the database</source>
        <translation>Этот визит уже есть в базе данных</translation>
    </message>
    <message>
        <source>%1 is not a cxdesk visit file</source>
        <translation>%1 — не файл визита cxdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer cxdesk (visit file version %2; this one reads up to %3): update cxdesk to import it</source>
        <translation>Файл %1 создан более новой версией cxdesk (версия файла визита %2; эта версия читает до %3): обновите cxdesk, чтобы импортировать его</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match, so it was changed or is incomplete. Ask for the file again</source>
        <translation>Файл %1 повреждён: контрольная сумма не совпадает, значит, файл изменён или неполон. Запросите файл ещё раз</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be imported (%2)</source>
        <translation>Файл %1 повреждён и не может быть импортирован (%2)</translation>
    </message>
    <message>
        <source>the archive is incomplete or broken</source>
        <translation>архив неполон или повреждён</translation>
    </message>
    <message>
        <source>Visit #%1 does not exist</source>
        <translation>Визит №%1 не найден</translation>
    </message>
    <message>
        <source>Visit #%1 is submitted and can no longer be changed</source>
        <translation>Визит №%1 сдан, изменить его уже нельзя</translation>
    </message>
    <message>
        <source>The photo no longer exists</source>
        <translation>Фото уже удалено</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>Файл %1 пуст</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB): a photo may be at most %3 MB</source>
        <translation>Файл %1 слишком большой (%2 МБ): фото может быть не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF photo, which cxdesk cannot show: save it as JPEG or PNG and attach it again</source>
        <translation>%1 — фото HEIC/HEIF, которое cxdesk не умеет показывать: сохраните его как JPEG или PNG и прикрепите снова</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP image</source>
        <translation>%1 — не изображение JPEG, PNG, GIF или WebP</translation>
    </message>
    <message>
        <source>Checklist item #%1 does not exist</source>
        <translation>Пункт чек-листа №%1 не найден</translation>
    </message>
    <message>
        <source>Checklist item #%1 is not part of this visit&apos;s checklist</source>
        <translation>Пункта чек-листа №%1 нет в чек-листе этого визита</translation>
    </message>
    <message>
        <source>%1: the answer must be yes, no or N/A</source>
        <translation>%1: ответ должен быть «да», «нет» или «Н/П»</translation>
    </message>
    <message>
        <source>%1: the score must be a whole number from 1 to 5</source>
        <translation>%1: оценка должна быть целым числом от 1 до 5</translation>
    </message>
    <message>
        <source>%1: the %2 must be text</source>
        <translation>%1: поле «%2» должно быть текстом</translation>
    </message>
    <message>
        <source>%1: the %2 is longer than %3 characters</source>
        <translation>%1: поле «%2» длиннее %3 символов</translation>
    </message>
    <message>
        <source>yes, no or N/A</source>
        <translation>«да», «нет» или «Н/П»</translation>
    </message>
    <message>
        <source>a score from 1 to 5</source>
        <translation>оценка от 1 до 5</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>%1: this item is answered with %2</source>
        <translation>%1: ответ на этот пункт — %2</translation>
    </message>
    <message>
        <source>Enter the shopper&apos;s name</source>
        <translation>Введите имя тайного покупателя</translation>
    </message>
    <message>
        <source>The shopper&apos;s name is longer than %1 characters</source>
        <translation>Имя тайного покупателя длиннее %1 символов</translation>
    </message>
    <message>
        <source>Staff member #%1 does not exist</source>
        <translation>Сотрудник №%1 не найден</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>The checklist no longer exists</source>
        <translation>Чек-лист уже удалён</translation>
    </message>
    <message>
        <source>The location no longer exists</source>
        <translation>Точка уже удалена</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>Visit #%1 exported to %2</source>
        <translation>Визит №%1 выгружен в %2</translation>
    </message>
    <message>
        <source>Visit imported as #%1</source>
        <translation>Визит загружен как №%1</translation>
    </message>
    <message>
        <source>There is no location named %1</source>
        <translation>Точки с названием %1 нет</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройден</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visited</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Тайный покупатель</translation>
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
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The score so far: the visit is not submitted yet</source>
        <translation>Текущая оценка: визит ещё не сдан</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Оценено пунктов</translation>
    </message>
    <message>
        <source>Critical items failed</source>
        <translation>Невыполненные критичные пункты</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits of the period</source>
        <translation>Визиты за период</translation>
    </message>
    <message>
        <source>Newest first. A visit fails when a critical item is answered &quot;no&quot; (or 1–2 on a 1–5 scale); its score is shown all the same.</source>
        <translation>Сначала новые. Визит не пройден, если на критичный пункт ответили «нет» (или 1–2 по шкале 1–5); его оценка всё равно показывается.</translation>
    </message>
    <message>
        <source>%1 visits, %2 failed</source>
        <translation>Визитов: %1, не пройдено: %2</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Сохранить диаграмму как изображение</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
</TS>
