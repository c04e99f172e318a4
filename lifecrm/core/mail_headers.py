"""Address headers no display name can subvert, for the outbox and the .eml drafts alike.

`email.headerregistry.Address` is not enough: a name that *looks like* an encoded word
(`=?utf-8?q?Bcc=3A_x=40evil=2Etest?=`) is written as is, every mail program decodes it, and
the decoded text (`Bcc: x@evil.test`) parses as another address. So any name that is not a
plain run of safe ASCII is written here as RFC 2047 encoded words of the whole name, and the
header is stored verbatim (the standard library's refolding would decode it again).
"""

from __future__ import annotations

import re
from email.charset import Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage

MAX_LINE = 78  # RFC 5322's recommended limit, also the point where the library refolds
MAX_WORD = 75  # RFC 2047's limit for one encoded word
_PLAIN = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~ -]+")  # atoms: nothing a reader decodes
_UTF8 = Charset("utf-8")


def _encoded_words(name: str, first: int) -> list[str]:
    """The name as encoded words that break only between its words, the space kept inside
    the word before: RFC 2047 readers drop the folding between encoded words, and Python's
    reader (which keeps it) then shows a doubled space rather than a word cut in two.
    `first` is the room the header's name takes on the first line."""
    words: list[str] = []

    def room() -> int:
        return min(MAX_WORD, MAX_LINE - 1 - (0 if words else first))

    def flush(chunk: str) -> None:
        encoded = _UTF8.header_encode(chunk)
        if len(encoded) <= room():
            words.append(encoded)
        else:  # one very long word: cut it where the library would
            words.extend(Header(chunk, _UTF8).encode(maxlinelen=room()).split("\n "))

    chunk = ""
    for piece in re.split(r"(?<= )", name):
        if chunk and len(_UTF8.header_encode(chunk + piece)) > room():
            flush(chunk)
            chunk = ""
        chunk += piece
    flush(chunk)
    return words


def address_value(header: str, name: str, email: str) -> str:
    """The header's value, folded to fit: `Name <addr>`, or `addr` when no name fits.

    Raises ValueError when `email` is not an address a header can hold."""
    local, _, domain = email.partition("@")
    addr_spec = Address(username=local, domain=domain).addr_spec
    name = " ".join(name.split())
    if not name:
        return addr_spec
    if _PLAIN.fullmatch(name) and len(header) + 2 + len(name) < MAX_LINE:
        lines = [name]
    else:
        lines = [f" {w}" if i else w for i, w in enumerate(_encoded_words(name, len(header) + 2))]
    tail = f"<{addr_spec}>"
    if len(lines[-1]) + 1 + len(tail) <= MAX_LINE - (len(header) + 2 if len(lines) == 1 else 0):
        lines[-1] += " " + tail
    else:
        lines.append(" " + tail)
    if len(lines[0]) + len(header) + 2 > MAX_LINE or any(len(x) > MAX_LINE for x in lines[1:]):
        return addr_spec  # too long to keep verbatim: the address alone is always safe
    return "\n".join(lines)


def set_address(message: EmailMessage, header: str, name: str, email: str) -> None:
    """Adds the header as `address_value` made it, untouched by the library's folding."""
    del message[header]
    message.set_raw(header, address_value(header, name, email))
