<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
  <context>
    <name>AdviceBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln vásárló</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Írás ezeknek a vásárlóknak…</translation>
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
      <translation>Születésnap</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>name@example.com</source>
      <translation>nev@pelda.hu</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>nem ismert</translation>
    </message>
  </context>
  <context>
    <name>CoreErrors</name>
    <message>
      <source>Choose another database file.</source>
      <translation>Válasszon másik adatbázisfájlt.</translation>
    </message>
  </context>
  <context>
    <name>CustomerActions</name>
    <message>
      <source>Edit %1</source>
      <translation>%1 adatainak szerkesztése</translation>
    </message>
    <message>
      <source>Edit details…</source>
      <translation>Adatok szerkesztése…</translation>
    </message>
    <message>
      <source>Forget %1 for good?</source>
      <translation>Véglegesen elfelejti: %1?</translation>
    </message>
    <message>
      <source>Forget a customer</source>
      <translation>Vásárló elfelejtése</translation>
    </message>
    <message>
      <source>Forget for good</source>
      <translation>Végleges elfelejtés</translation>
    </message>
    <message>
      <source>Forget…</source>
      <translation>Elfelejtés…</translation>
    </message>
    <message>
      <source>No more e-mails</source>
      <translation>Ne kapjon több e-mailt</translation>
    </message>
    <message>
      <source>Their contact details, orders, notes and messages are erased and cannot be brought back. Do this when someone asks you to delete their data.</source>
      <translation>Az elérhetőségei, rendelései, jegyzetei és üzenetei törlődnek, és nem állíthatók vissza. Akkor tegye ezt, ha valaki az adatai törlését kéri.</translation>
    </message>
    <message>
      <source>They asked not to be written to: LifeCRM will leave them out of every e-mail.</source>
      <translation>Azt kérte, ne írjanak neki: a LifeCRM minden e-mailből kihagyja.</translation>
    </message>
    <message>
      <source>They asked to be forgotten: erase them and everything about them.</source>
      <translation>Azt kérte, hogy felejtsék el: törli őt és minden róla szóló adatot.</translation>
    </message>
  </context>
  <context>
    <name>CustomerList</name>
    <message numerus="yes">
      <source>%Ln shown</source>
      <translation>
        <numerusform>%Ln látható</numerusform>
      </translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Vásárlók</translation>
    </message>
    <message>
      <source>Search by name, e-mail or phone</source>
      <translation>Keresés név, e-mail-cím vagy telefonszám szerint</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n selected…</source>
      <translation>
        <numerusform>Írás a kijelölt vásárlóknak (%n)…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Write to these %n customers…</source>
      <translation>
        <numerusform>Írás ezeknek a vásárlóknak (%n)…</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to this customer…</source>
      <translation>Írás ennek a vásárlónak…</translation>
    </message>
  </context>
  <context>
    <name>CustomerTable</name>
    <message>
      <source>%1 does not want e-mails.</source>
      <translation>%1 nem kér e-mailt.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Utolsó rendelés</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>One of the best customers: the top %1 % by money spent.</source>
      <translation>Az egyik legjobb vásárló: az elköltött összeg alapján a legjobb %1%-ba tartozik.</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Rendelések</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best). ★ marks the best customers.</source>
      <translation>Mikor vásárolt utoljára, milyen gyakran és mennyit költött: mindegyik 1-től 5-ig pontozva (az 5 a legjobb). A ★ a legjobb vásárlókat jelöli.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Szakasz</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Elköltött összeg</translation>
    </message>
  </context>
  <context>
    <name>Databases</name>
    <message>
      <source>Building demo data…</source>
      <translation>Bemutató adatok készítése…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Saját adataim megnyitása</translation>
    </message>
    <message>
      <source>Open your own database first, so that your orders and details never mix with the made-up customers? The demo stays as it is.</source>
      <translation>Megnyitja előbb a saját adatbázisát, hogy a rendelései és adatai ne keveredjenek a kitalált vásárlókkal? A bemutató változatlan marad.</translation>
    </message>
    <message>
      <source>Stay in the demo</source>
      <translation>Maradok a bemutatóban</translation>
    </message>
    <message>
      <source>You are in the demo. This step is for your own data.</source>
      <translation>Ön most a bemutatóban van. Ez a lépés a saját adataihoz való.</translation>
    </message>
  </context>
  <context>
    <name>DateQuestion</name>
    <message>
      <source>Day first (31/12/2025)</source>
      <translation>Elöl a nap (31/12/2025)</translation>
    </message>
    <message>
      <source>Day first: %1 is %2</source>
      <translation>Elöl a nap: %1 jelentése %2</translation>
    </message>
    <message>
      <source>How are the dates in “%1” written?</source>
      <translation>Hogyan vannak írva a dátumok ebben az oszlopban: „%1”?</translation>
    </message>
    <message>
      <source>Month first (12/31/2025)</source>
      <translation>Elöl a hónap (12/31/2025)</translation>
    </message>
    <message>
      <source>Month first: %1 is %2</source>
      <translation>Elöl a hónap: %1 jelentése %2</translation>
    </message>
  </context>
  <context>
    <name>DemoBand</name>
    <message>
      <source>Demo data: these customers are made up. Your own orders, your details and sending belong in your own database.</source>
      <translation>Bemutató adatok: ezek a vásárlók kitaláltak. A saját rendelései, adatai és a küldés a saját adatbázisába tartoznak.</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Saját adataim megnyitása</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>%1, last one %2 → %3</source>
      <translation>%1, az utolsó %2 → %3</translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n rendelés</numerusform>
      </translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(nincs név)</translation>
    </message>
    <message>
      <source>(no number)</source>
      <translation>(nincs szám)</translation>
    </message>
    <message>
      <source>Added to LifeCRM</source>
      <translation>Felvéve a LifeCRM-be</translation>
    </message>
    <message>
      <source>Asked not to be contacted</source>
      <translation>Kérte, hogy ne keressék</translation>
    </message>
    <message>
      <source>Became %1</source>
      <translation>Ide került: %1</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Születésnap</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Ország</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dátum</translation>
    </message>
    <message>
      <source>Does not count toward stages and totals.</source>
      <translation>Nem számít bele a szakaszokba és az összesítésekbe.</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Nem kér e-mailt</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>E-mail sent: %1</source>
      <translation>E-mail elküldve: %1</translation>
    </message>
    <message>
      <source>First name: %1</source>
      <translation>Keresztnév: %1</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Első rendelés</translation>
    </message>
    <message>
      <source>First order %1 · %2</source>
      <translation>Első rendelés %1 · %2</translation>
    </message>
    <message>
      <source>Imported from %1</source>
      <translation>Importálva innen: %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Nyelv</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Utolsó rendelés</translation>
    </message>
    <message>
      <source>Moved from %1 to %2</source>
      <translation>Átkerült: %1 → %2</translation>
    </message>
    <message>
      <source>No orders yet → %1</source>
      <translation>Még nincs rendelés → %1</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>Szám: %1</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Jegyzet: %1</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Jegyzetek</translation>
    </message>
    <message>
      <source>Notes cleared</source>
      <translation>Jegyzetek törölve</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Rendelés</translation>
    </message>
    <message>
      <source>Order %1 · %2</source>
      <translation>Rendelés: %1 · %2</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Rendelések</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Adatvédelem</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency %1 · Frequency %2 · Money %3</source>
      <translation>Frissesség %1 · Gyakoriság %2 · Költés %3</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best).</source>
      <translation>Mikor vásárolt utoljára, milyen gyakran és mennyit költött: mindegyik 1-től 5-ig pontozva (az 5 a legjobb).</translation>
    </message>
    <message>
      <source>Save notes</source>
      <translation>Jegyzetek mentése</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Mentve</translation>
    </message>
    <message>
      <source>Select a customer to see their details.</source>
      <translation>Válasszon ki egy vásárlót, hogy lássa az adatait.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Idővonal</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Összesen</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Elköltött összeg</translation>
    </message>
    <message>
      <source>What you know about them: preferences, sizes, what you talked about…</source>
      <translation>Amit tud róla: kedvencek, méretek, miről beszélgettek…</translation>
    </message>
    <message>
      <source>since %1</source>
      <translation>%1 óta</translation>
    </message>
    <message>
      <source>★ Best customer (top %1 %)</source>
      <translation>★ Legjobb vásárló (a legjobb %1%)</translation>
    </message>
  </context>
  <context>
    <name>Drafting</name>
    <message numerus="yes">
      <source>%n left out by you</source>
      <translation>
        <numerusform>%n Ön által kihagyva</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n message(s) ready</source>
      <translation>
        <numerusform>%n üzenet kész</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>%n kimarad</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n written to lately (skipped unless you insist)</source>
      <translation>
        <numerusform>%n vásárló nemrég kapott levelet (kimarad, hacsak nem ragaszkodik hozzá)</numerusform>
      </translation>
    </message>
    <message>
      <source>10% off</source>
      <translation>10% kedvezmény</translation>
    </message>
    <message>
      <source>About your shop</source>
      <translation>A boltjáról</translation>
    </message>
    <message>
      <source>Address %1 customers</source>
      <translation>%1 nyelvű vásárlók megszólítása</translation>
    </message>
    <message>
      <source>An example customer</source>
      <translation>Egy példavásárló</translation>
    </message>
    <message>
      <source>Anna Kovács
Kovács Tea · Budapest</source>
      <translation>Anna Kovács
