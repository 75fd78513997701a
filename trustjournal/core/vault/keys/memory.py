"""Wiping secrets that Python would otherwise leave in memory until reused.

Python strings are immutable, so the hex form of the data key handed to
SQLCipher stays in memory after use (and would land in a core dump or swap).
On CPython a freshly built ASCII string keeps its characters right after the
object header, so they can be overwritten in place once nothing needs them.
Only call this on a string made for the purpose and used for nothing else.
"""

from __future__ import annotations

import ctypes
import sys


def wipe_text(secret: str) -> None:
    """Overwrite a private ASCII string's characters with zeros (CPython; else nothing)."""
    if sys.implementation.name != "cpython" or not secret or not secret.isascii():
        return
    # Compact ASCII layout: header, the characters, then one terminating NUL.
    start = id(secret) + sys.getsizeof(secret) - len(secret) - 1
    ctypes.memset(start, 0, len(secret))
