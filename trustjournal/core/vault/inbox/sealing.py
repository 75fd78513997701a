"""Sealing a note to the journal's capture key, and opening it again (decision 0006).

X25519 + HKDF-SHA256 + AES-256-GCM, the shape of HPKE's base mode (RFC 9180) built from
the primitives the pinned `cryptography` already has. Nothing here touches a file: the
bytes in, the bytes out.

A sealed note:

    b"TJNOTE"       6 bytes, what kind of file this is
    version         1 byte (1)
    key id          8 bytes, which capture key it was sealed to
    ephemeral key   32 bytes, the sender's one-time X25519 public key
    nonce           12 bytes
    ciphertext      AES-256-GCM of the padded note, with its 16-byte tag

The 59 bytes before the ciphertext are the associated data, so a changed byte anywhere
fails the tag. The key is HKDF-SHA256 of the X25519 secret, salted with the ephemeral and
the recipient's public keys, with a context label naming the app, the format version and
the journal's vault id: a note sealed for another journal never opens here even with the
same key bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"TJNOTE"
VERSION = 1
KEY_ID_BYTES = 8
PUBLIC_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + 1 + KEY_ID_BYTES + PUBLIC_BYTES + NONCE_BYTES
# The padded note grows in these steps, so a file's size says only which step it fits:
# a line, a paragraph, a page, a long letter, a chapter.
PAD_STEPS = (1024, 4096, 16384, 65536, 262144, 1048576)
MOST_PADDED = PAD_STEPS[-1]
LENGTH_BYTES = 4
MOST_NOTE_BYTES = MOST_PADDED - LENGTH_BYTES  # the encoded note, text and all
MOST_FILE_BYTES = HEADER_BYTES + MOST_PADDED + TAG_BYTES


@dataclass(frozen=True)
class Note:
    """What a person wrote while the journal was locked."""

    text: str
    written_at: dt.datetime  # aware, the local time it was written
    mood: int | None = None
    tags: tuple[str, ...] = ()

    @property
    def first_line(self) -> str:
        return next((line.strip() for line in self.text.splitlines() if line.strip()), "")


class NoteTooLarge(ValueError):
    """The encoded note does not fit the largest step (the caller says it plainly)."""


class NotANote(ValueError):
    """The bytes are not a whole sealed note; `reason` names which way (see inbox.py)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# The reasons NotANote gives, named once so the inbox can explain each in words.
TRUNCATED = "truncated"
NOT_OURS = "not-a-note"
OTHER_KEY = "other-key"
OLD_KEY = "old-key"
TAMPERED = "tampered"


def key_id_of(public_key: bytes) -> bytes:
    return hashlib.sha256(b"TrustJournal capture key id\0" + public_key).digest()[:KEY_ID_BYTES]


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public), 32 raw bytes each."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def seal(note: Note, public_key: bytes, vault_id: str) -> bytes:
    """The note, padded and sealed so only the holder of the private key opens it."""
    padded = _padded(_encoded(note))
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([VERSION]) + key_id_of(public_key) + ephemeral_public + nonce
    key = _derived_key(shared, ephemeral_public, public_key, vault_id)
    return header + AESGCM(key).encrypt(nonce, padded, header)


def key_id_in(sealed: bytes) -> bytes:
    """The key id a sealed note names; raises NotANote when there is no whole header."""
    if not sealed.startswith(MAGIC):
        raise NotANote(TRUNCATED if MAGIC.startswith(sealed) else NOT_OURS)
    if len(sealed) < HEADER_BYTES + TAG_BYTES + PAD_STEPS[0]:
        raise NotANote(TRUNCATED)
    if sealed[len(MAGIC)] != VERSION:
        raise NotANote(NOT_OURS)
    start = len(MAGIC) + 1
    return sealed[start : start + KEY_ID_BYTES]


def open_sealed(sealed: bytes, private_key: bytes | X25519PrivateKey, vault_id: str) -> Note:
    """The note inside; raises NotANote (TAMPERED) when any byte was changed."""
    key_id_in(sealed)
    if (len(sealed) - HEADER_BYTES - TAG_BYTES) not in PAD_STEPS:
        raise NotANote(TRUNCATED)
    header, ciphertext = sealed[:HEADER_BYTES], sealed[HEADER_BYTES:]
    at = len(MAGIC) + 1 + KEY_ID_BYTES
    ephemeral_public = header[at : at + PUBLIC_BYTES]
    nonce = header[at + PUBLIC_BYTES :]
    private = (
        private_key
        if isinstance(private_key, X25519PrivateKey)
        else X25519PrivateKey.from_private_bytes(private_key)
    )
    public_key = private.public_key().public_bytes_raw()
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _derived_key(shared, ephemeral_public, public_key, vault_id)
        padded = AESGCM(key).decrypt(nonce, ciphertext, header)
        return _decoded(_unpadded(padded))
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise NotANote(TAMPERED) from None


def _derived_key(shared: bytes, ephemeral_public: bytes, public_key: bytes, vault_id: str) -> bytes:
    label = f"TrustJournal sealed note v{VERSION} vault {vault_id}".encode()
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + public_key, info=label)
    return kdf.derive(shared)


def _encoded(note: Note) -> bytes:
    document = {
        "text": note.text,
        "written_at": note.written_at.isoformat(),
        "mood": note.mood,
        "tags": list(note.tags),
    }
    encoded = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    if len(encoded) > MOST_NOTE_BYTES:
        raise NoteTooLarge()
    return encoded


def _decoded(encoded: bytes) -> Note:
    document = json.loads(encoded.decode())
    mood = document["mood"]
    tags = document["tags"]
    if not isinstance(document["text"], str) or not isinstance(tags, list):
        raise ValueError("not a note")
    # Anyone with the public key can seal a note: what it holds is checked like any input.
    if mood is not None and (not isinstance(mood, int) or not 1 <= mood <= 5):
        raise ValueError("not a mood")
    written_at = dt.datetime.fromisoformat(document["written_at"])
    return Note(document["text"], written_at, mood, tuple(str(tag) for tag in tags))


def _padded(encoded: bytes) -> bytes:
    """The length, the note, then zeros up to the smallest step that holds them."""
    whole = struct.pack(">I", len(encoded)) + encoded
    step = next(step for step in PAD_STEPS if step >= len(whole))
    return whole + bytes(step - len(whole))


def _unpadded(padded: bytes) -> bytes:
    (length,) = struct.unpack(">I", padded[:LENGTH_BYTES])
    if length > len(padded) - LENGTH_BYTES:
        raise ValueError("length past the padding")
    return padded[LENGTH_BYTES : LENGTH_BYTES + length]
