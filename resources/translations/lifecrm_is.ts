<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS">
  <context>
    <name>AdviceBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln viðskiptavinur</numerusform>
        <numerusform>%Ln viðskiptavinir</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Skrifa þessum viðskiptavinum…</translation>
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
      <translation>Afmælisdagur</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Netfang</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nafn</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Sími</translation>
    </message>
    <message>
      <source>name@example.com</source>
      <translation>nafn@daemi.is</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>óþekkt</translation>
    </message>
  </context>
  <context>
    <name>CoreErrors</name>
    <message>
      <source>Choose another database file.</source>
      <translation>Veldu aðra gagnagrunnsskrá.</translation>
    </message>
  </context>
  <context>
    <name>CustomerActions</name>
    <message>
      <source>Edit %1</source>
      <translation>Breyta: %1</translation>
    </message>
    <message>
      <source>Edit details…</source>
      <translation>Breyta upplýsingum…</translation>
    </message>
    <message>
      <source>Forget %1 for good?</source>
      <translation>Gleyma %1 fyrir fullt og allt?</translation>
    </message>
    <message>
      <source>Forget a customer</source>
      <translation>Gleyma viðskiptavini</translation>
    </message>
    <message>
      <source>Forget for good</source>
      <translation>Gleyma fyrir fullt og allt</translation>
    </message>
    <message>
      <source>Forget…</source>
      <translation>Gleyma…</translation>
    </message>
    <message>
      <source>No more e-mails</source>
      <translation>Engan tölvupóst meira</translation>
    </message>
    <message>
      <source>Their contact details, orders, notes and messages are erased and cannot be brought back. Do this when someone asks you to delete their data.</source>
      <translation>Samskiptaupplýsingum, pöntunum, minnispunktum og skilaboðum er eytt og ekki hægt að endurheimta þau. Gerðu þetta þegar einhver biður þig um að eyða gögnum sínum.</translation>
    </message>
    <message>
      <source>They asked not to be written to: LifeCRM will leave them out of every e-mail.</source>
      <translation>Viðkomandi bað um að fá ekki póst: LifeCRM sleppir honum úr öllum tölvupósti.</translation>
    </message>
    <message>
      <source>They asked to be forgotten: erase them and everything about them.</source>
      <translation>Viðkomandi bað um að gleymast: eyðir honum og öllu um hann.</translation>
    </message>
  </context>
  <context>
    <name>CustomerList</name>
    <message numerus="yes">
      <source>%Ln shown</source>
      <translation>
        <numerusform>%Ln sýndur</numerusform>
        <numerusform>%Ln sýndir</numerusform>
      </translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Viðskiptavinir</translation>
    </message>
    <message>
      <source>Search by name, e-mail or phone</source>
      <translation>Leita eftir nafni, netfangi eða síma</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n selected…</source>
      <translation>
        <numerusform>Skrifa %n völdum viðskiptavini…</numerusform>
        <numerusform>Skrifa %n völdum viðskiptavinum…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Write to these %n customers…</source>
      <translation>
        <numerusform>Skrifa þessum %n viðskiptavini…</numerusform>
        <numerusform>Skrifa þessum %n viðskiptavinum…</numerusform>
      </translation>
    </message>
    <message>
      <source>Write to this customer…</source>
      <translation>Skrifa þessum viðskiptavini…</translation>
    </message>
  </context>
  <context>
    <name>CustomerTable</name>
    <message>
      <source>%1 does not want e-mails.</source>
      <translation>%1 vill ekki fá tölvupóst.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Netfang</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Síðasta pöntun</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nafn</translation>
    </message>
    <message>
      <source>One of the best customers: the top %1 % by money spent.</source>
      <translation>Einn af bestu viðskiptavinunum: efstu %1 % eftir heildarkaupum.</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Pantanir</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best). ★ marks the best customers.</source>
      <translation>Nýleiki, tíðni og upphæð kaupa, hvert með einkunn frá 1 til 5 (5 er best). ★ merkir bestu viðskiptavinina.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stig</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Heildarkaup</translation>
    </message>
  </context>
  <context>
    <name>Databases</name>
    <message>
      <source>Building demo data…</source>
      <translation>Bý til sýnigögn…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Opna mín eigin gögn</translation>
    </message>
    <message>
      <source>Open your own database first, so that your orders and details never mix with the made-up customers? The demo stays as it is.</source>
      <translation>Opna fyrst þinn eigin gagnagrunn, svo pantanir þínar og upplýsingar blandist aldrei tilbúnu viðskiptavinunum? Sýnigögnin haldast óbreytt.</translation>
    </message>
    <message>
      <source>Stay in the demo</source>
      <translation>Vera áfram í sýnigögnunum</translation>
    </message>
    <message>
      <source>You are in the demo. This step is for your own data.</source>
      <translation>Þú ert í sýnigögnunum. Þetta skref er fyrir þín eigin gögn.</translation>
    </message>
  </context>
  <context>
    <name>DateQuestion</name>
    <message>
      <source>Day first (31/12/2025)</source>
      <translation>Dagur fyrst (31/12/2025)</translation>
    </message>
    <message>
      <source>Day first: %1 is %2</source>
      <translation>Dagur fyrst: %1 er %2</translation>
    </message>
    <message>
      <source>How are the dates in “%1” written?</source>
      <translation>Hvernig eru dagsetningarnar í „%1“ skrifaðar?</translation>
    </message>
    <message>
      <source>Month first (12/31/2025)</source>
      <translation>Mánuður fyrst (12/31/2025)</translation>
    </message>
    <message>
      <source>Month first: %1 is %2</source>
      <translation>Mánuður fyrst: %1 er %2</translation>
    </message>
  </context>
  <context>
    <name>DemoBand</name>
    <message>
      <source>Demo data: these customers are made up. Your own orders, your details and sending belong in your own database.</source>
      <translation>Sýnigögn: þessir viðskiptavinir eru tilbúnir. Pantanir þínar, upplýsingar þínar og sendingar eiga heima í þínum eigin gagnagrunni.</translation>
    </message>
    <message>
      <source>Open my own data</source>
      <translation>Opna mín eigin gögn</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>%1, last one %2 → %3</source>
      <translation>%1, sú síðasta %2 → %3</translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n pöntun</numerusform>
        <numerusform>%n pantanir</numerusform>
      </translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(ekkert nafn)</translation>
    </message>
    <message>
      <source>(no number)</source>
      <translation>(ekkert númer)</translation>
    </message>
    <message>
      <source>Added to LifeCRM</source>
      <translation>Bætt við LifeCRM</translation>
    </message>
    <message>
      <source>Asked not to be contacted</source>
      <translation>Bað um að ekki yrði haft samband</translation>
    </message>
    <message>
      <source>Became %1</source>
      <translation>Nýtt stig: %1</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Afmæli</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dagsetning</translation>
    </message>
    <message>
      <source>Does not count toward stages and totals.</source>
      <translation>Telst ekki með í stigum og heildartölum.</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Vill ekki fá tölvupóst</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Netfang</translation>
    </message>
    <message>
      <source>E-mail sent: %1</source>
      <translation>Tölvupóstur sendur: %1</translation>
    </message>
    <message>
      <source>First name: %1</source>
      <translation>Fornafn: %1</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Fyrsta pöntun</translation>
    </message>
    <message>
      <source>First order %1 · %2</source>
      <translation>Fyrsta pöntun %1 · %2</translation>
    </message>
    <message>
      <source>Imported from %1</source>
      <translation>Flutt inn úr %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Tungumál</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Síðasta pöntun</translation>
    </message>
    <message>
      <source>Moved from %1 to %2</source>
      <translation>Færðist milli stiga: %1 → %2</translation>
    </message>
    <message>
      <source>No orders yet → %1</source>
      <translation>Engar pantanir enn → %1</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>Nr. %1</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Athugasemd: %1</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Athugasemdir</translation>
    </message>
    <message>
      <source>Notes cleared</source>
      <translation>Athugasemdir hreinsaðar</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Pöntun</translation>
    </message>
    <message>
      <source>Order %1 · %2</source>
      <translation>Pöntun %1 · %2</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Pantanir</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Sími</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Persónuvernd</translation>
    </message>
    <message>
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <source>Recency %1 · Frequency %2 · Money %3</source>
      <translation>Nýleiki %1 · Tíðni %2 · Upphæð %3</translation>
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best).</source>
      <translation>Nýleiki, tíðni og upphæð kaupa, hvert með einkunn frá 1 til 5 (5 er best).</translation>
    </message>
    <message>
      <source>Save notes</source>
      <translation>Vista athugasemdir</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Vistað</translation>
    </message>
    <message>
      <source>Select a customer to see their details.</source>
      <translation>Veldu viðskiptavin til að sjá upplýsingar um hann.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Staða</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Tímalína</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Samtals</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Heildarkaup</translation>
    </message>
    <message>
      <source>What you know about them: preferences, sizes, what you talked about…</source>
      <translation>Það sem þú veist um viðskiptavininn: hvað honum líkar, stærðir, hvað þið rædduð…</translation>
    </message>
    <message>
      <source>since %1</source>
      <translation>frá %1</translation>
    </message>
    <message>
      <source>★ Best customer (top %1 %)</source>
      <translation>★ Besti viðskiptavinur (efstu %1 %)</translation>
    </message>
  </context>
  <context>
    <name>Drafting</name>
    <message numerus="yes">
      <source>%n left out by you</source>
      <translation>
        <numerusform>%n sem þú slepptir</numerusform>
        <numerusform>%n sem þú slepptir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n message(s) ready</source>
      <translation>
        <numerusform>%n skilaboð tilbúin</numerusform>
        <numerusform>%n skilaboð tilbúin</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>%n sleppt</numerusform>
        <numerusform>%n sleppt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n written to lately (skipped unless you insist)</source>
      <translation>
        <numerusform>%n viðskiptavini var skrifað nýlega (sleppt nema þú viljir annað)</numerusform>
        <numerusform>%n viðskiptavinum var skrifað nýlega (sleppt nema þú viljir annað)</numerusform>
      </translation>
    </message>
    <message>
      <source>10% off</source>
      <translation>10% afsláttur</translation>
    </message>
    <message>
      <source>About your shop</source>
      <translation>Um verslunina þína</translation>
    </message>
    <message>
      <source>Address %1 customers</source>
      <translation>Ávarp viðskiptavina (%1)</translation>
    </message>
    <message>
      <source>An example customer</source>
      <translation>Dæmi um viðskiptavin</translation>
    </message>
    <message>
      <source>Anna Kovács