Kovács Tea · Budapest</translation>
    </message>
    <message>
      <source>As the customer sees it</source>
      <translation>Ahogy a vásárló látja</translation>
    </message>
    <message>
      <source>Back to the original?</source>
      <translation>Visszaállítja az eredetit?</translation>
    </message>
    <message>
      <source>Back to the original…</source>
      <translation>Vissza az eredetihez…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Mégse</translation>
    </message>
    <message>
      <source>Change the words for this customer only; template changes leave them alone.</source>
      <translation>A szöveg módosítása csak ennél a vásárlónál; a sablon módosításai ezt nem írják felül.</translation>
    </message>
    <message>
      <source>Choose a customer on the left to read their message.</source>
      <translation>Válasszon egy vásárlót a bal oldalon, és elolvashatja a neki szóló üzenetet.</translation>
    </message>
    <message>
      <source>Choose a folder for the e-mails</source>
      <translation>Válasszon mappát az e-mailekhez</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bezárás</translation>
    </message>
    <message>
      <source>Customers whose language LifeCRM does not know get this one.</source>
      <translation>Ezt kapják azok a vásárlók, akiknek a nyelvét a LifeCRM nem ismeri.</translation>
    </message>
    <message>
      <source>Details to fill in</source>
      <translation>Beilleszthető adatok</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Kedvezmény</translation>
    </message>
    <message>
      <source>Discount codes</source>
      <translation>Kedvezménykódok</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Nem kér e-mailt</translation>
    </message>
    <message>
      <source>Double-click one to put it where you are typing.</source>
      <translation>Kattintson rá duplán, és oda kerül, ahol éppen gépel.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Each customer gets a code of their own. Every # becomes a letter or a digit: THANKS-#### gives codes like THANKS-7K2Q.</source>
      <translation>Minden vásárló saját kódot kap. Minden # helyére egy betű vagy számjegy kerül: a THANKS-#### mintából például THANKS-7K2Q lesz.</translation>
    </message>
    <message>
      <source>Each customer's own language</source>
      <translation>Minden vásárló a saját nyelvén</translation>
    </message>
    <message>
      <source>Edit template: %1</source>
      <translation>Sablon szerkesztése: %1</translation>
    </message>
    <message>
      <source>Edit template…</source>
      <translation>Sablon szerkesztése…</translation>
    </message>
    <message>
      <source>Edit this message</source>
      <translation>Az üzenet szerkesztése</translation>
    </message>
    <message>
      <source>Empty: your name and the shop's name.</source>
      <translation>Ha üres: az Ön neve és a bolt neve.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Angol</translation>
    </message>
    <message>
      <source>Fill in the address your e-mails should come from.</source>
      <translation>Adja meg a címet, amelyről az e-mailjei mennek.</translation>
    </message>
    <message>
      <source>Fill in your details…</source>
      <translation>Adatai kitöltése…</translation>
    </message>
    <message>
      <source>Formally (%1)</source>
      <translation>Magázva (%1)</translation>
    </message>
    <message>
      <source>How you write</source>
      <translation>Hogyan ír</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Magyar</translation>
    </message>
    <message>
      <source>Icelandic</source>
      <translation>Izlandi</translation>
    </message>
    <message>
      <source>Informally (%1)</source>
      <translation>Tegezve (%1)</translation>
    </message>
    <message>
      <source>Keep my changes</source>
      <translation>Módosításaim megtartása</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Nyelv</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Nyelv:</translation>
    </message>
    <message>
      <source>Left out: tick the box to write to this customer after all.</source>
      <translation>Kihagyva: jelölje be a négyzetet, ha mégis írna ennek a vásárlónak.</translation>
    </message>
    <message>
      <source>LifeCRM signs and fills in your e-mails with these details. Leave out anything you do not want to use: the sentence that needs it is left out too.</source>
      <translation>A LifeCRM ezekkel az adatokkal tölti ki és írja alá az e-mailjeit. Amit nem szeretne használni, hagyja üresen: az a mondat is kimarad, amelyikhez kellene.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Üzenet</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>Üzenet:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>Nincs e-mail-cím</translation>
    </message>
    <message>
      <source>No longer in your customers</source>
      <translation>Már nincs a vásárlói között</translation>
    </message>
    <message>
      <source>No message for this customer.</source>
      <translation>Ennek a vásárlónak nincs üzenet.</translation>
    </message>
    <message>
      <source>One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.</source>
      <translation>Üzenetenként egy fájl; a Thunderbird, az Outlook és az Apple Mail küldésre készen nyitja meg őket.</translation>
    </message>
    <message>
      <source>One sentence, told to a new customer.</source>
      <translation>Egy mondat, amelyet egy új vásárlónak mondana.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Egyszerű szöveg</translation>
    </message>
    <message>
      <source>Preview for</source>
      <translation>Előnézet ehhez:</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Címzettek</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Orosz</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Mentés</translation>
    </message>
    <message>
      <source>Save as .eml files…</source>
      <translation>Mentés .eml fájlokként…</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n e-mail(s) in %1. Open them in your mail program to send them.</source>
      <translation>
        <numerusform>%n e-mail mentve ide: %1. Nyissa meg őket a levelezőprogramjában, és onnan küldje el.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send these messages from your own mailbox.</source>
      <translation>Küldje el ezeket az üzeneteket a saját postafiókjából.</translation>
    </message>
    <message>
      <source>Send…</source>
      <translation>Küldés…</translation>
    </message>
    <message>
      <source>Set up sending…</source>
      <translation>Küldés beállítása…</translation>
    </message>
    <message>
      <source>Set up the mailbox to send from first (File → Sending account…).</source>
      <translation>Előbb állítsa be a postafiókot, amelyből küld (Fájl → Küldő fiók…).</translation>
    </message>
    <message>
      <source>Shop name</source>
      <translation>Bolt neve</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Aláírás</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Szlovén</translation>
    </message>
    <message>
      <source>Small gift</source>
      <translation>Kis ajándék</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Valami hiba történt (programhiba).</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>Hiba történt a LifeCRM-ben (programhiba).</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Tárgy</translation>
    </message>
    <message>
      <source>Tell LifeCRM which mailbox to send from.</source>
      <translation>Adja meg, melyik postafiókból küldjön a LifeCRM.</translation>
    </message>
    <message>
      <source>Throw away your version of the %1 template and use LifeCRM's original again?</source>
      <translation>Elveti a sablon saját változatát (%1), és újra a LifeCRM eredeti szövegét használja?</translation>
    </message>
    <message>
      <source>To: %1 &lt;%2&gt;</source>
      <translation>Címzett: %1 &lt;%2&gt;</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Módosításaim visszavonása</translation>
    </message>
    <message>
      <source>Use LifeCRM's own text for this language again.</source>
      <translation>Ezen a nyelven újra a LifeCRM saját szövege lesz érvényes.</translation>
    </message>
    <message>
      <source>Use the original</source>
      <translation>Az eredeti használata</translation>
    </message>
    <message>
      <source>Use the template's words for this customer again.</source>
      <translation>Ennél a vásárlónál újra a sablon szövege lesz érvényes.</translation>
    </message>
    <message>
      <source>We blend our teas by hand in a small shop in Budapest since 2015.</source>
      <translation>2015 óta kézzel keverjük teáinkat egy kis budapesti boltban.</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Webcím</translation>
    </message>
    <message>
      <source>What you can offer</source>
      <translation>Amit kínálni tud</translation>
    </message>
    <message>
      <source>Which address should these e-mails come from? Fill in your e-mail address.</source>
      <translation>Melyik címről menjenek ezek az e-mailek? Adja meg az e-mail-címét.</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n customer(s)</source>
      <translation>
        <numerusform>Írás %n vásárlónak</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n message(s)…</source>
      <translation>
        <numerusform>%n üzenet megírása…</numerusform>
      </translation>
    </message>
    <message>
      <source>Written for: %1</source>
      <translation>Kinek szól: %1</translation>
    </message>
    <message>
      <source>You and your shop</source>
      <translation>Ön és a boltja</translation>
    </message>
    <message>
      <source>You edited this message; template changes leave it alone.</source>
      <translation>Ezt az üzenetet Ön módosította; a sablon módosításai nem írják felül.</translation>
    </message>
    <message>
      <source>You write to %1 customers formally (%2). Change it in Your details.</source>
      <translation>%1 nyelvű vásárlóit magázza (%2). Ezt a Saját adatok között módosíthatja.</translation>
    </message>
    <message>
      <source>You write to %1 customers informally (%2). Change it in Your details.</source>
      <translation>%1 nyelvű vásárlóit tegezi (%2). Ezt a Saját adatok között módosíthatja.</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Saját adatok</translation>
    </message>
    <message>
      <source>Your details are not filled in yet: the messages have no sender address and end without your name.</source>
      <translation>Még nem töltötte ki az adatait: az üzeneteknek nincs feladócímük, és az Ön neve nélkül végződnek.</translation>
    </message>
    <message>
      <source>Your details…</source>
      <translation>Saját adatok…</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Az Ön e-mail-címe</translation>
    </message>
    <message>
      <source>Your e-mail address is not filled in yet: saved messages have no sender.</source>
      <translation>Még nem adta meg az e-mail-címét: a mentett üzeneteknek nincs feladójuk.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Az Ön neve</translation>
    </message>
    <message>
      <source>Your name and your shop's name are not filled in yet: the messages end without your name.</source>
      <translation>Még nem adta meg a saját és a boltja nevét: az üzenetek az Ön neve nélkül végződnek.</translation>
    </message>
    <message>
      <source>Your own language</source>
      <translation>Az Ön nyelve</translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>free shipping</source>
      <translation>ingyenes szállítás</translation>
    </message>
    <message>
      <source>“%1” does not look like an e-mail address.</source>
      <translation>„%1” nem tűnik e-mail-címnek.</translation>
    </message>
    <message>
      <source>✎ You edited this message by hand.</source>
      <translation>✎ Ezt az üzenetet kézzel módosította.</translation>
    </message>
  </context>
  <context>
    <name>DraftingActions</name>
    <message>
      <source>&amp;Customers</source>
      <translation>&amp;Vásárlók</translation>
    </message>
    <message>
      <source>&amp;Write to these customers…</source>
      <translation>&amp;Írás ezeknek a vásárlóknak…</translation>
    </message>
    <message>
      <source>Draft a personal e-mail to the selected customers, or to everyone listed.</source>
      <translation>Személyes e-mail megírása a kijelölt vásárlóknak vagy mindenkinek, aki a listán van.</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>There is nobody here to write to yet.</source>
      <translation>Itt még nincs senki, akinek írhatna.</translation>
    </message>
    <message>
      <source>Your &amp;details…</source>
      <translation>&amp;Saját adatok…</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Import your orders</source>
      <translation>Rendelések importálása</translation>
    </message>
    <message>
      <source>LifeCRM reads your order history and tells you, every week, who to write to and what to say: who is new, who is loyal, and who is slipping away.</source>
      <translation>A LifeCRM beolvassa a korábbi rendeléseit, és hétről hétre megmondja, kinek írjon és mit: ki új, ki hűséges, és ki kezd elmaradni.</translation>
    </message>
    <message>
      <source>Opens a separate demo database; your own data is never mixed with it.</source>
      <translation>Külön bemutató adatbázist nyit meg; a saját adatai sosem keverednek vele.</translation>
    </message>
    <message>
      <source>Reads the orders or customers from your webshop's or invoicing spreadsheet.</source>
      <translation>Beolvassa a rendeléseket vagy a vásárlókat a webshopból vagy a számlázóprogramból mentett táblázatból.</translation>
    </message>
    <message>
      <source>Try it with demo data</source>
      <translation>Kipróbálás bemutató adatokkal</translation>
    </message>
    <message>
      <source>Welcome to LifeCRM</source>
      <translation>Üdvözli a LifeCRM</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose a file…</source>
      <translation>Fájl kiválasztása…</translation>
    </message>
    <message>
      <source>Excel (.xlsx, .xls), LibreOffice (.ods) and CSV files. You can also drop a file onto the LifeCRM window.</source>
      <translation>Excel (.xlsx, .xls), LibreOffice (.ods) és CSV fájlok. A fájlt a LifeCRM ablakára is ráhúzhatja.</translation>
    </message>
    <message>
      <source>Export your orders (or your customers) from your webshop, invoicing program or bookkeeping as a spreadsheet, then choose that file here. LifeCRM shows you what it found before anything is saved.</source>
      <translation>Exportálja a rendeléseit (vagy a vásárlóit) táblázatként a webshopból, a számlázóprogramból vagy a könyvelőprogramból, majd itt válassza ki ezt a fájlt. A LifeCRM megmutatja, mit talált, mielőtt bármit mentene.</translation>
    </message>
    <message>
      <source>Which file holds your orders?</source>
      <translation>Melyik fájlban vannak a rendelései?</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>%n napja</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in %n days</source>
      <translation>
        <numerusform>%n nap múlva</numerusform>
      </translation>
    </message>
    <message>
      <source>today</source>
      <translation>ma</translation>
    </message>
    <message>
      <source>yesterday</source>
      <translation>tegnap</translation>
    </message>
  </context>
  <context>
    <name>ImportActions</name>
    <message>
      <source>&amp;Import orders…</source>
      <translation>Rendelések &amp;importálása…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>Importálási &amp;előzmények…</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln vásárló</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln rendelés</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bezárás</translation>
    </message>
    <message>
      <source>Customers added</source>
      <translation>Hozzáadott vásárlók</translation>
    </message>
    <message>
      <source>Customers and orders it changed get their earlier details back.</source>
      <translation>Az általa módosított vásárlók és rendelések visszakapják korábbi adataikat.</translation>
    </message>
    <message>
      <source>Every file you imported, newest first. Undoing an import removes the orders and customers it added and puts back what it changed. Only the newest import can be undone.</source>
      <translation>Minden fájl, amelyet importált, a legújabb elöl. Egy importálás visszavonása törli az általa hozzáadott rendeléseket és vásárlókat, és visszaállítja, amit módosított. Csak a legutóbbi importálás vonható vissza.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fájl</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Importálási előzmények</translation>
    </message>
    <message>
      <source>Imported on</source>
      <translation>Importálás ideje</translation>
    </message>
    <message>
      <source>In place</source>
      <translation>Érvényben</translation>
    </message>
    <message>
      <source>Nothing has been imported yet.</source>
      <translation>Még nem importált semmit.</translation>
    </message>
    <message>
      <source>Only the newest import can be undone.</source>
      <translation>Csak a legutóbbi importálás vonható vissza.</translation>
    </message>
    <message>
      <source>Orders added</source>
      <translation>Hozzáadott rendelések</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problémák</translation>
    </message>
    <message>
      <source>Remove the %1 and %2 this import added?</source>
      <translation>Törli, amit ez az importálás hozzáadott: %1 és %2?</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Valami hiba történt (programhiba).</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Undo the import</source>
      <translation>Importálás visszavonása</translation>
    </message>
    <message>
      <source>Undo this import?</source>
      <translation>Visszavonja ezt az importálást?</translation>
    </message>
    <message>
      <source>Undo this import…</source>
      <translation>Importálás visszavonása…</translation>
    </message>
    <message>
      <source>Undoing the import…</source>
      <translation>Az importálás visszavonása…</translation>
    </message>
    <message>
      <source>Undone on %1</source>
      <translation>Visszavonva: %1</translation>
    </message>
    <message>
      <source>Undone: removed %1 that %2 had added.</source>
      <translation>Visszavonva: törölve %1 ebből a fájlból: %2.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>%1 and %2</source>
      <translation>%1 és %2</translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n vásárló</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n rendelés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n sor</numerusform>
      </translation>
    </message>
    <message>
      <source>Accepts newsletters</source>
      <translation>Kér hírlevelet</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Vissza</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Születésnap</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Mégse</translation>
    </message>
    <message>
      <source>Cancelled on</source>
      <translation>Lemondás dátuma</translation>
    </message>
    <message>
      <source>Check the columns</source>
      <translation>Az oszlopok ellenőrzése</translation>
    </message>
    <message>
      <source>Check the file</source>
      <translation>A fájl ellenőrzése</translation>
    </message>
    <message>
      <source>Checking every row</source>
      <translation>Minden sor ellenőrzése</translation>
    </message>
    <message>
      <source>Checking every row of %1…</source>
      <translation>Minden sor ellenőrzése: %1…</translation>
    </message>
    <message>
      <source>Choose the file with your orders</source>
      <translation>Válassza ki a rendeléseit tartalmazó fájlt</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bezárás</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Pénznem</translation>
    </message>
    <message>
      <source>Customer number</source>
      <translation>Vásárlószám</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Keresztnév</translation>
    </message>
    <message>
      <source>ISO-8859-2 (Central European)</source>
      <translation>ISO-8859-2 (közép-európai)</translation>
    </message>
    <message>
      <source>ISO-8859-5 (Cyrillic)</source>
      <translation>ISO-8859-5 (cirill)</translation>
    </message>
    <message>
      <source>If you stop now, nothing is imported.</source>
      <translation>Ha most leállítja, semmi sem lesz importálva.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importálás</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Az importálás kész</translation>
    </message>
    <message>
      <source>Import orders</source>
      <translation>Rendelések importálása</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Importálás</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>Importálás: %1…</translation>
    </message>
    <message>
      <source>Item price</source>
      <translation>Egységár</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Vezetéknév</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>No column says who the customer is. Above the column with the e-mail addresses, names or customer numbers, choose “E-mail”, “Name” or “Customer number”.</source>
      <translation>Egyik oszlopból sem derül ki, ki a vásárló. Az e-mail-címeket, neveket vagy vásárlószámokat tartalmazó oszlop fölött válassza ezt: „E-mail”, „Név” vagy „Vásárlószám”.</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Jegyzet</translation>
    </message>
    <message>
      <source>Nothing is saved yet.</source>
      <translation>Még semmi sincs mentve.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Semmi sem lett importálva.</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>Rendelés dátuma</translation>
    </message>
    <message>
      <source>Order number</source>
      <translation>Rendelésszám</translation>
    </message>
    <message>
      <source>Order status</source>
      <translation>Rendelés állapota</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Termék</translation>
    </message>
    <message>
      <source>Product code</source>
      <translation>Cikkszám</translation>
    </message>
    <message>
      <source>Putting everything back.</source>
      <translation>Minden visszaáll a korábbi állapotra.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Mennyiség</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>Beolvasás: %1…</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>A fájl beolvasása</translation>
    </message>
    <message>
      <source>Say how the dates are written (the question below), then check again.</source>
      <translation>Adja meg, hogyan vannak írva a dátumok (lent találja a kérdést), majd ellenőrizze újra.</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug); nothing was imported. The details are in %1.</source>
      <translation>Hiba történt a LifeCRM-ben (programhiba); semmi sem lett importálva. A részleteket itt találja: %1.</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
      <translation>Táblázatok (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Step %1 of 4</source>
      <translation>%1. lépés (összesen 4)</translation>
    </message>
    <message>
      <source>Stop the import</source>
      <translation>Importálás leállítása</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Leállítás…</translation>
    </message>
    <message>
      <source>The amounts in this file name no currency. Choose one below, then check again.</source>
      <translation>A fájlban szereplő összegeknél nincs megadva pénznem. Válasszon egyet lent, majd ellenőrizze újra.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Végösszeg</translation>
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
      <translation>Mi lesz importálva</translation>
    </message>
    <message>
      <source>Windows-1250 (Central European)</source>
      <translation>Windows-1250 (közép-európai)</translation>
    </message>
    <message>
      <source>Windows-1251 (Cyrillic)</source>
      <translation>Windows-1251 (cirill)</translation>
    </message>
    <message>
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (nyugat-európai)</translation>
    </message>
    <message>
      <source>commas</source>
      <translation>vessző</translation>
    </message>
    <message>
      <source>semicolons</source>
      <translation>pontosvessző</translation>
    </message>
    <message>
      <source>tabs</source>
      <translation>tabulátor</translation>
    </message>
    <message>
      <source>vertical bars</source>
      <translation>függőleges vonal</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— kimarad —</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>„%1”</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Nyelv</translation>
    </message>
    <message>
      <source>As on this computer</source>
      <translation>A számítógép nyelve</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Nyelv</translation>
    </message>
    <message>
      <source>LifeCRM will speak %1 the next time it starts.</source>
      <translation>A LifeCRM nyelve a következő indítástól: %1.</translation>
    </message>
    <message>
      <source>the language of this computer</source>
      <translation>a számítógép nyelve</translation>
    </message>
  </context>
  <context>
    <name>ListActions</name>
    <message numerus="yes">
      <source>%n customer(s) saved in %1.</source>
      <translation>
        <numerusform>%n vásárló mentve ide: %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add a customer…</source>
      <translation>Vásárló &amp;hozzáadása…</translation>
    </message>
    <message>
      <source>&amp;Export the list…</source>
      <translation>A lista &amp;exportálása…</translation>
    </message>
    <message>
      <source>Add a customer</source>
      <translation>Vásárló hozzáadása</translation>
    </message>
    <message>
      <source>Export the customers to</source>
      <translation>A vásárlók exportálása ide</translation>
    </message>
    <message>
      <source>Exporting the customers…</source>
      <translation>A vásárlók exportálása…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Saves the customers listed as an Excel workbook.</source>
      <translation>A listázott vásárlókat Excel-munkafüzetbe menti.</translation>
    </message>
    <message>
      <source>customers.xlsx</source>
      <translation>vasarlok.xlsx</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 (demo data)</source>
      <translation>%1 (bemutató adatok)</translation>
    </message>
    <message>
      <source>&amp;About LifeCRM</source>
      <translation>&amp;A LifeCRM névjegye</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fájl</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Súgó</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Kilépés</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Beállítások…</translation>
    </message>
    <message>
      <source>&lt;b&gt;LifeCRM&lt;/b&gt; %1</source>
      <translation>&lt;b&gt;LifeCRM&lt;/b&gt; %1</translation>
    </message>
    <message>
      <source>About LifeCRM</source>
      <translation>A LifeCRM névjegye</translation>
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
      <translation>Hiba történt a LifeCRM-ben (programhiba). A részleteket itt találja: %1.</translation>
    </message>
    <message>
      <source>Updating stages…</source>
      <translation>Szakaszok frissítése…</translation>
    </message>
    <message>
      <source>Who should I write to now, and what should I say? A CRM for small shops.</source>
      <translation>Kinek írjak most, és mit? CRM kis boltoknak.</translation>
    </message>
  </context>
  <context>
    <name>MappingHeader</name>
    <message>
      <source>What column %1 holds</source>
      <translation>%1. oszlop tartalma</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <source>%Ln row(s) on the sheet “%1”, under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln sor ezen a munkalapon: „%1”, az oszlopnevek alatt (oszlopnevek: %2. sor).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln sor az oszlopnevek alatt (oszlopnevek: %2. sor).</numerusform>
      </translation>
    </message>
    <message>
      <source>Above each column, choose what it holds. Greyed-out columns are not imported.</source>
      <translation>Minden oszlop fölött válassza ki, mit tartalmaz. A szürke oszlopok nem lesznek importálva.</translation>
    </message>
    <message>
      <source>Amounts that name no currency are in</source>
      <translation>A pénznem nélküli összegek pénzneme:</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Válasszon…</translation>
    </message>
    <message>
      <source>Columns separated by</source>
      <translation>Oszlopelválasztó:</translation>
    </message>
    <message>
      <source>Recognised as a %1 orders export.</source>
      <translation>Felismert fájl: %1 rendelésexport.</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Munkalap:</translation>
    </message>
    <message numerus="yes">
      <source>Showing the first %1 of %Ln row(s).</source>
      <translation>
        <numerusform>Összesen %Ln sor, ebből az első %1 látható.</numerusform>
      </translation>
    </message>
    <message>
      <source>Text read as</source>
      <translation>Szövegkódolás:</translation>
    </message>
    <message>
      <source>Using the columns you chose last time for this kind of file.</source>
      <translation>Az ilyen fájlokhoz legutóbb választott oszlopok vannak beállítva.</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>%1 - problems.xlsx</source>
      <translation>%1 - problémák.xlsx</translation>
    </message>
    <message>
      <source>(whole row)</source>
      <translation>(teljes sor)</translation>
    </message>
    <message>
      <source>Added %1.</source>
      <translation>Hozzáadva: %1.</translation>
    </message>
    <message>
      <source>Already in LifeCRM, left as they are: %1.</source>
      <translation>Már megvan a LifeCRM-ben, változatlan marad: %1.</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Oszlop</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Vásárló</translation>
    </message>
    <message numerus="yes">
      <source>Customers who appear with different names: %Ln.</source>
      <translation>
        <numerusform>Különböző nevekkel szereplő vásárlók: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row can be imported.</source>
      <translation>Minden sor importálható.</translation>
    </message>
    <message>
      <source>Hide them</source>
      <translation>Elrejtés</translation>
    </message>
    <message>
      <source>Imported without this value</source>
      <translation>Importálva, ez az érték nélkül</translation>
    </message>
    <message>
      <source>Name kept</source>
      <translation>Megtartott név</translation>
    </message>
    <message>
      <source>Name not used</source>
      <translation>Nem használt név</translation>
    </message>
    <message>
      <source>Nothing new to add: this file holds nothing LifeCRM does not have.</source>
      <translation>Nincs mit hozzáadni: ebben a fájlban nincs semmi, ami ne lenne már meg a LifeCRM-ben.</translation>
    </message>
    <message>
      <source>Nothing new was added.</source>
      <translation>Semmi új nem került be.</translation>
    </message>
    <message>
      <source>Nothing was imported; your data is as it was.</source>
      <translation>Semmi sem lett importálva; az adatai változatlanok.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Probléma</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Sor</translation>
    </message>
    <message>
      <source>Row skipped</source>
      <translation>A sor kimaradt</translation>
    </message>
    <message numerus="yes">
      <source>Rows skipped because of a problem: %Ln.</source>
      <translation>
        <numerusform>Probléma miatt kihagyott sorok: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows with a problem:</source>
      <translation>Problémás sorok:</translation>
    </message>
    <message>
      <source>Save the rows with a problem</source>
      <translation>A problémás sorok mentése</translation>
    </message>
    <message>
      <source>Save them as a spreadsheet…</source>
      <translation>Mentés táblázatként…</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Mentve ide: %1.</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Megjelenítés</translation>
    </message>
    <message>
      <source>Stages are up to date: close this window to see your customers.</source>
      <translation>A szakaszok naprakészek: zárja be ezt az ablakot, és láthatja a vásárlóit.</translation>
    </message>
    <message>
      <source>The same customer appears with different names; LifeCRM keeps one:</source>
      <translation>Ugyanaz a vásárló különböző nevekkel szerepel; a LifeCRM egyet megtart:</translation>
    </message>
    <message>
      <source>These rows have a problem:</source>
      <translation>Ezekkel a sorokkal probléma van:</translation>
    </message>
    <message>
      <source>This will add %1.</source>
      <translation>Hozzá lesz adva: %1.</translation>
    </message>
    <message>
      <source>To be updated: %1.</source>
      <translation>Frissül: %1.</translation>
    </message>
    <message>
      <source>Updated: %1.</source>
      <translation>Frissítve: %1.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Érték</translation>
    </message>
    <message numerus="yes">
      <source>Values left out because they cannot be read: %Ln.</source>
      <translation>
        <numerusform>Olvashatatlan, ezért kihagyott értékek: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Mi történik</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Miért</translation>
    </message>
    <message>
      <source>You can start the import again whenever you like.</source>
      <translation>Az importálást bármikor újrakezdheti.</translation>
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Delete</source>
      <translation>Törlés</translation>
    </message>
    <message>
      <source>Delete segment</source>
      <translation>Csoport törlése</translation>
    </message>
    <message>
      <source>Delete the segment “%1”?</source>
      <translation>Törli ezt a csoportot: „%1”?</translation>
    </message>
    <message>
      <source>New name for “%1”:</source>
      <translation>„%1” új neve:</translation>
    </message>
    <message>
      <source>Rename segment</source>
      <translation>Csoport átnevezése</translation>
    </message>
    <message>
      <source>Saving segments…</source>
      <translation>Csoportok mentése…</translation>
    </message>
    <message>
      <source>Your customers stay as they are; only this saved question is deleted.</source>
      <translation>A vásárlói megmaradnak; csak ez a mentett kérdés törlődik.</translation>
    </message>
  </context>
  <context>
    <name>SegmentBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln vásárló</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Szerkesztés…</translation>
    </message>
    <message>
      <source>Nobody is in this segment today.</source>
      <translation>Ma senki sincs ebben a csoportban.</translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Írás ezeknek a vásárlóknak…</translation>
    </message>
    <message>
      <source>counting…</source>
      <translation>számolás…</translation>
    </message>
  </context>
  <context>
    <name>SegmentList</name>
    <message>
      <source>+ New segment…</source>
      <translation>+ Új csoport…</translation>
    </message>
    <message>
      <source>Ask your own question: who bought what, when, how much</source>
      <translation>Tegye fel a saját kérdését: ki mit vett, mikor, mennyiért</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Törlés…</translation>
    </message>
    <message>
      <source>Edit a copy…</source>
      <translation>Másolat szerkesztése…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Szerkesztés…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Átnevezés…</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Csoportok</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source> and </source>
      <translation> és </translation>
    </message>
    <message>
      <source> days</source>
      <translation> nap</translation>
    </message>
    <message>
      <source> or </source>
      <translation> vagy </translation>
    </message>
    <message numerus="yes">
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 és még %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s) match today</source>
      <translation>
        <numerusform>Ma %Ln vásárló felel meg</numerusform>
      </translation>
    </message>
    <message>
      <source>+ Add a condition</source>
      <translation>+ Feltétel hozzáadása</translation>
    </message>
    <message>
      <source>+ Add a group</source>
      <translation>+ Feltételcsoport hozzáadása</translation>
    </message>
    <message>
      <source>A framed list of conditions with its own any/all, e.g. bought A or B</source>
      <translation>Bekeretezett feltétellista saját „mindegyik/legalább egy” választással, pl. A-t vagy B-t vett</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>Minden vásárló</translation>
    </message>
    <message>
      <source>All: every condition must hold. Any: at least one must.</source>
      <translation>Mindegyik: minden feltételnek teljesülnie kell. Legalább egy: elég, ha egy teljesül.</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Átlagos rendelésérték</translation>
    </message>
    <message>
      <source>Best customer (top 2 %)</source>
      <translation>Legjobb vásárló (a legjobb 2%)</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Születésnap</translation>
    </message>
    <message>
      <source>Bought</source>
      <translation>Vásárolt</translation>
    </message>
    <message>
      <source>Buying pace</source>
      <translation>Vásárlási ütem</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Mégse</translation>
    </message>
    <message>
      <source>Choose a suggestion…</source>
      <translation>Válasszon egy javaslatot…</translation>
    </message>
    <message>
      <source>Choose products…</source>
      <translation>Termékek kiválasztása…</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Válasszon…</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one country.</source>
      <translation>%1. feltétel: válasszon legalább egy országot.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one language.</source>
      <translation>%1. feltétel: válasszon legalább egy nyelvet.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one product.</source>
      <translation>%1. feltétel: válasszon legalább egy terméket.</translation>
    </message>
    <message>
      <source>Condition %1: fill in a value.</source>
      <translation>%1. feltétel: adjon meg egy értéket.</translation>
    </message>
    <message>
      <source>Condition %1: tick at least one stage.</source>
      <translation>%1. feltétel: jelöljön be legalább egy szakaszt.</translation>
    </message>
    <message>
      <source>Condition %1: type a word or phrase.</source>
      <translation>%1. feltétel: írjon be egy szót vagy kifejezést.</translation>
    </message>
    <message>
      <source>Condition %1: type an amount.</source>
      <translation>%1. feltétel: írjon be egy összeget.</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Számolás…</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Ország</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Azok a vásárlók, akikre</translation>
    </message>
    <message>
      <source>Days since last order</source>
      <translation>Napok az utolsó rendelés óta</translation>
    </message>
    <message>
      <source>Did not buy</source>
      <translation>Nem vásárolt</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Nem kér e-mailt</translation>
    </message>
    <message>
      <source>Edit the segment “%1”</source>
      <translation>Csoport szerkesztése: „%1”</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Első rendelés</translation>
    </message>
    <message>
      <source>Fix the rule to see who matches.</source>
      <translation>Javítsa ki a szabályt, hogy lássa, kik felelnek meg.</translation>
    </message>
    <message>
      <source>Frequency score (RFM)</source>
      <translation>Gyakorisági pontszám (RFM)</translation>
    </message>
    <message>
      <source>Give the segment a name and valid rules.</source>
      <translation>Adjon a csoportnak nevet és érvényes szabályokat.</translation>
    </message>
    <message>
      <source>Has an e-mail address</source>
      <translation>Van e-mail-címe</translation>
    </message>
    <message>
      <source>In plain words: %1</source>
      <translation>Egyszerű szavakkal: %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Nyelv</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Utolsó rendelés</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>Ahol</translation>
    </message>
    <message>
      <source>Money score (RFM)</source>
      <translation>Költési pontszám (RFM)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>New segment</source>
      <translation>Új csoport</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>Senki</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Jegyzetek</translation>
    </message>
    <message>
      <source>Number of orders</source>
      <translation>Rendelések száma</translation>
    </message>
    <message>
      <source>Recency score (RFM)</source>
      <translation>Frissességi pontszám (RFM)</translation>
    </message>
    <message>
      <source>Remove this condition</source>
      <translation>A feltétel eltávolítása</translation>
    </message>
    <message>
      <source>Remove this group and its conditions</source>
      <translation>A feltételcsoport eltávolítása a feltételeivel együtt</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Mentés</translation>
    </message>
    <message>
      <source>Saving failed because of a bug in LifeCRM.</source>
      <translation>A mentés nem sikerült egy LifeCRM-programhiba miatt.</translation>
    </message>
    <message>
      <source>Search your products by name or SKU</source>
      <translation>Termékek keresése név vagy cikkszám szerint</translation>
    </message>
    <message>
      <source>Segment name</source>
      <translation>A csoport neve</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Szakasz</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>Kiindulópont</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Elköltött összeg</translation>
    </message>
    <message>
      <source>Use “%1” as typed</source>
      <translation>„%1” használata, ahogy beírta</translation>
    </message>
    <message>
      <source>a SKU starting with</source>
      <translation>olyan terméket, amelynek cikkszáma így kezdődik:</translation>
    </message>
    <message>
      <source>a product whose name has</source>
      <translation>olyan terméket, amelynek nevében szerepel:</translation>
    </message>
    <message>
      <source>a word or phrase</source>
      <translation>egy szó vagy kifejezés</translation>
    </message>
    <message>
      <source>accepts e-mails</source>
      <translation>kaphat e-mailt</translation>
    </message>
    <message>
      <source>all</source>
      <translation>mindegyik</translation>
    </message>
    <message>
      <source>amount, e.g. 50 000</source>
      <translation>összeg, pl. 50 000</translation>
    </message>
    <message>
      <source>and</source>
      <translation>és</translation>
    </message>
    <message>
      <source>any</source>
      <translation>legalább egy</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>ezek bármelyikét:</translation>
    </message>
    <message>
      <source>average order %1</source>
      <translation>átlagos rendelésérték %1</translation>
    </message>
    <message>
      <source>between %1 and %2</source>
      <translation>%1 és %2 között</translation>
    </message>
    <message numerus="yes">
      <source>birthday in the next %n day(s)</source>
      <translation>
        <numerusform>születésnap a következő %n napban</numerusform>
      </translation>
    </message>
    <message>
      <source>birthday this month</source>
      <translation>születésnap ebben a hónapban</translation>
    </message>
    <message>
      <source>bought %1</source>
      <translation>vásárolt: %1</translation>
    </message>
    <message>
      <source>bought a product whose SKU starts with %1</source>
      <translation>vásárolt olyan terméket, amelynek cikkszáma így kezdődik: %1</translation>
    </message>
    <message>
      <source>bought a product whose name has %1</source>
      <translation>vásárolt olyan terméket, amelynek nevében szerepel: %1</translation>
    </message>
    <message>
      <source>buying at a steady pace</source>
      <translation>egyenletes ütemben vásárol</translation>
    </message>
    <message>
      <source>buying less often lately</source>
      <translation>mostanában ritkábban vásárol</translation>
    </message>
    <message>
      <source>buying more often lately</source>
      <translation>mostanában gyakrabban vásárol</translation>
    </message>
    <message>
      <source>contain</source>
      <translation>tartalmazzák:</translation>
    </message>
    <message>
      <source>country is %1</source>
      <translation>ország: %1</translation>
    </message>
    <message>
      <source>country is not %1</source>
      <translation>ország nem: %1</translation>
    </message>
    <message>
      <source>days since last order %1</source>
      <translation>napok az utolsó rendelés óta %1</translation>
    </message>
    <message>
      <source>did not buy %1</source>
      <translation>nem vásárolt: %1</translation>
    </message>
    <message>
      <source>does not want e-mails</source>
      <translation>nem kér e-mailt</translation>
    </message>
    <message>
      <source>e.g. Bicycle but no helmet</source>
      <translation>pl. Kerékpár, de sisak nélkül</translation>
    </message>
    <message>
      <source>first order after %1</source>
      <translation>első rendelés %1 után</translation>
    </message>
    <message>
      <source>first order before %1</source>
      <translation>első rendelés %1 előtt</translation>
    </message>
    <message numerus="yes">
      <source>first order in the last %n day(s)</source>
      <translation>
        <numerusform>első rendelés az elmúlt %n napban</numerusform>
      </translation>
    </message>
    <message>
      <source>frequency score %1</source>
      <translation>gyakorisági pontszám %1</translation>
    </message>
    <message>
      <source>has an e-mail address</source>
      <translation>van e-mail-címe</translation>
    </message>
    <message>
      <source>has no e-mail address</source>
      <translation>nincs e-mail-címe</translation>
    </message>
    <message>
      <source>is</source>
      <translation>értéke:</translation>
    </message>
    <message>
      <source>is at least</source>
      <translation>legalább</translation>
    </message>
    <message>
      <source>is at most</source>
      <translation>legfeljebb</translation>
    </message>
    <message>
      <source>is between</source>
      <translation>ezek között:</translation>
    </message>
    <message>
      <source>is exactly</source>
      <translation>pontosan</translation>
    </message>
    <message>
      <source>is in the next</source>
      <translation>ennyi napon belül lesz:</translation>
    </message>
    <message>
      <source>is less than</source>
      <translation>kevesebb, mint</translation>
    </message>
    <message>
      <source>is more than</source>
      <translation>több, mint</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>egyik sem ezek közül:</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>ezek egyike:</translation>
    </message>
    <message>
      <source>is this month</source>
      <translation>ebben a hónapban van</translation>
    </message>
    <message>
      <source>language is %1</source>
      <translation>nyelv: %1</translation>
    </message>
    <message>
      <source>language is not %1</source>
      <translation>nyelv nem: %1</translation>
    </message>
    <message>
      <source>last order after %1</source>
      <translation>utolsó rendelés %1 után</translation>
    </message>
    <message>
      <source>last order before %1</source>
      <translation>utolsó rendelés %1 előtt</translation>
    </message>
    <message numerus="yes">
      <source>last order in the last %n day(s)</source>
      <translation>
        <numerusform>utolsó rendelés az elmúlt %n napban</numerusform>
      </translation>
    </message>
    <message>
      <source>money score %1</source>
      <translation>költési pontszám %1</translation>
    </message>
    <message>
      <source>never bought a product whose SKU starts with %1</source>
      <translation>soha nem vásárolt olyan terméket, amelynek cikkszáma így kezdődik: %1</translation>
    </message>
    <message>
      <source>never bought a product whose name has %1</source>
      <translation>soha nem vásárolt olyan terméket, amelynek nevében szerepel: %1</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nem</translation>
    </message>
    <message>
      <source>not one of the best customers</source>
      <translation>nem tartozik a legjobb vásárlók közé</translation>
    </message>
    <message>
      <source>notes contain %1</source>
      <translation>jegyzetekben szerepel: %1</translation>
    </message>
    <message>
      <source>of these:</source>
      <translation>igaz az alábbiak közül:</translation>
    </message>
    <message>
      <source>one of the best customers</source>
      <translation>a legjobb vásárlók közé tartozik</translation>
    </message>
    <message>
      <source>orders %1</source>
      <translation>rendelések száma %1</translation>
    </message>
    <message>
      <source>recency score %1</source>
      <translation>frissességi pontszám %1</translation>
    </message>
    <message>
      <source>stage is %1</source>
      <translation>szakasz: %1</translation>
    </message>
    <message>
      <source>stage is not %1</source>
      <translation>szakasz nem: %1</translation>
    </message>
    <message>
      <source>total spent %1</source>
      <translation>elköltött összeg %1</translation>
    </message>
    <message>
      <source>was after</source>
      <translation>későbbi, mint</translation>
    </message>
    <message>
      <source>was before</source>
      <translation>korábbi, mint</translation>
    </message>
    <message>
      <source>was in the last</source>
      <translation>ennyi napon belül volt:</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>igen</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… és még %Ln</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sending</name>
    <message numerus="yes">
      <source>%1 of %n message(s) sent</source>
      <translation>
        <numerusform>%n üzenetből %1 elküldve</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>%1: your normal mailbox password should work.</source>
      <translation>%1: a postafiók szokásos jelszava valószínűleg működik.</translation>
    </message>
    <message numerus="yes">
      <source>%n chosen customer(s)</source>
      <translation>
        <numerusform>%n kiválasztott vásárló</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s) were written to in the last %1 days and will be skipped.</source>
      <translation>
        <numerusform>%n vásárló kapott már levelet az elmúlt %1 napban, ők kimaradnak.</numerusform>
      </translation>
    </message>
    <message>
      <source>(saved)</source>
      <translation>(mentve)</translation>
    </message>
    <message>
      <source>(the server said: %1)</source>
      <translation>(a szerver válasza: %1)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Some messages may have been sent.&lt;/b&gt; The connection broke just as the mail server was taking them, so LifeCRM cannot tell whether they went out. Look for them in your mailbox's Sent folder. If a message is not there, select it and choose &lt;i&gt;Send again&lt;/i&gt;. If it is there, or you are not sure, choose &lt;i&gt;Don't send&lt;/i&gt;: sending again could give the customer the same e-mail twice.</source>
      <translation>&lt;b&gt;Lehet, hogy néhány üzenet elment.&lt;/b&gt; A kapcsolat éppen akkor szakadt meg, amikor a levelezőszerver átvette őket, ezért a LifeCRM nem tudja, elmentek-e. Keresse meg őket a postafiókja Elküldött mappájában. Ha egy üzenet nincs ott, jelölje ki, és válassza az &lt;i&gt;Újraküldés&lt;/i&gt; gombot. Ha ott van, vagy nem biztos benne, válassza a &lt;i&gt;Nem küldöm&lt;/i&gt; gombot: az újraküldéssel a vásárló kétszer kaphatja meg ugyanazt az e-mailt.</translation>
    </message>
    <message>
      <source>A batch is being sent; wait until it is done.</source>
      <translation>Éppen folyik egy küldés; várja meg, amíg befejeződik.</translation>
    </message>
    <message>
      <source>Anna Kovács</source>
      <translation>Anna Kovács</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Címzettek</translation>
    </message>
    <message>
      <source>Being sent</source>
      <translation>Küldés alatt</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Kampány</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Mégse</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bezárás</translation>
    </message>
    <message>
      <source>Customers see this address and reply to it.</source>
      <translation>A vásárlók ezt a címet látják, és erre válaszolnak.</translation>
    </message>
    <message>
      <source>Customers written to more recently are left out.</source>
      <translation>Akinek ennél nemrégebben írt, az kimarad.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dátum</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Részletek</translation>
    </message>
    <message>
      <source>Don't send</source>
      <translation>Nem küldöm</translation>
    </message>
    <message numerus="yes">
      <source>Done: %n message(s) sent.</source>
      <translation>
        <numerusform>Kész: %n üzenet elküldve.</numerusform>
      </translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Kept in your computer's password store, never in LifeCRM's files.</source>
      <translation>A számítógép jelszótárolójában marad, sosem a LifeCRM fájljaiban.</translation>
    </message>
    <message>
      <source>LifeCRM cannot send through %1 yet.</source>
      <translation>A LifeCRM ezen keresztül még nem tud küldeni: %1.</translation>
    </message>
    <message>
      <source>LifeCRM sends your e-mails through your own mailbox, as if you had written each one yourself. Replies come back to you.</source>
      <translation>A LifeCRM az Ön saját postafiókjából küldi el az e-mailjeit, mintha mindegyiket Ön írta volna. A válaszok Önhöz érkeznek.</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Korlátok</translation>
    </message>
    <message>
      <source>May have been sent</source>
      <translation>Lehet, hogy elment</translation>
    </message>
    <message>
      <source>May have been sent: %1</source>
      <translation>Lehet, hogy elment: %1</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>No password is saved for this account yet.</source>
      <translation>Ehhez a fiókhoz még nincs mentett jelszó.</translation>
    </message>
    <message>
      <source>None (only for this computer)</source>
      <translation>Nincs (csak ezen a számítógépen)</translation>
    </message>
    <message>
      <source>Nothing has been sent yet. Campaigns appear here once you send.</source>
      <translation>Még nem küldött semmit. A kampányok itt jelennek meg, amint küld.</translation>
    </message>
    <message>
      <source>Nothing more was sent; the rest waits in the outbox.</source>
      <translation>Több üzenet nem ment el; a többi a postázandó üzenetek között vár.</translation>
    </message>
    <message>
      <source>One e-mail to your own address, to check that everything works.</source>
      <translation>Egy e-mail a saját címére, hogy ellenőrizze, minden működik-e.</translation>
    </message>
    <message>
      <source>Only for a mail server on this computer.</source>
      <translation>Csak ezen a számítógépen futó levelezőszerverhez.</translation>
    </message>
    <message>
      <source>Other / my own server</source>
      <translation>Egyéb / saját szerver</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Postázandó üzenetek</translation>
    </message>
    <message>
      <source>Outbox…</source>
      <translation>Postázandó üzenetek…</translation>
    </message>
    <message>
      <source>Outgoing server</source>
      <translation>Kimenő szerver</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Jelszó</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Szünet</translation>
    </message>
    <message>
      <source>Paused. Resume goes on where it stopped.</source>
      <translation>Szüneteltetve. A Folytatás gombbal ott folytatódik, ahol abbamaradt.</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Szolgáltató</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Elutasítva</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Elutasítva: %1</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Folytatás</translation>
    </message>
    <message>
      <source>Retry refused</source>
      <translation>Elutasítottak újrapróbálása</translation>
    </message>
    <message>
      <source>SSL/TLS (usually port 465)</source>
      <translation>SSL/TLS (általában a 465-ös port)</translation>
    </message>
    <message>
      <source>STARTTLS (usually port 587)</source>
      <translation>STARTTLS (általában az 587-es port)</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Mentés</translation>
    </message>
    <message>
      <source>Saved in your computer's password store. Type a new one to replace it.</source>
      <translation>A számítógép jelszótárolójában van mentve. Ha cserélné, írjon be újat.</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Biztonság</translation>
    </message>
    <message>
      <source>Segment “%1”</source>
      <translation>Csoport: „%1”</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Küldés</translation>
    </message>
    <message numerus="yes">
      <source>Send %n message(s) from %1 through %2?</source>
      <translation>
        <numerusform>Elküld %n üzenetet? Feladó: %1, szerver: %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send a test message</source>
      <translation>Próbaüzenet küldése</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Újraküldés</translation>
    </message>
    <message>
      <source>Send at most %1 e-mails a minute and %2 a day.</source>
      <translation>Legfeljebb %1 e-mail percenként és %2 naponta.</translation>
    </message>
    <message>
      <source>Send e-mails</source>
      <translation>E-mailek küldése</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>A többi elküldése</translation>
    </message>
    <message>
      <source>Send to them anyway</source>
      <translation>Küldés nekik is</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Küldés</translation>
    </message>
    <message>
      <source>Sending a test message to %1…</source>
      <translation>Próbaüzenet küldése ide: %1…</translation>
    </message>
    <message>
      <source>Sending account</source>
      <translation>Küldő fiók</translation>
    </message>
    <message>
      <source>Sending account…</source>
      <translation>Küldő fiók…</translation>
    </message>
    <message>
      <source>Sending goes on; File → Outbox… shows how far it is.</source>
      <translation>A küldés folytatódik; a Fájl → Postázandó üzenetek… menüpontban láthatja, hol tart.</translation>
    </message>
    <message>
      <source>Sending stopped: %1</source>
      <translation>A küldés leállt: %1</translation>
    </message>
    <message>
      <source>Sending “%1”</source>
      <translation>Küldés: „%1”</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Elküldve</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Elküldve: %1</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Kihagyva</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Kihagyva: %1</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>Hiba történt a LifeCRM-ben (programhiba).</translation>
    </message>
    <message>
      <source>Still to send: %1</source>
      <translation>Még elküldendő: %1</translation>
    </message>
    <message>
      <source>Stop sending</source>
      <translation>Küldés leállítása</translation>
    </message>
    <message numerus="yes">
      <source>Stopped. The %n message(s) not sent yet stay in the outbox: send them from File → Outbox… whenever you like.</source>
      <translation>
        <numerusform>Leállítva. A még el nem küldött %n üzenet a postázandó üzenetek között marad: bármikor elküldheti a Fájl → Postázandó üzenetek… menüpontból.</numerusform>
      </translation>
    </message>
    <message>
      <source>Stopping after the message being sent…</source>
      <translation>Leállítás az éppen küldött üzenet után…</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Tárgy</translation>
    </message>
    <message>
      <source>The first %1 go out today; the rest follow by themselves once the limit allows, while LifeCRM is open.</source>
      <translation>Az első %1 ma elmegy; a többi magától követi, amint a korlát engedi, amíg a LifeCRM nyitva van.</translation>
    </message>
    <message>
      <source>The outbox shows which ones did not go out, and why.</source>
      <translation>A postázandó üzenetek között láthatja, melyek nem mentek el, és miért.</translation>
    </message>
    <message>
      <source>The server asked to try some messages again later; LifeCRM does so %2.</source>
      <translation>A szerver azt kérte, hogy néhány üzenettel később próbálkozzon újra a LifeCRM; ez %2 történik meg.</translation>
    </message>
    <message>
      <source>The test message is on its way to %1. When it arrives in your inbox, everything works: save, and you are ready to send.</source>
      <translation>A próbaüzenet úton van ide: %1. Ha megérkezik a beérkezett levelek közé, minden működik: mentsen, és már küldhet is.</translation>
    </message>
    <message>
      <source>This computer has no password store LifeCRM can use, so your password is not saved: LifeCRM will ask for it when you send.</source>
      <translation>Ezen a számítógépen nincs olyan jelszótároló, amelyet a LifeCRM használhatna, ezért a jelszava nincs mentve: a LifeCRM küldéskor elkéri.</translation>
    </message>
    <message>
      <source>To send</source>
      <translation>Elküldendő</translation>
    </message>
    <message>
      <source>Today you can still send %1 of %2.</source>
      <translation>Ma még %1 üzenetet küldhet (napi korlát: %2).</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is reached. The rest go out %2, by themselves while LifeCRM is open (or from the outbox later).</source>
      <translation>Elérte a mai korlátot (%1 üzenet). A többi %2 megy el, magától, amíg a LifeCRM nyitva van (vagy később a postázandó üzenetek közül).</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is used up: they go out by themselves once it allows, while LifeCRM is open.</source>
      <translation>A mai korlát (%1 üzenet) elfogyott: az üzenetek maguktól elmennek, amint a korlát engedi, amíg a LifeCRM nyitva van.</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Próbálkozások</translation>
    </message>
    <message>
      <source>Tries the messages the server refused once more, for example after a typo fix.</source>
      <translation>Még egyszer megpróbálja elküldeni azokat az üzeneteket, amelyeket a szerver elutasított, például egy elírás javítása után.</translation>
    </message>
    <message>
      <source>Type the password for %1 to send:</source>
      <translation>A küldéshez írja be ennek a fióknak a jelszavát: %1</translation>
    </message>
    <message>
      <source>Type your password first.</source>
      <translation>Előbb írja be a jelszavát.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Felhasználónév</translation>
    </message>
    <message>
      <source>Usually your e-mail address</source>
      <translation>Általában az Ön e-mail-címe</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>Küldésre vár</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Mi történt</translation>
    </message>
    <message>
      <source>What is not sent yet stays in the outbox.</source>
      <translation>Ami még nem ment el, a postázandó üzenetek között marad.</translation>
    </message>
    <message>
      <source>Who the e-mails come from</source>
      <translation>Kitől jönnek az e-mailek</translation>
    </message>
    <message>
      <source>Will try again %1</source>
      <translation>Újrapróbálás %1</translation>
    </message>
    <message>
      <source>Write to the same customer at most once in %1 days.</source>
      <translation>Ugyanannak a vásárlónak %1 nap alatt legfeljebb egyszer írjon.</translation>
    </message>
    <message>
      <source>You can keep working; the e-mails go out in the background.</source>
      <translation>Nyugodtan dolgozhat tovább; az e-mailek a háttérben mennek el.</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Az Ön e-mail-címe</translation>
    </message>
    <message>
      <source>Your mail provider</source>
      <translation>Levelezési szolgáltató</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Az Ön neve</translation>
    </message>
    <message>
      <source>Your password and your customers' e-mails always travel encrypted.</source>
      <translation>A jelszava és a vásárlóknak küldött e-mailek mindig titkosítva utaznak.</translation>
    </message>
    <message>
      <source>Your password is not saved (this computer has no password store).</source>
      <translation>A jelszava nincs mentve (ezen a számítógépen nincs jelszótároló).</translation>
    </message>
    <message>
      <source>Your provider or web host tells you the outgoing (SMTP) server's name, its port and its security; they are often on its help pages under “mail program settings”.</source>
      <translation>A szolgáltatója vagy a tárhelyszolgáltatója megadja a kimenő (SMTP) szerver nevét, portját és biztonsági beállítását; ezeket gyakran a súgóoldalain találja, „levelezőprogram beállításai” címszó alatt.</translation>
    </message>
    <message>
      <source>Your provider's daily limit; what is over it goes out the next day.</source>
      <translation>A szolgáltató napi korlátja; ami ezen felül van, másnap megy el.</translation>
    </message>
    <message numerus="yes">
      <source>about %n hour(s) at %1 a minute</source>
      <translation>
        <numerusform>kb. %n óra, percenként %1 üzenettel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>about %n minute(s) at %1 a minute</source>
      <translation>
        <numerusform>kb. %n perc, percenként %1 üzenettel</numerusform>
      </translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>%1-kor</translation>
    </message>
    <message>
      <source>less than a minute at %1 a minute</source>
      <translation>kevesebb mint egy perc, percenként %1 üzenettel</translation>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>nincs e-mail-cím</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>%1-kor</translation>
    </message>
    <message>
      <source>opted out</source>
      <translation>leiratkozott</translation>
    </message>
    <message>
      <source>smtp.example.com</source>
      <translation>smtp.example.com</translation>
    </message>
    <message>
      <source>written to lately</source>
      <translation>nemrég kapott levelet</translation>
    </message>
    <message>
      <source>you chose not to send it again</source>
      <translation>Ön úgy döntött, nem küldi újra</translation>
    </message>
  </context>
  <context>
    <name>SendingActions</name>
    <message>
      <source>&amp;Outbox…</source>
      <translation>&amp;Postázandó üzenetek…</translation>
    </message>
    <message>
      <source>Another batch is being sent. Wait until it is done, or stop it first.</source>
      <translation>Éppen egy másik adag üzenet küldése folyik. Várja meg, amíg befejeződik, vagy előbb állítsa le.</translation>
    </message>
    <message>
      <source>Every recipient was skipped; nothing to send.</source>
      <translation>Minden címzett kimaradt; nincs mit elküldeni.</translation>
    </message>
    <message>
      <source>Keep sending</source>
      <translation>Küldés folytatása</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>LifeCRM is sending</source>
      <translation>A LifeCRM éppen küld</translation>
    </message>
    <message>
      <source>Sending &amp;account…</source>
      <translation>Küldő &amp;fiók…</translation>
    </message>
    <message>
      <source>Sending &amp;progress…</source>
      <translation>Küldés &amp;állapota…</translation>
    </message>
    <message>
      <source>Sending e-mails: %1 of %2</source>
      <translation>E-mailek küldése: %1 / %2</translation>
    </message>
    <message>
      <source>Stop and close</source>
      <translation>Leállítás és bezárás</translation>
    </message>
    <message>
      <source>Stop sending after the current message?</source>
      <translation>Leállítja a küldést az aktuális üzenet után?</translation>
    </message>
    <message>
      <source>The mailbox your e-mails are sent from.</source>
      <translation>A postafiók, amelyből az e-mailjei mennek.</translation>
    </message>
    <message>
      <source>The messages not sent yet stay in the outbox; send them the next time from File → Outbox….</source>
      <translation>A még el nem küldött üzenetek a postázandó üzenetek között maradnak; legközelebb a Fájl → Postázandó üzenetek… menüpontból küldheti el őket.</translation>
    </message>
    <message>
      <source>What was sent, what waits, what went wrong.</source>
      <translation>Mi ment el, mi vár még, mi nem sikerült.</translation>
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Segments</source>
      <translation>Csoportok</translation>
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>A loyal customer gone for over a year. Contact them personally: a call or a letter from you.</source>
      <translation>Hűséges vásárló, aki több mint egy éve nem jelentkezett. Keresse meg személyesen: hívja fel, vagy írjon neki saját kezűleg.</translation>
    </message>
    <message>
      <source>A loyal customer who stopped buying. Write a personal note asking what happened, and offer a discount on a large order.</source>
      <translation>Hűséges vásárló, aki abbahagyta a vásárlást. Írjon neki személyes üzenetet, kérdezze meg, mi történt, és ajánljon kedvezményt egy nagyobb rendelésre.</translation>
    </message>
    <message>
      <source>Four or more orders and still buying. Make them feel exclusive: your loyalty programme, early news, and ask for a review or a referral.</source>
      <translation>Négy vagy több rendelés, és továbbra is vásárol. Éreztesse vele, hogy különleges: törzsvásárlói program, elsőként kapott hírek, és kérjen tőle értékelést vagy ajánlást.</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Elveszett</translation>
    </message>
    <message>
      <source>Lost loyal</source>
      <translation>Elveszett hűséges</translation>
    </message>
    <message>
      <source>Loyal</source>
      <translation>Hűséges</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Új</translation>
    </message>
    <message>
      <source>No order for more than three months. Win them back with a subject line that earns the open and a regular, friendly reminder.</source>
      <translation>Több mint három hónapja nem rendelt. Nyerje vissza egy olyan tárgysorral, amely miatt megnyitja a levelet, és rendszeres, barátságos emlékeztetőkkel.</translation>
    </message>
    <message>
      <source>One order in the last month. Send a personal thank-you, tell them your shop's story and invite them to follow you.</source>
      <translation>Egy rendelés az elmúlt hónapban. Küldjön személyes köszönetet, mesélje el a boltja történetét, és hívja meg, hogy kövesse Önt.</translation>
    </message>
    <message>
      <source>Passive</source>
      <translation>Passzív</translation>
    </message>
    <message>
      <source>Passive loyal</source>
      <translation>Passzív hűséges</translation>
    </message>
    <message>
      <source>Promising</source>
      <translation>Ígéretes</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Érdeklődők</translation>
    </message>
    <message>
      <source>They bought, then went quiet. Show them your best-selling product and give them a one-time discount code.</source>
      <translation>Vásárolt, aztán elcsendesedett. Mutassa meg neki a legkelendőbb termékét, és adjon egyszeri kedvezménykódot.</translation>
    </message>
    <message>
      <source>They have not bought yet. Invite them to a first purchase.</source>
      <translation>Még nem vásárolt. Hívja meg az első vásárlásra.</translation>
    </message>
    <message>
      <source>Two or three orders, the last one recent. Offer free shipping or a small gift on the next order, and recommend products that go with what they bought.</source>
      <translation>Két vagy három rendelés, az utolsó nemrég. Kínáljon ingyenes szállítást vagy kis ajándékot a következő rendeléshez, és ajánljon olyan termékeket, amelyek illenek ahhoz, amit vett.</translation>
    </message>
  </context>
  <context>
    <name>StageSidebar</name>
    <message>
      <source>All customers</source>
      <translation>Minden vásárló</translation>
    </message>
    <message>
      <source>Customer stages</source>
      <translation>Vásárlói szakaszok</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message>
      <source>%1 · stages as of %2</source>
      <translation>%1 · szakaszok állapota: %2</translation>
    </message>
    <message>
      <source>%1 · stages not worked out yet</source>
      <translation>%1 · a szakaszok még nincsenek kiszámolva</translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln vásárló</numerusform>
      </translation>
    </message>
    <message>
      <source>No customers yet</source>
      <translation>Még nincsenek vásárlók</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <source>A perk for the next order</source>
      <translation>Ajándék a következő rendeléshez</translation>
    </message>
    <message>
      <source>A personal note: is everything all right?</source>
      <translation>Személyes levél: minden rendben?</translation>
    </message>
    <message>
      <source>An invitation for regulars</source>
      <translation>Meghívás törzsvásárlóinknak</translation>
    </message>
    <message>
      <source>Birthday greeting</source>
      <translation>Születésnapi köszöntő</translation>
    </message>
    <message>
      <source>Our bestseller and a one-time code</source>
      <translation>Legkedveltebb termékünk és egy egyszeri kód</translation>
    </message>
    <message>
      <source>Reconnecting with a past client</source>
      <translation>Jelentkezés egy korábbi ügyfélnél</translation>
    </message>
    <message>
      <source>Thank you for a first order</source>
      <translation>Köszönet az első rendelésért</translation>
    </message>
    <message>
      <source>Thank-you to a best customer</source>
      <translation>Köszönet a legjobb vásárlóinknak</translation>
    </message>
    <message>
      <source>Win-back 1: an offer</source>
      <translation>Visszanyerés 1: ajánlat</translation>
    </message>
    <message>
      <source>Win-back 2: what we stand for</source>
      <translation>Visszanyerés 2: amiben hiszünk</translation>
    </message>
    <message>
      <source>Win-back 3: goodbye</source>
      <translation>Visszanyerés 3: búcsú</translation>
    </message>
  </context>
  <context>
    <name>ThresholdsDialog</name>
    <message>
      <source> days</source>
      <translation> napig</translation>
    </message>
    <message>
      <source> orders</source>
      <translation> rendelés</translation>
    </message>
    <message>
      <source>%1 or more orders</source>
      <translation>%1 vagy több rendelés</translation>
    </message>
    <message>
      <source>%1 to %2 orders</source>
      <translation>%1–%2 rendelés</translation>
    </message>
    <message>
      <source>, then lost loyal.</source>
      <translation>, aztán elveszett hűséges.</translation>
    </message>
    <message>
      <source>, then lost.</source>
      <translation>, aztán elveszett.</translation>
    </message>
    <message>
      <source>, then passive loyal up to</source>
      <translation>, aztán passzív hűséges legfeljebb</translation>
    </message>
    <message>
      <source>, then passive up to</source>
      <translation>, aztán passzív legfeljebb</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Egyéni</translation>
    </message>
    <message>
      <source>Customers move between stages by how many orders they have placed and how long ago the last one was. Cancelled and refunded orders do not count.</source>
      <translation>A vásárlók aszerint kerülnek egyik szakaszból a másikba, hogy hány rendelésük van, és mennyi ideje volt az utolsó. A lemondott és visszatérített rendelések nem számítanak.</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Alapértelmezett</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Legalább</translation>
    </message>
    <message>
      <source>Lifecycle stages</source>
      <translation>Vásárlói szakaszok</translation>
    </message>
    <message>
      <source>Loyal for up to</source>
      <translation>Hűséges legfeljebb</translation>
    </message>
    <message>
      <source>MiniCRM (one-order customers lost after 60 days)</source>
      <translation>MiniCRM (az egyszer rendelő vásárló 60 nap után elveszett)</translation>
    </message>
    <message>
      <source>New for up to</source>
      <translation>Új legfeljebb</translation>
    </message>
    <message>
      <source>One order</source>
      <translation>Egy rendelés</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Minta</translation>
    </message>
    <message>
      <source>Promising for up to</source>
      <translation>Ígéretes legfeljebb</translation>
    </message>
    <message>
      <source>a customer is loyal.</source>
      <translation>esetén a vásárló hűséges.</translation>
    </message>
    <message>
      <source>a customer is promising.</source>
      <translation>esetén a vásárló ígéretes.</translation>
    </message>
  </context>
</TS>
