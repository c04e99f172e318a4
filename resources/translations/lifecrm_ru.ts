<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AdviceBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln покупатель</numerusform>
        <numerusform>%Ln покупателя</numerusform>
        <numerusform>%Ln покупателей</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Написать этим покупателям…</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Birthday</source>
      <translation>День рождения</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>name@example.com</source>
      <translation>imya@primer.ru</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>неизвестно</translation>
    </message>
  </context>
  <context>
    <name>CoreErrors</name>
    <message>
      <source>Choose another database file.</source>
      <translation>Выберите другой файл базы данных.</translation>
    </message>
  </context>
  <context>
    <name>CustomerActions</name>
    <message>
      <source>Edit %1</source>
      <translation>Изменить данные: %1</translation>
    </message>
    <message>
      <source>Edit details…</source>
      <translation>Изменить данные…</translation>
    </message>
    <message>
      <source>Forget %1 for good?</source>
      <translation>Навсегда забыть: %1?</translation>
    </message>
    <message>
      <source>Forget a customer</source>
      <translation>Забыть покупателя</translation>
    </message>
    <message>
      <source>Forget for good</source>
      <translation>Забыть навсегда</translation>
    </message>
    <message>
      <source>Forget…</source>
      <translation>Забыть…</translation>
    </message>
    <message>
      <source>No more e-mails</source>
      <translation>Больше не писать</translation>
    </message>
    <message>
      <source>Their contact details, orders, notes and messages are erased and cannot be brought back. Do this when someone asks you to delete their data.</source>
      <translation>Контактные данные, заказы, заметки и письма будут удалены без возможности восстановления. Делайте это, когда человек просит удалить его данные.</translation>
    </message>
    <message>
      <source>They asked not to be written to: LifeCRM will leave them out of every e-mail.</source>
      <translation>Покупатель попросил ему не писать: LifeCRM не включит его ни в одну рассылку.</translation>
    </message>
    <message>
      <source>They asked to be forgotten: erase them and everything about them.</source>
      <translation>Покупатель попросил его забыть: удалить его и всё, что о нём известно.</translation>
    </message>
  </context>
  <context>
    <name>CustomerList</name>
    <message numerus="yes">
      <source>%Ln shown</source>
      <translation>
        <numerusform>Показано: %Ln</numerusform>
        <numerusform>Показано: %Ln</numerusform>
        <numerusform>Показано: %Ln</numerusform>
      </translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Покупатели</translation>
    </message>
    <message>
      <source>Search by name, e-mail or phone</source>
      <translation>Поиск по имени, эл. почте или телефону</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n selected…</source>
      <translation>
        <numerusform>Написать %n выбранному…</numerusform>
        <numerusform>Написать %n выбранным…</numerusform>
        <numerusform>Написать %n выбранным…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Write to these %n customers…</source>
      <translation>
        <numerusform>Написать %n покупателю…</numerusform>
        <numerusform>Написать %n покупателям…</numerusform>
        <numerusform>Написать %n покупателям…</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to this customer…</source>
      <translation>Написать этому покупателю…</translation>
    </message>
  </context>
  <context>
    <name>CustomerTable</name>
    <message>
      <source>%1 does not want e-mails.</source>
      <translation>%1 не хочет получать письма.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Последний заказ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>One of the best customers: the top %1 % by money spent.</source>
      <translation>Один из лучших покупателей: первые %1 % по сумме покупок.</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Заказы</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best). ★ marks the best customers.</source>
      <translation>Давность, частота и сумма покупок, каждая оценена от 1 до 5 (5 — лучше всего). ★ отмечает лучших покупателей.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Сумма покупок</translation>
    </message>
  </context>
  <context>
    <name>Databases</name>
    <message>
      <source>Building demo data…</source>
      <translation>Создаются демонстрационные данные…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Открыть мои данные</translation>
    </message>
    <message>
      <source>Open your own database first, so that your orders and details never mix with the made-up customers? The demo stays as it is.</source>
      <translation>Сначала открыть вашу собственную базу, чтобы ваши заказы и данные не смешались с вымышленными покупателями? Демонстрация останется как есть.</translation>
    </message>
    <message>
      <source>Stay in the demo</source>
      <translation>Остаться в демонстрации</translation>
    </message>
    <message>
      <source>You are in the demo. This step is for your own data.</source>
      <translation>Вы в демонстрации. Этот шаг — для ваших собственных данных.</translation>
    </message>
  </context>
  <context>
    <name>DateQuestion</name>
    <message>
      <source>Day first (31/12/2025)</source>
      <translation>Сначала день (31/12/2025)</translation>
    </message>
    <message>
      <source>Day first: %1 is %2</source>
      <translation>Сначала день: %1 — это %2</translation>
    </message>
    <message>
      <source>How are the dates in “%1” written?</source>
      <translation>Как записаны даты в столбце «%1»?</translation>
    </message>
    <message>
      <source>Month first (12/31/2025)</source>
      <translation>Сначала месяц (12/31/2025)</translation>
    </message>
    <message>
      <source>Month first: %1 is %2</source>
      <translation>Сначала месяц: %1 — это %2</translation>
    </message>
  </context>
  <context>
    <name>DemoBand</name>
    <message>
      <source>Demo data: these customers are made up. Your own orders, your details and sending belong in your own database.</source>
      <translation>Демонстрационные данные: эти покупатели вымышлены. Ваши заказы, ваши данные и рассылки — в вашей собственной базе.</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Открыть мои данные</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>%1, last one %2 → %3</source>
      <translation>%1, последний — %2 → %3</translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n заказ</numerusform>
        <numerusform>%n заказа</numerusform>
        <numerusform>%n заказов</numerusform>
      </translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(без имени)</translation>
    </message>
    <message>
      <source>(no number)</source>
      <translation>(без номера)</translation>
    </message>
    <message>
      <source>Added to LifeCRM</source>
      <translation>Добавлен в LifeCRM</translation>
    </message>
    <message>
      <source>Asked not to be contacted</source>
      <translation>Просит не писать</translation>
    </message>
    <message>
      <source>Became %1</source>
      <translation>Этап: «%1»</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>День рождения</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Does not count toward stages and totals.</source>
      <translation>Не учитывается в этапах и суммах.</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Не хочет получать письма</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>E-mail sent: %1</source>
      <translation>Письмо отправлено: %1</translation>
    </message>
    <message>
      <source>First name: %1</source>
      <translation>Имя: %1</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Первый заказ</translation>
    </message>
    <message>
      <source>First order %1 · %2</source>
      <translation>Первый заказ %1 · %2</translation>
    </message>
    <message>
      <source>Imported from %1</source>
      <translation>Импортирован из %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Последний заказ</translation>
    </message>
    <message>
      <source>Moved from %1 to %2</source>
      <translation>Переход: «%1» → «%2»</translation>
    </message>
    <message>
      <source>No orders yet → %1</source>
      <translation>Заказов пока нет → %1</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>№ %1</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Заметка: %1</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Notes cleared</source>
      <translation>Заметки очищены</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <source>Order %1 · %2</source>
      <translation>Заказ %1 · %2</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Заказы</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Персональные данные</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency %1 · Frequency %2 · Money %3</source>
      <translation>Давность %1 · Частота %2 · Сумма %3</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best).</source>
      <translation>Давность, частота и сумма покупок, каждая оценена от 1 до 5 (5 — лучше всего).</translation>
    </message>
    <message>
      <source>Save notes</source>
      <translation>Сохранить заметки</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Сохранено</translation>
    </message>
    <message>
      <source>Select a customer to see their details.</source>
      <translation>Выберите покупателя, чтобы увидеть подробности.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>История</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Сумма покупок</translation>
    </message>
    <message>
      <source>What you know about them: preferences, sizes, what you talked about…</source>
      <translation>Что вы знаете о покупателе: вкусы, размеры, о чём вы говорили…</translation>
    </message>
    <message>
      <source>since %1</source>
      <translation>с %1</translation>
    </message>
    <message>
      <source>★ Best customer (top %1 %)</source>
      <translation>★ Лучший покупатель (первые %1 %)</translation>
    </message>
  </context>
  <context>
    <name>Drafting</name>
    <message numerus="yes">
      <source>%n left out by you</source>
      <translation>
        <numerusform>исключено вами: %n</numerusform>
        <numerusform>исключено вами: %n</numerusform>
        <numerusform>исключено вами: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n message(s) ready</source>
      <translation>
        <numerusform>%n письмо готово</numerusform>
        <numerusform>%n письма готовы</numerusform>
        <numerusform>%n писем готово</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>пропущено: %n</numerusform>
        <numerusform>пропущено: %n</numerusform>
        <numerusform>пропущено: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n written to lately (skipped unless you insist)</source>
      <translation>
        <numerusform>%n покупатель недавно получил письмо (будет пропущен, если вы не настаиваете)</numerusform>
        <numerusform>%n покупателя недавно получили письмо (будут пропущены, если вы не настаиваете)</numerusform>
        <numerusform>%n покупателей недавно получили письмо (будут пропущены, если вы не настаиваете)</numerusform>
      </translation>
    </message>
    <message>
      <source>10% off</source>
      <translation>скидка 10%</translation>
    </message>
    <message>
      <source>About your shop</source>
      <translation>О вашем магазине</translation>
    </message>
    <message>
      <source>Address %1 customers</source>
      <translation>Обращение к покупателям (%1)</translation>
    </message>
    <message>
      <source>An example customer</source>
      <translation>Пример покупателя</translation>
    </message>
    <message>
      <source>Anna Kovács
