<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
  <context>
    <name>AdviceBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln stranka</numerusform>
        <numerusform>%Ln stranki</numerusform>
        <numerusform>%Ln stranke</numerusform>
        <numerusform>%Ln strank</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Piši tem strankam…</translation>
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
      <translation>Rojstni dan</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>name@example.com</source>
      <translation>ime@primer.si</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>ni znano</translation>
    </message>
  </context>
  <context>
    <name>CoreErrors</name>
    <message>
      <source>Choose another database file.</source>
      <translation>Izberite drugo datoteko zbirke podatkov.</translation>
    </message>
  </context>
  <context>
    <name>CustomerActions</name>
    <message>
      <source>Edit %1</source>
      <translation>Uredi: %1</translation>
    </message>
    <message>
      <source>Edit details…</source>
      <translation>Uredi podatke…</translation>
    </message>
    <message>
      <source>Forget %1 for good?</source>
      <translation>Za vedno pozabite: %1?</translation>
    </message>
    <message>
      <source>Forget a customer</source>
      <translation>Pozabi stranko</translation>
    </message>
    <message>
      <source>Forget for good</source>
      <translation>Pozabi za vedno</translation>
    </message>
    <message>
      <source>Forget…</source>
      <translation>Pozabi…</translation>
    </message>
    <message>
      <source>No more e-mails</source>
      <translation>Nič več e-pošte</translation>
    </message>
    <message>
      <source>Their contact details, orders, notes and messages are erased and cannot be brought back. Do this when someone asks you to delete their data.</source>
      <translation>Kontaktni podatki, naročila, zapiski in sporočila bodo izbrisani in jih ne bo mogoče obnoviti. To storite, ko vas kdo prosi za izbris svojih podatkov.</translation>
    </message>
    <message>
      <source>They asked not to be written to: LifeCRM will leave them out of every e-mail.</source>
      <translation>Stranka je prosila, naj ji ne pišete: LifeCRM jo bo izpustil iz vseh e-poštnih sporočil.</translation>
    </message>
    <message>
      <source>They asked to be forgotten: erase them and everything about them.</source>
      <translation>Stranka je prosila za pozabo: izbriše njo in vse podatke o njej.</translation>
    </message>
  </context>
  <context>
    <name>CustomerList</name>
    <message numerus="yes">
      <source>%Ln shown</source>
      <translation>
        <numerusform>%Ln prikazana</numerusform>
        <numerusform>%Ln prikazani</numerusform>
        <numerusform>%Ln prikazane</numerusform>
        <numerusform>%Ln prikazanih</numerusform>
      </translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Stranke</translation>
    </message>
    <message>
      <source>Search by name, e-mail or phone</source>
      <translation>Iščite po imenu, e-pošti ali telefonu</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n selected…</source>
      <translation>
        <numerusform>Piši %n izbrani…</numerusform>
        <numerusform>Piši %n izbranima…</numerusform>
        <numerusform>Piši %n izbranim…</numerusform>
        <numerusform>Piši %n izbranim…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Write to these %n customers…</source>
      <translation>
        <numerusform>Piši tej %n stranki…</numerusform>
        <numerusform>Piši tema %n strankama…</numerusform>
        <numerusform>Piši tem %n strankam…</numerusform>
        <numerusform>Piši tem %n strankam…</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to this customer…</source>
      <translation>Piši tej stranki…</translation>
    </message>
  </context>
  <context>
    <name>CustomerTable</name>
    <message>
      <source>%1 does not want e-mails.</source>
      <translation>%1 ne želi prejemati e-pošte.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Zadnje naročilo</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>One of the best customers: the top %1 % by money spent.</source>
      <translation>Ena najboljših strank: med zgornjimi %1 % po porabi.</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Naročila</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best). ★ marks the best customers.</source>
      <translation>Nedavnost, pogostost in poraba, vsaka ocenjena od 1 do 5 (5 je najboljše). ★ označuje najboljše stranke.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stopnja</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Skupna poraba</translation>
    </message>
  </context>
  <context>
    <name>Databases</name>
    <message>
      <source>Building demo data…</source>
      <translation>Pripravljam predstavitvene podatke…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Odpri moje podatke</translation>
    </message>
    <message>
      <source>Open your own database first, so that your orders and details never mix with the made-up customers? The demo stays as it is.</source>
      <translation>Ali želite najprej odpreti svojo zbirko podatkov, da se vaša naročila in podatki nikoli ne pomešajo z izmišljenimi strankami? Predstavitev ostane nespremenjena.</translation>
    </message>
    <message>
      <source>Stay in the demo</source>
      <translation>Ostani v predstavitvi</translation>
    </message>
    <message>
      <source>You are in the demo. This step is for your own data.</source>
      <translation>Ste v predstavitvi. Ta korak je namenjen vašim lastnim podatkom.</translation>
    </message>
  </context>
  <context>
    <name>DateQuestion</name>
    <message>
      <source>Day first (31/12/2025)</source>
      <translation>Najprej dan (31/12/2025)</translation>
    </message>
    <message>
      <source>Day first: %1 is %2</source>
      <translation>Najprej dan: %1 je %2</translation>
    </message>
    <message>
      <source>How are the dates in “%1” written?</source>
      <translation>Kako so zapisani datumi v stolpcu „%1“?</translation>
    </message>
    <message>
      <source>Month first (12/31/2025)</source>
      <translation>Najprej mesec (12/31/2025)</translation>
    </message>
    <message>
      <source>Month first: %1 is %2</source>
      <translation>Najprej mesec: %1 je %2</translation>
    </message>
  </context>
  <context>
    <name>DemoBand</name>
    <message>
      <source>Demo data: these customers are made up. Your own orders, your details and sending belong in your own database.</source>
      <translation>Predstavitveni podatki: te stranke so izmišljene. Vaša naročila, vaši podatki in pošiljanje sodijo v vašo lastno zbirko podatkov.</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Odpri moje podatke</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>%1, last one %2 → %3</source>
      <translation>%1, zadnje %2 → %3</translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n naročilo</numerusform>
        <numerusform>%n naročili</numerusform>
        <numerusform>%n naročila</numerusform>
        <numerusform>%n naročil</numerusform>
      </translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(brez imena)</translation>
    </message>
    <message>
      <source>(no number)</source>
      <translation>(brez številke)</translation>
    </message>
    <message>
      <source>Added to LifeCRM</source>
      <translation>Dodano v LifeCRM</translation>
    </message>
    <message>
      <source>Asked not to be contacted</source>
      <translation>Prosi, naj je ne kontaktirate</translation>
    </message>
    <message>
      <source>Became %1</source>
      <translation>Nova stopnja: %1</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Rojstni dan</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Država</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Does not count toward stages and totals.</source>
      <translation>Ne šteje se pri stopnjah in skupnih zneskih.</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Ne želi prejemati e-pošte</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>E-mail sent: %1</source>
      <translation>Poslano e-sporočilo: %1</translation>
    </message>
    <message>
      <source>First name: %1</source>
      <translation>Ime: %1</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Prvo naročilo</translation>
    </message>
    <message>
      <source>First order %1 · %2</source>
      <translation>Prvo naročilo %1 · %2</translation>
    </message>
    <message>
      <source>Imported from %1</source>
      <translation>Uvoženo iz %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Zadnje naročilo</translation>
    </message>
    <message>
      <source>Moved from %1 to %2</source>
      <translation>Prehod iz stopnje %1 v stopnjo %2</translation>
    </message>
    <message>
      <source>No orders yet → %1</source>
      <translation>Še brez naročil → %1</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>Št. %1</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Opomba: %1</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Opombe</translation>
    </message>
    <message>
      <source>Notes cleared</source>
      <translation>Opombe izbrisane</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Naročilo</translation>
    </message>
    <message>
      <source>Order %1 · %2</source>
      <translation>Naročilo %1 · %2</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Naročila</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Zasebnost</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency %1 · Frequency %2 · Money %3</source>
      <translation>Nedavnost %1 · Pogostost %2 · Poraba %3</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best).</source>
      <translation>Nedavnost, pogostost in poraba, vsaka ocenjena od 1 do 5 (5 je najboljše).</translation>
    </message>
    <message>
      <source>Save notes</source>
      <translation>Shrani opombe</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Shranjeno</translation>
    </message>
    <message>
      <source>Select a customer to see their details.</source>
      <translation>Izberite stranko, da vidite njene podatke.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Časovnica</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Znesek</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Skupna poraba</translation>
    </message>
    <message>
      <source>What you know about them: preferences, sizes, what you talked about…</source>
      <translation>Kar veste o stranki: kaj ima rada, velikosti, o čem ste se pogovarjali…</translation>
    </message>
    <message>
      <source>since %1</source>
      <translation>od %1</translation>
    </message>
    <message>
      <source>★ Best customer (top %1 %)</source>
      <translation>★ Najboljša stranka (zgornjih %1 %)</translation>
    </message>
  </context>
  <context>
    <name>Drafting</name>
    <message numerus="yes">
      <source>%n left out by you</source>
      <translation>
        <numerusform>%n izpuščeno po vaši izbiri</numerusform>
        <numerusform>%n izpuščeni po vaši izbiri</numerusform>
        <numerusform>%n izpuščena po vaši izbiri</numerusform>
        <numerusform>%n izpuščenih po vaši izbiri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n message(s) ready</source>
      <translation>
        <numerusform>%n sporočilo pripravljeno</numerusform>
        <numerusform>%n sporočili pripravljeni</numerusform>
        <numerusform>%n sporočila pripravljena</numerusform>
        <numerusform>%n sporočil pripravljenih</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>%n preskočeno</numerusform>
        <numerusform>%n preskočeni</numerusform>
        <numerusform>%n preskočena</numerusform>
        <numerusform>%n preskočenih</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n written to lately (skipped unless you insist)</source>
      <translation>
        <numerusform>%n stranki ste nedavno pisali (bo izpuščena, razen če vztrajate)</numerusform>
        <numerusform>%n strankama ste nedavno pisali (bosta izpuščeni, razen če vztrajate)</numerusform>
        <numerusform>%n strankam ste nedavno pisali (bodo izpuščene, razen če vztrajate)</numerusform>
        <numerusform>%n strankam ste nedavno pisali (bodo izpuščene, razen če vztrajate)</numerusform>
      </translation>
    </message>
    <message>
      <source>10% off</source>
      <translation>10 % popusta</translation>
    </message>
    <message>
      <source>About your shop</source>
      <translation>O vaši trgovini</translation>
    </message>
    <message>
      <source>Address %1 customers</source>
      <translation>Nagovor strank (%1)</translation>
    </message>
    <message>
      <source>An example customer</source>
      <translation>Vzorčna stranka</translation>
    </message>
    <message>
      <source>Anna Kovács
