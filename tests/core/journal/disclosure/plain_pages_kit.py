"""A SQLCipher 4 database read back as plain pages with its raw data key, so a test can
search everything the file holds: live rows, freed pages and the search index's pages.

SQLCipher 4's defaults, which the vault keeps: 4096-byte pages, each ending in a
reserve of a 16-byte IV and a 64-byte HMAC; the first page starts with the 16-byte
salt; a raw key (x'...') is the AES-256 key itself, AES-256-CBC over the rest.
"""

from __future__ import annotations

from collections.abc import Iterable

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
IV = 16
RESERVE = IV + 64


def plain_pages(encrypted: bytes, data_key: bytes) -> bytes:
    """Every page of `encrypted` decrypted, one after the other."""
    return b"".join(
        _page(encrypted[at : at + PAGE], data_key, at == 0) for at in range(0, len(encrypted), PAGE)
    )


def joined(chunks: Iterable[bytes]) -> bytes:
    return b"".join(chunks)


def _page(page: bytes, data_key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()
