<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Visit #%1 does not exist</source>
        <translation>Візит №%1 не знайдено</translation>
    </message>
    <message>
        <source>Visit #%1 is submitted and can no longer be changed</source>
        <translation>Візит №%1 уже здано, змінити його не можна</translation>
    </message>
    <message>
        <source>The photo no longer exists</source>
        <translation>Фотографію вже видалено</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 — порожній файл</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB): a photo may be at most %3 MB</source>
        <translation>%1 завеликий (%2 МБ): фото може бути не більше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF photo, which cxdesk cannot show: save it as JPEG or PNG and attach it again</source>
        <translation>%1 — фото у форматі HEIC/HEIF, який cxdesk не вміє показувати: збережіть його як JPEG або PNG і прикріпіть знову</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP image</source>
        <translation>%1 — не зображення JPEG, PNG, GIF або WebP</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>This visit was already imported on %1 (visit #%2): it was not imported again</source>
        <comment>{existing.created_at:%Y-%m-%d}</comment>
        <translation>
            <numerusform>Цей візит уже імпортовано %1 (візит №%2), повторно його не імпортовано</numerusform>
            <numerusform>Цей візит уже імпортовано %1 (візит №%2), повторно його не імпортовано</numerusform>
            <numerusform>Цей візит уже імпортовано %1 (візит №%2), повторно його не імпортовано</numerusform>
        </translation>
    </message>
    <message>
        <source>This visit is already in the database</source>
        <translation>Цей візит уже є в базі</translation>
    </message>
    <message>
        <source>Checklist item #%1 does not exist</source>
        <translation>Пункт чек-листа №%1 не знайдено</translation>
    </message>
    <message>
        <source>Checklist item #%1 is not part of this visit&apos;s checklist</source>
        <translation>Пункт №%1 не входить до чек-листа цього візиту</translation>
    </message>
    <message>
        <source>%1: the answer must be yes, no or N/A</source>
        <translation>%1: відповідь має бути «так», «ні» або «не стосується»</translation>
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
        <translation>«так», «ні» або «не стосується»</translation>
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
        <source>Answer every required item before submitting; not answered: %1%2</source>
        <translation>Перед здаванням дайте відповідь на всі обов&apos;язкові пункти; без відповіді: %1%2</translation>
    </message>
    <message>
        <source>%1 is not a cxdesk visit file</source>
        <translation>%1 — не файл візиту cxdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer cxdesk (visit file version %2; this one reads up to %3): update cxdesk to import it</source>
        <translation>%1 створено новішою версією cxdesk (версія файлу візиту %2, ця версія читає до %3): оновіть cxdesk, щоб його імпортувати</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match, so it was changed or is incomplete. Ask for the file again</source>
        <translation>%1 пошкоджено: контрольна сума не збігається, отже, файл змінено або він неповний. Попросіть надіслати його ще раз</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be imported (%2)</source>
        <translation>%1 пошкоджено, імпортувати його неможливо (%2)</translation>
    </message>
    <message>
        <source>the archive is incomplete or broken</source>
        <translation>архів неповний або пошкоджений</translation>
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
    <message numerus="yes">
        <source>%n survey responses</source>
        <translation>
            <numerusform>%n відповідь на опитування</numerusform>
            <numerusform>%n відповіді на опитування</numerusform>
            <numerusform>%n відповідей на опитування</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entries</source>
        <translation>
            <numerusform>%n запис у журналі відгуків</numerusform>
            <numerusform>%n записи в журналі відгуків</numerusform>
            <numerusform>%n записів у журналі відгуків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service requests</source>
        <translation>
            <numerusform>%n заявка на обслуговування</numerusform>
            <numerusform>%n заявки на обслуговування</numerusform>
            <numerusform>%n заявок на обслуговування</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales figures</source>
        <translation>
            <numerusform>%n запис про продажі</numerusform>
            <numerusform>%n записи про продажі</numerusform>
            <numerusform>%n записів про продажі</numerusform>
        </translation>
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
        <source>“%1” cannot be deleted: %2 came from it.</source>
        <translation>«%1» не можна видалити: на його основі створено %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n improvement actions</source>
        <translation>
            <numerusform>%n захід з покращення</numerusform>
            <numerusform>%n заходи з покращення</numerusform>
            <numerusform>%n заходів з покращення</numerusform>
        </translation>
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
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
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
    <message numerus="yes">
        <source>%n survey responses</source>
        <translation>
            <numerusform>%n відповідь на опитування</numerusform>
            <numerusform>%n відповіді на опитування</numerusform>
            <numerusform>%n відповідей на опитування</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mystery-shop visits</source>
        <translation>
            <numerusform>%n візит таємного покупця</numerusform>
            <numerusform>%n візити таємного покупця</numerusform>
            <numerusform>%n візитів таємного покупця</numerusform>
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
    <message numerus="yes">
        <source>%n feedback entries</source>
        <translation>
            <numerusform>%n запис у журналі відгуків</numerusform>
            <numerusform>%n записи в журналі відгуків</numerusform>
            <numerusform>%n записів у журналі відгуків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service requests</source>
        <translation>
            <numerusform>%n заявка на обслуговування</numerusform>
            <numerusform>%n заявки на обслуговування</numerusform>
            <numerusform>%n заявок на обслуговування</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement actions</source>
        <translation>
            <numerusform>%n захід з покращення</numerusform>
            <numerusform>%n заходи з покращення</numerusform>
            <numerusform>%n заходів з покращення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales figures</source>
        <translation>
            <numerusform>%n запис про продажі</numerusform>
            <numerusform>%n записи про продажі</numerusform>
            <numerusform>%n записів про продажі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample plans</source>
        <translation>
            <numerusform>%n план вибірки</numerusform>
            <numerusform>%n плани вибірки</numerusform>
            <numerusform>%n планів вибірки</numerusform>
        </translation>
    </message>
    <message>
        <source>The location “%1” cannot be deleted: it has %2. Deactivate it instead; its records stay in the reports.</source>
        <translation>Точку «%1» не можна видалити: з нею пов&apos;язані записи (%2). Натомість вимкніть її — її записи залишаться у звітах.</translation>
    </message>
    <message numerus="yes">
        <source>%n answered feedback entries</source>
        <translation>
            <numerusform>%n відгук із відповіддю</numerusform>
            <numerusform>%n відгуки з відповіддю</numerusform>
            <numerusform>%n відгуків із відповіддю</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the database keeps %2 for them. Deactivate them instead; their records stay in the reports.</source>
        <translation>Працівника «%1» не можна видалити: у базі є пов&apos;язані з ним записи (%2). Натомість вимкніть його — записи залишаться у звітах.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
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
    <name>Standards</name>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Запис %1 уже видалено.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2 point to it.</source>
        <translation>«%1» не можна видалити: на нього посилаються %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n standards</source>
        <translation>
            <numerusform>%n стандарт</numerusform>
            <numerusform>%n стандарти</numerusform>
            <numerusform>%n стандартів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n сценарій</numerusform>
            <numerusform>%n сценарії</numerusform>
            <numerusform>%n сценаріїв</numerusform>
        </translation>
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
        <source>“%1” cannot be deleted: %2 check it. Deactivate it instead.</source>
        <translation>«%1» не можна видалити: його перевіряють %2. Натомість вимкніть його.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist items</source>
        <translation>
            <numerusform>%n пункт чек-листа</numerusform>
            <numerusform>%n пункти чек-листа</numerusform>
            <numerusform>%n пунктів чек-листа</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n анкета</numerusform>
            <numerusform>%n анкети</numerusform>
            <numerusform>%n анкет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample plans</source>
        <translation>
            <numerusform>%n план вибірки</numerusform>
            <numerusform>%n плани вибірки</numerusform>
            <numerusform>%n планів вибірки</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it has %2. Archive it instead.</source>
        <translation>«%1» не можна видалити: з ним пов&apos;язані записи (%2). Натомість перенесіть його до архіву.</translation>
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
</TS>
