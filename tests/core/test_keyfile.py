"""The key file: slots, wrapping, parameters, and parsing whatever is on disk."""

from __future__ import annotations

import contextlib
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.core.errors import (
    KeyFileDamaged,
    WeakKeyParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.vault import keyfile as keyfile_module
from trustjournal.core.vault.keyfile import (
    FLOOR,
    Argon2Params,
    KeyFile,
    calibrate,
    time_floor_derivation,
)
from trustjournal.core.vault.recovery import new_recovery_code

DATA_KEY = bytes(range(32))
PASSPHRASE = "quiet river under the old stone bridge"


@pytest.fixture(scope="module")
def recovery_code() -> str:
    return new_recovery_code()


@pytest.fixture(scope="module")
def keyfile(recovery_code: str) -> KeyFile:
    return KeyFile.new(DATA_KEY, PASSPHRASE, recovery_code, FLOOR)


def test_the_passphrase_unwraps_the_data_key(keyfile: KeyFile) -> None:
    assert keyfile.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY


def test_a_wrong_passphrase_is_a_tag_failure(keyfile: KeyFile) -> None:
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap_with_passphrase(PASSPHRASE + " ")


def test_the_recovery_code_unwraps_the_data_key(keyfile: KeyFile, recovery_code: str) -> None:
    assert keyfile.unwrap_with_recovery_code(recovery_code.lower()) == DATA_KEY


def test_a_wrong_recovery_code_fails(keyfile: KeyFile) -> None:
    with pytest.raises(WrongRecoveryCode):
        keyfile.unwrap_with_recovery_code(new_recovery_code())


def test_passphrases_are_normalised_to_nfc() -> None:
    composed = "café au lait under a quiet winter sky"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    keyfile = KeyFile.new(DATA_KEY, decomposed, new_recovery_code(), FLOOR)
    assert keyfile.unwrap_with_passphrase(composed) == DATA_KEY


def test_round_trip_through_bytes(keyfile: KeyFile) -> None:
    again = KeyFile.from_bytes(keyfile.to_bytes())
    assert again == keyfile
    assert again.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY


def test_the_file_holds_no_key_material_in_the_clear(keyfile: KeyFile) -> None:
    raw = keyfile.to_bytes()
    assert DATA_KEY not in raw
    assert DATA_KEY.hex().encode() not in raw
    assert PASSPHRASE.encode() not in raw


def _edited(keyfile: KeyFile, edit: dict[str, object]) -> KeyFile:
    document = json.loads(keyfile.to_bytes())
    document["slots"]["passphrase"]["argon2"].update(edit)
    return KeyFile.from_bytes(json.dumps(document).encode())


def test_a_slot_below_the_floor_is_refused_before_deriving(keyfile: KeyFile) -> None:
    with pytest.raises(WeakKeyParameters):
        _edited(keyfile, {"memory_kib": 1024}).unwrap_with_passphrase(PASSPHRASE)
    with pytest.raises(WeakKeyParameters):
        _edited(keyfile, {"time_cost": 1}).unwrap_with_passphrase(PASSPHRASE)
    with pytest.raises(WeakKeyParameters):
        _edited(keyfile, {"lanes": 1}).unwrap_with_passphrase(PASSPHRASE)


def test_parameters_are_bound_into_the_wrap(keyfile: KeyFile) -> None:
    # Raising a parameter is not "weaker", but the header no longer matches the wrap.
    with pytest.raises(WrongPassphrase):
        _edited(keyfile, {"time_cost": 4}).unwrap_with_passphrase(PASSPHRASE)


@pytest.mark.parametrize("edit", [{"time_cost": 4}, {"memory_kib": 65 * 1024}, {"lanes": 5}])
def test_the_binding_alone_refuses_changed_parameters(
    keyfile: KeyFile, monkeypatch: pytest.MonkeyPatch, edit: dict[str, int]
) -> None:
    """With a derivation that ignores the parameters, the key is the same whatever the
    header says: only the parameters bound into the associated data can refuse."""
    real = keyfile_module.derive_from_passphrase

    def ignoring_parameters(passphrase: str, salt: bytes, _params: Argon2Params) -> bytes:
        return real(passphrase, salt, FLOOR)

    monkeypatch.setattr(keyfile_module, "derive_from_passphrase", ignoring_parameters)
    assert keyfile.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY
    with pytest.raises(WrongPassphrase):
        _edited(keyfile, edit).unwrap_with_passphrase(PASSPHRASE)


def test_the_vault_id_is_bound_into_the_wrap(keyfile: KeyFile) -> None:
    document = json.loads(keyfile.to_bytes())
    document["vault_id"] = "0" * 32
    with pytest.raises(WrongPassphrase):
        KeyFile.from_bytes(json.dumps(document).encode()).unwrap_with_passphrase(PASSPHRASE)


def test_creating_below_the_floor_is_refused() -> None:
    weak = Argon2Params(memory_kib=8 * 1024, time_cost=3, lanes=4)
    with pytest.raises(WeakKeyParameters):
        KeyFile.new(DATA_KEY, PASSPHRASE, new_recovery_code(), weak)


def test_every_truncation_is_damage(keyfile: KeyFile) -> None:
    raw = keyfile.to_bytes()
    for length in range(0, len(raw) - 2, 7):
        with pytest.raises(KeyFileDamaged):
            KeyFile.from_bytes(raw[:length])


@given(st.binary(max_size=600))
def test_any_bytes_parse_or_are_damage(raw: bytes) -> None:
    with contextlib.suppress(KeyFileDamaged):
        KeyFile.from_bytes(raw)


@settings(max_examples=60)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=12,
    )
)
def test_any_json_parses_or_is_damage(document: object) -> None:
    with contextlib.suppress(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(document).encode())


