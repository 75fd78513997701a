"""What the key-file fuzz tests hold: the reader refuses, or reads exactly what was written."""

from __future__ import annotations

import json

from trustjournal.core.errors import KeyFileDamaged
from trustjournal.core.vault.keys.keyfile import KeyFile


def assert_refused_or_read_as_written(raw: bytes) -> None:
    """`raw` is damage (one plain sentence), or a key file that writes back as the same
    document. A reader that let a field through unread, coerced it, or accepted
    anything at all would give back a different document, and this fails."""
    try:
        keyfile = KeyFile.from_bytes(raw)
    except KeyFileDamaged as error:
        assert len(str(error).splitlines()) == 1
        return
    assert json.loads(keyfile.to_bytes()) == json.loads(raw), "accepted, but read otherwise"