Kovács Tea · Budapest</source>
      <translation>Анна Ковач
Чайная лавка Ковач · Будапешт</translation>
    </message>
    <message>
      <source>As the customer sees it</source>
      <translation>Как увидит покупатель</translation>
    </message>
    <message>
      <source>Back to the original?</source>
      <translation>Вернуть исходный текст?</translation>
    </message>
    <message>
      <source>Back to the original…</source>
      <translation>Вернуть исходный текст…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Change the words for this customer only; template changes leave them alone.</source>
      <translation>Изменить текст только для этого покупателя; изменения шаблона его не затронут.</translation>
    </message>
    <message>
      <source>Choose a customer on the left to read their message.</source>
      <translation>Выберите покупателя слева, чтобы прочитать письмо для него.</translation>
    </message>
    <message>
      <source>Choose a folder for the e-mails</source>
      <translation>Выберите папку для писем</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Customers whose language LifeCRM does not know get this one.</source>
      <translation>Покупатели, чей язык LifeCRM не знает, получат письма на этом языке.</translation>
    </message>
    <message>
      <source>Details to fill in</source>
      <translation>Данные для подстановки</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Скидка</translation>
    </message>
    <message>
      <source>Discount codes</source>
      <translation>Промокоды</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Не хочет получать письма</translation>
    </message>
    <message>
      <source>Double-click one to put it where you are typing.</source>
      <translation>Дважды щёлкните по строке, чтобы вставить её туда, где стоит курсор.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>Each customer gets a code of their own. Every # becomes a letter or a digit: THANKS-#### gives codes like THANKS-7K2Q.</source>
      <translation>Каждый покупатель получает свой код. Каждый знак # заменяется буквой или цифрой: из THANKS-#### получатся коды вроде THANKS-7K2Q.</translation>
    </message>
    <message>
      <source>Each customer's own language</source>
      <translation>Язык каждого покупателя</translation>
    </message>
    <message>
      <source>Edit template: %1</source>
      <translation>Изменить шаблон: %1</translation>
    </message>
    <message>
      <source>Edit template…</source>
      <translation>Изменить шаблон…</translation>
    </message>
    <message>
      <source>Edit this message</source>
      <translation>Изменить это письмо</translation>
    </message>
    <message>
      <source>Empty: your name and the shop's name.</source>
      <translation>Если пусто: ваше имя и название магазина.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Английский</translation>
    </message>
    <message>
      <source>Fill in the address your e-mails should come from.</source>
      <translation>Укажите адрес, с которого будут уходить ваши письма.</translation>
    </message>
    <message>
      <source>Fill in your details…</source>
      <translation>Заполнить ваши данные…</translation>
    </message>
    <message>
      <source>Formally (%1)</source>
      <translation>Официально (%1)</translation>
    </message>
    <message>
      <source>How you write</source>
      <translation>Как вы пишете</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Венгерский</translation>
    </message>
    <message>
      <source>Icelandic</source>
      <translation>Исландский</translation>
    </message>
    <message>
      <source>Informally (%1)</source>
      <translation>По-дружески (%1)</translation>
    </message>
    <message>
      <source>Keep my changes</source>
      <translation>Сохранить мои изменения</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <source>Left out: tick the box to write to this customer after all.</source>
      <translation>Исключён: поставьте флажок, чтобы всё-таки написать этому покупателю.</translation>
    </message>
    <message>
      <source>LifeCRM signs and fills in your e-mails with these details. Leave out anything you do not want to use: the sentence that needs it is left out too.</source>
      <translation>LifeCRM подписывает и дополняет ваши письма этими данными. Оставьте пустым всё, что не хотите использовать: предложение, где это нужно, тоже не попадёт в письмо.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Текст письма</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>Письмо:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>Нет адреса эл. почты</translation>
    </message>
    <message>
      <source>No longer in your customers</source>
      <translation>Больше нет среди ваших покупателей</translation>
    </message>
    <message>
      <source>No message for this customer.</source>
      <translation>Для этого покупателя письма нет.</translation>
    </message>
    <message>
      <source>One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.</source>
      <translation>По одному файлу на письмо; Thunderbird, Outlook и Apple Mail откроют их готовыми к отправке.</translation>
    </message>
    <message>
      <source>One sentence, told to a new customer.</source>
      <translation>Одно предложение для нового покупателя.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Простой текст</translation>
    </message>
    <message>
      <source>Preview for</source>
      <translation>Просмотр для</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Получатели</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Save as .eml files…</source>
      <translation>Сохранить как файлы .eml…</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n e-mail(s) in %1. Open them in your mail program to send them.</source>
      <translation>
        <numerusform>%n письмо сохранено в папке %1. Откройте в почтовой программе и отправьте.</numerusform>
        <numerusform>%n письма сохранены в папке %1. Откройте их в почтовой программе и отправьте.</numerusform>
        <numerusform>%n писем сохранено в папке %1. Откройте их в почтовой программе и отправьте.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send these messages from your own mailbox.</source>
      <translation>Отправить эти письма из вашего почтового ящика.</translation>
    </message>
    <message>
      <source>Send…</source>
      <translation>Отправить…</translation>
    </message>
    <message>
      <source>Set up sending…</source>
      <translation>Настроить отправку…</translation>
    </message>
    <message>
      <source>Set up the mailbox to send from first (File → Sending account…).</source>
      <translation>Сначала настройте почтовый ящик для отправки (Файл → Почтовый ящик для отправки…).</translation>
    </message>
    <message>
      <source>Shop name</source>
      <translation>Название магазина</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Словенский</translation>
    </message>
    <message>
      <source>Small gift</source>
      <translation>Небольшой подарок</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Что-то пошло не так (ошибка в программе).</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>В LifeCRM что-то пошло не так (ошибка в программе).</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Tell LifeCRM which mailbox to send from.</source>
      <translation>Укажите, из какого почтового ящика LifeCRM будет отправлять письма.</translation>
    </message>
    <message>
      <source>Throw away your version of the %1 template and use LifeCRM's original again?</source>
      <translation>Удалить вашу версию шаблона «%1» и снова использовать исходный текст LifeCRM?</translation>
    </message>
    <message>
      <source>To: %1 &lt;%2&gt;</source>
      <translation>Кому: %1 &lt;%2&gt;</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Отменить мои изменения</translation>
    </message>
    <message>
      <source>Use LifeCRM's own text for this language again.</source>
      <translation>Снова использовать исходный текст LifeCRM для этого языка.</translation>
    </message>
    <message>
      <source>Use the original</source>
      <translation>Вернуть исходный</translation>
    </message>
    <message>
      <source>Use the template's words for this customer again.</source>
      <translation>Снова использовать текст шаблона для этого покупателя.</translation>
    </message>
    <message>
      <source>We blend our teas by hand in a small shop in Budapest since 2015.</source>
      <translation>С 2015 года мы вручную составляем чайные смеси в маленькой лавке в Будапеште.</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Адрес сайта</translation>
    </message>
    <message>
      <source>What you can offer</source>
      <translation>Что вы можете предложить</translation>
    </message>
    <message>
      <source>Which address should these e-mails come from? Fill in your e-mail address.</source>
      <translation>С какого адреса отправлять эти письма? Укажите ваш адрес электронной почты.</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n customer(s)</source>
      <translation>
        <numerusform>Написать %n покупателю</numerusform>
        <numerusform>Написать %n покупателям</numerusform>
        <numerusform>Написать %n покупателям</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n message(s)…</source>
      <translation>
        <numerusform>Составляем %n письмо…</numerusform>
        <numerusform>Составляем %n письма…</numerusform>
        <numerusform>Составляем %n писем…</numerusform>
      </translation>
    </message>
    <message>
      <source>Written for: %1</source>
      <translation>Для этапа «%1»</translation>
    </message>
    <message>
      <source>You and your shop</source>
      <translation>Вы и ваш магазин</translation>
    </message>
    <message>
      <source>You edited this message; template changes leave it alone.</source>
      <translation>Вы изменили это письмо, поэтому изменения шаблона его не затронут.</translation>
    </message>
    <message>
      <source>You write to %1 customers formally (%2). Change it in Your details.</source>
      <translation>Покупателям с языком «%1» вы пишете официально (%2). Изменить это можно в разделе «Ваши данные».</translation>
    </message>
    <message>
      <source>You write to %1 customers informally (%2). Change it in Your details.</source>
      <translation>Покупателям с языком «%1» вы пишете по-дружески (%2). Изменить это можно в разделе «Ваши данные».</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Ваши данные</translation>
    </message>
    <message>
      <source>Your details are not filled in yet: the messages have no sender address and end without your name.</source>
      <translation>Ваши данные ещё не заполнены: у писем нет адреса отправителя, и они заканчиваются без вашего имени.</translation>
    </message>
    <message>
      <source>Your details…</source>
      <translation>Ваши данные…</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Ваш адрес эл. почты</translation>
    </message>
    <message>
      <source>Your e-mail address is not filled in yet: saved messages have no sender.</source>
      <translation>Ваш адрес электронной почты ещё не указан: у сохранённых писем нет отправителя.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ваше имя</translation>
    </message>
    <message>
      <source>Your name and your shop's name are not filled in yet: the messages end without your name.</source>
      <translation>Ваше имя и название магазина ещё не указаны: письма заканчиваются без вашего имени.</translation>
    </message>
    <message>
      <source>Your own language</source>
      <translation>Ваш язык</translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>free shipping</source>
      <translation>бесплатная доставка</translation>
    </message>
    <message>
      <source>“%1” does not look like an e-mail address.</source>
      <translation>«%1» не похоже на адрес электронной почты.</translation>
    </message>
    <message>
      <source>✎ You edited this message by hand.</source>
      <translation>✎ Вы изменили это письмо вручную.</translation>
    </message>
  </context>
  <context>
    <name>DraftingActions</name>
    <message>
      <source>&amp;Customers</source>
      <translation>&amp;Покупатели</translation>
    </message>
    <message>
      <source>&amp;Write to these customers…</source>
      <translation>&amp;Написать этим покупателям…</translation>
    </message>
    <message>
      <source>Draft a personal e-mail to the selected customers, or to everyone listed.</source>
      <translation>Составить личное письмо выбранным покупателям или всем в списке.</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>There is nobody here to write to yet.</source>
      <translation>Здесь пока некому писать.</translation>
    </message>
    <message>
      <source>Your &amp;details…</source>
      <translation>&amp;Ваши данные…</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Import your orders</source>
      <translation>Импортировать заказы</translation>
    </message>
    <message>
      <source>LifeCRM reads your order history and tells you, every week, who to write to and what to say: who is new, who is loyal, and who is slipping away.</source>
      <translation>LifeCRM читает историю ваших заказов и каждую неделю подсказывает, кому написать и что сказать: кто новый, кто постоянный, а кто понемногу уходит.</translation>
    </message>
    <message>
      <source>Opens a separate demo database; your own data is never mixed with it.</source>
      <translation>Открывает отдельную демонстрационную базу; ваши данные с ней никогда не смешиваются.</translation>
    </message>
    <message>
      <source>Reads the orders or customers from your webshop's or invoicing spreadsheet.</source>
      <translation>Загружает заказы или покупателей из таблицы вашего интернет-магазина или программы для счетов.</translation>
    </message>
    <message>
      <source>Try it with demo data</source>
      <translation>Попробовать на демо-данных</translation>
    </message>
    <message>
      <source>Welcome to LifeCRM</source>
      <translation>Добро пожаловать в LifeCRM</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose a file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <source>Excel (.xlsx, .xls), LibreOffice (.ods) and CSV files. You can also drop a file onto the LifeCRM window.</source>
      <translation>Файлы Excel (.xlsx, .xls), LibreOffice (.ods) и CSV. Файл можно также перетащить в окно LifeCRM.</translation>
    </message>
    <message>
      <source>Export your orders (or your customers) from your webshop, invoicing program or bookkeeping as a spreadsheet, then choose that file here. LifeCRM shows you what it found before anything is saved.</source>
      <translation>Выгрузите заказы (или покупателей) из интернет-магазина, программы для счетов или бухгалтерии в виде таблицы и выберите этот файл здесь. LifeCRM покажет, что нашёл, прежде чем что-либо сохранить.</translation>
    </message>
    <message>
      <source>Which file holds your orders?</source>
      <translation>В каком файле ваши заказы?</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>%n день назад</numerusform>
        <numerusform>%n дня назад</numerusform>
        <numerusform>%n дней назад</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in %n days</source>
      <translation>
        <numerusform>через %n день</numerusform>
        <numerusform>через %n дня</numerusform>
        <numerusform>через %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>today</source>
      <translation>сегодня</translation>
    </message>
    <message>
      <source>yesterday</source>
      <translation>вчера</translation>
    </message>
  </context>
  <context>
    <name>ImportActions</name>
    <message>
      <source>&amp;Import orders…</source>
      <translation>Импорт &amp;заказов…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;История импорта…</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln покупатель</numerusform>
        <numerusform>%Ln покупателя</numerusform>
        <numerusform>%Ln покупателей</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln заказ</numerusform>
        <numerusform>%Ln заказа</numerusform>
        <numerusform>%Ln заказов</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Customers added</source>
      <translation>Добавлено покупателей</translation>
    </message>
    <message>
      <source>Customers and orders it changed get their earlier details back.</source>
      <translation>Покупатели и заказы, которые этот импорт изменил, вернутся к прежним данным.</translation>
    </message>
    <message>
      <source>Every file you imported, newest first. Undoing an import removes the orders and customers it added and puts back what it changed. Only the newest import can be undone.</source>
      <translation>Все файлы, которые вы импортировали, сначала самые новые. Отмена импорта удаляет добавленные им заказы и покупателей и возвращает всё, что он изменил. Отменить можно только последний импорт.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>История импорта</translation>
    </message>
    <message>
      <source>Imported on</source>
      <translation>Дата импорта</translation>
    </message>
    <message>
      <source>In place</source>
      <translation>Действует</translation>
    </message>
    <message>
      <source>Nothing has been imported yet.</source>
      <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
      <source>Only the newest import can be undone.</source>
      <translation>Отменить можно только последний импорт.</translation>
    </message>
    <message>
      <source>Orders added</source>
      <translation>Добавлено заказов</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <source>Remove the %1 and %2 this import added?</source>
      <translation>Удалить то, что добавил этот импорт: %1 и %2?</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Что-то пошло не так (ошибка в программе).</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Undo the import</source>
      <translation>Отменить импорт</translation>
    </message>
    <message>
      <source>Undo this import?</source>
      <translation>Отменить этот импорт?</translation>
    </message>
    <message>
      <source>Undo this import…</source>
      <translation>Отменить этот импорт…</translation>
    </message>
    <message>
      <source>Undoing the import…</source>
      <translation>Отменяем импорт…</translation>
    </message>
    <message>
      <source>Undone on %1</source>
      <translation>Отменён %1</translation>
    </message>
    <message>
      <source>Undone: removed %1 that %2 had added.</source>
      <translation>Импорт отменён, удалено: %1 из файла %2.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>%1 and %2</source>
      <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n покупатель</numerusform>
        <numerusform>%n покупателя</numerusform>
        <numerusform>%n покупателей</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n заказ</numerusform>
        <numerusform>%n заказа</numerusform>
        <numerusform>%n заказов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n строка</numerusform>
        <numerusform>%n строки</numerusform>
        <numerusform>%n строк</numerusform>
      </translation>
    </message>
    <message>
      <source>Accepts newsletters</source>
      <translation>Согласие на рассылку</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>День рождения</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cancelled on</source>
      <translation>Дата отмены</translation>
    </message>
    <message>
      <source>Check the columns</source>
      <translation>Проверка столбцов</translation>
    </message>
    <message>
      <source>Check the file</source>
      <translation>Проверить файл</translation>
    </message>
    <message>
      <source>Checking every row</source>
      <translation>Проверка всех строк</translation>
    </message>
    <message>
      <source>Checking every row of %1…</source>
      <translation>Проверяем все строки файла %1…</translation>
    </message>
    <message>
      <source>Choose the file with your orders</source>
      <translation>Выберите файл с заказами</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <source>Customer number</source>
      <translation>Номер покупателя</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>ISO-8859-2 (Central European)</source>
      <translation>ISO-8859-2 (центральноевропейская)</translation>
    </message>
    <message>
      <source>ISO-8859-5 (Cyrillic)</source>
      <translation>ISO-8859-5 (кириллица)</translation>
    </message>
    <message>
      <source>If you stop now, nothing is imported.</source>
      <translation>Если остановить сейчас, ничего не будет импортировано.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Импорт завершён</translation>
    </message>
    <message>
      <source>Import orders</source>
      <translation>Импорт заказов</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>Импортируем %1…</translation>
    </message>
    <message>
      <source>Item price</source>
      <translation>Цена за штуку</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>No column says who the customer is. Above the column with the e-mail addresses, names or customer numbers, choose “E-mail”, “Name” or “Customer number”.</source>
      <translation>Ни в одном столбце не указано, кто покупатель. Над столбцом с адресами эл. почты, именами или номерами покупателей выберите «Эл. почта», «Имя» или «Номер покупателя».</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Nothing is saved yet.</source>
      <translation>Пока ничего не сохранено.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>Дата заказа</translation>
    </message>
    <message>
      <source>Order number</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <source>Order status</source>
      <translation>Статус заказа</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Товар</translation>
    </message>
    <message>
      <source>Product code</source>
      <translation>Артикул</translation>
    </message>
    <message>
      <source>Putting everything back.</source>
      <translation>Возвращаем всё как было.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Количество</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>Читаем %1…</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>Чтение файла</translation>
    </message>
    <message>
      <source>Say how the dates are written (the question below), then check again.</source>
      <translation>Укажите, как записаны даты (вопрос ниже), и проверьте снова.</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug); nothing was imported. The details are in %1.</source>
      <translation>В LifeCRM что-то пошло не так (ошибка в программе); ничего не импортировано. Подробности — в %1.</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
      <translation>Таблицы (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Step %1 of 4</source>
      <translation>Шаг %1 из 4</translation>
    </message>
    <message>
      <source>Stop the import</source>
      <translation>Остановить импорт</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Останавливаем…</translation>
    </message>
    <message>
      <source>The amounts in this file name no currency. Choose one below, then check again.</source>
      <translation>У сумм в этом файле не указана валюта. Выберите её ниже и проверьте снова.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <source>Unicode (UTF-16)</source>
      <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
      <source>Unicode (UTF-8)</source>
      <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
      <source>What will be imported</source>
      <translation>Что будет импортировано</translation>
    </message>
    <message>
      <source>Windows-1250 (Central European)</source>
      <translation>Windows-1250 (центральноевропейская)</translation>
    </message>
    <message>
      <source>Windows-1251 (Cyrillic)</source>
      <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
      <source>commas</source>
      <translation>запятыми</translation>
    </message>
    <message>
      <source>semicolons</source>
      <translation>точками с запятой</translation>
    </message>
    <message>
      <source>tabs</source>
      <translation>табуляцией</translation>
    </message>
    <message>
      <source>vertical bars</source>
      <translation>вертикальными чертами</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— не импортировать —</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>As on this computer</source>
      <translation>Как на этом компьютере</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>LifeCRM will speak %1 the next time it starts.</source>
      <translation>Язык LifeCRM сменится при следующем запуске: %1.</translation>
    </message>
    <message>
      <source>the language of this computer</source>
      <translation>язык этого компьютера</translation>
    </message>
  </context>
  <context>
    <name>ListActions</name>
    <message numerus="yes">
      <source>%n customer(s) saved in %1.</source>
      <translation>
        <numerusform>%n покупатель сохранён в %1.</numerusform>
        <numerusform>%n покупателя сохранено в %1.</numerusform>
        <numerusform>%n покупателей сохранено в %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add a customer…</source>
      <translation>&amp;Добавить покупателя…</translation>
    </message>
    <message>
      <source>&amp;Export the list…</source>
      <translation>&amp;Экспортировать список…</translation>
    </message>
    <message>
      <source>Add a customer</source>
      <translation>Добавить покупателя</translation>
    </message>
    <message>
      <source>Export the customers to</source>
      <translation>Экспортировать покупателей в</translation>
    </message>
    <message>
      <source>Exporting the customers…</source>
      <translation>Экспорт покупателей…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Saves the customers listed as an Excel workbook.</source>
      <translation>Сохраняет покупателей из списка в книгу Excel.</translation>
    </message>
    <message>
      <source>customers.xlsx</source>
      <translation>pokupateli.xlsx</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 (demo data)</source>
      <translation>%1 (демо-данные)</translation>
    </message>
    <message>
      <source>&amp;About LifeCRM</source>
      <translation>&amp;О программе LifeCRM</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <source>&lt;b&gt;LifeCRM&lt;/b&gt; %1</source>
      <translation>&lt;b&gt;LifeCRM&lt;/b&gt; %1</translation>
    </message>
    <message>
      <source>About LifeCRM</source>
      <translation>О программе LifeCRM</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>LifeCRM — %1</source>
      <translation>LifeCRM — %1</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug). The details are in %1.</source>
      <translation>В LifeCRM что-то пошло не так (ошибка в программе). Подробности — в %1.</translation>
    </message>
    <message>
      <source>Updating stages…</source>
      <translation>Обновляем этапы…</translation>
    </message>
    <message>
      <source>Who should I write to now, and what should I say? A CRM for small shops.</source>
      <translation>Кому написать сейчас и что сказать? CRM для небольших магазинов.</translation>
    </message>
  </context>
  <context>
    <name>MappingHeader</name>
    <message>
      <source>What column %1 holds</source>
      <translation>Что в столбце %1</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <source>%Ln row(s) on the sheet “%1”, under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln строка на листе «%1», под названиями столбцов в строке %2.</numerusform>
        <numerusform>%Ln строки на листе «%1», под названиями столбцов в строке %2.</numerusform>
        <numerusform>%Ln строк на листе «%1», под названиями столбцов в строке %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln строка под названиями столбцов в строке %2.</numerusform>
        <numerusform>%Ln строки под названиями столбцов в строке %2.</numerusform>
        <numerusform>%Ln строк под названиями столбцов в строке %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Above each column, choose what it holds. Greyed-out columns are not imported.</source>
      <translation>Над каждым столбцом выберите, что в нём. Серые столбцы не импортируются.</translation>
    </message>
    <message>
      <source>Amounts that name no currency are in</source>
      <translation>Валюта сумм, где она не указана:</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Columns separated by</source>
      <translation>Столбцы разделены</translation>
    </message>
    <message>
      <source>Recognised as a %1 orders export.</source>
      <translation>Похоже на выгрузку заказов из %1.</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Лист:</translation>
    </message>
    <message numerus="yes">
      <source>Showing the first %1 of %Ln row(s).</source>
      <translation>
        <numerusform>Показаны первые %1 из %Ln строки.</numerusform>
        <numerusform>Показаны первые %1 из %Ln строк.</numerusform>
        <numerusform>Показаны первые %1 из %Ln строк.</numerusform>
      </translation>
    </message>
    <message>
      <source>Text read as</source>
      <translation>Кодировка текста</translation>
    </message>
    <message>
      <source>Using the columns you chose last time for this kind of file.</source>
      <translation>Столбцы выбраны так же, как в прошлый раз для такого файла.</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>%1 - problems.xlsx</source>
      <translation>%1 - проблемы.xlsx</translation>
    </message>
    <message>
      <source>(whole row)</source>
      <translation>(вся строка)</translation>
    </message>
    <message>
      <source>Added %1.</source>
      <translation>Добавлено: %1.</translation>
    </message>
    <message>
      <source>Already in LifeCRM, left as they are: %1.</source>
      <translation>Уже есть в LifeCRM, оставлены без изменений: %1.</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Покупатель</translation>
    </message>
    <message numerus="yes">
      <source>Customers who appear with different names: %Ln.</source>
      <translation>
        <numerusform>Покупатели под разными именами: %Ln.</numerusform>
        <numerusform>Покупатели под разными именами: %Ln.</numerusform>
        <numerusform>Покупатели под разными именами: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row can be imported.</source>
      <translation>Все строки можно импортировать.</translation>
    </message>
    <message>
      <source>Hide them</source>
      <translation>Скрыть</translation>
    </message>
    <message>
      <source>Imported without this value</source>
      <translation>Импортировано без этого значения</translation>
    </message>
    <message>
      <source>Name kept</source>
      <translation>Оставленное имя</translation>
    </message>
    <message>
      <source>Name not used</source>
      <translation>Неиспользованное имя</translation>
    </message>
    <message>
      <source>Nothing new to add: this file holds nothing LifeCRM does not have.</source>
      <translation>Добавлять нечего: всё из этого файла уже есть в LifeCRM.</translation>
    </message>
    <message>
      <source>Nothing new was added.</source>
      <translation>Ничего нового не добавлено.</translation>
    </message>
    <message>
      <source>Nothing was imported; your data is as it was.</source>
      <translation>Ничего не импортировано; ваши данные не изменились.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Row skipped</source>
      <translation>Строка пропущена</translation>
    </message>
    <message numerus="yes">
      <source>Rows skipped because of a problem: %Ln.</source>
      <translation>
        <numerusform>Пропущено строк из-за проблем: %Ln.</numerusform>
        <numerusform>Пропущено строк из-за проблем: %Ln.</numerusform>
        <numerusform>Пропущено строк из-за проблем: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows with a problem:</source>
      <translation>Строки с проблемами:</translation>
    </message>
    <message>
      <source>Save the rows with a problem</source>
      <translation>Сохранить строки с проблемами</translation>
    </message>
    <message>
      <source>Save them as a spreadsheet…</source>
      <translation>Сохранить их в таблицу…</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Сохранено: %1.</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Stages are up to date: close this window to see your customers.</source>
      <translation>Этапы обновлены: закройте это окно, чтобы увидеть своих покупателей.</translation>
    </message>
    <message>
      <source>The same customer appears with different names; LifeCRM keeps one:</source>
      <translation>Один и тот же покупатель записан под разными именами; LifeCRM оставляет одно:</translation>
    </message>
    <message>
      <source>These rows have a problem:</source>
      <translation>В этих строках есть проблемы:</translation>
    </message>
    <message>
      <source>This will add %1.</source>
      <translation>Будет добавлено: %1.</translation>
    </message>
    <message>
      <source>To be updated: %1.</source>
      <translation>Будет обновлено: %1.</translation>
    </message>
    <message>
      <source>Updated: %1.</source>
      <translation>Обновлено: %1.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message numerus="yes">
      <source>Values left out because they cannot be read: %Ln.</source>
      <translation>
        <numerusform>Пропущено нечитаемых значений: %Ln.</numerusform>
        <numerusform>Пропущено нечитаемых значений: %Ln.</numerusform>
        <numerusform>Пропущено нечитаемых значений: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Что будет</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>You can start the import again whenever you like.</source>
      <translation>Импорт можно начать снова в любое время.</translation>
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete segment</source>
      <translation>Удаление подборки</translation>
    </message>
    <message>
      <source>Delete the segment “%1”?</source>
      <translation>Удалить подборку «%1»?</translation>
    </message>
    <message>
      <source>New name for “%1”:</source>
      <translation>Новое название для «%1»:</translation>
    </message>
    <message>
      <source>Rename segment</source>
      <translation>Переименование подборки</translation>
    </message>
    <message>
      <source>Saving segments…</source>
      <translation>Сохраняем подборки…</translation>
    </message>
    <message>
      <source>Your customers stay as they are; only this saved question is deleted.</source>
      <translation>С вашими покупателями ничего не случится: удаляется только этот сохранённый вопрос.</translation>
    </message>
  </context>
  <context>
    <name>SegmentBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln покупатель</numerusform>
        <numerusform>%Ln покупателя</numerusform>
        <numerusform>%Ln покупателей</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Nobody is in this segment today.</source>
      <translation>Сегодня в эту подборку никто не входит.</translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Написать этим покупателям…</translation>
    </message>
    <message>
      <source>counting…</source>
      <translation>считаем…</translation>
    </message>
  </context>
  <context>
    <name>SegmentList</name>
    <message>
      <source>+ New segment…</source>
      <translation>+ Новая подборка…</translation>
    </message>
    <message>
      <source>Ask your own question: who bought what, when, how much</source>
      <translation>Задайте свой вопрос: кто что купил, когда и на какую сумму</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Edit a copy…</source>
      <translation>Изменить копию…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Переименовать…</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Подборки</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source> and </source>
      <translation> и </translation>
    </message>
    <message>
      <source> days</source>
      <translation> дн.</translation>
    </message>
    <message>
      <source> or </source>
      <translation> или </translation>
    </message>
    <message numerus="yes">
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 и ещё %n</numerusform>
        <numerusform>%1 и ещё %n</numerusform>
        <numerusform>%1 и ещё %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s) match today</source>
      <translation>
        <numerusform>Сегодня подходит %Ln покупатель</numerusform>
        <numerusform>Сегодня подходят %Ln покупателя</numerusform>
        <numerusform>Сегодня подходят %Ln покупателей</numerusform>
      </translation>
    </message>
    <message>
      <source>+ Add a condition</source>
      <translation>+ Добавить условие</translation>
    </message>
    <message>
      <source>+ Add a group</source>
      <translation>+ Добавить группу условий</translation>
    </message>
    <message>
      <source>A framed list of conditions with its own any/all, e.g. bought A or B</source>
      <translation>Отдельный блок условий со своим выбором «всем/любому», например: покупал A или B</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>Все покупатели</translation>
    </message>
    <message>
      <source>All: every condition must hold. Any: at least one must.</source>
      <translation>«Всем»: должны выполняться все условия. «Любому»: хотя бы одно.</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Средняя сумма заказа</translation>
    </message>
    <message>
      <source>Best customer (top 2 %)</source>
      <translation>Лучший покупатель (первые 2 %)</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>День рождения</translation>
    </message>
    <message>
      <source>Bought</source>
      <translation>Покупал</translation>
    </message>
    <message>
      <source>Buying pace</source>
      <translation>Темп покупок</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Choose a suggestion…</source>
      <translation>Выберите готовый вариант…</translation>
    </message>
    <message>
      <source>Choose products…</source>
      <translation>Выбрать товары…</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one country.</source>
      <translation>Условие %1: выберите хотя бы одну страну.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one language.</source>
      <translation>Условие %1: выберите хотя бы один язык.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one product.</source>
      <translation>Условие %1: выберите хотя бы один товар.</translation>
    </message>
    <message>
      <source>Condition %1: fill in a value.</source>
      <translation>Условие %1: укажите значение.</translation>
    </message>
    <message>
      <source>Condition %1: tick at least one stage.</source>
      <translation>Условие %1: отметьте хотя бы один этап.</translation>
    </message>
    <message>
      <source>Condition %1: type a word or phrase.</source>
      <translation>Условие %1: введите слово или фразу.</translation>
    </message>
    <message>
      <source>Condition %1: type an amount.</source>
      <translation>Условие %1: введите сумму.</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Считаем…</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Покупатели, соответствующие</translation>
    </message>
    <message>
      <source>Days since last order</source>
      <translation>Дней с последнего заказа</translation>
    </message>
    <message>
      <source>Did not buy</source>
      <translation>Не покупал</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Не хочет получать письма</translation>
    </message>
    <message>
      <source>Edit the segment “%1”</source>
      <translation>Изменить подборку «%1»</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Первый заказ</translation>
    </message>
    <message>
      <source>Fix the rule to see who matches.</source>
      <translation>Исправьте условия, чтобы увидеть, кто подходит.</translation>
    </message>
    <message>
      <source>Frequency score (RFM)</source>
      <translation>Оценка частоты (RFM)</translation>
    </message>
    <message>
      <source>Give the segment a name and valid rules.</source>
      <translation>Дайте подборке название и задайте правильные условия.</translation>
    </message>
    <message>
      <source>Has an e-mail address</source>
      <translation>Есть адрес эл. почты</translation>
    </message>
    <message>
      <source>In plain words: %1</source>
      <translation>Простыми словами: %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Последний заказ</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>Соответствие</translation>
    </message>
    <message>
      <source>Money score (RFM)</source>
      <translation>Оценка суммы (RFM)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>New segment</source>
      <translation>Новая подборка</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>Никто</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Number of orders</source>
      <translation>Количество заказов</translation>
    </message>
    <message>
      <source>Recency score (RFM)</source>
      <translation>Оценка давности (RFM)</translation>
    </message>
    <message>
      <source>Remove this condition</source>
      <translation>Убрать это условие</translation>
    </message>
    <message>
      <source>Remove this group and its conditions</source>
      <translation>Убрать эту группу вместе с её условиями</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Saving failed because of a bug in LifeCRM.</source>
      <translation>Не удалось сохранить из-за ошибки в LifeCRM.</translation>
    </message>
    <message>
      <source>Search your products by name or SKU</source>
      <translation>Поиск товаров по названию или артикулу</translation>
    </message>
    <message>
      <source>Segment name</source>
      <translation>Название подборки</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>Начать с</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Сумма покупок</translation>
    </message>
    <message>
      <source>Use “%1” as typed</source>
      <translation>Использовать «%1» как введено</translation>
    </message>
    <message>
      <source>a SKU starting with</source>
      <translation>артикул, начинающийся на</translation>
    </message>
    <message>
      <source>a product whose name has</source>
      <translation>товар, в названии которого есть</translation>
    </message>
    <message>
      <source>a word or phrase</source>
      <translation>слово или фраза</translation>
    </message>
    <message>
      <source>accepts e-mails</source>
      <translation>получает письма</translation>
    </message>
    <message>
      <source>all</source>
      <translation>всем</translation>
    </message>
    <message>
      <source>amount, e.g. 50 000</source>
      <translation>сумма, например 50 000</translation>
    </message>
    <message>
      <source>and</source>
      <translation>и</translation>
    </message>
    <message>
      <source>any</source>
      <translation>любому</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>любой из этих</translation>
    </message>
    <message>
      <source>average order %1</source>
      <translation>средний заказ %1</translation>
    </message>
    <message>
      <source>between %1 and %2</source>
      <translation>от %1 до %2</translation>
    </message>
    <message numerus="yes">
      <source>birthday in the next %n day(s)</source>
      <translation>
        <numerusform>день рождения в ближайший %n день</numerusform>
        <numerusform>день рождения в ближайшие %n дня</numerusform>
        <numerusform>день рождения в ближайшие %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>birthday this month</source>
      <translation>день рождения в этом месяце</translation>
    </message>
    <message>
      <source>bought %1</source>
      <translation>покупал %1</translation>
    </message>
    <message>
      <source>bought a product whose SKU starts with %1</source>
      <translation>покупал товар с артикулом, начинающимся на %1</translation>
    </message>
    <message>
      <source>bought a product whose name has %1</source>
      <translation>покупал товар, в названии которого есть %1</translation>
    </message>
    <message>
      <source>buying at a steady pace</source>
      <translation>покупает в прежнем темпе</translation>
    </message>
    <message>
      <source>buying less often lately</source>
      <translation>стал покупать реже</translation>
    </message>
    <message>
      <source>buying more often lately</source>
      <translation>стал покупать чаще</translation>
    </message>
    <message>
      <source>contain</source>
      <translation>содержат</translation>
    </message>
    <message>
      <source>country is %1</source>
      <translation>страна: %1</translation>
    </message>
    <message>
      <source>country is not %1</source>
      <translation>страна: не %1</translation>
    </message>
    <message>
      <source>days since last order %1</source>
      <translation>дней с последнего заказа %1</translation>
    </message>
    <message>
      <source>did not buy %1</source>
      <translation>не покупал %1</translation>
    </message>
    <message>
      <source>does not want e-mails</source>
      <translation>не хочет получать письма</translation>
    </message>
    <message>
      <source>e.g. Bicycle but no helmet</source>
      <translation>например: Велосипед без шлема</translation>
    </message>
    <message>
      <source>first order after %1</source>
      <translation>первый заказ после %1</translation>
    </message>
    <message>
      <source>first order before %1</source>
      <translation>первый заказ до %1</translation>
    </message>
    <message numerus="yes">
      <source>first order in the last %n day(s)</source>
      <translation>
        <numerusform>первый заказ за последний %n день</numerusform>
        <numerusform>первый заказ за последние %n дня</numerusform>
        <numerusform>первый заказ за последние %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>frequency score %1</source>
      <translation>оценка частоты %1</translation>
    </message>
    <message>
      <source>has an e-mail address</source>
      <translation>есть адрес эл. почты</translation>
    </message>
    <message>
      <source>has no e-mail address</source>
      <translation>нет адреса эл. почты</translation>
    </message>
    <message>
      <source>is</source>
      <translation>—</translation>
    </message>
    <message>
      <source>is at least</source>
      <translation>не меньше</translation>
    </message>
    <message>
      <source>is at most</source>
      <translation>не больше</translation>
    </message>
    <message>
      <source>is between</source>
      <translation>между</translation>
    </message>
    <message>
      <source>is exactly</source>
      <translation>ровно</translation>
    </message>
    <message>
      <source>is in the next</source>
      <translation>в ближайшие</translation>
    </message>
    <message>
      <source>is less than</source>
      <translation>меньше</translation>
    </message>
    <message>
      <source>is more than</source>
      <translation>больше</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>ни один из</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>один из</translation>
    </message>
    <message>
      <source>is this month</source>
      <translation>в этом месяце</translation>
    </message>
    <message>
      <source>language is %1</source>
      <translation>язык: %1</translation>
    </message>
    <message>
      <source>language is not %1</source>
      <translation>язык: не %1</translation>
    </message>
    <message>
      <source>last order after %1</source>
      <translation>последний заказ после %1</translation>
    </message>
    <message>
      <source>last order before %1</source>
      <translation>последний заказ до %1</translation>
    </message>
    <message numerus="yes">
      <source>last order in the last %n day(s)</source>
      <translation>
        <numerusform>последний заказ за последний %n день</numerusform>
        <numerusform>последний заказ за последние %n дня</numerusform>
        <numerusform>последний заказ за последние %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>money score %1</source>
      <translation>оценка суммы %1</translation>
    </message>
    <message>
      <source>never bought a product whose SKU starts with %1</source>
      <translation>никогда не покупал товар с артикулом, начинающимся на %1</translation>
    </message>
    <message>
      <source>never bought a product whose name has %1</source>
      <translation>никогда не покупал товар, в названии которого есть %1</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>not one of the best customers</source>
      <translation>не из лучших покупателей</translation>
    </message>
    <message>
      <source>notes contain %1</source>
      <translation>в заметках есть %1</translation>
    </message>
    <message>
      <source>of these:</source>
      <translation>из этих условий:</translation>
    </message>
    <message>
      <source>one of the best customers</source>
      <translation>один из лучших покупателей</translation>
    </message>
    <message>
      <source>orders %1</source>
      <translation>заказов %1</translation>
    </message>
    <message>
      <source>recency score %1</source>
      <translation>оценка давности %1</translation>
    </message>
    <message>
      <source>stage is %1</source>
      <translation>этап: %1</translation>
    </message>
    <message>
      <source>stage is not %1</source>
      <translation>этап: не %1</translation>
    </message>
    <message>
      <source>total spent %1</source>
      <translation>сумма покупок %1</translation>
    </message>
    <message>
      <source>was after</source>
      <translation>после</translation>
    </message>
    <message>
      <source>was before</source>
      <translation>до</translation>
    </message>
    <message>
      <source>was in the last</source>
      <translation>за последние</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… и ещё %Ln</numerusform>
        <numerusform>… и ещё %Ln</numerusform>
        <numerusform>… и ещё %Ln</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sending</name>
    <message numerus="yes">
      <source>%1 of %n message(s) sent</source>
      <translation>
        <numerusform>Отправлено %1 из %n письма</numerusform>
        <numerusform>Отправлено %1 из %n писем</numerusform>
        <numerusform>Отправлено %1 из %n писем</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>%1: your normal mailbox password should work.</source>
      <translation>%1: подойдёт ваш обычный пароль от почты.</translation>
    </message>
    <message numerus="yes">
      <source>%n chosen customer(s)</source>
      <translation>
        <numerusform>%n выбранный покупатель</numerusform>
        <numerusform>%n выбранных покупателя</numerusform>
        <numerusform>%n выбранных покупателей</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s) were written to in the last %1 days and will be skipped.</source>
      <translation>
        <numerusform>%n покупатель уже получил письмо за последние %1 дн. и будет пропущен.</numerusform>
        <numerusform>%n покупателя уже получили письма за последние %1 дн. и будут пропущены.</numerusform>
        <numerusform>%n покупателей уже получили письма за последние %1 дн. и будут пропущены.</numerusform>
      </translation>
    </message>
    <message>
      <source>(saved)</source>
      <translation>(сохранён)</translation>
    </message>
    <message>
      <source>(the server said: %1)</source>
      <translation>(ответ сервера: %1)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Some messages may have been sent.&lt;/b&gt; The connection broke just as the mail server was taking them, so LifeCRM cannot tell whether they went out. Look for them in your mailbox's Sent folder. If a message is not there, select it and choose &lt;i&gt;Send again&lt;/i&gt;. If it is there, or you are not sure, choose &lt;i&gt;Don't send&lt;/i&gt;: sending again could give the customer the same e-mail twice.</source>
      <translation>&lt;b&gt;Возможно, некоторые письма уже отправлены.&lt;/b&gt; Связь оборвалась как раз тогда, когда почтовый сервер их принимал, поэтому LifeCRM не может знать, ушли ли они. Поищите их в папке «Отправленные» вашего почтового ящика. Если письма там нет, выделите его и нажмите &lt;i&gt;Отправить ещё раз&lt;/i&gt;. Если оно там есть или вы не уверены, нажмите &lt;i&gt;Не отправлять&lt;/i&gt;: при повторной отправке покупатель может получить одно и то же письмо дважды.</translation>
    </message>
    <message>
      <source>A batch is being sent; wait until it is done.</source>
      <translation>Сейчас идёт отправка; дождитесь, пока она закончится.</translation>
    </message>
    <message>
      <source>Anna Kovács</source>
      <translation>Анна Ковач</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Получатели</translation>
    </message>
    <message>
      <source>Being sent</source>
      <translation>Отправляется</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Рассылка</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Customers see this address and reply to it.</source>
      <translation>Покупатели видят этот адрес и отвечают на него.</translation>
    </message>
    <message>
      <source>Customers written to more recently are left out.</source>
      <translation>Покупатели, которым вы писали за этот срок, пропускаются.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Don't send</source>
      <translation>Не отправлять</translation>
    </message>
    <message numerus="yes">
      <source>Done: %n message(s) sent.</source>
      <translation>
        <numerusform>Готово: отправлено %n письмо.</numerusform>
        <numerusform>Готово: отправлено %n письма.</numerusform>
        <numerusform>Готово: отправлено %n писем.</numerusform>
      </translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>Kept in your computer's password store, never in LifeCRM's files.</source>
      <translation>Хранится в хранилище паролей вашего компьютера, а не в файлах LifeCRM.</translation>
    </message>
    <message>
      <source>LifeCRM cannot send through %1 yet.</source>
      <translation>LifeCRM пока не умеет отправлять письма через %1.</translation>
    </message>
    <message>
      <source>LifeCRM sends your e-mails through your own mailbox, as if you had written each one yourself. Replies come back to you.</source>
      <translation>LifeCRM отправляет ваши письма через ваш собственный почтовый ящик, как будто каждое вы написали сами. Ответы приходят вам.</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Ограничения</translation>
    </message>
    <message>
      <source>May have been sent</source>
      <translation>Возможно, отправлено</translation>
    </message>
    <message>
      <source>May have been sent: %1</source>
      <translation>Возможно, отправлено: %1</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>No password is saved for this account yet.</source>
      <translation>Для этого почтового ящика пароль пока не сохранён.</translation>
    </message>
    <message>
      <source>None (only for this computer)</source>
      <translation>Нет (только для этого компьютера)</translation>
    </message>
    <message>
      <source>Nothing has been sent yet. Campaigns appear here once you send.</source>
      <translation>Пока ничего не отправлено. Рассылки появятся здесь после отправки.</translation>
    </message>
    <message>
      <source>Nothing more was sent; the rest waits in the outbox.</source>
      <translation>Больше ничего не отправлено; остальное ждёт в «Исходящих».</translation>
    </message>
    <message>
      <source>One e-mail to your own address, to check that everything works.</source>
      <translation>Одно письмо на ваш собственный адрес, чтобы проверить, что всё работает.</translation>
    </message>
    <message>
      <source>Only for a mail server on this computer.</source>
      <translation>Только для почтового сервера на этом компьютере.</translation>
    </message>
    <message>
      <source>Other / my own server</source>
      <translation>Другой / свой сервер</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Исходящие</translation>
    </message>
    <message>
      <source>Outbox…</source>
      <translation>Исходящие…</translation>
    </message>
    <message>
      <source>Outgoing server</source>
      <translation>Сервер исходящей почты</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Paused. Resume goes on where it stopped.</source>
      <translation>Пауза. Кнопка «Продолжить» продолжит с того же места.</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Порт</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Почтовый сервис</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Отклонено</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Отклонено: %1</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <source>Retry refused</source>
      <translation>Повторить отклонённые</translation>
    </message>
    <message>
      <source>SSL/TLS (usually port 465)</source>
      <translation>SSL/TLS (обычно порт 465)</translation>
    </message>
    <message>
      <source>STARTTLS (usually port 587)</source>
      <translation>STARTTLS (обычно порт 587)</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Saved in your computer's password store. Type a new one to replace it.</source>
      <translation>Сохранён в хранилище паролей вашего компьютера. Чтобы заменить его, введите новый.</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Защита</translation>
    </message>
    <message>
      <source>Segment “%1”</source>
      <translation>Подборка «%1»</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Отправить</translation>
    </message>
    <message numerus="yes">
      <source>Send %n message(s) from %1 through %2?</source>
      <translation>
        <numerusform>Отправить %n письмо с адреса %1 через %2?</numerusform>
        <numerusform>Отправить %n письма с адреса %1 через %2?</numerusform>
        <numerusform>Отправить %n писем с адреса %1 через %2?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send a test message</source>
      <translation>Отправить пробное письмо</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Отправить ещё раз</translation>
    </message>
    <message>
      <source>Send at most %1 e-mails a minute and %2 a day.</source>
      <translation>Отправлять не больше %1 писем в минуту и %2 в день.</translation>
    </message>
    <message>
      <source>Send e-mails</source>
      <translation>Отправка писем</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>Отправить остальные</translation>
    </message>
    <message>
      <source>Send to them anyway</source>
      <translation>Всё равно отправить им</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Отправка</translation>
    </message>
    <message>
      <source>Sending a test message to %1…</source>
      <translation>Отправляем пробное письмо на %1…</translation>
    </message>
    <message>
      <source>Sending account</source>
      <translation>Почтовый ящик для отправки</translation>
    </message>
    <message>
      <source>Sending account…</source>
      <translation>Почтовый ящик для отправки…</translation>
    </message>
    <message>
      <source>Sending goes on; File → Outbox… shows how far it is.</source>
      <translation>Отправка продолжится; как она идёт, видно в меню Файл → Исходящие…</translation>
    </message>
    <message>
      <source>Sending stopped: %1</source>
      <translation>Отправка остановлена: %1</translation>
    </message>
    <message>
      <source>Sending “%1”</source>
      <translation>Отправка «%1»</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Отправлено</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Отправлено %1</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Пропущено</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Пропущено: %1</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>В LifeCRM что-то пошло не так (ошибка в программе).</translation>
    </message>
    <message>
      <source>Still to send: %1</source>
      <translation>Осталось отправить: %1</translation>
    </message>
    <message>
      <source>Stop sending</source>
      <translation>Остановить отправку</translation>
    </message>
    <message numerus="yes">
      <source>Stopped. The %n message(s) not sent yet stay in the outbox: send them from File → Outbox… whenever you like.</source>
      <translation>
        <numerusform>Остановлено. Неотправленные письма (%n) остаются в «Исходящих»: отправить их можно в любое время через меню Файл → Исходящие…</numerusform>
        <numerusform>Остановлено. Неотправленные письма (%n) остаются в «Исходящих»: отправить их можно в любое время через меню Файл → Исходящие…</numerusform>
        <numerusform>Остановлено. Неотправленные письма (%n) остаются в «Исходящих»: отправить их можно в любое время через меню Файл → Исходящие…</numerusform>
      </translation>
    </message>
    <message>
      <source>Stopping after the message being sent…</source>
      <translation>Остановимся после письма, которое отправляется сейчас…</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>The first %1 go out today; the rest follow by themselves once the limit allows, while LifeCRM is open.</source>
      <translation>Сегодня уйдут первые %1; остальные отправятся сами, когда позволит лимит, пока LifeCRM открыт.</translation>
    </message>
    <message>
      <source>The outbox shows which ones did not go out, and why.</source>
      <translation>В «Исходящих» видно, какие письма не ушли и почему.</translation>
    </message>
    <message>
      <source>The server asked to try some messages again later; LifeCRM does so %2.</source>
      <translation>Сервер попросил повторить отправку некоторых писем позже; LifeCRM сделает это %2.</translation>
    </message>
    <message>
      <source>The test message is on its way to %1. When it arrives in your inbox, everything works: save, and you are ready to send.</source>
      <translation>Пробное письмо отправлено на %1. Когда оно придёт во «Входящие», значит, всё работает: сохраните настройки — и можно отправлять.</translation>
    </message>
    <message>
      <source>This computer has no password store LifeCRM can use, so your password is not saved: LifeCRM will ask for it when you send.</source>
      <translation>На этом компьютере нет хранилища паролей, которым может пользоваться LifeCRM, поэтому пароль не сохраняется: LifeCRM спросит его при отправке.</translation>
    </message>
    <message>
      <source>To send</source>
      <translation>К отправке</translation>
    </message>
    <message>
      <source>Today you can still send %1 of %2.</source>
      <translation>Сегодня можно отправить ещё %1 из %2.</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is reached. The rest go out %2, by themselves while LifeCRM is open (or from the outbox later).</source>
      <translation>Дневной лимит писем (%1) исчерпан. Остальные уйдут %2 — сами, пока LifeCRM открыт (или позже из «Исходящих»).</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is used up: they go out by themselves once it allows, while LifeCRM is open.</source>
      <translation>Дневной лимит писем (%1) исчерпан: письма уйдут сами, когда лимит позволит, пока LifeCRM открыт.</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Попытки</translation>
    </message>
    <message>
      <source>Tries the messages the server refused once more, for example after a typo fix.</source>
      <translation>Ещё раз отправить письма, которые сервер отклонил, например после исправления опечатки.</translation>
    </message>
    <message>
      <source>Type the password for %1 to send:</source>
      <translation>Чтобы отправить, введите пароль для %1:</translation>
    </message>
    <message>
      <source>Type your password first.</source>
      <translation>Сначала введите пароль.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Имя пользователя</translation>
    </message>
    <message>
      <source>Usually your e-mail address</source>
      <translation>Обычно это ваш адрес эл. почты</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>Ждёт отправки</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>What is not sent yet stays in the outbox.</source>
      <translation>Всё неотправленное останется в «Исходящих».</translation>
    </message>
    <message>
      <source>Who the e-mails come from</source>
      <translation>От кого письма</translation>
    </message>
    <message>
      <source>Will try again %1</source>
      <translation>Новая попытка %1</translation>
    </message>
    <message>
      <source>Write to the same customer at most once in %1 days.</source>
      <translation>Писать одному и тому же покупателю не чаще раза в %1 дн.</translation>
    </message>
    <message>
      <source>You can keep working; the e-mails go out in the background.</source>
      <translation>Можно продолжать работу: письма уходят в фоновом режиме.</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Ваш адрес эл. почты</translation>
    </message>
    <message>
      <source>Your mail provider</source>
      <translation>Ваш почтовый сервис</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ваше имя</translation>
    </message>
    <message>
      <source>Your password and your customers' e-mails always travel encrypted.</source>
      <translation>Ваш пароль и письма покупателям всегда передаются в зашифрованном виде.</translation>
    </message>
    <message>
      <source>Your password is not saved (this computer has no password store).</source>
      <translation>Ваш пароль не сохранён (на этом компьютере нет хранилища паролей).</translation>
    </message>
    <message>
      <source>Your provider or web host tells you the outgoing (SMTP) server's name, its port and its security; they are often on its help pages under “mail program settings”.</source>
      <translation>Имя сервера исходящей почты (SMTP), порт и защиту соединения сообщает ваш почтовый сервис или хостинг; обычно они есть в его справке, в разделе вроде «настройки почтовой программы».</translation>
    </message>
    <message>
      <source>Your provider's daily limit; what is over it goes out the next day.</source>
      <translation>Дневной лимит вашего почтового сервиса; то, что сверх него, уйдёт на следующий день.</translation>
    </message>
    <message numerus="yes">
      <source>about %n hour(s) at %1 a minute</source>
      <translation>
        <numerusform>около %n часа, по %1 в минуту</numerusform>
        <numerusform>около %n часов, по %1 в минуту</numerusform>
        <numerusform>около %n часов, по %1 в минуту</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>about %n minute(s) at %1 a minute</source>
      <translation>
        <numerusform>около %n минуты, по %1 в минуту</numerusform>
        <numerusform>около %n минут, по %1 в минуту</numerusform>
        <numerusform>около %n минут, по %1 в минуту</numerusform>
      </translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>в %1</translation>
    </message>
    <message>
      <source>less than a minute at %1 a minute</source>
      <translation>меньше минуты, по %1 в минуту</translation>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>нет адреса эл. почты</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>opted out</source>
      <translation>отказ от писем</translation>
    </message>
    <message>
      <source>smtp.example.com</source>
      <translation>smtp.example.com</translation>
    </message>
    <message>
      <source>written to lately</source>
      <translation>недавно уже писали</translation>
    </message>
    <message>
      <source>you chose not to send it again</source>
      <translation>вы решили не отправлять повторно</translation>
    </message>
  </context>
  <context>
    <name>SendingActions</name>
    <message>
      <source>&amp;Outbox…</source>
      <translation>Исх&amp;одящие…</translation>
    </message>
    <message>
      <source>Another batch is being sent. Wait until it is done, or stop it first.</source>
      <translation>Сейчас уже идёт отправка других писем. Дождитесь её окончания или сначала остановите её.</translation>
    </message>
    <message>
      <source>Every recipient was skipped; nothing to send.</source>
      <translation>Все получатели пропущены, отправлять нечего.</translation>
    </message>
    <message>
      <source>Keep sending</source>
      <translation>Продолжить отправку</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>LifeCRM is sending</source>
      <translation>LifeCRM отправляет письма</translation>
    </message>
    <message>
      <source>Sending &amp;account…</source>
      <translation>&amp;Почтовый ящик для отправки…</translation>
    </message>
    <message>
      <source>Sending &amp;progress…</source>
      <translation>Ход о&amp;тправки…</translation>
    </message>
    <message>
      <source>Sending e-mails: %1 of %2</source>
      <translation>Отправка писем: %1 из %2</translation>
    </message>
    <message>
      <source>Stop and close</source>
      <translation>Остановить и закрыть</translation>
    </message>
    <message>
      <source>Stop sending after the current message?</source>
      <translation>Остановить отправку после текущего письма?</translation>
    </message>
    <message>
      <source>The mailbox your e-mails are sent from.</source>
      <translation>Почтовый ящик, из которого отправляются ваши письма.</translation>
    </message>
    <message>
      <source>The messages not sent yet stay in the outbox; send them the next time from File → Outbox….</source>
      <translation>Неотправленные письма останутся в «Исходящих»; в следующий раз отправьте их через меню Файл → Исходящие…</translation>
    </message>
    <message>
      <source>What was sent, what waits, what went wrong.</source>
      <translation>Что отправлено, что ждёт, что пошло не так.</translation>
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Segments</source>
      <translation>Подборки</translation>
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>A loyal customer gone for over a year. Contact them personally: a call or a letter from you.</source>
      <translation>Постоянный покупатель, который не покупает больше года. Свяжитесь с ним лично: позвоните или напишите ему от себя.</translation>
    </message>
    <message>
      <source>A loyal customer who stopped buying. Write a personal note asking what happened, and offer a discount on a large order.</source>
      <translation>Постоянный покупатель, который перестал покупать. Напишите ему личное письмо, спросите, что случилось, и предложите скидку на крупный заказ.</translation>
    </message>
    <message>
      <source>Four or more orders and still buying. Make them feel exclusive: your loyalty programme, early news, and ask for a review or a referral.</source>
      <translation>Четыре заказа или больше, и покупатель продолжает покупать. Покажите, что он для вас особенный: программа для постоянных покупателей, новости раньше других. Попросите отзыв или порекомендовать вас знакомым.</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Ушедшие</translation>
    </message>
    <message>
      <source>Lost loyal</source>
      <translation>Ушедшие постоянные</translation>
    </message>
    <message>
      <source>Loyal</source>
      <translation>Постоянные</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Новые</translation>
    </message>
    <message>
      <source>No order for more than three months. Win them back with a subject line that earns the open and a regular, friendly reminder.</source>
      <translation>Нет заказов больше трёх месяцев. Верните их письмами с темой, которую захочется открыть, и регулярными дружескими напоминаниями.</translation>
    </message>
    <message>
      <source>One order in the last month. Send a personal thank-you, tell them your shop's story and invite them to follow you.</source>
      <translation>Один заказ за последний месяц. Лично поблагодарите, расскажите историю вашего магазина и пригласите следить за вашими новостями.</translation>
    </message>
    <message>
      <source>Passive</source>
      <translation>Пассивные</translation>
    </message>
    <message>
      <source>Passive loyal</source>
      <translation>Пассивные постоянные</translation>
    </message>
    <message>
      <source>Promising</source>
      <translation>Перспективные</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Потенциальные</translation>
    </message>
    <message>
      <source>They bought, then went quiet. Show them your best-selling product and give them a one-time discount code.</source>
      <translation>Купили и пропали. Покажите им ваш самый популярный товар и дайте одноразовый промокод на скидку.</translation>
    </message>
    <message>
      <source>They have not bought yet. Invite them to a first purchase.</source>
      <translation>Они ещё ничего не покупали. Пригласите их сделать первую покупку.</translation>
    </message>
    <message>
      <source>Two or three orders, the last one recent. Offer free shipping or a small gift on the next order, and recommend products that go with what they bought.</source>
      <translation>Два или три заказа, последний — недавно. Предложите бесплатную доставку или небольшой подарок к следующему заказу и посоветуйте товары, которые подходят к уже купленному.</translation>
    </message>
  </context>
  <context>
    <name>StageSidebar</name>
    <message>
      <source>All customers</source>
      <translation>Все покупатели</translation>
    </message>
    <message>
      <source>Customer stages</source>
      <translation>Этапы покупателей</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message>
      <source>%1 · stages as of %2</source>
      <translation>%1 · этапы на %2</translation>
    </message>
    <message>
      <source>%1 · stages not worked out yet</source>
      <translation>%1 · этапы ещё не рассчитаны</translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln покупатель</numerusform>
        <numerusform>%Ln покупателя</numerusform>
        <numerusform>%Ln покупателей</numerusform>
      </translation>
    </message>
    <message>
      <source>No customers yet</source>
      <translation>Покупателей пока нет</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <source>A perk for the next order</source>
      <translation>Подарок к следующему заказу</translation>
    </message>
    <message>
      <source>A personal note: is everything all right?</source>
      <translation>Личное письмо: всё ли в порядке?</translation>
    </message>
    <message>
      <source>An invitation for regulars</source>
      <translation>Приглашение для постоянных клиентов</translation>
    </message>
    <message>
      <source>Birthday greeting</source>
      <translation>Поздравление с днём рождения</translation>
    </message>
    <message>
      <source>Our bestseller and a one-time code</source>
      <translation>Хит продаж и разовый промокод</translation>
    </message>
    <message>
      <source>Reconnecting with a past client</source>
      <translation>Письмо бывшему клиенту</translation>
    </message>
    <message>
      <source>Thank you for a first order</source>
      <translation>Благодарность за первый заказ</translation>
    </message>
    <message>
      <source>Thank-you to a best customer</source>
      <translation>Благодарность лучшим клиентам</translation>
    </message>
    <message>
      <source>Win-back 1: an offer</source>
      <translation>Возвращение 1: предложение</translation>
    </message>
    <message>
      <source>Win-back 2: what we stand for</source>
      <translation>Возвращение 2: наши ценности</translation>
    </message>
    <message>
      <source>Win-back 3: goodbye</source>
      <translation>Возвращение 3: прощание</translation>
    </message>
  </context>
  <context>
    <name>ThresholdsDialog</name>
    <message>
      <source> days</source>
      <translation> дн.</translation>
    </message>
    <message>
      <source> orders</source>
      <translation> заказов</translation>
    </message>
    <message>
      <source>%1 or more orders</source>
      <translation>%1 и более заказов</translation>
    </message>
    <message>
      <source>%1 to %2 orders</source>
      <translation>От %1 до %2 заказов</translation>
    </message>
    <message>
      <source>, then lost loyal.</source>
      <translation>, затем «Ушедшие постоянные».</translation>
    </message>
    <message>
      <source>, then lost.</source>
      <translation>, затем «Ушедшие».</translation>
    </message>
    <message>
      <source>, then passive loyal up to</source>
      <translation>, затем «Пассивные постоянные» — до</translation>
    </message>
    <message>
      <source>, then passive up to</source>
      <translation>, затем «Пассивные» — до</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Свои значения</translation>
    </message>
    <message>
      <source>Customers move between stages by how many orders they have placed and how long ago the last one was. Cancelled and refunded orders do not count.</source>
      <translation>Покупатели переходят между этапами в зависимости от того, сколько у них заказов и как давно был последний. Отменённые и возвращённые заказы не считаются.</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>По умолчанию</translation>
    </message>
    <message>
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <source>Lifecycle stages</source>
      <translation>Этапы покупателей</translation>
    </message>
    <message>
      <source>Loyal for up to</source>
      <translation>«Постоянные» — до</translation>
    </message>
    <message>
      <source>MiniCRM (one-order customers lost after 60 days)</source>
      <translation>MiniCRM (покупатели с одним заказом уходят в «Ушедшие» через 60 дней)</translation>
    </message>
    <message>
      <source>New for up to</source>
      <translation>«Новые» — до</translation>
    </message>
    <message>
      <source>One order</source>
      <translation>Один заказ</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Готовые настройки</translation>
    </message>
    <message>
      <source>Promising for up to</source>
      <translation>«Перспективные» — до</translation>
    </message>
    <message>
      <source>a customer is loyal.</source>
      <translation>покупатель попадает в «Постоянные».</translation>
    </message>
    <message>
      <source>a customer is promising.</source>
      <translation>покупатель попадает в «Перспективные».</translation>
    </message>
  </context>
</TS>
