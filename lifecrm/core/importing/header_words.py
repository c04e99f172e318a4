"""The words column headers are written with, per field and language (data for `headers`).

Kept apart from the matching code so a user's report ("our invoicing tool says 'Vevőkód'") is a
one-line change here. Entries are "|"-separated headers, keyed by field and by the language(s)
that write them ("hu sl": the same word in both); every entry is compared after `normalize()`,
so case, accents and punctuation do not matter.
"""

from __future__ import annotations

from lifecrm.core.importing.fields import Field

F = Field

# Exact headers that name one field unambiguously ("Order date", "Rendelés dátuma").
SPECIFIC: dict[Field, dict[str, str]] = {
    F.CUSTOMER_NUMBER: {
        "en": "Customer number|Customer no|Customer #|Customer ID|Client ID|Client number|"
        "Customer code|Account number",
        "hu": "Ügyfélszám|Ügyfél azonosító|Ügyfélkód|Vevőkód|Vevő azonosító|Vevőszám|Partnerkód",
        "ru": "Номер клиента|Код клиента|ID клиента|Номер покупателя|Код покупателя",
        "is": "Viðskiptavinanúmer|Viðskiptamannanúmer|Númer viðskiptavinar",
        "sl": "Številka stranke|Šifra kupca|Šifra stranke|ID stranke|Številka kupca",
    },
    F.NAME: {
        "en": "Customer name|Full name|Client name|Buyer name|Billing name|Contact name",
        "hu": "Vevő neve|Ügyfél neve|Megrendelő neve|Vásárló neve|Teljes név|Partner neve|"
        "Számlázási név",
        "ru": "ФИО|ФИО клиента|ФИО покупателя|Имя клиента|Получатель",
        "is": "Nafn viðskiptavinar|Fullt nafn|Nafn kaupanda",
        "sl": "Ime in priimek|Priimek in ime|Ime stranke|Ime kupca",
    },
    F.FIRST_NAME: {
        "en": "First name|Firstname|Given name|Forename",
        "hu": "Keresztnév|Utónév",
        "ru": "Имя",
        "is": "Fornafn",
        "sl": "Ime",
    },
    F.LAST_NAME: {
        "en": "Last name|Lastname|Surname|Family name",
        "hu": "Vezetéknév|Családi név|Családnév",
        "ru": "Фамилия",
        "is": "Eftirnafn|Föðurnafn",
        "sl": "Priimek",
    },
    F.EMAIL: {
        "en hu ru sl": "Email|E-mail",
        "en": "Email address|E-mail address|Customer email|Mail",
        "hu": "E-mail cím|Email cím|E-mail-cím|Emailcím",
        "ru": "Эл. почта|Электронная почта|Почта|Email клиента|E-mail клиента",
        "is": "Netfang|Tölvupóstur|Tölvupóstfang",
        "sl": "E-pošta|E-poštni naslov|Elektronska pošta|E-naslov",
    },
    F.PHONE: {
        "en": "Phone|Phone number|Telephone|Mobile|Mobile phone|Cell phone",
        "hu sl": "Telefon|Tel.|GSM",
        "hu": "Telefonszám|Mobil|Mobilszám",
        "ru": "Телефон|Тел.|Мобильный телефон|Номер телефона|Телефон клиента",
        "is": "Sími|Símanúmer|Farsími",
        "sl": "Telefonska številka|Mobitel",
    },
    F.BIRTHDAY: {
        "en": "Birthday|Date of birth|Birth date|Birthdate|DOB",
        "hu": "Születésnap|Születési dátum|Születési idő",
        "ru": "Дата рождения|День рождения",
        "is": "Afmælisdagur|Fæðingardagur|Fæðingardagsetning",
        "sl": "Rojstni dan|Datum rojstva",
    },
    F.ORDER_NUMBER: {
        "en": "Order number|Order no|Order #|Order ID|Invoice number|Invoice no|Invoice #|"
        "Receipt number",
        "hu": "Rendelésszám|Rendelés azonosító|Rendelés száma|Rendelés sorszáma|Számlaszám|"
        "Bizonylatszám|Megrendelés száma",
        "ru": "Номер заказа|№ заказа|Заказ №|Номер счета|№ счета|Номер документа",
        "is": "Pöntunarnúmer|Pöntun nr.|Reikningsnúmer|Reikningur nr.|Nr. pöntunar",
        "sl": "Številka naročila|Št. naročila|Številka računa|Št. računa|Naročilo št.",
    },
    F.ORDER_DATE: {
        "en": "Order date|Invoice date|Date of order|Purchase date|Order created",
        "hu": "Rendelés dátuma|Rendelés ideje|Rendelés időpontja|Számla kelte|Megrendelés dátuma",
        "ru": "Дата заказа|Дата оформления|Дата создания|Дата счета",
        "is": "Dagsetning pöntunar|Pöntunardagur|Reikningsdagsetning",
        "sl": "Datum naročila|Datum računa|Datum izdaje",
    },
    F.TOTAL: {
        "en": "Order total|Grand total|Total amount|Total price|Invoice total|Amount due|"
        "Total (gross)|Gross total",
        "hu": "Végösszeg|Bruttó összeg|Bruttó végösszeg|Fizetendő|Fizetendő összeg|"
        "Rendelés összege|Összesen",
        "ru": "Сумма заказа|Итого|Итоговая сумма|Сумма к оплате|К оплате|Общая сумма|"
        "Стоимость заказа",
        "is": "Heildarupphæð|Heildarverð|Til greiðslu|Samtals með vsk",
        "sl": "Za plačilo|Skupni znesek|Znesek za plačilo|Vrednost naročila",
    },
    F.CURRENCY: {
        "en": "Currency|Currency code",
        "hu sl": "Valuta",
        "hu": "Pénznem|Deviza",
        "ru": "Валюта",
        "is": "Gjaldmiðill|Mynt",
        "sl": "Denarna enota",
    },
    F.PRODUCT: {
        "en": "Product name|Item name|Product title|Service",
        "hu": "Termék neve|Termék megnevezése|Megnevezés|Szolgáltatás",
        "ru": "Наименование товара|Название товара|Товары|Услуга",
        "is": "Vöruheiti|Vörur|Heiti vöru|Þjónusta",
        "sl": "Naziv izdelka|Naziv artikla|Storitev",
    },
    F.SKU: {
        "en": "SKU|Product code|Item code|Article number|Part number",
        "hu": "Cikkszám|Termékkód",
        "ru": "Артикул|Код товара",
        "is": "Vörunúmer|Vörunr.",
        "sl": "Šifra artikla|Šifra izdelka|Koda izdelka",
    },
    F.QUANTITY: {
        "en": "Quantity|Qty|Units|Pcs",
        "hu": "Mennyiség|Darab|Db|Darabszám|Menny.",
        "ru": "Количество|Кол-во|Кол.",
        "is": "Magn|Fjöldi|Stk.|Stykki",
        "sl": "Količina|Kol.|Kos",
    },
    F.ITEM_PRICE: {
        "en": "Unit price|Item price|Price per unit|Price each|Unit cost|Item cost",
        "hu": "Egységár|Bruttó egységár",
        "ru": "Цена за единицу|Цена за шт.",
        "is": "Einingaverð|Verð á einingu",
        "sl": "Cena na enoto|Cena za kos",
    },
    F.STATUS: {
        "en": "Order status",
        "hu": "Rendelés állapota|Rendelés státusza",
        "ru": "Статус заказа",
        "is": "Staða pöntunar",
        "sl": "Status naročila|Stanje naročila",
    },
    F.ACCEPTS_MARKETING: {
        "en": "Accepts marketing|Newsletter|Marketing consent|Subscribed|Opt-in|Email marketing",
        "hu": "Hírlevél|Feliratkozott|Hírlevél feliratkozás|Marketing hozzájárulás",
        "ru": "Рассылка|Подписка на рассылку|Согласие на рассылку|Подписка",
        "is": "Fréttabréf|Markpóstur",
        "sl": "E-novice|Novice|Prijava na e-novice|Soglasje za obveščanje",
    },
    F.NOTE: {
        "en": "Note|Notes|Comment|Comments|Customer note|Remarks|Memo",
        "hu": "Megjegyzés|Megjegyzések|Vásárlói megjegyzés",
        "ru": "Комментарий|Комментарии|Примечание|Комментарий к заказу",
        "is": "Athugasemd|Athugasemdir|Skilaboð",
        "sl": "Opomba|Opombe|Komentar",
    },
    F.CANCELLED_AT: {
        "en": "Cancelled at|Canceled at|Cancelled date|Cancellation date",
        "hu": "Törlés dátuma|Lemondás dátuma|Sztornó dátuma",
        "ru": "Дата отмены",
        "is": "Dagsetning afpöntunar",
        "sl": "Datum preklica|Datum storna",
    },
}