Kovács Tea · Budapest</source>
      <translation>Anna Kovács
Kovács Tea · Budapest</translation>
    </message>
    <message>
      <source>As the customer sees it</source>
      <translation>Eins og viðskiptavinurinn sér það</translation>
    </message>
    <message>
      <source>Back to the original?</source>
      <translation>Aftur í upprunalega textann?</translation>
    </message>
    <message>
      <source>Back to the original…</source>
      <translation>Aftur í upprunalega textann…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hætta við</translation>
    </message>
    <message>
      <source>Change the words for this customer only; template changes leave them alone.</source>
      <translation>Breyttu textanum bara fyrir þennan viðskiptavin; breytingar á sniðmátinu hafa ekki áhrif á hann.</translation>
    </message>
    <message>
      <source>Choose a customer on the left to read their message.</source>
      <translation>Veldu viðskiptavin til vinstri til að lesa skilaboðin til hans.</translation>
    </message>
    <message>
      <source>Choose a folder for the e-mails</source>
      <translation>Veldu möppu fyrir tölvupóstana</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Loka</translation>
    </message>
    <message>
      <source>Customers whose language LifeCRM does not know get this one.</source>
      <translation>Þetta tungumál er notað fyrir viðskiptavini þegar LifeCRM veit ekki hvaða tungumál þeir tala.</translation>
    </message>
    <message>
      <source>Details to fill in</source>
      <translation>Atriði til að setja inn</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Afsláttur</translation>
    </message>
    <message>
      <source>Discount codes</source>
      <translation>Afsláttarkóðar</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Vill ekki fá tölvupóst</translation>
    </message>
    <message>
      <source>Double-click one to put it where you are typing.</source>
      <translation>Tvísmelltu á atriði til að setja það þar sem þú ert að skrifa.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Netfang</translation>
    </message>
    <message>
      <source>Each customer gets a code of their own. Every # becomes a letter or a digit: THANKS-#### gives codes like THANKS-7K2Q.</source>
      <translation>Hver viðskiptavinur fær sinn eigin kóða. Hvert # verður að bókstaf eða tölustaf: THANKS-#### gefur kóða eins og THANKS-7K2Q.</translation>
    </message>
    <message>
      <source>Each customer's own language</source>
      <translation>Tungumál hvers viðskiptavinar</translation>
    </message>
    <message>
      <source>Edit template: %1</source>
      <translation>Breyta sniðmáti: %1</translation>
    </message>
    <message>
      <source>Edit template…</source>
      <translation>Breyta sniðmáti…</translation>
    </message>
    <message>
      <source>Edit this message</source>
      <translation>Breyta þessum skilaboðum</translation>
    </message>
    <message>
      <source>Empty: your name and the shop's name.</source>
      <translation>Autt: nafnið þitt og nafn verslunarinnar.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Enska</translation>
    </message>
    <message>
      <source>Fill in the address your e-mails should come from.</source>
      <translation>Fylltu inn netfangið sem tölvupóstarnir eiga að koma frá.</translation>
    </message>
    <message>
      <source>Fill in your details…</source>
      <translation>Fylltu út upplýsingarnar þínar…</translation>
    </message>
    <message>
      <source>Formally (%1)</source>
      <translation>Formlega (%1)</translation>
    </message>
    <message>
      <source>How you write</source>
      <translation>Hvernig þú skrifar</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Ungverska</translation>
    </message>
    <message>
      <source>Icelandic</source>
      <translation>Íslenska</translation>
    </message>
    <message>
      <source>Informally (%1)</source>
      <translation>Óformlega (%1)</translation>
    </message>
    <message>
      <source>Keep my changes</source>
      <translation>Halda breytingunum mínum</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Tungumál</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Tungumál:</translation>
    </message>
    <message>
      <source>Left out: tick the box to write to this customer after all.</source>
      <translation>Sleppt: hakaðu í reitinn til að skrifa þessum viðskiptavini samt.</translation>
    </message>
    <message>
      <source>LifeCRM signs and fills in your e-mails with these details. Leave out anything you do not want to use: the sentence that needs it is left out too.</source>
      <translation>LifeCRM notar þessar upplýsingar til að fylla inn í tölvupóstana þína og undirrita þá. Slepptu því sem þú vilt ekki nota: setningunni sem þarf á því að halda er þá líka sleppt.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Skilaboð</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>Skilaboð:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nafn</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>Ekkert netfang</translation>
    </message>
    <message>
      <source>No longer in your customers</source>
      <translation>Ekki lengur meðal viðskiptavina þinna</translation>
    </message>
    <message>
      <source>No message for this customer.</source>
      <translation>Engin skilaboð til þessa viðskiptavinar.</translation>
    </message>
    <message>
      <source>One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.</source>
      <translation>Ein skrá fyrir hver skilaboð; Thunderbird, Outlook og Apple Mail opna þær tilbúnar til sendingar.</translation>
    </message>
    <message>
      <source>One sentence, told to a new customer.</source>
      <translation>Ein setning, sögð við nýjan viðskiptavin.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Hreinn texti</translation>
    </message>
    <message>
      <source>Preview for</source>
      <translation>Forskoðun fyrir</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Viðtakendur</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Rússneska</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Vista</translation>
    </message>
    <message>
      <source>Save as .eml files…</source>
      <translation>Vista sem .eml-skrár…</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n e-mail(s) in %1. Open them in your mail program to send them.</source>
      <translation>
        <numerusform>Vistaði %n tölvupóst í %1. Opnaðu hann í póstforritinu þínu til að senda hann.</numerusform>
        <numerusform>Vistaði %n tölvupósta í %1. Opnaðu þá í póstforritinu þínu til að senda þá.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send these messages from your own mailbox.</source>
      <translation>Sendu þessi skilaboð úr þínu eigin pósthólfi.</translation>
    </message>
    <message>
      <source>Send…</source>
      <translation>Senda…</translation>
    </message>
    <message>
      <source>Set up sending…</source>
      <translation>Setja upp sendingu…</translation>
    </message>
    <message>
      <source>Set up the mailbox to send from first (File → Sending account…).</source>
      <translation>Settu fyrst upp pósthólfið sem senda á úr (Skrá → Póstreikningur…).</translation>
    </message>
    <message>
      <source>Shop name</source>
      <translation>Nafn verslunar</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Undirskrift</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Slóvenska</translation>
    </message>
    <message>
      <source>Small gift</source>
      <translation>Lítil gjöf</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Eitthvað fór úrskeiðis (villa í forritinu).</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>Eitthvað fór úrskeiðis í LifeCRM (villa í forritinu).</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Efni</translation>
    </message>
    <message>
      <source>Tell LifeCRM which mailbox to send from.</source>
      <translation>Segðu LifeCRM úr hvaða pósthólfi á að senda.</translation>
    </message>
    <message>
      <source>Throw away your version of the %1 template and use LifeCRM's original again?</source>
      <translation>Henda þinni útgáfu af sniðmátinu (%1) og nota upprunalega texta LifeCRM aftur?</translation>
    </message>
    <message>
      <source>To: %1 &lt;%2&gt;</source>
      <translation>Til: %1 &lt;%2&gt;</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Afturkalla breytingarnar mínar</translation>
    </message>
    <message>
      <source>Use LifeCRM's own text for this language again.</source>
      <translation>Nota aftur texta LifeCRM fyrir þetta tungumál.</translation>
    </message>
    <message>
      <source>Use the original</source>
      <translation>Nota upprunalega textann</translation>
    </message>
    <message>
      <source>Use the template's words for this customer again.</source>
      <translation>Nota aftur texta sniðmátsins fyrir þennan viðskiptavin.</translation>
    </message>
    <message>
      <source>We blend our teas by hand in a small shop in Budapest since 2015.</source>
      <translation>Við blöndum teið okkar í höndunum í lítilli verslun í Búdapest, síðan 2015.</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Vefslóð</translation>
    </message>
    <message>
      <source>What you can offer</source>
      <translation>Það sem þú getur boðið</translation>
    </message>
    <message>
      <source>Which address should these e-mails come from? Fill in your e-mail address.</source>
      <translation>Frá hvaða netfangi eiga þessir tölvupóstar að koma? Fylltu inn netfangið þitt.</translation>
    </message>
    <message numerus="yes">
      <source>Write to %n customer(s)</source>
      <translation>
        <numerusform>Skrifa %n viðskiptavini</numerusform>
        <numerusform>Skrifa %n viðskiptavinum</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n message(s)…</source>
      <translation>
        <numerusform>Bý til %n skilaboð…</numerusform>
        <numerusform>Bý til %n skilaboð…</numerusform>
      </translation>
    </message>
    <message>
      <source>Written for: %1</source>
      <translation>Skrifað fyrir: %1</translation>
    </message>
    <message>
      <source>You and your shop</source>
      <translation>Þú og verslunin þín</translation>
    </message>
    <message>
      <source>You edited this message; template changes leave it alone.</source>
      <translation>Þú breyttir þessum skilaboðum; breytingar á sniðmátinu hafa ekki áhrif á þau.</translation>
    </message>
    <message>
      <source>You write to %1 customers formally (%2). Change it in Your details.</source>
      <translation>%1: þú ávarpar viðskiptavini formlega (%2). Þú getur breytt því í „Þínar upplýsingar“.</translation>
    </message>
    <message>
      <source>You write to %1 customers informally (%2). Change it in Your details.</source>
      <translation>%1: þú ávarpar viðskiptavini óformlega (%2). Þú getur breytt því í „Þínar upplýsingar“.</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Þínar upplýsingar</translation>
    </message>
    <message>
      <source>Your details are not filled in yet: the messages have no sender address and end without your name.</source>
      <translation>Þú hefur ekki fyllt út upplýsingarnar þínar: skilaboðin hafa ekkert netfang sendanda og enda án nafnsins þíns.</translation>
    </message>
    <message>
      <source>Your details…</source>
      <translation>Þínar upplýsingar…</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Netfangið þitt</translation>
    </message>
    <message>
      <source>Your e-mail address is not filled in yet: saved messages have no sender.</source>
      <translation>Netfangið þitt vantar enn: vistuð skilaboð hafa engan sendanda.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Nafnið þitt</translation>
    </message>
    <message>
      <source>Your name and your shop's name are not filled in yet: the messages end without your name.</source>
      <translation>Nafnið þitt og nafn verslunarinnar vantar enn: skilaboðin enda án nafnsins þíns.</translation>
    </message>
    <message>
      <source>Your own language</source>
      <translation>Þitt eigið tungumál</translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>free shipping</source>
      <translation>frí heimsending</translation>
    </message>
    <message>
      <source>“%1” does not look like an e-mail address.</source>
      <translation>„%1“ lítur ekki út eins og netfang.</translation>
    </message>
    <message>
      <source>✎ You edited this message by hand.</source>
      <translation>✎ Þú hefur breytt þessum skilaboðum handvirkt.</translation>
    </message>
  </context>
  <context>
    <name>DraftingActions</name>
    <message>
      <source>&amp;Customers</source>
      <translation>&amp;Viðskiptavinir</translation>
    </message>
    <message>
      <source>&amp;Write to these customers…</source>
      <translation>&amp;Skrifa þessum viðskiptavinum…</translation>
    </message>
    <message>
      <source>Draft a personal e-mail to the selected customers, or to everyone listed.</source>
      <translation>Skrifaðu persónulegan tölvupóst til valinna viðskiptavina, eða til allra á listanum.</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>There is nobody here to write to yet.</source>
      <translation>Hér er enginn til að skrifa til enn.</translation>
    </message>
    <message>
      <source>Your &amp;details…</source>
      <translation>Þínar &amp;upplýsingar…</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Import your orders</source>
      <translation>Flyttu inn pantanirnar þínar</translation>
    </message>
    <message>
      <source>LifeCRM reads your order history and tells you, every week, who to write to and what to say: who is new, who is loyal, and who is slipping away.</source>
      <translation>LifeCRM les pöntunarsöguna þína og segir þér í hverri viku hverjum þú ættir að skrifa og hvað þú ættir að segja: hver er nýr, hver er tryggur og hver er að hverfa á braut.</translation>
    </message>
    <message>
      <source>Opens a separate demo database; your own data is never mixed with it.</source>
      <translation>Opnar sérstakan sýnigagnagrunn; gögnunum þínum er aldrei blandað saman við hann.</translation>
    </message>
    <message>
      <source>Reads the orders or customers from your webshop's or invoicing spreadsheet.</source>
      <translation>Les pantanirnar eða viðskiptavinina úr töflureikni frá vefversluninni þinni eða reikningakerfinu.</translation>
    </message>
    <message>
      <source>Try it with demo data</source>
      <translation>Prófaðu með sýnigögnum</translation>
    </message>
    <message>
      <source>Welcome to LifeCRM</source>
      <translation>Velkomin í LifeCRM</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-vinnubók (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose a file…</source>
      <translation>Velja skrá…</translation>
    </message>
    <message>
      <source>Excel (.xlsx, .xls), LibreOffice (.ods) and CSV files. You can also drop a file onto the LifeCRM window.</source>
      <translation>Excel-skrár (.xlsx, .xls), LibreOffice-skrár (.ods) og CSV-skrár. Þú getur líka dregið skrá inn í glugga LifeCRM.</translation>
    </message>
    <message>
      <source>Export your orders (or your customers) from your webshop, invoicing program or bookkeeping as a spreadsheet, then choose that file here. LifeCRM shows you what it found before anything is saved.</source>
      <translation>Flyttu pantanirnar þínar (eða viðskiptavinina) út sem töflureikni úr vefversluninni, reikningaforritinu eða bókhaldinu og veldu svo þá skrá hér. LifeCRM sýnir þér hvað það fann áður en nokkuð er vistað.</translation>
    </message>
    <message>
      <source>Which file holds your orders?</source>
      <translation>Í hvaða skrá eru pantanirnar þínar?</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>fyrir %n degi</numerusform>
        <numerusform>fyrir %n dögum</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in %n days</source>
      <translation>
        <numerusform>eftir %n dag</numerusform>
        <numerusform>eftir %n daga</numerusform>
      </translation>
    </message>
    <message>
      <source>today</source>
      <translation>í dag</translation>
    </message>
    <message>
      <source>yesterday</source>
      <translation>í gær</translation>
    </message>
  </context>
  <context>
    <name>ImportActions</name>
    <message>
      <source>&amp;Import orders…</source>
      <translation>&amp;Flytja inn pantanir…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;Innflutningssaga…</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln viðskiptavin</numerusform>
        <numerusform>%Ln viðskiptavini</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln pöntun</numerusform>
        <numerusform>%Ln pantanir</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Loka</translation>
    </message>
    <message>
      <source>Customers added</source>
      <translation>Viðskiptavinum bætt við</translation>
    </message>
    <message>
      <source>Customers and orders it changed get their earlier details back.</source>
      <translation>Viðskiptavinir og pantanir sem hann breytti fá fyrri upplýsingar sínar aftur.</translation>
    </message>
    <message>
      <source>Every file you imported, newest first. Undoing an import removes the orders and customers it added and puts back what it changed. Only the newest import can be undone.</source>
      <translation>Allar skrár sem þú hefur flutt inn, nýjasta fyrst. Þegar innflutningur er afturkallaður eru pantanirnar og viðskiptavinirnir sem hann bætti við fjarlægðir og það sem hann breytti fær fyrra horf. Aðeins er hægt að afturkalla nýjasta innflutninginn.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Skrá</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Innflutningssaga</translation>
    </message>
    <message>
      <source>Imported on</source>
      <translation>Flutt inn</translation>
    </message>
    <message>
      <source>In place</source>
      <translation>Í gildi</translation>
    </message>
    <message>
      <source>Nothing has been imported yet.</source>
      <translation>Ekkert hefur verið flutt inn enn.</translation>
    </message>
    <message>
      <source>Only the newest import can be undone.</source>
      <translation>Aðeins er hægt að afturkalla nýjasta innflutninginn.</translation>
    </message>
    <message>
      <source>Orders added</source>
      <translation>Pöntunum bætt við</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Vandamál</translation>
    </message>
    <message>
      <source>Remove the %1 and %2 this import added?</source>
      <translation>Fjarlægja %1 og %2 sem þessi innflutningur bætti við?</translation>
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation>Eitthvað fór úrskeiðis (villa í forritinu).</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Staða</translation>
    </message>
    <message>
      <source>Undo the import</source>
      <translation>Afturkalla innflutninginn</translation>
    </message>
    <message>
      <source>Undo this import?</source>
      <translation>Afturkalla þennan innflutning?</translation>
    </message>
    <message>
      <source>Undo this import…</source>
      <translation>Afturkalla þennan innflutning…</translation>
    </message>
    <message>
      <source>Undoing the import…</source>
      <translation>Afturkalla innflutninginn…</translation>
    </message>
    <message>
      <source>Undone on %1</source>
      <translation>Afturkallað %1</translation>
    </message>
    <message>
      <source>Undone: removed %1 that %2 had added.</source>
      <translation>Afturkallað. Fjarlægt: %1 úr %2.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>%1 and %2</source>
      <translation>%1 og %2</translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n viðskiptavinur</numerusform>
        <numerusform>%n viðskiptavinir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n pöntun</numerusform>
        <numerusform>%n pantanir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n lína</numerusform>
        <numerusform>%n línur</numerusform>
      </translation>
    </message>
    <message>
      <source>Accepts newsletters</source>
      <translation>Vill fá fréttabréf</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Til baka</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Afmæli</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hætta við</translation>
    </message>
    <message>
      <source>Cancelled on</source>
      <translation>Afpöntunardagur</translation>
    </message>
    <message>
      <source>Check the columns</source>
      <translation>Athugaðu dálkana</translation>
    </message>
    <message>
      <source>Check the file</source>
      <translation>Athuga skrána</translation>
    </message>
    <message>
      <source>Checking every row</source>
      <translation>Fer yfir hverja línu</translation>
    </message>
    <message>
      <source>Checking every row of %1…</source>
      <translation>Fer yfir hverja línu í %1…</translation>
    </message>
    <message>
      <source>Choose the file with your orders</source>
      <translation>Veldu skrána með pöntununum þínum</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Loka</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Gjaldmiðill</translation>
    </message>
    <message>
      <source>Customer number</source>
      <translation>Viðskiptavinanúmer</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Netfang</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Fornafn</translation>
    </message>
    <message>
      <source>ISO-8859-2 (Central European)</source>
      <translation>ISO-8859-2 (miðevrópskt)</translation>
    </message>
    <message>
      <source>ISO-8859-5 (Cyrillic)</source>
      <translation>ISO-8859-5 (kyrillískt)</translation>
    </message>
    <message>
      <source>If you stop now, nothing is imported.</source>
      <translation>Ef þú hættir núna er ekkert flutt inn.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Flytja inn</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Innflutningi lokið</translation>
    </message>
    <message>
      <source>Import orders</source>
      <translation>Flytja inn pantanir</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Flyt inn</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>Flyt inn %1…</translation>
    </message>
    <message>
      <source>Item price</source>
      <translation>Einingarverð</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Eftirnafn</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nafn</translation>
    </message>
    <message>
      <source>No column says who the customer is. Above the column with the e-mail addresses, names or customer numbers, choose “E-mail”, “Name” or “Customer number”.</source>
      <translation>Enginn dálkur segir hver viðskiptavinurinn er. Fyrir ofan dálkinn með netföngunum, nöfnunum eða viðskiptavinanúmerunum skaltu velja „Netfang“, „Nafn“ eða „Viðskiptavinanúmer“.</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Athugasemd</translation>
    </message>
    <message>
      <source>Nothing is saved yet.</source>
      <translation>Ekkert hefur verið vistað enn.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Ekkert var flutt inn.</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>Pöntunardagur</translation>
    </message>
    <message>
      <source>Order number</source>
      <translation>Pöntunarnúmer</translation>
    </message>
    <message>
      <source>Order status</source>
      <translation>Staða pöntunar</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Sími</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Vara</translation>
    </message>
    <message>
      <source>Product code</source>
      <translation>Vörunúmer</translation>
    </message>
    <message>
      <source>Putting everything back.</source>
      <translation>Set allt í fyrra horf.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Magn</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>Les %1…</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>Les skrána</translation>
    </message>
    <message>
      <source>Say how the dates are written (the question below), then check again.</source>
      <translation>Segðu hvernig dagsetningarnar eru skrifaðar (spurningin hér fyrir neðan) og athugaðu svo aftur.</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug); nothing was imported. The details are in %1.</source>
      <translation>Eitthvað fór úrskeiðis í LifeCRM (villa í forritinu); ekkert var flutt inn. Nánari upplýsingar eru í %1.</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
      <translation>Töflureiknisskrár (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Step %1 of 4</source>
      <translation>Skref %1 af 4</translation>
    </message>
    <message>
      <source>Stop the import</source>
      <translation>Stöðva innflutninginn</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Stöðva…</translation>
    </message>
    <message>
      <source>The amounts in this file name no currency. Choose one below, then check again.</source>
      <translation>Upphæðirnar í þessari skrá tilgreina engan gjaldmiðil. Veldu gjaldmiðil hér fyrir neðan og athugaðu svo aftur.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Samtals</translation>
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
      <translation>Hvað verður flutt inn</translation>
    </message>
    <message>
      <source>Windows-1250 (Central European)</source>
      <translation>Windows-1250 (miðevrópskt)</translation>
    </message>
    <message>
      <source>Windows-1251 (Cyrillic)</source>
      <translation>Windows-1251 (kyrillískt)</translation>
    </message>
    <message>
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (vestur-evrópskt)</translation>
    </message>
    <message>
      <source>commas</source>
      <translation>kommum</translation>
    </message>
    <message>
      <source>semicolons</source>
      <translation>semíkommum</translation>
    </message>
    <message>
      <source>tabs</source>
      <translation>dálkstoppum</translation>
    </message>
    <message>
      <source>vertical bars</source>
      <translation>lóðréttum strikum</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— ekki flutt inn —</translation>
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
      <translation>&amp;Tungumál</translation>
    </message>
    <message>
      <source>As on this computer</source>
      <translation>Eins og á þessari tölvu</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Tungumál</translation>
    </message>
    <message>
      <source>LifeCRM will speak %1 the next time it starts.</source>
      <translation>LifeCRM notar %1 næst þegar það er opnað.</translation>
    </message>
    <message>
      <source>the language of this computer</source>
      <translation>tungumál þessarar tölvu</translation>
    </message>
  </context>
  <context>
    <name>ListActions</name>
    <message numerus="yes">
      <source>%n customer(s) saved in %1.</source>
      <translation>
        <numerusform>%n viðskiptavinur vistaður í %1.</numerusform>
        <numerusform>%n viðskiptavinir vistaðir í %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add a customer…</source>
      <translation>&amp;Bæta við viðskiptavini…</translation>
    </message>
    <message>
      <source>&amp;Export the list…</source>
      <translation>&amp;Flytja listann út…</translation>
    </message>
    <message>
      <source>Add a customer</source>
      <translation>Bæta við viðskiptavini</translation>
    </message>
    <message>
      <source>Export the customers to</source>
      <translation>Flytja viðskiptavinina út í</translation>
    </message>
    <message>
      <source>Exporting the customers…</source>
      <translation>Flyt viðskiptavinina út…</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>Saves the customers listed as an Excel workbook.</source>
      <translation>Vistar viðskiptavinina á listanum sem Excel-vinnubók.</translation>
    </message>
    <message>
      <source>customers.xlsx</source>
      <translation>vidskiptavinir.xlsx</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 (demo data)</source>
      <translation>%1 (sýnigögn)</translation>
    </message>
    <message>
      <source>&amp;About LifeCRM</source>
      <translation>&amp;Um LifeCRM</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Skrá</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjálp</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Hætta</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Stillingar…</translation>
    </message>
    <message>
      <source>&lt;b&gt;LifeCRM&lt;/b&gt; %1</source>
      <translation>&lt;b&gt;LifeCRM&lt;/b&gt; %1</translation>
    </message>
    <message>
      <source>About LifeCRM</source>
      <translation>Um LifeCRM</translation>
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
      <translation>Eitthvað fór úrskeiðis í LifeCRM (villa í forritinu). Nánari upplýsingar eru í %1.</translation>
    </message>
    <message>
      <source>Updating stages…</source>
      <translation>Uppfæri stig…</translation>
    </message>
    <message>
      <source>Who should I write to now, and what should I say? A CRM for small shops.</source>
      <translation>Hverjum ætti ég að skrifa núna, og hvað ætti ég að segja? CRM fyrir litlar verslanir.</translation>
    </message>
  </context>
  <context>
    <name>MappingHeader</name>
    <message>
      <source>What column %1 holds</source>
      <translation>Hvað er í dálki %1</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <source>%Ln row(s) on the sheet “%1”, under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln lína á blaðinu „%1“, undir dálkaheitunum í línu %2.</numerusform>
        <numerusform>%Ln línur á blaðinu „%1“, undir dálkaheitunum í línu %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) under the column names in row %2.</source>
      <translation>
        <numerusform>%Ln lína undir dálkaheitunum í línu %2.</numerusform>
        <numerusform>%Ln línur undir dálkaheitunum í línu %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Above each column, choose what it holds. Greyed-out columns are not imported.</source>
      <translation>Veldu fyrir ofan hvern dálk hvað er í honum. Gráir dálkar eru ekki fluttir inn.</translation>
    </message>
    <message>
      <source>Amounts that name no currency are in</source>
      <translation>Upphæðir án gjaldmiðils eru í</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Velja…</translation>
    </message>
    <message>
      <source>Columns separated by</source>
      <translation>Dálkar aðskildir með</translation>
    </message>
    <message>
      <source>Recognised as a %1 orders export.</source>
      <translation>Þekkt sem pantanir fluttar út úr %1.</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Blað:</translation>
    </message>
    <message numerus="yes">
      <source>Showing the first %1 of %Ln row(s).</source>
      <translation>
        <numerusform>Sýni fyrstu %1 af %Ln línu.</numerusform>
        <numerusform>Sýni fyrstu %1 af %Ln línum.</numerusform>
      </translation>
    </message>
    <message>
      <source>Text read as</source>
      <translation>Texti lesinn sem</translation>
    </message>
    <message>
      <source>Using the columns you chose last time for this kind of file.</source>
      <translation>Nota dálkana sem þú valdir síðast fyrir svona skrá.</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>%1 - problems.xlsx</source>
      <translation>%1 - vandamál.xlsx</translation>
    </message>
    <message>
      <source>(whole row)</source>
      <translation>(öll línan)</translation>
    </message>
    <message>
      <source>Added %1.</source>
      <translation>Bætt við: %1.</translation>
    </message>
    <message>
      <source>Already in LifeCRM, left as they are: %1.</source>
      <translation>Þegar í LifeCRM, óbreytt: %1.</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Dálkur</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Viðskiptavinur</translation>
    </message>
    <message numerus="yes">
      <source>Customers who appear with different names: %Ln.</source>
      <translation>
        <numerusform>Viðskiptavinir sem birtast undir ólíkum nöfnum: %Ln.</numerusform>
        <numerusform>Viðskiptavinir sem birtast undir ólíkum nöfnum: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row can be imported.</source>
      <translation>Hægt er að flytja inn allar línurnar.</translation>
    </message>
    <message>
      <source>Hide them</source>
      <translation>Fela þau</translation>
    </message>
    <message>
      <source>Imported without this value</source>
      <translation>Flutt inn án þessa gildis</translation>
    </message>
    <message>
      <source>Name kept</source>
      <translation>Nafn sem er notað</translation>
    </message>
    <message>
      <source>Name not used</source>
      <translation>Nafn sem er ekki notað</translation>
    </message>
    <message>
      <source>Nothing new to add: this file holds nothing LifeCRM does not have.</source>
      <translation>Engu nýju að bæta við: í þessari skrá er ekkert sem LifeCRM hefur ekki þegar.</translation>
    </message>
    <message>
      <source>Nothing new was added.</source>
      <translation>Engu nýju var bætt við.</translation>
    </message>
    <message>
      <source>Nothing was imported; your data is as it was.</source>
      <translation>Ekkert var flutt inn; gögnin þín eru óbreytt.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Vandamál</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Lína</translation>
    </message>
    <message>
      <source>Row skipped</source>
      <translation>Línu sleppt</translation>
    </message>
    <message numerus="yes">
      <source>Rows skipped because of a problem: %Ln.</source>
      <translation>
        <numerusform>Línur sem var sleppt vegna vandamáls: %Ln.</numerusform>
        <numerusform>Línur sem var sleppt vegna vandamáls: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows with a problem:</source>
      <translation>Línur með vandamál:</translation>
    </message>
    <message>
      <source>Save the rows with a problem</source>
      <translation>Vista línurnar með vandamál</translation>
    </message>
    <message>
      <source>Save them as a spreadsheet…</source>
      <translation>Vista þær sem töflureikni…</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Vistað sem %1.</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Sýna þau</translation>
    </message>
    <message>
      <source>Stages are up to date: close this window to see your customers.</source>
      <translation>Stigin eru uppfærð: lokaðu þessum glugga til að sjá viðskiptavinina þína.</translation>
    </message>
    <message>
      <source>The same customer appears with different names; LifeCRM keeps one:</source>
      <translation>Sami viðskiptavinur birtist undir ólíkum nöfnum; LifeCRM heldur einu:</translation>
    </message>
    <message>
      <source>These rows have a problem:</source>
      <translation>Þessar línur eru með vandamál:</translation>
    </message>
    <message>
      <source>This will add %1.</source>
      <translation>Þessu verður bætt við: %1.</translation>
    </message>
    <message>
      <source>To be updated: %1.</source>
      <translation>Verður uppfært: %1.</translation>
    </message>
    <message>
      <source>Updated: %1.</source>
      <translation>Uppfært: %1.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Gildi</translation>
    </message>
    <message numerus="yes">
      <source>Values left out because they cannot be read: %Ln.</source>
      <translation>
        <numerusform>Gildi sem var sleppt því ekki var hægt að lesa þau: %Ln.</numerusform>
        <numerusform>Gildi sem var sleppt því ekki var hægt að lesa þau: %Ln.</numerusform>
      </translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Hvað gerist</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Af hverju</translation>
    </message>
    <message>
      <source>You can start the import again whenever you like.</source>
      <translation>Þú getur byrjað innflutninginn aftur hvenær sem þú vilt.</translation>
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Delete</source>
      <translation>Eyða</translation>
    </message>
    <message>
      <source>Delete segment</source>
      <translation>Eyða hópi</translation>
    </message>
    <message>
      <source>Delete the segment “%1”?</source>
      <translation>Eyða hópnum „%1“?</translation>
    </message>
    <message>
      <source>New name for “%1”:</source>
      <translation>Nýtt nafn á „%1“:</translation>
    </message>
    <message>
      <source>Rename segment</source>
      <translation>Endurnefna hóp</translation>
    </message>
    <message>
      <source>Saving segments…</source>
      <translation>Vista hópa…</translation>
    </message>
    <message>
      <source>Your customers stay as they are; only this saved question is deleted.</source>
      <translation>Viðskiptavinirnir þínir haldast óbreyttir; aðeins þessari vistuðu spurningu er eytt.</translation>
    </message>
  </context>
  <context>
    <name>SegmentBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln viðskiptavinur</numerusform>
        <numerusform>%Ln viðskiptavinir</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Breyta…</translation>
    </message>
    <message>
      <source>Nobody is in this segment today.</source>
      <translation>Enginn er í þessum hópi í dag.</translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation>Skrifa þessum viðskiptavinum…</translation>
    </message>
    <message>
      <source>counting…</source>
      <translation>tel…</translation>
    </message>
  </context>
  <context>
    <name>SegmentList</name>
    <message>
      <source>+ New segment…</source>
      <translation>+ Nýr hópur…</translation>
    </message>
    <message>
      <source>Ask your own question: who bought what, when, how much</source>
      <translation>Spurðu þinnar eigin spurningar: hver keypti hvað, hvenær og fyrir hve mikið</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eyða…</translation>
    </message>
    <message>
      <source>Edit a copy…</source>
      <translation>Breyta afriti…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Breyta…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Endurnefna…</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Hópar</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source> and </source>
      <translation> og </translation>
    </message>
    <message>
      <source> days</source>
      <translation> daga</translation>
    </message>
    <message>
      <source> or </source>
      <translation> eða </translation>
    </message>
    <message numerus="yes">
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 og %n í viðbót</numerusform>
        <numerusform>%1 og %n í viðbót</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s) match today</source>
      <translation>
        <numerusform>%Ln viðskiptavinur passar í dag</numerusform>
        <numerusform>%Ln viðskiptavinir passa í dag</numerusform>
      </translation>
    </message>
    <message>
      <source>+ Add a condition</source>
      <translation>+ Bæta við skilyrði</translation>
    </message>
    <message>
      <source>+ Add a group</source>
      <translation>+ Bæta við flokki skilyrða</translation>
    </message>
    <message>
      <source>A framed list of conditions with its own any/all, e.g. bought A or B</source>
      <translation>Afmarkaður listi skilyrða með sitt eigið öll/eitthvert, t.d. keypti A eða B</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>Allir viðskiptavinir</translation>
    </message>
    <message>
      <source>All: every condition must hold. Any: at least one must.</source>
      <translation>Öll: hvert skilyrði verður að gilda. Eitthvert: að minnsta kosti eitt verður að gilda.</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Meðalupphæð pöntunar</translation>
    </message>
    <message>
      <source>Best customer (top 2 %)</source>
      <translation>Besti viðskiptavinur (efstu 2 %)</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>Afmæli</translation>
    </message>
    <message>
      <source>Bought</source>
      <translation>Keypti</translation>
    </message>
    <message>
      <source>Buying pace</source>
      <translation>Kauphraði</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hætta við</translation>
    </message>
    <message>
      <source>Choose a suggestion…</source>
      <translation>Veldu tillögu…</translation>
    </message>
    <message>
      <source>Choose products…</source>
      <translation>Velja vörur…</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Velja…</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one country.</source>
      <translation>Skilyrði %1: veldu að minnsta kosti eitt land.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one language.</source>
      <translation>Skilyrði %1: veldu að minnsta kosti eitt tungumál.</translation>
    </message>
    <message>
      <source>Condition %1: choose at least one product.</source>
      <translation>Skilyrði %1: veldu að minnsta kosti eina vöru.</translation>
    </message>
    <message>
      <source>Condition %1: fill in a value.</source>
      <translation>Skilyrði %1: fylltu inn gildi.</translation>
    </message>
    <message>
      <source>Condition %1: tick at least one stage.</source>
      <translation>Skilyrði %1: hakaðu við að minnsta kosti eitt stig.</translation>
    </message>
    <message>
      <source>Condition %1: type a word or phrase.</source>
      <translation>Skilyrði %1: skrifaðu orð eða orðasamband.</translation>
    </message>
    <message>
      <source>Condition %1: type an amount.</source>
      <translation>Skilyrði %1: skrifaðu upphæð.</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Tel…</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Viðskiptavinir sem uppfylla</translation>
    </message>
    <message>
      <source>Days since last order</source>
      <translation>Dagar frá síðustu pöntun</translation>
    </message>
    <message>
      <source>Did not buy</source>
      <translation>Keypti ekki</translation>
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation>Vill ekki fá tölvupóst</translation>
    </message>
    <message>
      <source>Edit the segment “%1”</source>
      <translation>Breyta hópnum „%1“</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Fyrsta pöntun</translation>
    </message>
    <message>
      <source>Fix the rule to see who matches.</source>
      <translation>Lagaðu skilyrðin til að sjá hverjir passa.</translation>
    </message>
    <message>
      <source>Frequency score (RFM)</source>
      <translation>Tíðnieinkunn (RFM)</translation>
    </message>
    <message>
      <source>Give the segment a name and valid rules.</source>
      <translation>Gefðu hópnum nafn og gild skilyrði.</translation>
    </message>
    <message>
      <source>Has an e-mail address</source>
      <translation>Netfang skráð</translation>
    </message>
    <message>
      <source>In plain words: %1</source>
      <translation>Á mannamáli: %1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Tungumál</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Síðasta pöntun</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>Uppfylla</translation>
    </message>
    <message>
      <source>Money score (RFM)</source>
      <translation>Upphæðareinkunn (RFM)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nafn</translation>
    </message>
    <message>
      <source>New segment</source>
      <translation>Nýr hópur</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>Enginn</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Athugasemdir</translation>
    </message>
    <message>
      <source>Number of orders</source>
      <translation>Fjöldi pantana</translation>
    </message>
    <message>
      <source>Recency score (RFM)</source>
      <translation>Nýleikaeinkunn (RFM)</translation>
    </message>
    <message>
      <source>Remove this condition</source>
      <translation>Fjarlægja þetta skilyrði</translation>
    </message>
    <message>
      <source>Remove this group and its conditions</source>
      <translation>Fjarlægja þennan flokk og skilyrði hans</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Vista</translation>
    </message>
    <message>
      <source>Saving failed because of a bug in LifeCRM.</source>
      <translation>Ekki tókst að vista vegna villu í LifeCRM.</translation>
    </message>
    <message>
      <source>Search your products by name or SKU</source>
      <translation>Leitaðu að vörum eftir heiti eða vörunúmeri</translation>
    </message>
    <message>
      <source>Segment name</source>
      <translation>Heiti hóps</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stig</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>Byrja á</translation>
    </message>
    <message>
      <source>Total spent</source>
      <translation>Heildarkaup</translation>
    </message>
    <message>
      <source>Use “%1” as typed</source>
      <translation>Nota „%1“ eins og það er skrifað</translation>
    </message>
    <message>
      <source>a SKU starting with</source>
      <translation>vöru með vörunúmer sem byrjar á</translation>
    </message>
    <message>
      <source>a product whose name has</source>
      <translation>vöru með heiti sem inniheldur</translation>
    </message>
    <message>
      <source>a word or phrase</source>
      <translation>orð eða orðasamband</translation>
    </message>
    <message>
      <source>accepts e-mails</source>
      <translation>tekur við tölvupósti</translation>
    </message>
    <message>
      <source>all</source>
      <translation>öll</translation>
    </message>
    <message>
      <source>amount, e.g. 50 000</source>
      <translation>upphæð, t.d. 50 000</translation>
    </message>
    <message>
      <source>and</source>
      <translation>og</translation>
    </message>
    <message>
      <source>any</source>
      <translation>eitthvert</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>eitthvað af þessu</translation>
    </message>
    <message>
      <source>average order %1</source>
      <translation>meðalpöntun %1</translation>
    </message>
    <message>
      <source>between %1 and %2</source>
      <translation>á milli %1 og %2</translation>
    </message>
    <message numerus="yes">
      <source>birthday in the next %n day(s)</source>
      <translation>
        <numerusform>afmæli innan %n dags</numerusform>
        <numerusform>afmæli innan %n daga</numerusform>
      </translation>
    </message>
    <message>
      <source>birthday this month</source>
      <translation>afmæli í þessum mánuði</translation>
    </message>
    <message>
      <source>bought %1</source>
      <translation>keypti %1</translation>
    </message>
    <message>
      <source>bought a product whose SKU starts with %1</source>
      <translation>keypti vöru með vörunúmer sem byrjar á %1</translation>
    </message>
    <message>
      <source>bought a product whose name has %1</source>
      <translation>keypti vöru með heiti sem inniheldur %1</translation>
    </message>
    <message>
      <source>buying at a steady pace</source>
      <translation>kaupir jafnt og þétt</translation>
    </message>
    <message>
      <source>buying less often lately</source>
      <translation>kaupir sjaldnar en áður</translation>
    </message>
    <message>
      <source>buying more often lately</source>
      <translation>kaupir oftar en áður</translation>
    </message>
    <message>
      <source>contain</source>
      <translation>innihalda</translation>
    </message>
    <message>
      <source>country is %1</source>
      <translation>land er %1</translation>
    </message>
    <message>
      <source>country is not %1</source>
      <translation>land er ekki %1</translation>
    </message>
    <message>
      <source>days since last order %1</source>
      <translation>dagar frá síðustu pöntun %1</translation>
    </message>
    <message>
      <source>did not buy %1</source>
      <translation>keypti ekki %1</translation>
    </message>
    <message>
      <source>does not want e-mails</source>
      <translation>vill ekki fá tölvupóst</translation>
    </message>
    <message>
      <source>e.g. Bicycle but no helmet</source>
      <translation>t.d. Reiðhjól en enginn hjálmur</translation>
    </message>
    <message>
      <source>first order after %1</source>
      <translation>fyrsta pöntun eftir %1</translation>
    </message>
    <message>
      <source>first order before %1</source>
      <translation>fyrsta pöntun fyrir %1</translation>
    </message>
    <message numerus="yes">
      <source>first order in the last %n day(s)</source>
      <translation>
        <numerusform>fyrsta pöntun innan síðasta %n dags</numerusform>
        <numerusform>fyrsta pöntun innan síðustu %n daga</numerusform>
      </translation>
    </message>
    <message>
      <source>frequency score %1</source>
      <translation>tíðnieinkunn %1</translation>
    </message>
    <message>
      <source>has an e-mail address</source>
      <translation>er með netfang</translation>
    </message>
    <message>
      <source>has no e-mail address</source>
      <translation>er ekki með netfang</translation>
    </message>
    <message>
      <source>is</source>
      <translation>er</translation>
    </message>
    <message>
      <source>is at least</source>
      <translation>er að minnsta kosti</translation>
    </message>
    <message>
      <source>is at most</source>
      <translation>er í mesta lagi</translation>
    </message>
    <message>
      <source>is between</source>
      <translation>er á milli</translation>
    </message>
    <message>
      <source>is exactly</source>
      <translation>er nákvæmlega</translation>
    </message>
    <message>
      <source>is in the next</source>
      <translation>er innan næstu</translation>
    </message>
    <message>
      <source>is less than</source>
      <translation>er minna en</translation>
    </message>
    <message>
      <source>is more than</source>
      <translation>er meira en</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>er ekkert af</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>er eitt af</translation>
    </message>
    <message>
      <source>is this month</source>
      <translation>er í þessum mánuði</translation>
    </message>
    <message>
      <source>language is %1</source>
      <translation>tungumál er %1</translation>
    </message>
    <message>
      <source>language is not %1</source>
      <translation>tungumál er ekki %1</translation>
    </message>
    <message>
      <source>last order after %1</source>
      <translation>síðasta pöntun eftir %1</translation>
    </message>
    <message>
      <source>last order before %1</source>
      <translation>síðasta pöntun fyrir %1</translation>
    </message>
    <message numerus="yes">
      <source>last order in the last %n day(s)</source>
      <translation>
        <numerusform>síðasta pöntun innan síðasta %n dags</numerusform>
        <numerusform>síðasta pöntun innan síðustu %n daga</numerusform>
      </translation>
    </message>
    <message>
      <source>money score %1</source>
      <translation>upphæðareinkunn %1</translation>
    </message>
    <message>
      <source>never bought a product whose SKU starts with %1</source>
      <translation>hefur aldrei keypt vöru með vörunúmer sem byrjar á %1</translation>
    </message>
    <message>
      <source>never bought a product whose name has %1</source>
      <translation>hefur aldrei keypt vöru með heiti sem inniheldur %1</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nei</translation>
    </message>
    <message>
      <source>not one of the best customers</source>
      <translation>ekki einn af bestu viðskiptavinunum</translation>
    </message>
    <message>
      <source>notes contain %1</source>
      <translation>athugasemdir innihalda %1</translation>
    </message>
    <message>
      <source>of these:</source>
      <translation>af eftirfarandi:</translation>
    </message>
    <message>
      <source>one of the best customers</source>
      <translation>einn af bestu viðskiptavinunum</translation>
    </message>
    <message>
      <source>orders %1</source>
      <translation>pantanir %1</translation>
    </message>
    <message>
      <source>recency score %1</source>
      <translation>nýleikaeinkunn %1</translation>
    </message>
    <message>
      <source>stage is %1</source>
      <translation>stig er %1</translation>
    </message>
    <message>
      <source>stage is not %1</source>
      <translation>stig er ekki %1</translation>
    </message>
    <message>
      <source>total spent %1</source>
      <translation>heildarkaup %1</translation>
    </message>
    <message>
      <source>was after</source>
      <translation>var eftir</translation>
    </message>
    <message>
      <source>was before</source>
      <translation>var fyrir</translation>
    </message>
    <message>
      <source>was in the last</source>
      <translation>var innan síðustu</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>já</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… og %Ln í viðbót</numerusform>
        <numerusform>… og %Ln í viðbót</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sending</name>
    <message numerus="yes">
      <source>%1 of %n message(s) sent</source>
      <translation>
        <numerusform>%1 af %n skilaboðum send</numerusform>
        <numerusform>%1 af %n skilaboðum send</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>%1: your normal mailbox password should work.</source>
      <translation>%1: venjulega lykilorðið að pósthólfinu ætti að virka.</translation>
    </message>
    <message numerus="yes">
      <source>%n chosen customer(s)</source>
      <translation>
        <numerusform>%n valinn viðskiptavinur</numerusform>
        <numerusform>%n valdir viðskiptavinir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s) were written to in the last %1 days and will be skipped.</source>
      <translation>
        <numerusform>%n viðskiptavini var skrifað á síðustu %1 dögum og honum verður sleppt.</numerusform>
        <numerusform>%n viðskiptavinum var skrifað á síðustu %1 dögum og þeim verður sleppt.</numerusform>
      </translation>
    </message>
    <message>
      <source>(saved)</source>
      <translation>(vistað)</translation>
    </message>
    <message>
      <source>(the server said: %1)</source>
      <translation>(þjónninn sagði: %1)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Some messages may have been sent.&lt;/b&gt; The connection broke just as the mail server was taking them, so LifeCRM cannot tell whether they went out. Look for them in your mailbox's Sent folder. If a message is not there, select it and choose &lt;i&gt;Send again&lt;/i&gt;. If it is there, or you are not sure, choose &lt;i&gt;Don't send&lt;/i&gt;: sending again could give the customer the same e-mail twice.</source>
      <translation>&lt;b&gt;Sum skilaboð gætu hafa verið send.&lt;/b&gt; Tengingin rofnaði einmitt þegar póstþjónninn var að taka við þeim, svo LifeCRM getur ekki vitað hvort þau fóru. Leitaðu að þeim í möppunni fyrir sendan póst í pósthólfinu þínu. Ef skilaboð eru ekki þar skaltu velja þau og smella á &lt;i&gt;Senda aftur&lt;/i&gt;. Ef þau eru þar, eða þú ert ekki viss, skaltu velja &lt;i&gt;Ekki senda&lt;/i&gt;: ef þau eru send aftur gæti viðskiptavinurinn fengið sama tölvupóstinn tvisvar.</translation>
    </message>
    <message>
      <source>A batch is being sent; wait until it is done.</source>
      <translation>Verið er að senda skilaboð; bíddu þar til því er lokið.</translation>
    </message>
    <message>
      <source>Anna Kovács</source>
      <translation>Anna Kovács</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Viðtakendur</translation>
    </message>
    <message>
      <source>Being sent</source>
      <translation>Verið að senda</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Útsending</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hætta við</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Loka</translation>
    </message>
    <message>
      <source>Customers see this address and reply to it.</source>
      <translation>Viðskiptavinir sjá þetta netfang og svara á það.</translation>
    </message>
    <message>
      <source>Customers written to more recently are left out.</source>
      <translation>Viðskiptavinum sem var skrifað nýlegar er sleppt.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dagsetning</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Nánar</translation>
    </message>
    <message>
      <source>Don't send</source>
      <translation>Ekki senda</translation>
    </message>
    <message numerus="yes">
      <source>Done: %n message(s) sent.</source>
      <translation>
        <numerusform>Lokið: %n skilaboð send.</numerusform>
        <numerusform>Lokið: %n skilaboð send.</numerusform>
      </translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Netfang</translation>
    </message>
    <message>
      <source>Kept in your computer's password store, never in LifeCRM's files.</source>
      <translation>Geymt í lykilorðageymslu tölvunnar, aldrei í skrám LifeCRM.</translation>
    </message>
    <message>
      <source>LifeCRM cannot send through %1 yet.</source>
      <translation>LifeCRM getur ekki sent í gegnum %1 enn.</translation>
    </message>
    <message>
      <source>LifeCRM sends your e-mails through your own mailbox, as if you had written each one yourself. Replies come back to you.</source>
      <translation>LifeCRM sendir tölvupóstana þína í gegnum þitt eigið pósthólf, eins og þú hefðir skrifað hvern og einn þeirra. Svörin koma til þín.</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Takmörk</translation>
    </message>
    <message>
      <source>May have been sent</source>
      <translation>Gætu hafa verið send</translation>
    </message>
    <message>
      <source>May have been sent: %1</source>
      <translation>Gætu hafa verið send: %1</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nafn</translation>
    </message>
    <message>
      <source>No password is saved for this account yet.</source>
      <translation>Ekkert lykilorð er vistað fyrir þennan reikning enn.</translation>
    </message>
    <message>
      <source>None (only for this computer)</source>
      <translation>Ekkert (aðeins fyrir þessa tölvu)</translation>
    </message>
    <message>
      <source>Nothing has been sent yet. Campaigns appear here once you send.</source>
      <translation>Ekkert hefur verið sent enn. Útsendingar birtast hér þegar þú sendir.</translation>
    </message>
    <message>
      <source>Nothing more was sent; the rest waits in the outbox.</source>
      <translation>Ekkert meira var sent; afgangurinn bíður í úthólfinu.</translation>
    </message>
    <message>
      <source>One e-mail to your own address, to check that everything works.</source>
      <translation>Einn tölvupóstur á þitt eigið netfang, til að athuga hvort allt virki.</translation>
    </message>
    <message>
      <source>Only for a mail server on this computer.</source>
      <translation>Aðeins fyrir póstþjón á þessari tölvu.</translation>
    </message>
    <message>
      <source>Other / my own server</source>
      <translation>Annað / minn eigin þjónn</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Úthólf</translation>
    </message>
    <message>
      <source>Outbox…</source>
      <translation>Úthólf…</translation>
    </message>
    <message>
      <source>Outgoing server</source>
      <translation>Útsendingarþjónn</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Lykilorð</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Gera hlé</translation>
    </message>
    <message>
      <source>Paused. Resume goes on where it stopped.</source>
      <translation>Í hléi. „Halda áfram“ byrjar þar sem frá var horfið.</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Gátt</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Póstþjónusta</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Hafnað</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Hafnað: %1</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Halda áfram</translation>
    </message>
    <message>
      <source>Retry refused</source>
      <translation>Reyna aftur við höfnuð skilaboð</translation>
    </message>
    <message>
      <source>SSL/TLS (usually port 465)</source>
      <translation>SSL/TLS (oftast gátt 465)</translation>
    </message>
    <message>
      <source>STARTTLS (usually port 587)</source>
      <translation>STARTTLS (oftast gátt 587)</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Vista</translation>
    </message>
    <message>
      <source>Saved in your computer's password store. Type a new one to replace it.</source>
      <translation>Vistað í lykilorðageymslu tölvunnar. Skrifaðu nýtt til að skipta því út.</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Öryggi</translation>
    </message>
    <message>
      <source>Segment “%1”</source>
      <translation>Hópur „%1“</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Senda</translation>
    </message>
    <message numerus="yes">
      <source>Send %n message(s) from %1 through %2?</source>
      <translation>
        <numerusform>Senda %n skilaboð frá %1 í gegnum %2?</numerusform>
        <numerusform>Senda %n skilaboð frá %1 í gegnum %2?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send a test message</source>
      <translation>Senda prufuskilaboð</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Senda aftur</translation>
    </message>
    <message>
      <source>Send at most %1 e-mails a minute and %2 a day.</source>
      <translation>Senda í mesta lagi %1 tölvupósta á mínútu og %2 á dag.</translation>
    </message>
    <message>
      <source>Send e-mails</source>
      <translation>Senda tölvupósta</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>Senda afganginn</translation>
    </message>
    <message>
      <source>Send to them anyway</source>
      <translation>Senda þeim samt</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Sending</translation>
    </message>
    <message>
      <source>Sending a test message to %1…</source>
      <translation>Sendi prufuskilaboð á %1…</translation>
    </message>
    <message>
      <source>Sending account</source>
      <translation>Póstreikningur</translation>
    </message>
    <message>
      <source>Sending account…</source>
      <translation>Póstreikningur…</translation>
    </message>
    <message>
      <source>Sending goes on; File → Outbox… shows how far it is.</source>
      <translation>Sendingin heldur áfram; Skrá → Úthólf… sýnir hve langt hún er komin.</translation>
    </message>
    <message>
      <source>Sending stopped: %1</source>
      <translation>Sending stöðvaðist: %1</translation>
    </message>
    <message>
      <source>Sending “%1”</source>
      <translation>Sendi „%1“</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Sent %1</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Sleppt</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Sleppt: %1</translation>
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation>Eitthvað fór úrskeiðis í LifeCRM (villa í forritinu).</translation>
    </message>
    <message>
      <source>Still to send: %1</source>
      <translation>Eftir að senda: %1</translation>
    </message>
    <message>
      <source>Stop sending</source>
      <translation>Stöðva sendingu</translation>
    </message>
    <message numerus="yes">
      <source>Stopped. The %n message(s) not sent yet stay in the outbox: send them from File → Outbox… whenever you like.</source>
      <translation>
        <numerusform>Stöðvað. Þau %n skilaboð sem eru ekki send enn bíða í úthólfinu: sendu þau úr Skrá → Úthólf… þegar þér hentar.</numerusform>
        <numerusform>Stöðvað. Þau %n skilaboð sem eru ekki send enn bíða í úthólfinu: sendu þau úr Skrá → Úthólf… þegar þér hentar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Stopping after the message being sent…</source>
      <translation>Stöðva eftir skilaboðin sem verið er að senda…</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Efni</translation>
    </message>
    <message>
      <source>The first %1 go out today; the rest follow by themselves once the limit allows, while LifeCRM is open.</source>
      <translation>Fyrstu %1 fara í dag; afgangurinn fer sjálfkrafa þegar hámarkið leyfir, meðan LifeCRM er opið.</translation>
    </message>
    <message>
      <source>The outbox shows which ones did not go out, and why.</source>
      <translation>Úthólfið sýnir hvaða skilaboð fóru ekki, og af hverju.</translation>
    </message>
    <message>
      <source>The server asked to try some messages again later; LifeCRM does so %2.</source>
      <translation>Þjónninn bað um að sum skilaboð yrðu reynd aftur síðar; LifeCRM gerir það %2.</translation>
    </message>
    <message>
      <source>The test message is on its way to %1. When it arrives in your inbox, everything works: save, and you are ready to send.</source>
      <translation>Prufuskilaboðin eru á leiðinni á %1. Þegar þau berast í innhólfið þitt virkar allt: vistaðu, og þá getur þú byrjað að senda.</translation>
    </message>
    <message>
      <source>This computer has no password store LifeCRM can use, so your password is not saved: LifeCRM will ask for it when you send.</source>
      <translation>Þessi tölva er ekki með lykilorðageymslu sem LifeCRM getur notað, svo lykilorðið þitt er ekki vistað: LifeCRM biður um það þegar þú sendir.</translation>
    </message>
    <message>
      <source>To send</source>
      <translation>Ósent</translation>
    </message>
    <message>
      <source>Today you can still send %1 of %2.</source>
      <translation>Í dag getur þú enn sent %1 af %2.</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is reached. The rest go out %2, by themselves while LifeCRM is open (or from the outbox later).</source>
      <translation>Hámarki dagsins, %1 skilaboðum, er náð. Afgangurinn fer %2, sjálfkrafa meðan LifeCRM er opið (eða úr úthólfinu síðar).</translation>
    </message>
    <message>
      <source>Today's limit of %1 messages is used up: they go out by themselves once it allows, while LifeCRM is open.</source>
      <translation>Hámark dagsins, %1 skilaboð, er fullnýtt: skilaboðin fara sjálfkrafa þegar það leyfir, meðan LifeCRM er opið.</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Tilraunir</translation>
    </message>
    <message>
      <source>Tries the messages the server refused once more, for example after a typo fix.</source>
      <translation>Reynir einu sinni enn við skilaboðin sem þjónninn hafnaði, til dæmis eftir að innsláttarvilla hefur verið leiðrétt.</translation>
    </message>
    <message>
      <source>Type the password for %1 to send:</source>
      <translation>Skrifaðu lykilorðið fyrir %1 til að senda:</translation>
    </message>
    <message>
      <source>Type your password first.</source>
      <translation>Skrifaðu fyrst lykilorðið þitt.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Notandanafn</translation>
    </message>
    <message>
      <source>Usually your e-mail address</source>
      <translation>Oftast netfangið þitt</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>Bíður sendingar</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Hvað gerðist</translation>
    </message>
    <message>
      <source>What is not sent yet stays in the outbox.</source>
      <translation>Það sem er ekki sent enn bíður í úthólfinu.</translation>
    </message>
    <message>
      <source>Who the e-mails come from</source>
      <translation>Frá hverjum tölvupóstarnir koma</translation>
    </message>
    <message>
      <source>Will try again %1</source>
      <translation>Verður reynt aftur %1</translation>
    </message>
    <message>
      <source>Write to the same customer at most once in %1 days.</source>
      <translation>Skrifa sama viðskiptavini í mesta lagi einu sinni á %1 dögum.</translation>
    </message>
    <message>
      <source>You can keep working; the e-mails go out in the background.</source>
      <translation>Þú getur haldið áfram að vinna; tölvupóstarnir fara í bakgrunni.</translation>
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation>Netfangið þitt</translation>
    </message>
    <message>
      <source>Your mail provider</source>
      <translation>Póstþjónustan þín</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Nafnið þitt</translation>
    </message>
    <message>
      <source>Your password and your customers' e-mails always travel encrypted.</source>
      <translation>Lykilorðið þitt og tölvupóstar viðskiptavinanna eru alltaf dulkóðaðir á leiðinni.</translation>
    </message>
    <message>
      <source>Your password is not saved (this computer has no password store).</source>
      <translation>Lykilorðið þitt er ekki vistað (þessi tölva er ekki með lykilorðageymslu).</translation>
    </message>
    <message>
      <source>Your provider or web host tells you the outgoing (SMTP) server's name, its port and its security; they are often on its help pages under “mail program settings”.</source>
      <translation>Póstþjónustan þín eða vefhýsingin gefur upp heiti útsendingarþjónsins (SMTP), gátt hans og öryggisstillingu; það er oft að finna á hjálparsíðum hennar undir „stillingar fyrir póstforrit“.</translation>
    </message>
    <message>
      <source>Your provider's daily limit; what is over it goes out the next day.</source>
      <translation>Daglegt hámark póstþjónustunnar þinnar; það sem fer yfir það fer daginn eftir.</translation>
    </message>
    <message numerus="yes">
      <source>about %n hour(s) at %1 a minute</source>
      <translation>
        <numerusform>um %n klukkustund, %1 á mínútu</numerusform>
        <numerusform>um %n klukkustundir, %1 á mínútu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>about %n minute(s) at %1 a minute</source>
      <translation>
        <numerusform>um %n mínútu, %1 á mínútu</numerusform>
        <numerusform>um %n mínútur, %1 á mínútu</numerusform>
      </translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation>anna@kovacstea.hu</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>kl. %1</translation>
    </message>
    <message>
      <source>less than a minute at %1 a minute</source>
      <translation>innan við mínútu, %1 á mínútu</translation>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>ekkert netfang</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>þann %1</translation>
    </message>
    <message>
      <source>opted out</source>
      <translation>vill ekki fá tölvupóst</translation>
    </message>
    <message>
      <source>smtp.example.com</source>
      <translation>smtp.example.com</translation>
    </message>
    <message>
      <source>written to lately</source>
      <translation>skrifað nýlega</translation>
    </message>
    <message>
      <source>you chose not to send it again</source>
      <translation>þú valdir að senda ekki aftur</translation>
    </message>
  </context>
  <context>
    <name>SendingActions</name>
    <message>
      <source>&amp;Outbox…</source>
      <translation>Ú&amp;thólf…</translation>
    </message>
    <message>
      <source>Another batch is being sent. Wait until it is done, or stop it first.</source>
      <translation>Verið er að senda aðra lotu. Bíddu þar til henni er lokið, eða stöðvaðu hana fyrst.</translation>
    </message>
    <message>
      <source>Every recipient was skipped; nothing to send.</source>
      <translation>Öllum viðtakendum var sleppt; ekkert að senda.</translation>
    </message>
    <message>
      <source>Keep sending</source>
      <translation>Halda áfram að senda</translation>
    </message>
    <message>
      <source>LifeCRM</source>
      <translation>LifeCRM</translation>
    </message>
    <message>
      <source>LifeCRM is sending</source>
      <translation>LifeCRM er að senda</translation>
    </message>
    <message>
      <source>Sending &amp;account…</source>
      <translation>&amp;Póstreikningur…</translation>
    </message>
    <message>
      <source>Sending &amp;progress…</source>
      <translation>Fram&amp;vinda sendingar…</translation>
    </message>
    <message>
      <source>Sending e-mails: %1 of %2</source>
      <translation>Sendi tölvupóst: %1 af %2</translation>
    </message>
    <message>
      <source>Stop and close</source>
      <translation>Stöðva og loka</translation>
    </message>
    <message>
      <source>Stop sending after the current message?</source>
      <translation>Stöðva sendingu eftir skilaboðin sem verið er að senda?</translation>
    </message>
    <message>
      <source>The mailbox your e-mails are sent from.</source>
      <translation>Pósthólfið sem tölvupóstarnir þínir eru sendir úr.</translation>
    </message>
    <message>
      <source>The messages not sent yet stay in the outbox; send them the next time from File → Outbox….</source>
      <translation>Skilaboðin sem eru ekki send enn bíða í úthólfinu; sendu þau næst úr Skrá → Úthólf….</translation>
    </message>
    <message>
      <source>What was sent, what waits, what went wrong.</source>
      <translation>Hvað var sent, hvað bíður, hvað fór úrskeiðis.</translation>
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Segments</source>
      <translation>Hópar</translation>
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>A loyal customer gone for over a year. Contact them personally: a call or a letter from you.</source>
      <translation>Tryggur viðskiptavinur sem hefur ekki sést í meira en ár. Hafðu samband persónulega: hringdu eða sendu bréf frá þér.</translation>
    </message>
    <message>
      <source>A loyal customer who stopped buying. Write a personal note asking what happened, and offer a discount on a large order.</source>
      <translation>Tryggur viðskiptavinur sem er hættur að kaupa. Skrifaðu persónulega orðsendingu, spurðu hvað hafi gerst og bjóddu afslátt af stórri pöntun.</translation>
    </message>
    <message>
      <source>Four or more orders and still buying. Make them feel exclusive: your loyalty programme, early news, and ask for a review or a referral.</source>
      <translation>Fjórar pantanir eða fleiri og kaupa enn. Láttu þá finna að þeir séu sérstakir: vildarkerfið þitt, fréttir á undan öðrum, og biddu um umsögn eða meðmæli.</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Horfnir</translation>
    </message>
    <message>
      <source>Lost loyal</source>
      <translation>Horfnir tryggir</translation>
    </message>
    <message>
      <source>Loyal</source>
      <translation>Tryggir</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nýir</translation>
    </message>
    <message>
      <source>No order for more than three months. Win them back with a subject line that earns the open and a regular, friendly reminder.</source>
      <translation>Engin pöntun í meira en þrjá mánuði. Vinndu þá aftur með efnislínu sem fær þá til að opna póstinn og reglulegri, vinsamlegri áminningu.</translation>
    </message>
    <message>
      <source>One order in the last month. Send a personal thank-you, tell them your shop's story and invite them to follow you.</source>
      <translation>Ein pöntun síðasta mánuðinn. Sendu persónulega þakkarkveðju, segðu sögu verslunarinnar og bjóddu þeim að fylgjast með þér.</translation>
    </message>
    <message>
      <source>Passive</source>
      <translation>Óvirkir</translation>
    </message>
    <message>
      <source>Passive loyal</source>
      <translation>Óvirkir tryggir</translation>
    </message>
    <message>
      <source>Promising</source>
      <translation>Efnilegir</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Mögulegir</translation>
    </message>
    <message>
      <source>They bought, then went quiet. Show them your best-selling product and give them a one-time discount code.</source>
      <translation>Þeir keyptu og hafa svo ekki látið heyra í sér. Sýndu þeim vinsælustu vöruna þína og gefðu þeim afsláttarkóða sem gildir einu sinni.</translation>
    </message>
    <message>
      <source>They have not bought yet. Invite them to a first purchase.</source>
      <translation>Þeir hafa ekki keypt enn. Bjóddu þeim að kaupa í fyrsta sinn.</translation>
    </message>
    <message>
      <source>Two or three orders, the last one recent. Offer free shipping or a small gift on the next order, and recommend products that go with what they bought.</source>
      <translation>Tvær eða þrjár pantanir, sú síðasta nýleg. Bjóddu fría heimsendingu eða litla gjöf með næstu pöntun og mæltu með vörum sem passa við það sem þeir keyptu.</translation>
    </message>
  </context>
  <context>
    <name>StageSidebar</name>
    <message>
      <source>All customers</source>
      <translation>Allir viðskiptavinir</translation>
    </message>
    <message>
      <source>Customer stages</source>
      <translation>Stig viðskiptavina</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message>
      <source>%1 · stages as of %2</source>
      <translation>%1 · stig miðað við %2</translation>
    </message>
    <message>
      <source>%1 · stages not worked out yet</source>
      <translation>%1 · stig ekki reiknuð enn</translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln viðskiptavinur</numerusform>
        <numerusform>%Ln viðskiptavinir</numerusform>
      </translation>
    </message>
    <message>
      <source>No customers yet</source>
      <translation>Engir viðskiptavinir enn</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <source>A perk for the next order</source>
      <translation>Glaðningur með næstu pöntun</translation>
    </message>
    <message>
      <source>A personal note: is everything all right?</source>
      <translation>Persónuleg lína: er allt í lagi?</translation>
    </message>
    <message>
      <source>An invitation for regulars</source>
      <translation>Boð til fastakúnna</translation>
    </message>
    <message>
      <source>Birthday greeting</source>
      <translation>Afmæliskveðja</translation>
    </message>
    <message>
      <source>Our bestseller and a one-time code</source>
      <translation>Vinsælasta varan og einnota kóði</translation>
    </message>
    <message>
      <source>Reconnecting with a past client</source>
      <translation>Samband við fyrri viðskiptavin</translation>
    </message>
    <message>
      <source>Thank you for a first order</source>
      <translation>Þakkir fyrir fyrstu pöntun</translation>
    </message>
    <message>
      <source>Thank-you to a best customer</source>
      <translation>Þakkir til bestu viðskiptavinanna</translation>
    </message>
    <message>
      <source>Win-back 1: an offer</source>
      <translation>Endurkoma 1: tilboð</translation>
    </message>
    <message>
      <source>Win-back 2: what we stand for</source>
      <translation>Endurkoma 2: það sem við stöndum fyrir</translation>
    </message>
    <message>
      <source>Win-back 3: goodbye</source>
      <translation>Endurkoma 3: kveðjustund</translation>
    </message>
  </context>
  <context>
    <name>ThresholdsDialog</name>
    <message>
      <source> days</source>
      <translation> daga</translation>
    </message>
    <message>
      <source> orders</source>
      <translation> pöntunum</translation>
    </message>
    <message>
      <source>%1 or more orders</source>
      <translation>%1 eða fleiri pantanir</translation>
    </message>
    <message>
      <source>%1 to %2 orders</source>
      <translation>%1 til %2 pantanir</translation>
    </message>
    <message>
      <source>, then lost loyal.</source>
      <translation>, síðan horfinn tryggur.</translation>
    </message>
    <message>
      <source>, then lost.</source>
      <translation>, síðan horfinn.</translation>
    </message>
    <message>
      <source>, then passive loyal up to</source>
      <translation>, síðan óvirkur tryggur upp í</translation>
    </message>
    <message>
      <source>, then passive up to</source>
      <translation>, síðan óvirkur upp í</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Sérsniðið</translation>
    </message>
    <message>
      <source>Customers move between stages by how many orders they have placed and how long ago the last one was. Cancelled and refunded orders do not count.</source>
      <translation>Viðskiptavinir færast milli stiga eftir því hve margar pantanir þeir hafa gert og hve langt er síðan sú síðasta var. Afpantaðar og endurgreiddar pantanir teljast ekki með.</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Sjálfgefið</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Frá</translation>
    </message>
    <message>
      <source>Lifecycle stages</source>
      <translation>Stig viðskiptavina</translation>
    </message>
    <message>
      <source>Loyal for up to</source>
      <translation>Tryggur í allt að</translation>
    </message>
    <message>
      <source>MiniCRM (one-order customers lost after 60 days)</source>
      <translation>MiniCRM (viðskiptavinir með eina pöntun horfnir eftir 60 daga)</translation>
    </message>
    <message>
      <source>New for up to</source>
      <translation>Nýr í allt að</translation>
    </message>
    <message>
      <source>One order</source>
      <translation>Ein pöntun</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Forstilling</translation>
    </message>
    <message>
      <source>Promising for up to</source>
      <translation>Efnilegur í allt að</translation>
    </message>
    <message>
      <source>a customer is loyal.</source>
      <translation>er viðskiptavinur tryggur.</translation>
    </message>
    <message>
      <source>a customer is promising.</source>
      <translation>er viðskiptavinur efnilegur.</translation>
    </message>
  </context>
</TS>
