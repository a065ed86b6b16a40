<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Visit #%1 does not exist</source>
        <translation>Визит №%1 не найден</translation>
    </message>
    <message>
        <source>Visit #%1 is submitted and can no longer be changed</source>
        <translation>Визит №%1 уже сдан, изменить его нельзя</translation>
    </message>
    <message>
        <source>The photo no longer exists</source>
        <translation>Фотография уже удалена</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 — пустой файл</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB): a photo may be at most %3 MB</source>
        <translation>%1 слишком велик (%2 МБ): фото может быть не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF photo, which cxdesk cannot show: save it as JPEG or PNG and attach it again</source>
        <translation>%1 — фото в формате HEIC/HEIF, который cxdesk не умеет показывать: сохраните его как JPEG или PNG и прикрепите снова</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP image</source>
        <translation>%1 — не изображение JPEG, PNG, GIF или WebP</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>This visit was already imported on %1 (visit #%2): it was not imported again</source>
        <comment>{existing.created_at:%Y-%m-%d}</comment>
        <translation>
            <numerusform>Этот визит уже импортирован %1 (визит №%2), повторно он не импортирован</numerusform>
            <numerusform>Этот визит уже импортирован %1 (визит №%2), повторно он не импортирован</numerusform>
            <numerusform>Этот визит уже импортирован %1 (визит №%2), повторно он не импортирован</numerusform>
        </translation>
    </message>
    <message>
        <source>This visit is already in the database</source>
        <translation>Этот визит уже есть в базе</translation>
    </message>
    <message>
        <source>Checklist item #%1 does not exist</source>
        <translation>Пункт чек-листа №%1 не найден</translation>
    </message>
    <message>
        <source>Checklist item #%1 is not part of this visit&apos;s checklist</source>
        <translation>Пункт №%1 не входит в чек-лист этого визита</translation>
    </message>
    <message>
        <source>%1: the answer must be yes, no or N/A</source>
        <translation>%1: ответ должен быть «да», «нет» или «неприменимо»</translation>
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
        <translation>«да», «нет» или «неприменимо»</translation>
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
        <source>Answer every required item before submitting; not answered: %1%2</source>
        <translation>Перед сдачей ответьте на все обязательные пункты; без ответа: %1%2</translation>
    </message>
    <message>
        <source>%1 is not a cxdesk visit file</source>
        <translation>%1 — не файл визита cxdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer cxdesk (visit file version %2; this one reads up to %3): update cxdesk to import it</source>
        <translation>%1 создан более новой версией cxdesk (версия файла визита %2, эта версия читает до %3): обновите cxdesk, чтобы его импортировать</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match, so it was changed or is incomplete. Ask for the file again</source>
        <translation>%1 повреждён: контрольная сумма не совпадает, значит, файл изменён или неполон. Попросите прислать его ещё раз</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be imported (%2)</source>
        <translation>%1 повреждён, импортировать его нельзя (%2)</translation>
    </message>
    <message>
        <source>the archive is incomplete or broken</source>
        <translation>архив неполный или повреждён</translation>
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
    <message numerus="yes">
        <source>%n survey responses</source>
        <translation>
            <numerusform>%n ответ на опрос</numerusform>
            <numerusform>%n ответа на опросы</numerusform>
            <numerusform>%n ответов на опросы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entries</source>
        <translation>
            <numerusform>%n запись в журнале отзывов</numerusform>
            <numerusform>%n записи в журнале отзывов</numerusform>
            <numerusform>%n записей в журнале отзывов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service requests</source>
        <translation>
            <numerusform>%n заявка на обслуживание</numerusform>
            <numerusform>%n заявки на обслуживание</numerusform>
            <numerusform>%n заявок на обслуживание</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales figures</source>
        <translation>
            <numerusform>%n запись о продажах</numerusform>
            <numerusform>%n записи о продажах</numerusform>
            <numerusform>%n записей о продажах</numerusform>
        </translation>
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
        <source>“%1” cannot be deleted: %2 came from it.</source>
        <translation>«%1» нельзя удалить: на его основе созданы %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n improvement actions</source>
        <translation>
            <numerusform>%n мероприятие по улучшению</numerusform>
            <numerusform>%n мероприятия по улучшению</numerusform>
            <numerusform>%n мероприятий по улучшению</numerusform>
        </translation>
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
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
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
    <message numerus="yes">
        <source>%n survey responses</source>
        <translation>
            <numerusform>%n ответ на опрос</numerusform>
            <numerusform>%n ответа на опросы</numerusform>
            <numerusform>%n ответов на опросы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mystery-shop visits</source>
        <translation>
            <numerusform>%n визит тайного покупателя</numerusform>
            <numerusform>%n визита тайного покупателя</numerusform>
            <numerusform>%n визитов тайного покупателя</numerusform>
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
    <message numerus="yes">
        <source>%n feedback entries</source>
        <translation>
            <numerusform>%n запись в журнале отзывов</numerusform>
            <numerusform>%n записи в журнале отзывов</numerusform>
            <numerusform>%n записей в журнале отзывов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service requests</source>
        <translation>
            <numerusform>%n заявка на обслуживание</numerusform>
            <numerusform>%n заявки на обслуживание</numerusform>
            <numerusform>%n заявок на обслуживание</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement actions</source>
        <translation>
            <numerusform>%n мероприятие по улучшению</numerusform>
            <numerusform>%n мероприятия по улучшению</numerusform>
            <numerusform>%n мероприятий по улучшению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales figures</source>
        <translation>
            <numerusform>%n запись о продажах</numerusform>
            <numerusform>%n записи о продажах</numerusform>
            <numerusform>%n записей о продажах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample plans</source>
        <translation>
            <numerusform>%n план выборки</numerusform>
            <numerusform>%n плана выборки</numerusform>
            <numerusform>%n планов выборки</numerusform>
        </translation>
    </message>
    <message>
        <source>The location “%1” cannot be deleted: it has %2. Deactivate it instead; its records stay in the reports.</source>
        <translation>Точку «%1» нельзя удалить: с ней связаны записи (%2). Вместо этого отключите её — её записи останутся в отчётах.</translation>
    </message>
    <message numerus="yes">
        <source>%n answered feedback entries</source>
        <translation>
            <numerusform>%n отзыв с ответом</numerusform>
            <numerusform>%n отзыва с ответом</numerusform>
            <numerusform>%n отзывов с ответом</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the database keeps %2 for them. Deactivate them instead; their records stay in the reports.</source>
        <translation>Сотрудника «%1» нельзя удалить: в базе есть связанные с ним записи (%2). Вместо этого отключите его — записи останутся в отчётах.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
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
    <name>Standards</name>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запись %1 уже удалена.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2 point to it.</source>
        <translation>«%1» нельзя удалить: на него ссылаются %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n standards</source>
        <translation>
            <numerusform>%n стандарт</numerusform>
            <numerusform>%n стандарта</numerusform>
            <numerusform>%n стандартов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n сценарий</numerusform>
            <numerusform>%n сценария</numerusform>
            <numerusform>%n сценариев</numerusform>
        </translation>
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
        <source>“%1” cannot be deleted: %2 check it. Deactivate it instead.</source>
        <translation>«%1» нельзя удалить: его проверяют %2. Вместо этого отключите его.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist items</source>
        <translation>
            <numerusform>%n пункт чек-листа</numerusform>
            <numerusform>%n пункта чек-листа</numerusform>
            <numerusform>%n пунктов чек-листа</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n анкета</numerusform>
            <numerusform>%n анкеты</numerusform>
            <numerusform>%n анкет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample plans</source>
        <translation>
            <numerusform>%n план выборки</numerusform>
            <numerusform>%n плана выборки</numerusform>
            <numerusform>%n планов выборки</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it has %2. Archive it instead.</source>
        <translation>«%1» нельзя удалить: с ним связаны записи (%2). Вместо этого отправьте его в архив.</translation>
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
</TS>
