"""vplan works offline: the suite runs with the network blocked (tests/network_guard.py)."""

from __future__ import annotations

import socket

import pytest

from tests.network_guard import ATTEMPTS as NETWORK_ATTEMPTS
from tests.network_guard import NetworkBlocked


def test_the_network_is_blocked_for_the_whole_suite() -> None:
    before = list(NETWORK_ATTEMPTS)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlocked):
        sock.connect(("93.184.216.34", 80))
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.org", 443), timeout=1)
    # The guard's own check must not fail the run: forget what this test tried on purpose.
    del NETWORK_ATTEMPTS[len(before) :]


def test_local_sockets_still_work() -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
