<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS">
  <context>
    <name>AdviceBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>LifeCRM</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerList</name>
    <message numerus="yes">
      <source>%Ln shown</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search by name, e-mail or phone</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Write to %n selected…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Write to these %n customers…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Write to this customer…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerTable</name>
    <message>
      <source>%1 does not want e-mails.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One of the best customers: the top %1 % by money spent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RFM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best). ★ marks the best customers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total spent</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateQuestion</name>
    <message>
      <source>Day first (31/12/2025)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day first: %1 is %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How are the dates in “%1” written?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month first (12/31/2025)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month first: %1 is %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>%1, last one %2 → %3</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Became %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does not count toward stages and totals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail sent: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First name: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved from %1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No orders yet → %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes cleared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RFM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recency %1 · Frequency %2 · Money %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recency, frequency and money spent, each scored 1 to 5 (5 is best).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a customer to see their details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total spent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you know about them: preferences, sizes, what you talked about…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>★ Best customer (top %1 %)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Drafting</name>
    <message numerus="yes">
      <source>%n left out by you</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n message(s) ready</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>10% off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About your shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address %1 customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An example customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anna Kovács
Kovács Tea · Budapest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As the customer sees it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to the original?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to the original…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the words for this customer only; template changes leave them alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a customer on the left to read their message.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a folder for the e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers whose language LifeCRM does not know get this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details to fill in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discount codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click one to put it where you are typing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each customer gets a code of their own. Every # becomes a letter or a digit: THANKS-#### gives codes like THANKS-7K2Q.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each customer's own language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit template: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit this message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Empty: your name and the shop's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fill in the address your e-mails should come from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Formally (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How you write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hungarian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Icelandic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Informally (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep my changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left out: tick the box to write to this customer after all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM signs and fills in your e-mails with these details. Leave out anything you do not want to use: the sentence that needs it is left out too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Message:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No longer in your customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No message for this customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One sentence, told to a new customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plain text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Russian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as .eml files…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Saved %n e-mail(s) in %1. Open them in your mail program to send them.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Send these messages from your own mailbox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up sending…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up the mailbox to send from first (File → Sending account…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shop name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slovenian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small gift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tell LifeCRM which mailbox to send from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Throw away your version of the %1 template and use LifeCRM's original again?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To: %1 &lt;%2&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo my changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use LifeCRM's own text for this language again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use the original</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use the template's words for this customer again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>We blend our teas by hand in a small shop in Budapest since 2015.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you can offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which address should these e-mails come from? Fill in your e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Write to %n customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n message(s)…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Written for: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You and your shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You edited this message; template changes leave it alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You write to %1 customers formally (%2). Change it in Your details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You write to %1 customers informally (%2). Change it in Your details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name and your shop's name are not filled in yet, so the messages end without a signature. &lt;a href="profile"&gt;Fill in your details…&lt;/a&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your own language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>free shipping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” does not look like an e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✎ You edited this message by hand.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DraftingActions</name>
    <message>
      <source>&amp;Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Write to these customers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft a personal e-mail to the selected customers, or to everyone listed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is nobody here to write to yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your &amp;details…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Import your orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM reads your order history and tells you, every week, who to write to and what to say: who is new, who is loyal, and who is slipping away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opens a separate demo database; your own data is never mixed with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reads the orders or customers from your webshop's or invoicing spreadsheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try it with demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to LifeCRM</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel (.xlsx, .xls), LibreOffice (.ods) and CSV files. You can also drop a file onto the LifeCRM window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export your orders (or your customers) from your webshop, invoicing program or bookkeeping as a spreadsheet, then choose that file here. LifeCRM shows you what it found before anything is saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which file holds your orders?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>in %n days</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yesterday</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportActions</name>
    <message>
      <source>&amp;Import orders…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers and orders it changed get their earlier details back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every file you imported, newest first. Undoing an import removes the orders and customers it added and puts back what it changed. Only the newest import can be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing has been imported yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only the newest import can be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Orders added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the %1 and %2 this import added?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong (a bug).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo the import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo this import?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo this import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undoing the import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undone on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undone: %1 from %2 are gone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>%1 and %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Accepts newsletters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking every row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking every row of %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the file with your orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISO-8859-2 (Central European)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISO-8859-5 (Cyrillic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you stop now, nothing is imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No column says who the customer is. Above the column with the e-mail addresses, names or customer numbers, choose “E-mail”, “Name” or “Customer number”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Putting everything back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say how the dates are written (the question below), then check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug); nothing was imported. The details are in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step %1 of 4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop the import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amounts in this file name no currency. Choose one below, then check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unicode (UTF-16)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unicode (UTF-8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What will be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows-1250 (Central European)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows-1251 (Cyrillic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows-1252 (Western European)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>semicolons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tabs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vertical bars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— not imported —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM will speak %1 the next time it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the language of this computer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 (demo data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About LifeCRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;LifeCRM&lt;/b&gt; %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About LifeCRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Building demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug). The details are in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updating stages…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who should I write to now, and what should I say? A CRM for small shops.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingHeader</name>
    <message>
      <source>What column %1 holds</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <source>%Ln row(s) on the sheet “%1”, under the column names in row %2.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) under the column names in row %2.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Above each column, choose what it holds. Greyed-out columns are not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amounts that name no currency are in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Columns separated by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recognised as a %1 orders export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheet:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Showing the first %1 of %Ln row(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Text read as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Using the columns you chose last time for this kind of file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Providers</name>
    <message>
      <source>Allow external mail programs in Freemail's settings first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fastmail needs an app password (Settings → Privacy &amp; Security).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gmail needs an app password (Google Account → Security → 2-Step Verification → App passwords), not your normal password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mail.ru needs a password for external apps (Settings → Security).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Microsoft no longer accepts passwords for sending from other programs (it needs OAuth2 sign-in, which LifeCRM does not do yet): use another mailbox, or your shop's own domain mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn on 'POP3/IMAP access' in GMX's settings first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With two-factor sign-in, Zoho needs an application-specific password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yahoo needs an app password (Account security → Generate app password).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yandex needs an app password (id.yandex.ru → Security → App passwords).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>iCloud needs an app-specific password (appleid.apple.com → Sign-In and Security).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>%1 - problems.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(whole row)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Already in LifeCRM, left as they are: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Customers who appear with different names: %Ln.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Every row can be imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported without this value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name not used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing new to add: this file holds nothing LifeCRM does not have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing new was added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported; your data is as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row skipped</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Rows skipped because of a problem: %Ln.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Rows with a problem:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the rows with a problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save them as a spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stages are up to date: close this window to see your customers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The same customer appears with different names; LifeCRM keeps one:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These rows have a problem:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This will add %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To be updated: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Values left out because they cannot be read: %Ln.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>What happens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can start the import again whenever you like.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the segment “%1”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New name for “%1”:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving segments…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your customers stay as they are; only this saved question is deleted.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SegmentBanner</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody is in this segment today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write to these customers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>counting…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SegmentList</name>
    <message>
      <source>+ New segment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask your own question: who bought what, when, how much</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit a copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Segments</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source> and </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> or </source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 and %n more</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s) match today</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>+ Add a condition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ Add a group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3+ orders over a chosen total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A framed list of conditions with its own any/all, e.g. bought A or B</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All: every condition must hold. Any: at least one must.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average order value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best customer (top 2 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best customers (top 2 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birthday this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bought</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bought X but not Y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bought one product but not its companion (a bicycle but no tyres): offer the companion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buying less often lately</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buying more often lately</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buying pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a suggestion…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose products…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: choose at least one country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: choose at least one language.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: choose at least one product.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: fill in a value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: tick at least one stage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: type a word or phrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Condition %1: type an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers who match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers whose birthday falls in the current month, whichever month it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers whose last gaps between purchases are much shorter than before.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Days since last order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Did not buy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does not want e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the segment “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fix the rule to see who matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Frequency score (RFM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the segment a name and valid rules.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has an e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In plain words: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Money score (RFM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One order, long enough ago that they should have come back by now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One order, never came back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recency score (RFM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regular customers whose last gaps between purchases are much longer than before: catch them before they are lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this condition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this group and its conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving failed because of a bug in LifeCRM.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search your products by name or SKU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The customers who spent the most: the top 2 % by money, worth a personal thank-you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Three or more orders and more than the chosen total spent: thank them and invite them to the loyalty programme.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total spent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use “%1” as typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a SKU starting with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a product whose name has</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a word or phrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>accepts e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>amount, e.g. 50 000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>and</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>any of these</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>average order %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>between %1 and %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>birthday in the next %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>birthday this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bought %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bought a product whose SKU starts with %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bought a product whose name has %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>buying at a steady pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>buying less often lately</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>buying more often lately</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country is not %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>days since last order %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>days since their order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>did not buy %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>does not want e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Bicycle but no helmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>first order after %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>first order before %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>first order in the last %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>frequency score %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>has an e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>has no e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is at most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is exactly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is in the next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is less than</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is more than</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is none of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is one of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language is not %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>last order after %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>last order before %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>last order in the last %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>money score %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>never bought a product whose SKU starts with %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>never bought a product whose name has %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not one of the best customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>notes contain %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of these:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one of the best customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>orders %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recency score %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stage is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stage is not %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the products they bought (names or SKUs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the products they did not buy (names or SKUs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the total they spent more than</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>total spent %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>was after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>was before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>was in the last</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>Sending</name>
    <message numerus="yes">
      <source>%1 of %n message(s) sent</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>%1: your normal mailbox password should work.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n chosen customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n customer(s) were written to in the last %1 days and will be skipped.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>(saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(the server said: %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Some messages may have been sent.&lt;/b&gt; The connection broke just as the mail server was taking them, so LifeCRM cannot tell whether they went out. Look for them in your mailbox's Sent folder. If a message is not there, select it and choose &lt;i&gt;Send again&lt;/i&gt;. If it is there, or you are not sure, choose &lt;i&gt;Don't send&lt;/i&gt;: sending again could give the customer the same e-mail twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anna Kovács</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audience</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Being sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Campaign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers see this address and reply to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers written to more recently are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Don't send</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Done: %n message(s) sent.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kept in your computer's password store, never in LifeCRM's files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM cannot send through %1 yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM sends your e-mails through your own mailbox, as if you had written each one yourself. Replies come back to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>May have been sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>May have been sent: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No password is saved for this account yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None (only for this computer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing has been sent yet. Campaigns appear here once you send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing more was sent; the rest waits in the outbox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One e-mail to your own address, to check that everything works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only for a mail server on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other / my own server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outbox…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outgoing server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused. Resume goes on where it stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SSL/TLS (usually port 465)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>STARTTLS (usually port 587)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved in your computer's password store. Type a new one to replace it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Segment “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Send %n message(s) from %1 through %2?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Send a test message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send at most %1 e-mails a minute and %2 a day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send the rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send to them anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending a test message to %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending goes on; File → Outbox… shows how far it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending stopped: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong inside LifeCRM (a bug).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still to send: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop sending</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Stopped. The %n message(s) not sent yet stay in the outbox: send them from File → Outbox… whenever you like.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Stopping after the message being sent…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The first %1 go out today; the rest follow by themselves once the limit allows, while LifeCRM is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The outbox shows which ones did not go out, and why.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server asked to try some messages again later; LifeCRM does so %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The test message is on its way to %1. When it arrives in your inbox, everything works: save, and you are ready to send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer has no password store LifeCRM can use, so your password is not saved: LifeCRM will ask for it when you send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today you can still send %1 of %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today's limit of %1 messages is reached. The rest go out %2, by themselves while LifeCRM is open (or from the outbox later).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today's limit of %1 messages is used up: they go out by themselves once it allows, while LifeCRM is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tries the messages the server refused once more, for example after a typo fix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the password for %1 to send:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your password first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Usually your e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What is not sent yet stays in the outbox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who the e-mails come from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Will try again %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write to the same customer at most once in %1 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can keep working; the e-mails go out in the background.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your mail provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your password and your customers' e-mails always travel encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your password is not saved (this computer has no password store).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your provider or web host tells you the outgoing (SMTP) server's name, its port and its security; they are often on its help pages under “mail program settings”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your provider's daily limit; what is over it goes out the next day.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>about %n a minute</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>anna@kovacstea.hu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>opted out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>smtp.example.com</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>written to lately</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>you chose not to send it again</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SendingActions</name>
    <message>
      <source>&amp;Outbox…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another batch is being sent. Wait until it is done, or stop it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every recipient was skipped; nothing to send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LifeCRM is sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending &amp;account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending &amp;progress…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending e-mails…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop and close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop sending after the current message?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mailbox your e-mails are sent from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The messages not sent yet stay in the outbox; send them the next time from File → Outbox….</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was sent, what waits, what went wrong.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Segments</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>A loyal customer gone for over a year. Contact them personally: a call or a letter from you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A loyal customer who stopped buying. Write a personal note asking what happened, and offer a discount on a large order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Four or more orders and still buying. Make them feel exclusive: your loyalty programme, early news, and ask for a review or a referral.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost loyal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loyal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No order for more than three months. Win them back with a subject line that earns the open and a regular, friendly reminder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One order in the last month. Send a personal thank-you, tell them your shop's story and invite them to follow you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passive loyal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promising</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prospects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They bought, then went quiet. Show them your best-selling product and give them a one-time discount code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They have not bought yet. Invite them to a first purchase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two or three orders, the last one recent. Offer free shipping or a small gift on the next order, and recommend products that go with what they bought.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StageSidebar</name>
    <message>
      <source>All customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer stages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message>
      <source>%1 · stages as of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · stages not worked out yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>No customers yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplateVariables</name>
    <message>
      <source>a code made for this customer alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a polite sentence on how to stop these e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a small gift (free shipping)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>days since the last order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>how many orders (cancelled and refunded not counted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one product of the last order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one sentence about the shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>products that go with what they bought (a list)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the customer's first (given) name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the customer's stage, in the language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the day of the first order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the day of the last order, written for the language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the greeting line, with the first name or a graceful fallback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the last job or product (for freelancers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the message's language code (en, hu, ru, is, sl)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the name as the shop knows it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the name for formal address (Russian: name and patronymic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the owner's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the owner's signature (several lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the products of the last order (a list)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the shop's best-selling product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the shop's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the shop's web address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the total spent, written for the language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>what the code gives (10%, 1 000 Ft)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>whole months since the last order</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ThresholdsDialog</name>
    <message>
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 or more orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 to %2 orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, then lost loyal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, then lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, then passive loyal up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, then passive up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers move between stages by how many orders they have placed and how long ago the last one was. Cancelled and refunded orders do not count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lifecycle stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loyal for up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MiniCRM (one-order customers lost after 60 days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New for up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promising for up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a customer is loyal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a customer is promising.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
