"""doctor checks the capture key pair, and `--repair` rewrites the public key from the journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from inbox_kit import capture
from testkit import PASSPHRASE

from trustjournal.core.vault import doctor, texts
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def _texts(folder: Path, repair: bool = False) -> list[tuple[bool, str]]:
    return [(f.ok, f.text) for f in doctor.examine(VaultPaths(folder), PASSPHRASE, repair=repair)]


def test_a_sound_pair_is_said_sound(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    assert (True, texts.CAPTURE_KEY_SOUND) in _texts(folder)


@pytest.mark.parametrize("spoil", ["empty", "missing", "another key"])
def test_a_spoiled_public_key_is_found_and_repair_rewrites_it(
    created_vault: tuple[Path, str], spoil: str
) -> None:
    folder, _code = created_vault
    paths = VaultPaths(folder)
    good = paths.capture_key.read_bytes()
    if spoil == "empty":
        paths.capture_key.write_bytes(b"")
    elif spoil == "missing":
        paths.capture_key.unlink()
    else:
        paths.capture_key.write_bytes(good.replace(b'"public_key": "', b'"public_key": "AAAA'))
    found = _texts(folder)
    assert (False, texts.CAPTURE_KEY_WRONG) in found
    assert paths.capture_key.read_bytes() != good if spoil != "missing" else True
    assert (True, texts.CAPTURE_KEY_MENDED) in _texts(folder, repair=True)
    assert paths.capture_key.read_bytes() == good
    assert (True, texts.CAPTURE_KEY_SOUND) in _texts(folder)
    capture(folder)  # and notes can be sealed again


def test_repair_makes_the_pair_of_a_journal_that_has_none(
    created_vault: tuple[Path, str],
) -> None:
    folder, _code = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.database.query("DELETE FROM capture_keys")
    vault.close()
    assert (False, texts.CAPTURE_KEY_WRONG) in _texts(folder)
    assert (True, texts.CAPTURE_KEY_MENDED) in _texts(folder, repair=True)
    capture(folder)