def test_the_floor_is_timed_with_a_real_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    happened: list[object] = []
    readings = iter([10.0, 10.25])
    real = keyfile_module.derive_from_passphrase

    def timer() -> float:
        happened.append("clock read")
        return next(readings)

    def derivation(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
        key = real(passphrase, salt, params)
        happened.append((params, len(key)))
        return key

    monkeypatch.setattr(keyfile_module, "derive_from_passphrase", derivation)
    assert time_floor_derivation(timer=timer) == 0.25
    # One real Argon2id run at the floor, between the two readings of the clock.
    assert happened == ["clock read", (FLOOR, 32), "clock read"]


def test_calibration_scales_memory_first() -> None:
    params = calibrate(target_seconds=0.5, floor_seconds=0.125)
    assert params.memory_kib == 4 * FLOOR.memory_kib
    assert params.time_cost == FLOOR.time_cost
    assert params.lanes == FLOOR.lanes


def test_calibration_then_adds_passes_when_memory_is_capped() -> None:
    params = calibrate(target_seconds=0.5, floor_seconds=0.01)
    assert params.memory_kib == 1024 * 1024
    assert params.time_cost > FLOOR.time_cost


@given(st.floats(min_value=1e-4, max_value=30), st.floats(min_value=0.0, max_value=5))
def test_calibration_never_goes_below_the_floor(floor_seconds: float, target: float) -> None:
    params = calibrate(target_seconds=target, floor_seconds=floor_seconds)
    assert params.at_least_floor()
    assert params.within_ceiling()


@pytest.mark.parametrize(
    "edit",
    [
        {"nonce": ""},
        {"salt": "AAAA"},
        {"wrapped": "AAAA"},
        {"argon2": {"memory_kib": 2**40, "time_cost": 3, "lanes": 4}},
        {"argon2": {"memory_kib": 65536, "time_cost": 3, "lanes": 2**30}},
        {"argon2": {"memory_kib": 65536, "time_cost": 10**9, "lanes": 4}},
    ],
)
def test_impossible_slot_values_are_damage_not_a_crash(
    keyfile: KeyFile, edit: dict[str, object]
) -> None:
    document = json.loads(keyfile.to_bytes())
    document["slots"]["passphrase"].update(edit)
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(document).encode()).unwrap_with_passphrase(PASSPHRASE)