# Exact headers that are right on their own but lose to a SPECIFIC one for the same field:
# "Dátum" is the order date only when no "Rendelés dátuma" column claims it.
GENERIC: dict[Field, dict[str, str]] = {
    F.CUSTOMER_NUMBER: {"is": "Kennitala"},
    # A hand-kept Hungarian order list numbers its rows: "Sorszám" is the order's number.
    F.ORDER_NUMBER: {"hu": "Sorszám"},
    F.NAME: {
        "en": "Name|Customer|Client|Buyer|Contact",
        "hu": "Név|Ügyfél|Vevő|Megrendelő|Vásárló|Partner",
        "ru": "Клиент|Покупатель|Заказчик",
        "is": "Nafn|Viðskiptavinur|Kaupandi",
        "sl": "Kupec|Stranka|Naročnik",
    },
    F.ORDER_DATE: {
        "en": "Date|Created at",
        "hu": "Dátum|Kelt|Időpont",
        "ru": "Дата",
        "is": "Dagsetning|Dags.|Dagur",
        "sl": "Datum",
    },
    F.TOTAL: {
        "en": "Total|Amount|Gross|Sum",
        "hu": "Összeg|Bruttó",
        "ru": "Сумма|Всего",
        "is": "Upphæð|Samtals",
        "sl": "Znesek|Skupaj",
    },
    F.PRODUCT: {
        "en": "Product|Item|Products|Job|Project",
        "hu": "Termék|Tétel|Munka",
        "hu sl": "Projekt",
        "ru": "Товар|Наименование",
        "is": "Vara",
        "sl": "Izdelek|Artikel",
    },
    F.ITEM_PRICE: {
        "en": "Price",
        "hu": "Ár|Nettó egységár",
        "ru": "Цена",
        "is": "Verð",
        "sl": "Cena",
    },
    F.STATUS: {
        "en sl": "Status",
        "hu": "Állapot|Státusz",
        "ru": "Статус|Состояние",
        "is": "Staða",
        "sl": "Stanje",
    },
}

