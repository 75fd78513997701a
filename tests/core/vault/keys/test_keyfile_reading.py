"""Reading key files that are odd, hostile or edited: one plain sentence, the backup copy used."""

from __future__ import annotations

import json
import os
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyfile_kit import assert_refused_or_read_as_written
from testkit import PASSPHRASE, snapshot

from trustjournal.core.errors import KeyFileDamaged, WrongPassphrase
from trustjournal.core.vault import doctor
from trustjournal.core.vault.keys.keyfile import CEILING, FLOOR, KeyFile, calibrate
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def _edit_primary(paths: VaultPaths, edit: object) -> None:
    document = json.loads(paths.keyfile.read_bytes())
    document["slots"]["passphrase"]["argon2"].update(edit)
    paths.keyfile.write_text(json.dumps(document))


@pytest.mark.parametrize("value", ["1e400", "-1e400", "3.0", "true", '"3"', "1" * 5000])
def test_a_number_that_is_no_whole_number_is_damage_and_the_backup_opens(
    created_vault: tuple[Path, str], value: str
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    text = paths.keyfile.read_text()
    document = json.loads(text)
    old = document["slots"]["passphrase"]["argon2"]["time_cost"]
    paths.keyfile.write_text(text.replace(f'"time_cost": {old}', f'"time_cost": {value}'))
    assert value in paths.keyfile.read_text()
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(paths.keyfile.read_bytes())
    Vault.unlock(folder, PASSPHRASE).close()


@pytest.mark.parametrize("vault_id", [[1, 2], 123, None, {"id": "x"}, True])
def test_a_vault_id_that_is_not_text_is_damage_not_read_as_its_spelling(vault_id: object) -> None:
    document = json.loads(KeyFile.new(bytes(32), PASSPHRASE, "0" * 32, FLOOR).to_bytes())
    document["vault_id"] = vault_id
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(document).encode())


def test_json_nested_a_hundred_thousand_deep_is_damage(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(deep)
    paths.keyfile.write_bytes(deep[:15_000])
    Vault.unlock(folder, PASSPHRASE).close()
    paths.keyfile_backup.write_bytes(deep[:15_000])
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(folder, PASSPHRASE)


def test_a_huge_key_file_is_not_read_whole(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    huge = 50_000_000
    paths.keyfile.write_bytes(b'{"format": "' + b"x" * huge + b'"}')
    # Python's own allocations while unlocking (Argon2's and SQLCipher's memory is C's and
    # is not counted): reading the file whole would hold 50 MB at once.
    tracemalloc.start()
    try:
        Vault.unlock(folder, PASSPHRASE).close()  # through the backup copy
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < huge // 10, f"{peak} bytes held while unlocking"


@posix_only
def test_a_fifo_in_place_of_the_key_file_does_not_hang(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.keyfile.unlink()
    os.mkfifo(paths.keyfile)
    started = time.monotonic()
    Vault.unlock(folder, PASSPHRASE).close()  # the backup copy opens it
    assert time.monotonic() - started < 10


@posix_only
def test_a_symlink_to_dev_zero_is_damage(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    for path in (paths.keyfile, paths.keyfile_backup):
        path.unlink()
        path.symlink_to("/dev/zero")
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(folder, PASSPHRASE)


@posix_only
def test_a_symlink_to_a_file_outside_the_folder_is_damage(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    outside = tmp_path / "elsewhere.key"
    outside.write_bytes(paths.keyfile.read_bytes())
    for path in (paths.keyfile, paths.keyfile_backup):
        path.unlink()
        path.symlink_to(outside)
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(folder, PASSPHRASE)


def test_parameters_above_the_ceiling_are_damage_not_a_long_wait(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    _edit_primary(paths, {"time_cost": 1000, "memory_kib": 4 * 1024 * 1024})
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(paths.keyfile.read_bytes())
    started = time.monotonic()
    Vault.unlock(folder, PASSPHRASE).close()
    assert time.monotonic() - started < 10


def test_calibration_never_chooses_more_than_the_ceiling() -> None:
    for floor_seconds in (1e-5, 1e-3, 0.01, 0.1, 1.0):
        assert calibrate(target_seconds=30, floor_seconds=floor_seconds).within_ceiling()
    assert CEILING.at_least_floor()


def test_a_slot_lowered_to_the_floor_opens_with_the_backup_copy(data_dir: Path) -> None:
    stronger = FLOOR.__class__(FLOOR.memory_kib * 2, FLOOR.time_cost, FLOOR.lanes)
    Vault.create(data_dir, PASSPHRASE, params=stronger)[0].close()
    paths = VaultPaths(data_dir)
    _edit_primary(paths, {"memory_kib": FLOOR.memory_kib})
    Vault.unlock(data_dir, PASSPHRASE).close()
    findings = doctor.examine(paths, PASSPHRASE)
    assert not all(finding.ok for finding in findings)
    assert any("backup copy does" in finding.text for finding in findings)
    repaired = doctor.examine(paths, PASSPHRASE, repair=True)
    assert any("Mended journal.key" in finding.text for finding in repaired)
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    assert all(finding.ok for finding in doctor.examine(paths, PASSPHRASE))


def test_a_wrong_passphrase_is_still_a_wrong_passphrase_with_differing_copies(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    _edit_primary(paths, {"time_cost": FLOOR.time_cost + 1})
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "not the passphrase at all, sorry")
    assert snapshot(folder) == before


_ANY_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _mutated(document: dict[str, object], path: list[str], value: object) -> dict[str, object]:
    node: object = document
    for key in path[:-1]:
        node = node[key]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]
    return document


_FIELDS = [
    ["format"],
    ["version"],
    ["vault_id"],
    ["slots"],
    ["slots", "passphrase"],
    ["slots", "passphrase", "kdf"],
    ["slots", "passphrase", "salt"],
    ["slots", "passphrase", "argon2"],
    ["slots", "passphrase", "argon2", "memory_kib"],
    ["slots", "passphrase", "argon2", "time_cost"],
    ["slots", "passphrase", "argon2", "lanes"],
    ["slots", "recovery", "wrapped"],
]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(_FIELDS),
    value=_ANY_JSON
    | st.integers(min_value=1, max_value=40_000).map(lambda size: "A" * size)
    | st.just(float("inf")),
    deep=st.integers(min_value=0, max_value=3000),
)
def test_any_edit_of_the_key_file_reads_as_one_plain_sentence(
    field: list[str], value: object, deep: int
) -> None:
    keyfile = KeyFile.new(bytes(32), PASSPHRASE, "0" * 32, FLOOR)
    document = json.loads(keyfile.to_bytes())
    raw = json.dumps(_mutated(document, field, value)).encode()
    if deep:
        raw = b"[" * deep + raw + b"]" * deep
    assert_refused_or_read_as_written(raw)
