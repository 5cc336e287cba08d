"""Sockets that cannot reach the network: every IP connection and name lookup fails.

Local (Unix-domain) sockets keep working: the test harness uses them between processes.
"""

from __future__ import annotations

import socket
from typing import Any

_IP = (socket.AF_INET, socket.AF_INET6)


ATTEMPTS: list[str] = []
"""Every attempt to reach the network since ``block_network``."""


class NetworkBlocked(OSError):
    pass


def block_network() -> list[str]:
    """Block the network in this process; returns the list every attempt is added to."""
    attempts = ATTEMPTS
    connect = socket.socket.connect
    connect_ex = socket.socket.connect_ex
    sendto = socket.socket.sendto

    def refuse(what: str) -> NetworkBlocked:
        attempts.append(what)
        return NetworkBlocked(f"vplan får inte använda nätverket ({what})")

    def guarded_connect(self: socket.SocketType, address: Any) -> None:
        if self.family in _IP:
            raise refuse(f"connect {address!r}")
        connect(self, address)

    def guarded_connect_ex(self: socket.SocketType, address: Any) -> int:
        if self.family in _IP:
            raise refuse(f"connect_ex {address!r}")
        return connect_ex(self, address)

    def guarded_sendto(self: socket.SocketType, *args: Any) -> int:
        if self.family in _IP:
            raise refuse(f"sendto {args[-1]!r}")
        return sendto(self, *args)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise refuse(f"getaddrinfo {host!r}")

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = guarded_sendto  # type: ignore[method-assign]
    socket.getaddrinfo = guarded_getaddrinfo
    return attempts