# Headers we know and deliberately skip, so the partial matcher cannot grab them: "Subtotal"
# is not the order total, "Отчество" is not a first name, "Adószám" is not a customer number.
IGNORED: dict[str, str] = {
    "en": "Subtotal|Line total|Order line total|Tax|VAT|Shipping|Discount|Refunded amount|"
    "Address|City|Zip|Postcode|Country|Company|Payment method|Shipping method|Item #",
    "hu": "Adószám|Irányítószám|Cím|Város|Ország|Szállítási cím|Nettó|ÁFA|ÁFA összeg|"
    "Szállítási díj|Kedvezmény|Fizetési mód|Szállítási mód|Cégnév",
    "ru": "Отчество|Адрес|Город|Индекс|Доставка|Скидка|НДС|Способ оплаты|Способ доставки|ИНН",
    "is": "Heimilisfang|Póstnúmer|Staður|Land|Sendingarkostnaður|Afsláttur|VSK|Fyrirtæki",
    "sl": "Naslov|Poštna številka|Kraj|Država|DDV|Popust|Poštnina|Davčna številka|Podjetje",
}

# --- Partial matching: word stems, tried in this order; the first rule that fits wins. ---
# Stems match inside words, so compounds work ("Viðskiptavinanúmer" = customer + number);
# stems under 4 letters must be whole words, 4-letter ones a word's start or end.
BIRTH = "birth|dob|szulet|szulinap|рожд|afmæl|fæðing|rojst"
CANCEL = "cancel|torles|lemond|storn|отмен|аннул|afpont|preklic"
DATE = "date|datum|kelt|idopont|дата|dagsetn|dags|created"
EMAIL = "email|e mail|mail|eposta|e posta|e naslov|почта|почты|netfang|tolvupost"
PHONE = "phone|telefon|tel|mobil|mobile|gsm|телефон|тел|моб|simi|siman|farsim|mobitel"
CUSTOMER = (
    "customer|client|buyer|user|vevo|ugyfel|partner|vasarlo|клиент|покупател|заказчик|"
    "viðskiptavin|viðskiptamann|kaupand|strank|kupec|kupca|narocnik"
)
ORDER = (
    "order|invoice|receipt|rendel|megrendel|szamla|bizonylat|заказ|счет|pontun|reikning|narocil|"
    "racun"
)
NUMBER = "number|no|nr|num|#|id|code|szam|azonosito|sorszam|номер|код|numer|stevilka|st|sifra"
SKU = "sku|cikkszam|termekkod|артикул|vorunumer|vorunr|sifra artikla|product code|item code"
QUANTITY = "qty|quantit|mennyis|darab|db|колич|кол|magn|fjold|stykk|kolicin|pcs|items sold|count"
UNIT = "unit|each|per|egyseg|единиц|eining|enot"
PRICE = "price|ar|egysegar|цен|verð|cena|cost"
TOTAL = (
    "total|osszeg|osszesen|sum|сумм|итог|upphæð|samtal|znes|skupaj|amount|gross|brutto|"
    "fizetend|placilo|net sales"
)
MONEY_BLOCK = (
    "discount|refund|tax|taxes|vat|shipping|subtotal|sub total|fee|compare|balance|outstanding|"
    "kedvezm|afa|szallit|скидк|ндс|налог|доставк|возврат|afslat|vsk|sendingar|endurgreið|"
    "popust|ddv|postnin|dostav"
)
CURRENCY = "currenc|penznem|deviza|валют|gjaldmiðil|mynt|valut"
STATUS = "status|allapot|statusz|статус|состояни|staða|stanje"
MARKETING = (
    "marketing|newsletter|hirlevel|feliratk|рассылк|подписк|subscri|frettabref|markpost|novice"
)
NOTE = "note|notes|comment|megjegyz|коммент|примечан|athugasemd|opomb|remark|memo"
FIRST = "first name|firstname|given name|forename|keresztnev|utonev|имя|fornafn|ime"
LAST = "last name|lastname|surname|family name|vezeteknev|csaladnev|фамил|eftirnafn|priimek"
PRODUCT = (
    "product|item|termek|tetel|szolgaltat|товар|наименован|услуг|vara|voru|þjonust|izdel|"
    "artikel|artikl|storitev|service|megnevez"
)
NAME = (
    "name|nev|neve|фио|nafn|customer|client|buyer|contact|vevo|ugyfel|megrendelo|vasarlo|"
    "клиент|покупател|заказчик|получател|viðskiptavin|kaupand|kupec|strank|narocnik"
)
NAME_BLOCK = "type|tipus|тип|group|csoport|company|ceg|cegnev|firma|компан|fyrirt|podjet|user|login"
DATE_BLOCK = "update|updated|modified|paid|fulfilled|shipped|due|hatarido|szallit|доставк"

