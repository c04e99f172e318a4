"""The owner's own changes to who a customer is: add one by hand, correct their contact details.

The same rules as an import: an e-mail address must look like one and belong to one customer
only, a phone number needs digits. The derived search keys (`core.text.customer_keys`) and the
e-mail identity follow every change, so the list finds the customer by the new details at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select, update

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.lifecycle import Stage
from lifecrm.core.storage.models import Customer, CustomerStats, table
from lifecrm.core.text import customer_keys, email_key

_customers = table(Customer)


class ContactRefused(UserError):
    """A detail the owner typed that cannot be kept; `field` and `value` say which."""

    code = "contact_refused"


@dataclass(frozen=True)
class Contact:
    """What the owner can type about a customer; empty text means "not known"."""

    name: str
    email: str = ""
    phone: str = ""
    birthday: date | None = None


def _clean(conn: Connection, contact: Contact, customer_id: int | None) -> dict[str, object]:
    # The importer's rules, loaded on first use (the e-mail validator is slow to import and the
    # window imports this module before its first paint).
    from lifecrm.core.importing.values import ValueProblem, parse_email, parse_phone

    name = " ".join(contact.name.split())
    email = phone = None
    try:
        email = parse_email(contact.email) if contact.email.strip() else None
    except ValueProblem:
        raise ContactRefused(
            N_(("{value} is not an e-mail address."), value=contact.email.strip()),
            field="email",
            value=contact.email,
        ) from None
    try:
        phone = parse_phone(contact.phone) if contact.phone.strip() else None
    except ValueProblem:
        raise ContactRefused(
            N_(("{value} is not a phone number."), value=contact.phone.strip()),
            field="phone",
            value=contact.phone,
        ) from None
    if not name and email is None:
        raise ContactRefused(N_("Give a name or an e-mail address."), field="name", value="")
    key = email_key(email)
    if key is not None:
        other = conn.execute(
            select(_customers.c.id).where(
                (_customers.c.email_key == key) & (_customers.c.id != (customer_id or -1))
            )
        ).scalar()
        if other is not None:
            raise ContactRefused(
                N_("Another customer already has the address {value}."), field="email", value=email
            )
    return {
        "name": name or email or "",
        "email": email,
        "email_key": key,
        "phone": phone,
        "birthday": contact.birthday,
    }


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def add_customer(conn: Connection, contact: Contact, *, now: datetime) -> int:
    """A customer typed in by the owner (a prospect until they order); returns the new id."""
    values = _clean(conn, contact, None)
    keys = customer_keys(
        str(values["name"]), None, None, _text(values["email"]), _text(values["phone"])
    )
    inserted = conn.execute(
        insert(_customers).values(**values, **keys, created_at=now, updated_at=now)
    ).inserted_primary_key
    assert inserted is not None
    customer_id = int(inserted[0])
    conn.execute(
        insert(table(CustomerStats)).values(customer_id=customer_id, stage=Stage.PROSPECT.value)
    )
    return customer_id


def update_contact(conn: Connection, customer_id: int, contact: Contact, *, now: datetime) -> bool:
    """Saves the typed name, e-mail, phone and birthday; False when nothing changed."""
    row = conn.execute(
        select(
            _customers.c.name, _customers.c.first_name, _customers.c.last_name,
            _customers.c.email, _customers.c.phone, _customers.c.birthday,
        ).where(_customers.c.id == customer_id)
    ).one_or_none()  # fmt: skip
    if row is None:
        raise ContactRefused(N_("There is no customer with id {id}."), id=customer_id)
    values = _clean(conn, contact, customer_id)
    if (row.name, row.email, row.phone, row.birthday) == (
        values["name"], values["email"], values["phone"], values["birthday"],
    ):  # fmt: skip
        return False
    keys = customer_keys(
        str(values["name"]),
        row.first_name,
        row.last_name,
        _text(values["email"]),
        _text(values["phone"]),
    )
    conn.execute(
        update(_customers)
        .where(_customers.c.id == customer_id)
        .values(**values, **keys, updated_at=now)
    )
    return True