Kovács Tea · Budapest</source>
      <translation>Anna Kovács
Kovács Tea · Budimpešta</translation>
    </message>
    <message>
      <source>As the customer sees it</source>
      <translation>Kot ga vidi stranka</translation>
    </message>
    <message>
      <source>Back to the original?</source>
      <translation>Nazaj na izvirnik?</translation>
    </message>
    <message>
      <source>Back to the original…</source>
      <translation>Nazaj na izvirnik…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
    <message>
      <source>Change the words for this customer only; template changes leave them alone.</source>
      <translation>Besedilo spremenite samo za to stranko; spremembe predloge nanj ne vplivajo.</translation>
    </message>
    <message>
      <source>Choose a customer on the left to read their message.</source>
      <translation>Na levi izberite stranko, da preberete njeno sporočilo.</translation>
    </message>
    <message>
      <source>Choose a folder for the e-mails</source>
      <translation>Izberite mapo za e-sporočila</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zapri</translation>
    </message>
    <message>
      <source>Customers whose language LifeCRM does not know get this one.</source>
      <translation>Stranke, katerih jezika LifeCRM ne pozna, dobijo sporočila v tem jeziku.</translation>
    </message>
    <message>
      <source>Details to fill in</source>
      <translation>Podatki za vstavljanje</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Popust</translation>
    </message>
    <message>
      <source>Discount codes</source>
      <translation>Kode za popust</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Ne želi prejemati e-pošte</translation>
    </message>
    <message>
      <source>Double-click one to put it where you are typing.</source>
      <translation>Z dvoklikom ga vstavite tja, kjer pišete.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>Each customer gets a code of their own. Every # becomes a letter or a digit: THANKS-#### gives codes like THANKS-7K2Q.</source>
      <translation>Vsaka stranka dobi svojo kodo. Vsak znak # postane črka ali števka: iz THANKS-#### nastanejo kode, kot je THANKS-7K2Q.</translation>
    </message>
    <message>
      <source>Each customer's own language</source>
      <translation>Jezik posamezne stranke</translation>
    </message>
    <message>
      <source>Edit template: %1</source>
      <translation>Urejanje predloge: %1</translation>
    </message>
    <message>
      <source>Edit template…</source>
      <translation>Uredi predlogo…</translation>
    </message>
    <message>
      <source>Edit this message</source>
      <translation>Uredi to sporočilo</translation>
    </message>
    <message>
      <source>Empty: your name and the shop's name.</source>
      <translation>Če je prazno: vaše ime in ime trgovine.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Angleščina</translation>
    </message>
    <message>
      <source>Fill in the address your e-mails should come from.</source>
      <translation>Vpišite naslov, s katerega naj bodo poslana vaša e-sporočila.</translation>
    </message>
    <message>
      <source>Fill in your details…</source>
      <translation>Izpolnite svoje podatke…</translation>
    </message>
    <message>
      <source>Formally (%1)</source>
      <translation>Vikanje (%1)</translation>
    </message>
    <message>
      <source>How you write</source>
      <translation>Kako pišete</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Madžarščina</translation>
    </message>
    <message>
      <source>Icelandic</source>
      <translation>Islandščina</translation>
    </message>
    <message>
      <source>Informally (%1)</source>
      <translation>Tikanje (%1)</translation>
    </message>
    <message>
      <source>Keep my changes</source>
      <translation>Obdrži moje spremembe</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Jezik:</translation>
    </message>
    <message>
      <source>Left out: tick the box to write to this customer after all.</source>
      <translation>Izpuščeno: če želite tej stranki vseeno pisati, označite polje.</translation>
    </message>
    <message>
      <source>LifeCRM signs and fills in your e-mails with these details. Leave out anything you do not want to use: the sentence that needs it is left out too.</source>
      <translation>LifeCRM s temi podatki podpiše in dopolni vaša e-sporočila. Česar ne želite uporabiti, pustite prazno: izpuščen bo tudi stavek, ki to potrebuje.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Sporočilo</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>Sporočilo:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>Brez e-poštnega naslova</translation>
    </message>
    <message>
      <source>No longer in your customers</source>
      <translation>Ni več med vašimi strankami</translation>
    </message>
    <message>
      <source>No message for this customer.</source>
      <translation>Za to stranko ni sporočila.</translation>
    </message>
    <message>
      <source>One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.</source>
      <translation>Vsako sporočilo v svoji datoteki; Thunderbird, Outlook in Apple Mail jih odprejo pripravljena za pošiljanje.</translation>
    </message>
    <message>
      <source>One sentence, told to a new customer.</source>
      <translation>En stavek, ki ga poveste novi stranki.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Golo besedilo</translation>
    </message>
    <message>
      <source>Preview for</source>
      <translation>Predogled za</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Prejemniki</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Ruščina</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Shrani</translation>
    </message>
    <message>
      <source>Save as .eml files…</source>
      <translation>Shrani kot datoteke .eml…</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n e-mail(s) in %1. Open them in your mail program to send them.</source>
      <translation>
        <numerusform>V mapo %1 je shranjeno %n e-sporočilo. Odprite ga v poštnem programu in ga pošljite.</numerusform>
        <numerusform>V mapo %1 sta shranjeni %n e-sporočili. Odprite ju v poštnem programu in ju pošljite.</numerusform>
        <numerusform>V mapo %1 so shranjena %n e-sporočila. Odprite jih v poštnem programu in jih pošljite.</numerusform>
        <numerusform>V mapo %1 je shranjenih %n e-sporočil. Odprite jih v poštnem programu in jih pošljite.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send these messages from your own mailbox.</source>
      <translation>Pošljite ta sporočila iz svojega poštnega predala.</translation>
    </message>
    <message>
      <source>Send…</source>
      <translation>Pošlji…</translation>
    </message>
    <message>
      <source>Set up sending…</source>
      <translation>Nastavi pošiljanje…</translation>
    </message>
    <message>
      <source>Set up the mailbox to send from first (File → Sending account…).</source>
      <translation>Najprej nastavite poštni predal, iz katerega boste pošiljali (Datoteka → Račun za pošiljanje…).</translation>
    </message>
    <message>
      <source>Shop name</source>
      <translation>Ime trgovine</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Podpis</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Slovenščina</translation>
    </message>
    <message>
      <source>Small gift</source>
      <translation>Majhno darilo</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Nekaj je šlo narobe (programska napaka).</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>Nekaj je šlo narobe v programu LifeCRM (programska napaka).</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Zadeva</translation>
    </message>
    <message>
      <source>Tell LifeCRM which mailbox to send from.</source>
      <translation>Povejte LifeCRM, iz katerega poštnega predala naj pošilja.</translation>
    </message>
    <message>
      <source>Throw away your version of the %1 template and use LifeCRM's original again?</source>
      <translation>Ali želite zavreči svojo različico predloge (%1) in znova uporabiti izvirnik iz LifeCRM?</translation>
    </message>
    <message>
      <source>To: %1 &lt;%2&gt;</source>
      <translation>Za: %1 &lt;%2&gt;</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Razveljavi moje spremembe</translation>
    </message>
    <message>
      <source>Use LifeCRM's own text for this language again.</source>
      <translation>Za ta jezik znova uporabi izvirno besedilo iz LifeCRM.</translation>
    </message>
    <message>
      <source>Use the original</source>
      <translation>Uporabi izvirnik</translation>
    </message>
    <message>
      <source>Use the template's words for this customer again.</source>
      <translation>Za to stranko znova uporabi besedilo predloge.</translation>
    </message>
    <message>
      <source>We blend our teas by hand in a small shop in Budapest since 2015.</source>
      <translation>Od leta 2015 ročno mešamo čaje v majhni trgovini v Budimpešti.</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Spletni naslov</translation>
    </message>
    <message>
      <source>What you can offer</source>
      <translation>Kaj lahko ponudite</translation>
    </message>
    <message>
      <source>Which address should these e-mails come from? Fill in your e-mail address.</source>
      <translation>S katerega naslova naj bodo poslana ta e-sporočila? Vpišite svoj e-poštni naslov.</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n customer(s)</source>
      <translation>
        <numerusform>Pisanje %n stranki</numerusform>
        <numerusform>Pisanje %n strankama</numerusform>
        <numerusform>Pisanje %n strankam</numerusform>
        <numerusform>Pisanje %n strankam</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n message(s)…</source>
      <translation>
        <numerusform>Pripravljam %n sporočilo…</numerusform>
        <numerusform>Pripravljam %n sporočili…</numerusform>
        <numerusform>Pripravljam %n sporočila…</numerusform>
        <numerusform>Pripravljam %n sporočil…</numerusform>
      </translation>
    </message>
    <message>
      <source>Written for: %1</source>
      <translation>Namenjeno stopnji: %1</translation>
    </message>
    <message>
      <source>You and your shop</source>
      <translation>Vi in vaša trgovina</translation>
    </message>
    <message>
      <source>You edited this message; template changes leave it alone.</source>
      <translation>To sporočilo ste uredili; spremembe predloge nanj ne vplivajo.</translation>
    </message>
    <message>
      <source>You write to %1 customers formally (%2). Change it in Your details.</source>
      <translation>Strankam (%1) pišete z vikanjem (%2). To lahko spremenite v razdelku Vaši podatki.</translation>
    </message>
    <message>
      <source>You write to %1 customers informally (%2). Change it in Your details.</source>
      <translation>Strankam (%1) pišete s tikanjem (%2). To lahko spremenite v razdelku Vaši podatki.</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Vaši podatki</translation>
    </message>
    <message>
      <source>Your details are not filled in yet: the messages have no sender address and end without your name.</source>
      <translation>Vaši podatki še niso izpolnjeni: sporočila nimajo naslova pošiljatelja in se končajo brez vašega imena.</translation>
    </message>
    <message>
      <source>Your details…</source>
      <translation>Vaši podatki…</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Vaš e-poštni naslov</translation>
    </message>
    <message>
      <source>Your e-mail address is not filled in yet: saved messages have no sender.</source>
      <translation>Vaš e-poštni naslov še ni izpolnjen: shranjena sporočila nimajo pošiljatelja.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Vaše ime</translation>
    </message>
    <message>
      <source>Your name and your shop's name are not filled in yet: the messages end without your name.</source>
      <translation>Vaše ime in ime trgovine še nista izpolnjena: sporočila se končajo brez vašega imena.</translation>
    </message>
    <message>
      <source>Your own language</source>
      <translation>Vaš jezik</translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>free shipping</source>
      <translation>brezplačna dostava</translation>
    </message>
    <message>
      <source>“%1” does not look like an e-mail address.</source>
      <translation>„%1“ ni videti kot e-poštni naslov.</translation>
    </message>
    <message>
      <source>✎ You edited this message by hand.</source>
      <translation>✎ To sporočilo ste uredili ročno.</translation>
    </message>
  </context>
  <context>
    <name>DraftingActions</name>
    <message>
      <source>&amp;Customers</source>
      <translation>&amp;Stranke</translation>
    </message>
    <message>
      <source>&amp;Write to these customers…</source>
      <translation>&amp;Piši tem strankam…</translation>
    </message>
    <message>
      <source>Draft a personal e-mail to the selected customers, or to everyone listed.</source>
      <translation>Pripravite osebno e-sporočilo za izbrane stranke ali za vse na seznamu.</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>There is nobody here to write to yet.</source>
      <translation>Tu še ni nikogar, komur bi lahko pisali.</translation>
    </message>
    <message>
      <source>Your &amp;details…</source>
      <translation>&amp;Vaši podatki…</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Import your orders</source>
      <translation>Uvozite svoja naročila</translation>
    </message>
    <message>
      <source>LifeCRM reads your order history and tells you, every week, who to write to and what to say: who is new, who is loyal, and who is slipping away.</source>
      <translation>LifeCRM prebere zgodovino vaših naročil in vam vsak teden pove, komu pisati in kaj napisati: kdo je nov, kdo je zvest in kdo vam počasi uhaja.</translation>
    </message>
    <message>
      <source>Opens a separate demo database; your own data is never mixed with it.</source>
      <translation>Odpre ločeno predstavitveno zbirko podatkov; vaši podatki se z njo nikoli ne pomešajo.</translation>
    </message>
    <message>
      <source>Reads the orders or customers from your webshop's or invoicing spreadsheet.</source>
      <translation>Prebere naročila ali stranke iz preglednice vaše spletne trgovine ali programa za izdajanje računov.</translation>
    </message>
    <message>
      <source>Try it with demo data</source>
      <translation>Preizkusite s predstavitvenimi podatki</translation>
    </message>
    <message>
      <source>Welcome to LifeCRM</source>
      <translation>Dobrodošli v LifeCRM</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Delovni zvezek Excel (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose a file…</source>
      <translation>Izberite datoteko…</translation>
    </message>
    <message>
      <source>Excel (.xlsx, .xls), LibreOffice (.ods) and CSV files. You can also drop a file onto the LifeCRM window.</source>
      <translation>Datoteke Excel (.xlsx, .xls), LibreOffice (.ods) in CSV. Datoteko lahko tudi povlečete v okno LifeCRM.</translation>
    </message>
    <message>
      <source>Export your orders (or your customers) from your webshop, invoicing program or bookkeeping as a spreadsheet, then choose that file here. LifeCRM shows you what it found before anything is saved.</source>
      <translation>Naročila (ali stranke) izvozite kot preglednico iz spletne trgovine, programa za izdajanje računov ali knjigovodstva, nato to datoteko izberite tukaj. LifeCRM vam pokaže, kaj je našel, še preden karkoli shrani.</translation>
    </message>
    <message>
      <source>Which file holds your orders?</source>
      <translation>V kateri datoteki so vaša naročila?</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>pred %n dnem</numerusform>
        <numerusform>pred %n dnevoma</numerusform>
        <numerusform>pred %n dnevi</numerusform>
        <numerusform>pred %n dnevi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in %n days</source>
      <translation>
        <numerusform>čez %n dan</numerusform>
        <numerusform>čez %n dneva</numerusform>
        <numerusform>čez %n dni</numerusform>
        <numerusform>čez %n dni</numerusform>
      </translation>
    </message>
    <message>
      <source>today</source>
      <translation>danes</translation>
    </message>
    <message>
      <source>yesterday</source>
      <translation>včeraj</translation>
    </message>
  </context>
  <context>
    <name>ImportActions</name>
    <message>
      <source>&amp;Import orders…</source>
      <translation>&amp;Uvozi naročila…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;Zgodovina uvozov…</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln stranka</numerusform>
        <numerusform>%Ln stranki</numerusform>
        <numerusform>%Ln stranke</numerusform>
        <numerusform>%Ln strank</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln naročilo</numerusform>
        <numerusform>%Ln naročili</numerusform>
        <numerusform>%Ln naročila</numerusform>
        <numerusform>%Ln naročil</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zapri</translation>
    </message>
    <message>
      <source>Customers added</source>
      <translation>Dodane stranke</translation>
    </message>
    <message>
      <source>Customers and orders it changed get their earlier details back.</source>
      <translation>Stranke in naročila, ki jih je uvoz spremenil, dobijo nazaj prejšnje podatke.</translation>
    </message>
    <message>
      <source>Every file you imported, newest first. Undoing an import removes the orders and customers it added and puts back what it changed. Only the newest import can be undone.</source>
      <translation>Vse datoteke, ki ste jih uvozili, najnovejša na vrhu. Razveljavitev uvoza odstrani naročila in stranke, ki jih je uvoz dodal, in povrne, kar je spremenil. Razveljaviti je mogoče samo najnovejši uvoz.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Zgodovina uvozov</translation>
    </message>
    <message>
      <source>Imported on</source>
      <translation>Uvoženo</translation>
    </message>
    <message>
      <source>In place</source>
      <translation>Veljaven</translation>
    </message>
    <message>
      <source>Nothing has been imported yet.</source>
      <translation>Ničesar še niste uvozili.</translation>
    </message>
    <message>
      <source>Only the newest import can be undone.</source>
      <translation>Razveljaviti je mogoče samo najnovejši uvoz.</translation>
    </message>
    <message>
      <source>Orders added</source>
      <translation>Dodana naročila</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Težave</translation>
    </message>
    <message>
      <source>Remove the %1 and %2 this import added?</source>
      <translation>Ali želite odstraniti, kar je dodal ta uvoz: %1 in %2?</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Nekaj je šlo narobe (programska napaka).</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <source>Undo the import</source>
      <translation>Razveljavi uvoz</translation>
    </message>
    <message>
      <source>Undo this import?</source>
      <translation>Ali želite razveljaviti ta uvoz?</translation>
    </message>
    <message>
      <source>Undo this import…</source>
      <translation>Razveljavi ta uvoz…</translation>
    </message>
    <message>
      <source>Undoing the import…</source>
      <translation>Razveljavljanje uvoza…</translation>
    </message>
    <message>
      <source>Undone on %1</source>
      <translation>Razveljavljeno %1</translation>
    </message>
    <message>
      <source>Undone: removed %1 that %2 had added.</source>
      <translation>Razveljavljeno. Odstranjeno iz datoteke %2: %1.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>%1 and %2</source>
      <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n stranka</numerusform>
        <numerusform>%n stranki</numerusform>
        <numerusform>%n stranke</numerusform>
        <numerusform>%n strank</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n naročilo</numerusform>
        <numerusform>%n naročili</numerusform>
        <numerusform>%n naročila</numerusform>
        <numerusform>%n naročil</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n vrstica</numerusform>
        <numerusform>%n vrstici</numerusform>
        <numerusform>%n vrstice</numerusform>
        <numerusform>%n vrstic</numerusform>
      </translation>
    </message>
    <message>
      <source>Accepts newsletters</source>
      <translation>Želi prejemati novice</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Nazaj</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Rojstni dan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
    <message>
      <source>Cancelled on</source>
      <translation>Datum preklica</translation>
    </message>
    <message>
      <source>Check the columns</source>
      <translation>Preverite stolpce</translation>
    </message>
    <message>
      <source>Check the file</source>
      <translation>Preveri datoteko</translation>
    </message>
    <message>
      <source>Checking every row</source>
      <translation>Preverjanje vseh vrstic</translation>
    </message>
    <message>
      <source>Checking every row of %1…</source>
      <translation>Preverjanje vseh vrstic v datoteki %1…</translation>
    </message>
    <message>
      <source>Choose the file with your orders</source>
      <translation>Izberite datoteko z naročili</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zapri</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Valuta</translation>
    </message>
    <message>
      <source>Customer number</source>
      <translation>Številka stranke</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>ISO-8859-2 (Central European)</source>
      <translation>ISO-8859-2 (srednjeevropski)</translation>
    </message>
    <message>
      <source>ISO-8859-5 (Cyrillic)</source>
      <translation>ISO-8859-5 (cirilica)</translation>
    </message>
    <message>
      <source>If you stop now, nothing is imported.</source>
      <translation>Če zdaj ustavite, se ne uvozi nič.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Uvozi</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Uvoz je končan</translation>
    </message>
    <message>
      <source>Import orders</source>
      <translation>Uvoz naročil</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Uvažanje</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>Uvažanje datoteke %1…</translation>
    </message>
    <message>
      <source>Item price</source>
      <translation>Cena kosa</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Priimek</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ime in priimek</translation>
    </message>
    <message>
      <source>No column says who the customer is. Above the column with the e-mail addresses, names or customer numbers, choose “E-mail”, “Name” or “Customer number”.</source>
      <translation>Noben stolpec ne pove, kdo je stranka. Nad stolpcem z e-poštnimi naslovi, imeni ali številkami strank izberite „E-pošta“, „Ime in priimek“ ali „Številka stranke“.</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Opomba</translation>
    </message>
    <message>
      <source>Nothing is saved yet.</source>
      <translation>Nič še ni shranjeno.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Nič ni bilo uvoženo.</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>Datum naročila</translation>
    </message>
    <message>
      <source>Order number</source>
      <translation>Številka naročila</translation>
    </message>
    <message>
      <source>Order status</source>
      <translation>Stanje naročila</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Izdelek</translation>
    </message>
    <message>
      <source>Product code</source>
      <translation>Šifra izdelka</translation>
    </message>
    <message>
      <source>Putting everything back.</source>
      <translation>Vse se vrača v prejšnje stanje.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Količina</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>Branje datoteke %1…</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>Branje datoteke</translation>
    </message>
    <message>
      <source>Say how the dates are written (the question below), then check again.</source>
      <translation>Povejte, kako so zapisani datumi (vprašanje spodaj), nato znova preverite.</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug); nothing was imported. The details are in %1.</source>
      <translation>Nekaj je šlo narobe v programu LifeCRM (programska napaka); nič ni bilo uvoženo. Podrobnosti so v %1.</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
      <translation>Preglednice (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Step %1 of 4</source>
      <translation>Korak %1 od 4</translation>
    </message>
    <message>
      <source>Stop the import</source>
      <translation>Ustavi uvoz</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Ustavljanje…</translation>
    </message>
    <message>
      <source>The amounts in this file name no currency. Choose one below, then check again.</source>
      <translation>Pri zneskih v tej datoteki ni navedene valute. Spodaj jo izberite, nato znova preverite.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Skupni znesek</translation>
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
      <translation>Kaj bo uvoženo</translation>
    </message>
    <message>
      <source>Windows-1250 (Central European)</source>
      <translation>Windows-1250 (srednjeevropski)</translation>
    </message>
    <message>
      <source>Windows-1251 (Cyrillic)</source>
      <translation>Windows-1251 (cirilica)</translation>
    </message>
    <message>
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (zahodnoevropski)</translation>
    </message>
    <message>
      <source>commas</source>
      <translation>vejicami</translation>
    </message>
    <message>
      <source>semicolons</source>
      <translation>podpičji</translation>
    </message>
    <message>
      <source>tabs</source>
      <translation>tabulatorji</translation>
    </message>
    <message>
      <source>vertical bars</source>
      <translation>navpičnicami</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— se ne uvozi —</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>„%1“</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Jezik</translation>
    </message>
    <message>
      <source>As on this computer</source>
      <translation>Kot v tem računalniku</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <source>LifeCRM will speak %1 the next time it starts.</source>
      <translation>Ob naslednjem zagonu bo jezik programa LifeCRM: %1.</translation>
    </message>
    <message>
      <source>the language of this computer</source>
      <translation>jezik tega računalnika</translation>
    </message>
  </context>
  <context>
    <name>ListActions</name>
    <message numerus="yes">
      <source>%n customer(s) saved in %1.</source>
      <translation>
        <numerusform>%n stranka shranjena v %1.</numerusform>
        <numerusform>%n stranki shranjeni v %1.</numerusform>
        <numerusform>%n stranke shranjene v %1.</numerusform>
        <numerusform>%n strank shranjenih v %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add a customer…</source>
      <translation>&amp;Dodaj stranko…</translation>
    </message>
    <message>
      <source>&amp;Export the list…</source>
      <translation>&amp;Izvozi seznam…</translation>
    </message>
    <message>
      <source>Add a customer</source>
      <translation>Dodaj stranko</translation>
    </message>
    <message>
      <source>Export the customers to</source>
      <translation>Izvozi stranke v</translation>
    </message>
    <message>
      <source>Exporting the customers…</source>
      <translation>Izvažam stranke…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Saves the customers listed as an Excel workbook.</source>
      <translation>Shrani stranke s seznama v delovni zvezek Excel.</translation>
    </message>
    <message>
      <source>customers.xlsx</source>
      <translation>stranke.xlsx</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 (demo data)</source>
      <translation>%1 (predstavitveni podatki)</translation>
    </message>
    <message>
      <source>&amp;About LifeCRM</source>
      <translation>&amp;O programu LifeCRM</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Pomoč</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Končaj</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Nastavitve…</translation>
    </message>
    <message>
      <source>&lt;b&gt;LifeCRM&lt;/b&gt; %1</source>
      <translation>&lt;b&gt;LifeCRM&lt;/b&gt; %1</translation>
    </message>
    <message>
      <source>About LifeCRM</source>
      <translation>O programu LifeCRM</translation>
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
      <translation>Nekaj je šlo narobe v programu LifeCRM (programska napaka). Podrobnosti so v %1.</translation>
    </message>
    <message>
      <source>Updating stages…</source>
      <translation>Posodabljanje stopenj…</translation>
    </message>
    <message>
      <source>Who should I write to now, and what should I say? A CRM for small shops.</source>
      <translation>Komu naj pišem zdaj in kaj naj napišem? CRM za majhne trgovine.</translation>
    </message>
  </context>
  <context>
    <name>MappingHeader</name>
    <message>
      <source>What column %1 holds</source>
      <translation>Kaj vsebuje stolpec %1</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <source>%Ln row(s) on the sheet “%1”, under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln vrstica na listu „%1“, pod imeni stolpcev v vrstici %2.</numerusform>
        <numerusform>%Ln vrstici na listu „%1“, pod imeni stolpcev v vrstici %2.</numerusform>
        <numerusform>%Ln vrstice na listu „%1“, pod imeni stolpcev v vrstici %2.</numerusform>
        <numerusform>%Ln vrstic na listu „%1“, pod imeni stolpcev v vrstici %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln vrstica pod imeni stolpcev v vrstici %2.</numerusform>
        <numerusform>%Ln vrstici pod imeni stolpcev v vrstici %2.</numerusform>
        <numerusform>%Ln vrstice pod imeni stolpcev v vrstici %2.</numerusform>
        <numerusform>%Ln vrstic pod imeni stolpcev v vrstici %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Above each column, choose what it holds. Greyed-out columns are not imported.</source>
      <translation>Nad vsakim stolpcem izberite, kaj vsebuje. Sivi stolpci se ne uvozijo.</translation>
    </message>
    <message>
      <source>Amounts that name no currency are in</source>
      <translation>Zneski brez navedene valute so v</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Izberi…</translation>
    </message>
    <message>
      <source>Columns separated by</source>
      <translation>Stolpci so ločeni z</translation>
    </message>
    <message>
      <source>Recognised as a %1 orders export.</source>
      <translation>Prepoznano kot izvoz naročil iz %1.</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>List:</translation>
    </message>
    <message numerus="yes">
      <source>Showing the first %1 of %Ln row(s).</source>
      <translation>
        <numerusform>Prikazanih je prvih %1 od %Ln vrstice.</numerusform>
        <numerusform>Prikazanih je prvih %1 od %Ln vrstic.</numerusform>
        <numerusform>Prikazanih je prvih %1 od %Ln vrstic.</numerusform>
        <numerusform>Prikazanih je prvih %1 od %Ln vrstic.</numerusform>
      </translation>
    </message>
    <message>
      <source>Text read as</source>
      <translation>Besedilo prebrano kot</translation>
    </message>
    <message>
      <source>Using the columns you chose last time for this kind of file.</source>
      <translation>Uporabljeni so stolpci, ki ste jih zadnjič izbrali za tovrstno datoteko.</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>%1 - problems.xlsx</source>
      <translation>%1 - težave.xlsx</translation>
    </message>
    <message>
      <source>(whole row)</source>
      <translation>(vsa vrstica)</translation>
    </message>
    <message>
      <source>Added %1.</source>
      <translation>Dodano: %1.</translation>
    </message>
    <message>
      <source>Already in LifeCRM, left as they are: %1.</source>
      <translation>Že v LifeCRM, ostane nespremenjeno: %1.</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Stolpec</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Stranka</translation>
    </message>
    <message numerus="yes">
      <source>Customers who appear with different names: %Ln.</source>
      <translation>
        <numerusform>Stranke, ki se pojavijo z različnimi imeni: %Ln.</numerusform>
        <numerusform>Stranke, ki se pojavijo z različnimi imeni: %Ln.</numerusform>
        <numerusform>Stranke, ki se pojavijo z različnimi imeni: %Ln.</numerusform>
        <numerusform>Stranke, ki se pojavijo z različnimi imeni: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row can be imported.</source>
      <translation>Vse vrstice je mogoče uvoziti.</translation>
    </message>
    <message>
      <source>Hide them</source>
      <translation>Skrij jih</translation>
    </message>
    <message>
      <source>Imported without this value</source>
      <translation>Uvoženo brez te vrednosti</translation>
    </message>
    <message>
      <source>Name kept</source>
      <translation>Ohranjeno ime</translation>
    </message>
    <message>
      <source>Name not used</source>
      <translation>Neuporabljeno ime</translation>
    </message>
    <message>
      <source>Nothing new to add: this file holds nothing LifeCRM does not have.</source>
      <translation>Ni ničesar novega za dodati: v tej datoteki ni ničesar, česar LifeCRM še nima.</translation>
    </message>
    <message>
      <source>Nothing new was added.</source>
      <translation>Nič novega ni bilo dodano.</translation>
    </message>
    <message>
      <source>Nothing was imported; your data is as it was.</source>
      <translation>Nič ni bilo uvoženo; vaši podatki so ostali nespremenjeni.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Težava</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Vrstica</translation>
    </message>
    <message>
      <source>Row skipped</source>
      <translation>Vrstica preskočena</translation>
    </message>
    <message numerus="yes">
      <source>Rows skipped because of a problem: %Ln.</source>
      <translation>
        <numerusform>Vrstice, preskočene zaradi težave: %Ln.</numerusform>
        <numerusform>Vrstice, preskočene zaradi težave: %Ln.</numerusform>
        <numerusform>Vrstice, preskočene zaradi težave: %Ln.</numerusform>
        <numerusform>Vrstice, preskočene zaradi težave: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows with a problem:</source>
      <translation>Vrstice s težavo:</translation>
    </message>
    <message>
      <source>Save the rows with a problem</source>
      <translation>Shrani vrstice s težavo</translation>
    </message>
    <message>
      <source>Save them as a spreadsheet…</source>
      <translation>Shrani jih kot preglednico…</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Shranjeno kot %1.</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Pokaži jih</translation>
    </message>
    <message>
      <source>Stages are up to date: close this window to see your customers.</source>
      <translation>Stopnje so posodobljene: zaprite to okno, da vidite svoje stranke.</translation>
    </message>
    <message>
      <source>The same customer appears with different names; LifeCRM keeps one:</source>
      <translation>Ista stranka se pojavi z različnimi imeni; LifeCRM ohrani eno:</translation>
    </message>
    <message>
      <source>These rows have a problem:</source>
      <translation>Te vrstice imajo težavo:</translation>
    </message>
    <message>
      <source>This will add %1.</source>
      <translation>Dodano bo: %1.</translation>
    </message>
    <message>
      <source>To be updated: %1.</source>
      <translation>Posodobljeno bo: %1.</translation>
    </message>
    <message>
      <source>Updated: %1.</source>
      <translation>Posodobljeno: %1.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Vrednost</translation>
    </message>
    <message numerus="yes">
      <source>Values left out because they cannot be read: %Ln.</source>
      <translation>
        <numerusform>Izpuščene vrednosti, ki jih ni mogoče prebrati: %Ln.</numerusform>
        <numerusform>Izpuščene vrednosti, ki jih ni mogoče prebrati: %Ln.</numerusform>
        <numerusform>Izpuščene vrednosti, ki jih ni mogoče prebrati: %Ln.</numerusform>
        <numerusform>Izpuščene vrednosti, ki jih ni mogoče prebrati: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Kaj se zgodi</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Zakaj</translation>
    </message>
    <message>
      <source>You can start the import again whenever you like.</source>
      <translation>Uvoz lahko kadar koli začnete znova.</translation>
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Delete</source>
      <translation>Izbriši</translation>
    </message>
    <message>
      <source>Delete segment</source>
      <translation>Izbris segmenta</translation>
    </message>
    <message>
      <source>Delete the segment “%1”?</source>
      <translation>Ali želite izbrisati segment „%1“?</translation>
    </message>
    <message>
      <source>New name for “%1”:</source>
      <translation>Novo ime za „%1“:</translation>
    </message>
    <message>
      <source>Rename segment</source>
      <translation>Preimenovanje segmenta</translation>
    </message>
    <message>
      <source>Saving segments…</source>
      <translation>Shranjevanje segmentov…</translation>
    </message>
    <message>
      <source>Your customers stay as they are; only this saved question is deleted.</source>
      <translation>Vaše stranke ostanejo, kot so; izbriše se samo to shranjeno vprašanje.</translation>
    </message>
  </context>
  <context>
    <name>SegmentBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln stranka</numerusform>
        <numerusform>%Ln stranki</numerusform>
        <numerusform>%Ln stranke</numerusform>
        <numerusform>%Ln strank</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Uredi…</translation>
    </message>
    <message>
      <source>Nobody is in this segment today.</source>
      <translation>Danes v tem segmentu ni nikogar.</translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Piši tem strankam…</translation>
    </message>
    <message>
      <source>counting…</source>
      <translation>štetje…</translation>
    </message>
  </context>
  <context>
    <name>SegmentList</name>
    <message>
      <source>+ New segment…</source>
      <translation>+ Nov segment…</translation>
    </message>
    <message>
      <source>Ask your own question: who bought what, when, how much</source>
      <translation>Zastavite svoje vprašanje: kdo je kupil kaj, kdaj in koliko</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Izbriši…</translation>
    </message>
    <message>
      <source>Edit a copy…</source>
      <translation>Uredi kopijo…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Uredi…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Preimenuj…</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segmenti</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source> and </source>
      <translation> in </translation>
    </message>
    <message>
      <source> days</source>
      <translation> dni</translation>
    </message>
    <message>
      <source> or </source>
      <translation> ali </translation>
    </message>
    <message numerus="yes">
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 in še %n</numerusform>
        <numerusform>%1 in še %n</numerusform>
        <numerusform>%1 in še %n</numerusform>
        <numerusform>%1 in še %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s) match today</source>
      <translation>
        <numerusform>Danes ustreza %Ln stranka</numerusform>
        <numerusform>Danes ustrezata %Ln stranki</numerusform>
        <numerusform>Danes ustrezajo %Ln stranke</numerusform>
        <numerusform>Danes ustreza %Ln strank</numerusform>
      </translation>
    </message>
    <message>
      <source>+ Add a condition</source>
      <translation>+ Dodaj pogoj</translation>
    </message>
    <message>
      <source>+ Add a group</source>
      <translation>+ Dodaj skupino pogojev</translation>
    </message>
    <message>
      <source>A framed list of conditions with its own any/all, e.g. bought A or B</source>
      <translation>Uokvirjen seznam pogojev z lastno izbiro vse/vsaj enega, npr. kupila je A ali B</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>Vse stranke</translation>
    </message>
    <message>
      <source>All: every condition must hold. Any: at least one must.</source>
      <translation>Vse: izpolnjeni morajo biti vsi pogoji. Vsaj enega: izpolnjen mora biti vsaj en pogoj.</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Povprečna vrednost naročila</translation>
    </message>
    <message>
      <source>Best customer (top 2 %)</source>
      <translation>Najboljša stranka (zgornja 2 %)</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Rojstni dan</translation>
    </message>
    <message>
      <source>Bought</source>
      <translation>Kupila je</translation>
    </message>
    <message>
      <source>Buying pace</source>
      <translation>Pogostost nakupov</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
    <message>
      <source>Choose a suggestion…</source>
      <translation>Izberite predlog…</translation>
    </message>
    <message>
      <source>Choose products…</source>
      <translation>Izberi izdelke…</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Izberi…</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one country.</source>
      <translation>Pogoj %1: izberite vsaj eno državo.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one language.</source>
      <translation>Pogoj %1: izberite vsaj en jezik.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one product.</source>
      <translation>Pogoj %1: izberite vsaj en izdelek.</translation>
    </message>
    <message>
      <source>Condition %1: fill in a value.</source>
      <translation>Pogoj %1: vpišite vrednost.</translation>
    </message>
    <message>
      <source>Condition %1: tick at least one stage.</source>
      <translation>Pogoj %1: označite vsaj eno stopnjo.</translation>
    </message>
    <message>
      <source>Condition %1: type a word or phrase.</source>
      <translation>Pogoj %1: vpišite besedo ali besedno zvezo.</translation>
    </message>
    <message>
      <source>Condition %1: type an amount.</source>
      <translation>Pogoj %1: vpišite znesek.</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Štetje…</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Država</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Stranke, ki izpolnjujejo</translation>
    </message>
    <message>
      <source>Days since last order</source>
      <translation>Dni od zadnjega naročila</translation>
    </message>
    <message>
      <source>Did not buy</source>
      <translation>Ni kupila</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Ne želi prejemati e-pošte</translation>
    </message>
    <message>
      <source>Edit the segment “%1”</source>
      <translation>Urejanje segmenta „%1“</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Prvo naročilo</translation>
    </message>
    <message>
      <source>Fix the rule to see who matches.</source>
      <translation>Popravite pogoje, da vidite, kdo jim ustreza.</translation>
    </message>
    <message>
      <source>Frequency score (RFM)</source>
      <translation>Ocena pogostosti (RFM)</translation>
    </message>
    <message>
      <source>Give the segment a name and valid rules.</source>
      <translation>Segmentu dajte ime in veljavne pogoje.</translation>
    </message>
    <message>
      <source>Has an e-mail address</source>
      <translation>Ima e-poštni naslov</translation>
    </message>
    <message>
      <source>In plain words: %1</source>
      <translation>Preprosto povedano: %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Zadnje naročilo</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>Izpolnjujejo</translation>
    </message>
    <message>
      <source>Money score (RFM)</source>
      <translation>Ocena porabe (RFM)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>New segment</source>
      <translation>Nov segment</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>Nihče</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Opombe</translation>
    </message>
    <message>
      <source>Number of orders</source>
      <translation>Število naročil</translation>
    </message>
    <message>
      <source>Recency score (RFM)</source>
      <translation>Ocena nedavnosti (RFM)</translation>
    </message>
    <message>
      <source>Remove this condition</source>
      <translation>Odstrani ta pogoj</translation>
    </message>
    <message>
      <source>Remove this group and its conditions</source>
      <translation>Odstrani to skupino in njene pogoje</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Shrani</translation>
    </message>
    <message>
      <source>Saving failed because of a bug in LifeCRM.</source>
      <translation>Shranjevanje ni uspelo zaradi napake v programu LifeCRM.</translation>
    </message>
    <message>
      <source>Search your products by name or SKU</source>
      <translation>Iščite izdelke po imenu ali šifri</translation>
    </message>
    <message>
      <source>Segment name</source>
      <translation>Ime segmenta</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stopnja</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>Izhodišče</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Skupna poraba</translation>
    </message>
    <message>
      <source>Use “%1” as typed</source>
      <translation>Uporabi „%1“, kot je vpisano</translation>
    </message>
    <message>
      <source>a SKU starting with</source>
      <translation>izdelek s šifro, ki se začne z</translation>
    </message>
    <message>
      <source>a product whose name has</source>
      <translation>izdelek, katerega ime vsebuje</translation>
    </message>
    <message>
      <source>a word or phrase</source>
      <translation>beseda ali besedna zveza</translation>
    </message>
    <message>
      <source>accepts e-mails</source>
      <translation>želi prejemati e-pošto</translation>
    </message>
    <message>
      <source>all</source>
      <translation>vse</translation>
    </message>
    <message>
      <source>amount, e.g. 50 000</source>
      <translation>znesek, npr. 50 000</translation>
    </message>
    <message>
      <source>and</source>
      <translation>in</translation>
    </message>
    <message>
      <source>any</source>
      <translation>vsaj enega</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>kar koli od teh</translation>
    </message>
    <message>
      <source>average order %1</source>
      <translation>povprečno naročilo %1</translation>
    </message>
    <message>
      <source>between %1 and %2</source>
      <translation>med %1 in %2</translation>
    </message>
    <message numerus="yes">
      <source>birthday in the next %n day(s)</source>
      <translation>
        <numerusform>rojstni dan v naslednjem %n dnevu</numerusform>
        <numerusform>rojstni dan v naslednjih %n dneh</numerusform>
        <numerusform>rojstni dan v naslednjih %n dneh</numerusform>
        <numerusform>rojstni dan v naslednjih %n dneh</numerusform>
      </translation>
    </message>
    <message>
      <source>birthday this month</source>
      <translation>rojstni dan ta mesec</translation>
    </message>
    <message>
      <source>bought %1</source>
      <translation>kupila je %1</translation>
    </message>
    <message>
      <source>bought a product whose SKU starts with %1</source>
      <translation>kupila je izdelek s šifro, ki se začne z %1</translation>
    </message>
    <message>
      <source>bought a product whose name has %1</source>
      <translation>kupila je izdelek, katerega ime vsebuje %1</translation>
    </message>
    <message>
      <source>buying at a steady pace</source>
      <translation>kupuje enakomerno</translation>
    </message>
    <message>
      <source>buying less often lately</source>
      <translation>v zadnjem času kupuje redkeje</translation>
    </message>
    <message>
      <source>buying more often lately</source>
      <translation>v zadnjem času kupuje pogosteje</translation>
    </message>
    <message>
      <source>contain</source>
      <translation>vsebujejo</translation>
    </message>
    <message>
      <source>country is %1</source>
      <translation>država je %1</translation>
    </message>
    <message>
      <source>country is not %1</source>
      <translation>država ni %1</translation>
    </message>
    <message>
      <source>days since last order %1</source>
      <translation>dni od zadnjega naročila %1</translation>
    </message>
    <message>
      <source>did not buy %1</source>
      <translation>ni kupila %1</translation>
    </message>
    <message>
      <source>does not want e-mails</source>
      <translation>ne želi prejemati e-pošte</translation>
    </message>
    <message>
      <source>e.g. Bicycle but no helmet</source>
      <translation>npr. Kolo, a brez čelade</translation>
    </message>
    <message>
      <source>first order after %1</source>
      <translation>prvo naročilo po %1</translation>
    </message>
    <message>
      <source>first order before %1</source>
      <translation>prvo naročilo pred %1</translation>
    </message>
    <message numerus="yes">
      <source>first order in the last %n day(s)</source>
      <translation>
        <numerusform>prvo naročilo v zadnjem %n dnevu</numerusform>
        <numerusform>prvo naročilo v zadnjih %n dneh</numerusform>
        <numerusform>prvo naročilo v zadnjih %n dneh</numerusform>
        <numerusform>prvo naročilo v zadnjih %n dneh</numerusform>
      </translation>
    </message>
    <message>
      <source>frequency score %1</source>
      <translation>ocena pogostosti %1</translation>
    </message>
    <message>
      <source>has an e-mail address</source>
      <translation>ima e-poštni naslov</translation>
    </message>
    <message>
      <source>has no e-mail address</source>
      <translation>nima e-poštnega naslova</translation>
    </message>
    <message>
      <source>is</source>
      <translation>je</translation>
    </message>
    <message>
      <source>is at least</source>
      <translation>je vsaj</translation>
    </message>
    <message>
      <source>is at most</source>
      <translation>je največ</translation>
    </message>
    <message>
      <source>is between</source>
      <translation>je med</translation>
    </message>
    <message>
      <source>is exactly</source>
      <translation>je natanko</translation>
    </message>
    <message>
      <source>is in the next</source>
      <translation>je znotraj naslednjih</translation>
    </message>
    <message>
      <source>is less than</source>
      <translation>je manj kot</translation>
    </message>
    <message>
      <source>is more than</source>
      <translation>je več kot</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>ni med izbranimi</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>je med izbranimi</translation>
    </message>
    <message>
      <source>is this month</source>
      <translation>je ta mesec</translation>
    </message>
    <message>
      <source>language is %1</source>
      <translation>jezik je %1</translation>
    </message>
    <message>
      <source>language is not %1</source>
      <translation>jezik ni %1</translation>
    </message>
    <message>
      <source>last order after %1</source>
      <translation>zadnje naročilo po %1</translation>
    </message>
    <message>
      <source>last order before %1</source>
      <translation>zadnje naročilo pred %1</translation>
    </message>
    <message numerus="yes">
      <source>last order in the last %n day(s)</source>
      <translation>
        <numerusform>zadnje naročilo v zadnjem %n dnevu</numerusform>
        <numerusform>zadnje naročilo v zadnjih %n dneh</numerusform>
        <numerusform>zadnje naročilo v zadnjih %n dneh</numerusform>
        <numerusform>zadnje naročilo v zadnjih %n dneh</numerusform>
      </translation>
    </message>
    <message>
      <source>money score %1</source>
      <translation>ocena porabe %1</translation>
    </message>
    <message>
      <source>never bought a product whose SKU starts with %1</source>
      <translation>nikoli ni kupila izdelka s šifro, ki se začne z %1</translation>
    </message>
    <message>
      <source>never bought a product whose name has %1</source>
      <translation>nikoli ni kupila izdelka, katerega ime vsebuje %1</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ne</translation>
    </message>
    <message>
      <source>not one of the best customers</source>
      <translation>ni med najboljšimi strankami</translation>
    </message>
    <message>
      <source>notes contain %1</source>
      <translation>opombe vsebujejo %1</translation>
    </message>
    <message>
      <source>of these:</source>
      <translation>od teh pogojev:</translation>
    </message>
    <message>
      <source>one of the best customers</source>
      <translation>je med najboljšimi strankami</translation>
    </message>
    <message>
      <source>orders %1</source>
      <translation>število naročil %1</translation>
    </message>
    <message>
      <source>recency score %1</source>
      <translation>ocena nedavnosti %1</translation>
    </message>
    <message>
      <source>stage is %1</source>
      <translation>stopnja je %1</translation>
    </message>
    <message>
      <source>stage is not %1</source>
      <translation>stopnja ni %1</translation>
    </message>
    <message>
      <source>total spent %1</source>
      <translation>skupna poraba %1</translation>
    </message>
    <message>
      <source>was after</source>
      <translation>je bilo po</translation>
    </message>
    <message>
      <source>was before</source>
      <translation>je bilo pred</translation>
    </message>
    <message>
      <source>was in the last</source>
      <translation>je bilo znotraj zadnjih</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>da</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… in še %Ln</numerusform>
        <numerusform>… in še %Ln</numerusform>
        <numerusform>… in še %Ln</numerusform>
        <numerusform>… in še %Ln</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sending</name>
    <message numerus="yes">
      <source>%1 of %n message(s) sent</source>
      <translation>
        <numerusform>Poslano %1 od %n sporočila</numerusform>
        <numerusform>Poslano %1 od %n sporočil</numerusform>
        <numerusform>Poslano %1 od %n sporočil</numerusform>
        <numerusform>Poslano %1 od %n sporočil</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>%1: your normal mailbox password should work.</source>
      <translation>%1: delovati bi moralo vaše običajno geslo za poštni predal.</translation>
    </message>
    <message numerus="yes">
      <source>%n chosen customer(s)</source>
      <translation>
        <numerusform>%n izbrana stranka</numerusform>
        <numerusform>%n izbrani stranki</numerusform>
        <numerusform>%n izbrane stranke</numerusform>
        <numerusform>%n izbranih strank</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s) were written to in the last %1 days and will be skipped.</source>
      <translation>
        <numerusform>%n stranki ste pisali v zadnjih %1 dneh, zato jo LifeCRM preskoči.</numerusform>
        <numerusform>%n strankama ste pisali v zadnjih %1 dneh, zato ju LifeCRM preskoči.</numerusform>
        <numerusform>%n strankam ste pisali v zadnjih %1 dneh, zato jih LifeCRM preskoči.</numerusform>
        <numerusform>%n strankam ste pisali v zadnjih %1 dneh, zato jih LifeCRM preskoči.</numerusform>
      </translation>
    </message>
    <message>
      <source>(saved)</source>
      <translation>(shranjeno)</translation>
    </message>
    <message>
      <source>(the server said: %1)</source>
      <translation>(odgovor strežnika: %1)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Some messages may have been sent.&lt;/b&gt; The connection broke just as the mail server was taking them, so LifeCRM cannot tell whether they went out. Look for them in your mailbox's Sent folder. If a message is not there, select it and choose &lt;i&gt;Send again&lt;/i&gt;. If it is there, or you are not sure, choose &lt;i&gt;Don't send&lt;/i&gt;: sending again could give the customer the same e-mail twice.</source>
      <translation>&lt;b&gt;Nekatera sporočila so morda že bila poslana.&lt;/b&gt; Povezava se je prekinila ravno, ko jih je poštni strežnik sprejemal, zato LifeCRM ne ve, ali so bila poslana. Poiščite jih v mapi Poslano v svojem poštnem predalu. Če sporočila tam ni, ga označite in izberite &lt;i&gt;Pošlji znova&lt;/i&gt;. Če je tam ali če niste prepričani, izberite &lt;i&gt;Ne pošlji&lt;/i&gt;: ob ponovnem pošiljanju bi stranka lahko isto e-sporočilo dobila dvakrat.</translation>
    </message>
    <message>
      <source>A batch is being sent; wait until it is done.</source>
      <translation>Pošiljanje že poteka; počakajte, da se konča.</translation>
    </message>
    <message>
      <source>Anna Kovács</source>
      <translation>Anna Kovács</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Komu</translation>
    </message>
    <message>
      <source>Being sent</source>
      <translation>Pošiljanje poteka</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Kampanja</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zapri</translation>
    </message>
    <message>
      <source>Customers see this address and reply to it.</source>
      <translation>Stranke vidijo ta naslov in nanj odgovarjajo.</translation>
    </message>
    <message>
      <source>Customers written to more recently are left out.</source>
      <translation>Stranke, ki ste jim pisali pred krajšim časom, so izpuščene.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Podrobnosti</translation>
    </message>
    <message>
      <source>Don't send</source>
      <translation>Ne pošlji</translation>
    </message>
    <message numerus="yes">
      <source>Done: %n message(s) sent.</source>
      <translation>
        <numerusform>Končano: poslano je %n sporočilo.</numerusform>
        <numerusform>Končano: poslani sta %n sporočili.</numerusform>
        <numerusform>Končano: poslana so %n sporočila.</numerusform>
        <numerusform>Končano: poslanih je %n sporočil.</numerusform>
      </translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>Kept in your computer's password store, never in LifeCRM's files.</source>
      <translation>Shranjeno v shrambi gesel vašega računalnika, nikoli v datotekah LifeCRM.</translation>
    </message>
    <message>
      <source>LifeCRM cannot send through %1 yet.</source>
      <translation>LifeCRM še ne more pošiljati prek %1.</translation>
    </message>
    <message>
      <source>LifeCRM sends your e-mails through your own mailbox, as if you had written each one yourself. Replies come back to you.</source>
      <translation>LifeCRM pošilja vaša e-sporočila prek vašega poštnega predala, kot bi vsako napisali sami. Odgovori pridejo k vam.</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Omejitve</translation>
    </message>
    <message>
      <source>May have been sent</source>
      <translation>Morda poslano</translation>
    </message>
    <message>
      <source>May have been sent: %1</source>
      <translation>Morda poslano: %1</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>No password is saved for this account yet.</source>
      <translation>Za ta račun še ni shranjenega gesla.</translation>
    </message>
    <message>
      <source>None (only for this computer)</source>
      <translation>Brez (samo za ta računalnik)</translation>
    </message>
    <message>
      <source>Nothing has been sent yet. Campaigns appear here once you send.</source>
      <translation>Poslano še ni bilo nič. Kampanje se prikažejo tukaj, ko začnete pošiljati.</translation>
    </message>
    <message>
      <source>Nothing more was sent; the rest waits in the outbox.</source>
      <translation>Nič več ni bilo poslano; preostanek čaka v izhodnem predalu.</translation>
    </message>
    <message>
      <source>One e-mail to your own address, to check that everything works.</source>
      <translation>Eno e-sporočilo na vaš naslov, da preverite, ali vse deluje.</translation>
    </message>
    <message>
      <source>Only for a mail server on this computer.</source>
      <translation>Samo za poštni strežnik v tem računalniku.</translation>
    </message>
    <message>
      <source>Other / my own server</source>
      <translation>Drug / lasten strežnik</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Izhodni predal</translation>
    </message>
    <message>
      <source>Outbox…</source>
      <translation>Izhodni predal…</translation>
    </message>
    <message>
      <source>Outgoing server</source>
      <translation>Strežnik za odhodno pošto</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Geslo</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Začasno ustavi</translation>
    </message>
    <message>
      <source>Paused. Resume goes on where it stopped.</source>
      <translation>Začasno ustavljeno. Z gumbom Nadaljuj se pošiljanje nadaljuje tam, kjer se je ustavilo.</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Vrata</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Ponudnik</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Zavrnjeno</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Zavrnjeno: %1</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Nadaljuj</translation>
    </message>
    <message>
      <source>Retry refused</source>
      <translation>Znova pošlji zavrnjena</translation>
    </message>
    <message>
      <source>SSL/TLS (usually port 465)</source>
      <translation>SSL/TLS (običajno vrata 465)</translation>
    </message>
    <message>
      <source>STARTTLS (usually port 587)</source>
      <translation>STARTTLS (običajno vrata 587)</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Shrani</translation>
    </message>
    <message>
      <source>Saved in your computer's password store. Type a new one to replace it.</source>
      <translation>Shranjeno v shrambi gesel vašega računalnika. Če ga želite zamenjati, vpišite novo geslo.</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Varnost</translation>
    </message>
    <message>
      <source>Segment “%1”</source>
      <translation>Segment „%1“</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Pošlji</translation>
    </message>
    <message numerus="yes">
      <source>Send %n message(s) from %1 through %2?</source>
      <translation>
        <numerusform>Ali želite poslati %n sporočilo z naslova %1 prek strežnika %2?</numerusform>
        <numerusform>Ali želite poslati %n sporočili z naslova %1 prek strežnika %2?</numerusform>
        <numerusform>Ali želite poslati %n sporočila z naslova %1 prek strežnika %2?</numerusform>
        <numerusform>Ali želite poslati %n sporočil z naslova %1 prek strežnika %2?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send a test message</source>
      <translation>Pošlji preskusno sporočilo</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Pošlji znova</translation>
    </message>
    <message>
      <source>Send at most %1 e-mails a minute and %2 a day.</source>
      <translation>Pošiljajte največ %1 e-sporočil na minuto in %2 na dan.</translation>
    </message>
    <message>
      <source>Send e-mails</source>
      <translation>Pošiljanje e-sporočil</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>Pošlji preostala</translation>
    </message>
    <message>
      <source>Send to them anyway</source>
      <translation>Vseeno jim pošlji</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Pošiljanje</translation>
    </message>
    <message>
      <source>Sending a test message to %1…</source>
      <translation>Pošiljanje preskusnega sporočila na %1…</translation>
    </message>
    <message>
      <source>Sending account</source>
      <translation>Račun za pošiljanje</translation>
    </message>
    <message>
      <source>Sending account…</source>
      <translation>Račun za pošiljanje…</translation>
    </message>
    <message>
      <source>Sending goes on; File → Outbox… shows how far it is.</source>
      <translation>Pošiljanje se nadaljuje; v Datoteka → Izhodni predal… vidite, koliko je že poslano.</translation>
    </message>
    <message>
      <source>Sending stopped: %1</source>
      <translation>Pošiljanje ustavljeno: %1</translation>
    </message>
    <message>
      <source>Sending “%1”</source>
      <translation>Pošiljanje „%1“</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Poslano</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Poslano %1</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Preskočeno</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Preskočeno: %1</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>Nekaj je šlo narobe v programu LifeCRM (programska napaka).</translation>
    </message>
    <message>
      <source>Still to send: %1</source>
      <translation>Še neposlano: %1</translation>
    </message>
    <message>
      <source>Stop sending</source>
      <translation>Ustavi pošiljanje</translation>
    </message>
    <message numerus="yes">
      <source>Stopped. The %n message(s) not sent yet stay in the outbox: send them from File → Outbox… whenever you like.</source>
      <translation>
        <numerusform>Ustavljeno. %n še neposlano sporočilo ostane v izhodnem predalu: pošljete ga lahko kadar koli prek Datoteka → Izhodni predal…</numerusform>
        <numerusform>Ustavljeno. %n še neposlani sporočili ostaneta v izhodnem predalu: pošljete ju lahko kadar koli prek Datoteka → Izhodni predal…</numerusform>
        <numerusform>Ustavljeno. %n še neposlana sporočila ostanejo v izhodnem predalu: pošljete jih lahko kadar koli prek Datoteka → Izhodni predal…</numerusform>
        <numerusform>Ustavljeno. %n še neposlanih sporočil ostane v izhodnem predalu: pošljete jih lahko kadar koli prek Datoteka → Izhodni predal…</numerusform>
      </translation>
    </message>
    <message>
      <source>Stopping after the message being sent…</source>
      <translation>Ustavljanje po sporočilu, ki se trenutno pošilja…</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Zadeva</translation>
    </message>
    <message>
      <source>The first %1 go out today; the rest follow by themselves once the limit allows, while LifeCRM is open.</source>
      <translation>Prvih %1 bo poslanih danes; preostala bodo poslana samodejno, ko bo omejitev to dopuščala, dokler je LifeCRM odprt.</translation>
    </message>
    <message>
      <source>The outbox shows which ones did not go out, and why.</source>
      <translation>V izhodnem predalu vidite, katera niso bila poslana in zakaj.</translation>
    </message>
    <message>
      <source>The server asked to try some messages again later; LifeCRM does so %2.</source>
      <translation>Strežnik je prosil, naj nekatera sporočila poskusimo poslati pozneje; LifeCRM bo to storil %2.</translation>
    </message>
    <message>
      <source>The test message is on its way to %1. When it arrives in your inbox, everything works: save, and you are ready to send.</source>
      <translation>Preskusno sporočilo je na poti na %1. Ko prispe v vaš nabiralnik, vse deluje: shranite in lahko začnete pošiljati.</translation>
    </message>
    <message>
      <source>This computer has no password store LifeCRM can use, so your password is not saved: LifeCRM will ask for it when you send.</source>
      <translation>Ta računalnik nima shrambe gesel, ki bi jo LifeCRM lahko uporabil, zato vaše geslo ni shranjeno: LifeCRM ga bo vprašal ob pošiljanju.</translation>
    </message>
    <message>
      <source>To send</source>
      <translation>Za pošiljanje</translation>
    </message>
    <message>
      <source>Today you can still send %1 of %2.</source>
      <translation>Danes lahko pošljete še %1 od %2.</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is reached. The rest go out %2, by themselves while LifeCRM is open (or from the outbox later).</source>
      <translation>Današnja omejitev %1 sporočil je dosežena. Preostala bodo poslana %2, samodejno, dokler je LifeCRM odprt (ali pozneje iz izhodnega predala).</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is used up: they go out by themselves once it allows, while LifeCRM is open.</source>
      <translation>Današnja omejitev %1 sporočil je porabljena: sporočila bodo poslana samodejno, ko bo omejitev to dopuščala, dokler je LifeCRM odprt.</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Poskusi</translation>
    </message>
    <message>
      <source>Tries the messages the server refused once more, for example after a typo fix.</source>
      <translation>Še enkrat poskusi poslati sporočila, ki jih je strežnik zavrnil, na primer po popravku tipkarske napake.</translation>
    </message>
    <message>
      <source>Type the password for %1 to send:</source>
      <translation>Za pošiljanje vpišite geslo za %1:</translation>
    </message>
    <message>
      <source>Type your password first.</source>
      <translation>Najprej vpišite geslo.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Uporabniško ime</translation>
    </message>
    <message>
      <source>Usually your e-mail address</source>
      <translation>Običajno vaš e-poštni naslov</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>Čaka na pošiljanje</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Kaj se je zgodilo</translation>
    </message>
    <message>
      <source>What is not sent yet stays in the outbox.</source>
      <translation>Kar še ni poslano, ostane v izhodnem predalu.</translation>
    </message>
    <message>
      <source>Who the e-mails come from</source>
      <translation>Pošiljatelj e-sporočil</translation>
    </message>
    <message>
      <source>Will try again %1</source>
      <translation>Nov poskus %1</translation>
    </message>
    <message>
      <source>Write to the same customer at most once in %1 days.</source>
      <translation>Isti stranki pišite največ enkrat na %1 dni.</translation>
    </message>
    <message>
      <source>You can keep working; the e-mails go out in the background.</source>
      <translation>Lahko delate naprej; e-sporočila se pošiljajo v ozadju.</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Vaš e-poštni naslov</translation>
    </message>
    <message>
      <source>Your mail provider</source>
      <translation>Vaš ponudnik e-pošte</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Vaše ime</translation>
    </message>
    <message>
      <source>Your password and your customers' e-mails always travel encrypted.</source>
      <translation>Vaše geslo in e-sporočila vašim strankam vedno potujejo šifrirano.</translation>
    </message>
    <message>
      <source>Your password is not saved (this computer has no password store).</source>
      <translation>Vaše geslo ni shranjeno (ta računalnik nima shrambe gesel).</translation>
    </message>
    <message>
      <source>Your provider or web host tells you the outgoing (SMTP) server's name, its port and its security; they are often on its help pages under “mail program settings”.</source>
      <translation>Ime strežnika za odhodno pošto (SMTP), njegova vrata in varnost vam sporoči vaš ponudnik ali gostitelj spletne strani; pogosto jih najdete na njegovih straneh s pomočjo pod „nastavitve poštnega programa“.</translation>
    </message>
    <message>
      <source>Your provider's daily limit; what is over it goes out the next day.</source>
      <translation>Dnevna omejitev vašega ponudnika; kar jo preseže, bo poslano naslednji dan.</translation>
    </message>
    <message numerus="yes">
      <source>about %n hour(s) at %1 a minute</source>
      <translation>
        <numerusform>približno %n ura pri %1 na minuto</numerusform>
        <numerusform>približno %n uri pri %1 na minuto</numerusform>
        <numerusform>približno %n ure pri %1 na minuto</numerusform>
        <numerusform>približno %n ur pri %1 na minuto</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>about %n minute(s) at %1 a minute</source>
      <translation>
        <numerusform>približno %n minuta pri %1 na minuto</numerusform>
        <numerusform>približno %n minuti pri %1 na minuto</numerusform>
        <numerusform>približno %n minute pri %1 na minuto</numerusform>
        <numerusform>približno %n minut pri %1 na minuto</numerusform>
      </translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>ob %1</translation>
    </message>
    <message>
      <source>less than a minute at %1 a minute</source>
      <translation>manj kot minuta pri %1 na minuto</translation>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>brez e-poštnega naslova</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>dne %1</translation>
    </message>
    <message>
      <source>opted out</source>
      <translation>ne želi prejemati e-pošte</translation>
    </message>
    <message>
      <source>smtp.example.com</source>
      <translation>smtp.example.com</translation>
    </message>
    <message>
      <source>written to lately</source>
      <translation>pred kratkim ste ji pisali</translation>
    </message>
    <message>
      <source>you chose not to send it again</source>
      <translation>odločili ste se, da ga ne pošljete znova</translation>
    </message>
  </context>
  <context>
    <name>SendingActions</name>
    <message>
      <source>&amp;Outbox…</source>
      <translation>&amp;Izhodni predal…</translation>
    </message>
    <message>
      <source>Another batch is being sent. Wait until it is done, or stop it first.</source>
      <translation>Pošiljanje druge skupine sporočil že poteka. Počakajte, da se konča, ali ga najprej ustavite.</translation>
    </message>
    <message>
      <source>Every recipient was skipped; nothing to send.</source>
      <translation>Vsi prejemniki so bili preskočeni; ni ničesar za pošiljanje.</translation>
    </message>
    <message>
      <source>Keep sending</source>
      <translation>Nadaljuj pošiljanje</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>LifeCRM is sending</source>
      <translation>LifeCRM pošilja</translation>
    </message>
    <message>
      <source>Sending &amp;account…</source>
      <translation>&amp;Račun za pošiljanje…</translation>
    </message>
    <message>
      <source>Sending &amp;progress…</source>
      <translation>&amp;Potek pošiljanja…</translation>
    </message>
    <message>
      <source>Sending e-mails: %1 of %2</source>
      <translation>Pošiljanje e-pošte: %1 od %2</translation>
    </message>
    <message>
      <source>Stop and close</source>
      <translation>Ustavi in zapri</translation>
    </message>
    <message>
      <source>Stop sending after the current message?</source>
      <translation>Ali želite ustaviti pošiljanje po trenutnem sporočilu?</translation>
    </message>
    <message>
      <source>The mailbox your e-mails are sent from.</source>
      <translation>Poštni predal, iz katerega se pošiljajo vaša e-sporočila.</translation>
    </message>
    <message>
      <source>The messages not sent yet stay in the outbox; send them the next time from File → Outbox….</source>
      <translation>Še neposlana sporočila ostanejo v izhodnem predalu; naslednjič jih pošljite prek Datoteka → Izhodni predal….</translation>
    </message>
    <message>
      <source>What was sent, what waits, what went wrong.</source>
      <translation>Kaj je bilo poslano, kaj čaka in kaj je šlo narobe.</translation>
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Segments</source>
      <translation>Segmenti</translation>
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>A loyal customer gone for over a year. Contact them personally: a call or a letter from you.</source>
      <translation>Zvesta stranka, ki je ni že več kot leto dni. Obrnite se nanjo osebno: pokličite jo ali ji napišite pismo.</translation>
    </message>
    <message>
      <source>A loyal customer who stopped buying. Write a personal note asking what happened, and offer a discount on a large order.</source>
      <translation>Zvesta stranka, ki je nehala kupovati. Napišite ji osebno sporočilo, vprašajte, kaj se je zgodilo, in ponudite popust za večje naročilo.</translation>
    </message>
    <message>
      <source>Four or more orders and still buying. Make them feel exclusive: your loyalty programme, early news, and ask for a review or a referral.</source>
      <translation>Štiri ali več naročil in še vedno kupujejo. Naj se počutijo posebne: ponudite jim program zvestobe in novice pred drugimi ter jih prosite za mnenje ali priporočilo.</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Izgubljene</translation>
    </message>
    <message>
      <source>Lost loyal</source>
      <translation>Izgubljene zveste</translation>
    </message>
    <message>
      <source>Loyal</source>
      <translation>Zveste</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nove</translation>
    </message>
    <message>
      <source>No order for more than three months. Win them back with a subject line that earns the open and a regular, friendly reminder.</source>
      <translation>Več kot tri mesece brez naročila. Pridobite jih nazaj z zadevo, zaradi katere bodo sporočilo odprle, in z rednim, prijaznim opomnikom.</translation>
    </message>
    <message>
      <source>One order in the last month. Send a personal thank-you, tell them your shop's story and invite them to follow you.</source>
      <translation>Eno naročilo v zadnjem mesecu. Pošljite jim osebno zahvalo, povejte jim zgodbo svoje trgovine in jih povabite, naj vas spremljajo.</translation>
    </message>
    <message>
      <source>Passive</source>
      <translation>Pasivne</translation>
    </message>
    <message>
      <source>Passive loyal</source>
      <translation>Pasivne zveste</translation>
    </message>
    <message>
      <source>Promising</source>
      <translation>Obetavne</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Potencialne</translation>
    </message>
    <message>
      <source>They bought, then went quiet. Show them your best-selling product and give them a one-time discount code.</source>
      <translation>Kupile so, potem pa utihnile. Pokažite jim svoj najbolje prodajani izdelek in jim podarite enkratno kodo za popust.</translation>
    </message>
    <message>
      <source>They have not bought yet. Invite them to a first purchase.</source>
      <translation>Še niso kupile. Povabite jih k prvemu nakupu.</translation>
    </message>
    <message>
      <source>Two or three orders, the last one recent. Offer free shipping or a small gift on the next order, and recommend products that go with what they bought.</source>
      <translation>Dve ali tri naročila, zadnje pred kratkim. Ponudite jim brezplačno dostavo ali majhno darilo ob naslednjem naročilu in jim priporočite izdelke, ki se ujemajo s tem, kar so kupile.</translation>
    </message>
  </context>
  <context>
    <name>StageSidebar</name>
    <message>
      <source>All customers</source>
      <translation>Vse stranke</translation>
    </message>
    <message>
      <source>Customer stages</source>
      <translation>Stopnje strank</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message>
      <source>%1 · stages as of %2</source>
      <translation>%1 · stopnje na dan %2</translation>
    </message>
    <message>
      <source>%1 · stages not worked out yet</source>
      <translation>%1 · stopnje še niso izračunane</translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln stranka</numerusform>
        <numerusform>%Ln stranki</numerusform>
        <numerusform>%Ln stranke</numerusform>
        <numerusform>%Ln strank</numerusform>
      </translation>
    </message>
    <message>
      <source>No customers yet</source>
      <translation>Še ni strank</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <source>A perk for the next order</source>
      <translation>Darilo ob naslednjem naročilu</translation>
    </message>
    <message>
      <source>A personal note: is everything all right?</source>
      <translation>Osebno sporočilo: je vse v redu?</translation>
    </message>
    <message>
      <source>An invitation for regulars</source>
      <translation>Povabilo za stalne stranke</translation>
    </message>
    <message>
      <source>Birthday greeting</source>
      <translation>Rojstnodnevno voščilo</translation>
    </message>
    <message>
      <source>Our bestseller and a one-time code</source>
      <translation>Najbolj priljubljen izdelek in enkratna koda</translation>
    </message>
    <message>
      <source>Reconnecting with a past client</source>
      <translation>Ponovni stik z nekdanjo stranko</translation>
    </message>
    <message>
      <source>Thank you for a first order</source>
      <translation>Zahvala za prvo naročilo</translation>
    </message>
    <message>
      <source>Thank-you to a best customer</source>
      <translation>Zahvala najboljšim strankam</translation>
    </message>
    <message>
      <source>Win-back 1: an offer</source>
      <translation>Vrnitev 1: ponudba</translation>
    </message>
    <message>
      <source>Win-back 2: what we stand for</source>
      <translation>Vrnitev 2: v kaj verjamemo</translation>
    </message>
    <message>
      <source>Win-back 3: goodbye</source>
      <translation>Vrnitev 3: slovo</translation>
    </message>
  </context>
  <context>
    <name>ThresholdsDialog</name>
    <message>
      <source> days</source>
      <translation> dni</translation>
    </message>
    <message>
      <source> orders</source>
      <translation> naročil</translation>
    </message>
    <message>
      <source>%1 or more orders</source>
      <translation>%1 ali več naročil</translation>
    </message>
    <message>
      <source>%1 to %2 orders</source>
      <translation>Od %1 do %2 naročil</translation>
    </message>
    <message>
      <source>, then lost loyal.</source>
      <translation>, nato izgubljene zveste.</translation>
    </message>
    <message>
      <source>, then lost.</source>
      <translation>, nato izgubljene.</translation>
    </message>
    <message>
      <source>, then passive loyal up to</source>
      <translation>, nato pasivne zveste do</translation>
    </message>
    <message>
      <source>, then passive up to</source>
      <translation>, nato pasivne do</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Po meri</translation>
    </message>
    <message>
      <source>Customers move between stages by how many orders they have placed and how long ago the last one was. Cancelled and refunded orders do not count.</source>
      <translation>Stranke prehajajo med stopnjami glede na to, koliko naročil so oddale in kako dolgo je od zadnjega. Preklicana in vrnjena naročila se ne štejejo.</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Privzeto</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>Lifecycle stages</source>
      <translation>Stopnje strank</translation>
    </message>
    <message>
      <source>Loyal for up to</source>
      <translation>Zveste do</translation>
    </message>
    <message>
      <source>MiniCRM (one-order customers lost after 60 days)</source>
      <translation>MiniCRM (stranke z enim naročilom so izgubljene po 60 dneh)</translation>
    </message>
    <message>
      <source>New for up to</source>
      <translation>Nove do</translation>
    </message>
    <message>
      <source>One order</source>
      <translation>Eno naročilo</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Prednastavitev</translation>
    </message>
    <message>
      <source>Promising for up to</source>
      <translation>Obetavne do</translation>
    </message>
    <message>
      <source>a customer is loyal.</source>
      <translation>naprej so stranke zveste.</translation>
    </message>
    <message>
      <source>a customer is promising.</source>
      <translation>naprej so stranke obetavne.</translation>
    </message>
  </context>
</TS>