# (field, groups that must all match, stems that veto the rule)
PARTIAL_RULES: tuple[tuple[Field, tuple[str, ...], str], ...] = (
    (F.BIRTHDAY, (BIRTH,), ""),
    (F.CANCELLED_AT, (CANCEL, DATE + "|at"), ""),
    (F.EMAIL, (EMAIL,), ""),
    (F.PHONE, (PHONE,), ""),
    (F.CUSTOMER_NUMBER, (CUSTOMER, NUMBER), ""),
    (F.ORDER_NUMBER, (ORDER, NUMBER), ""),
    (F.SKU, (SKU,), ""),
    (F.QUANTITY, (QUANTITY,), ""),
    (F.ITEM_PRICE, (UNIT, PRICE), MONEY_BLOCK),
    (F.TOTAL, (TOTAL,), MONEY_BLOCK + "|line"),
    (F.ITEM_PRICE, (PRICE,), MONEY_BLOCK),
    (F.CURRENCY, (CURRENCY,), ""),
    (F.ORDER_DATE, (DATE,), DATE_BLOCK),
    (F.STATUS, (STATUS,), ""),
    (F.ACCEPTS_MARKETING, (MARKETING,), ""),
    (F.NOTE, (NOTE,), ""),
    (F.FIRST_NAME, (FIRST,), ""),
    (F.LAST_NAME, (LAST,), ""),
    (F.PRODUCT, (PRODUCT,), ""),
    (F.NAME, (NAME,), NAME_BLOCK),
)
