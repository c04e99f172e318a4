"""A deliberately broken SMTP server: it hangs up in the middle of receiving a message."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _serve(listener: socket.socket) -> None:
    conn, _addr = listener.accept()
    with conn:
        conn.sendall(b"220 broken ESMTP\r\n")
        buffer = b""
        while True:
            data = conn.recv(4096)
            if not data:
                return
            buffer += data
            while b"\r\n" in buffer:
                line, buffer = buffer.split(b"\r\n", 1)
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    conn.sendall(b"250 broken\r\n")
                elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                    conn.sendall(b"250 OK\r\n")
                elif verb == b"DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    conn.recv(64)  # a little of the message, then hang up
                    return
                elif verb == b"QUIT":
                    conn.sendall(b"221 bye\r\n")
                    return


@contextmanager
def hang_up_during_data() -> Iterator[int]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    thread = threading.Thread(target=_serve, args=(listener,), daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
        thread.join(timeout=5)
