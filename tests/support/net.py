"""Loopback helpers for tests that start servers."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port on 127.0.0.1 free right now (the server that binds it next may still lose a race for it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
