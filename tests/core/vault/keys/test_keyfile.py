"""The key file: slots, wrapping, parameters, and parsing whatever is on disk."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, replace

import pytest
from golden_vault_kit import GOLDEN_PASSPHRASE, GOLDEN_RECOVERY_CODE_FILE, GOLDEN_VAULT
from hypothesis import given, settings
from hypothesis import strategies as st
from keyfile_kit import assert_refused_or_read_as_written

from trustjournal.core.errors import (
    KeyFileDamaged,
    WeakKeyParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.vault.keys import keyfile as keyfile_module
from trustjournal.core.vault.keys.keyfile import (
    CEILING,
    FLOOR,
    MAX_KEYFILE_BYTES,
    Argon2Params,
    KeyFile,
    calibrate,
    time_floor_derivation,
)
from trustjournal.core.vault.keys.recovery import new_recovery_code

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
    assert_refused_or_read_as_written(raw)


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
    assert_refused_or_read_as_written(json.dumps(document).encode())


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


# -- the committed key file of the golden vault: the format is a promise --------------


def _golden_keyfile_bytes() -> bytes:
    return (GOLDEN_VAULT / "journal.key").read_bytes()


def test_a_key_file_written_by_an_earlier_version_still_unwraps() -> None:
    """Both slots of the committed key file give back the same data key: the derivations,
    the associated data and the wrapping are exactly those it was written with."""
    golden = KeyFile.from_bytes(_golden_keyfile_bytes())
    data_key = golden.unwrap_with_passphrase(GOLDEN_PASSPHRASE)
    assert len(data_key) == 32
    code = GOLDEN_RECOVERY_CODE_FILE.read_text().strip()
    assert golden.unwrap_with_recovery_code(code) == data_key
    with pytest.raises(WrongPassphrase):
        golden.unwrap_with_passphrase(PASSPHRASE)


def test_writing_a_key_file_again_gives_the_same_bytes() -> None:
    raw = _golden_keyfile_bytes()
    assert KeyFile.from_bytes(raw).to_bytes() == raw


# -- exact calibration, boundaries, and a reader that stays strict --------------------


def test_calibration_just_above_the_floor_rounds_memory_down_to_whole_mebibytes() -> None:
    # 1.3 times the floor's cost: 85,196.8 KiB of memory, kept as 83 whole MiB.
    params = calibrate(target_seconds=0.26, floor_seconds=0.2)
    assert params == Argon2Params(memory_kib=83 * 1024, time_cost=3, lanes=4)


def test_calibration_at_twice_the_floor_doubles_memory() -> None:
    params = calibrate(target_seconds=0.25, floor_seconds=0.125)
    assert params == Argon2Params(memory_kib=2 * FLOOR.memory_kib, time_cost=3, lanes=4)


def test_calibration_with_memory_capped_adds_just_enough_passes() -> None:
    # 20 times the floor: 1 GiB (16 times the floor's memory) and 3 x 20/16 = 3.75 -> 4 passes.
    params = calibrate(target_seconds=2.0, floor_seconds=0.1)
    assert params == Argon2Params(memory_kib=1024 * 1024, time_cost=4, lanes=4)


@given(st.floats(min_value=1e-4, max_value=30), st.floats(min_value=0.0, max_value=5))
def test_calibrated_parameters_are_whole_numbers_the_key_file_accepts(
    floor_seconds: float, target: float
) -> None:
    """The reader takes only JSON integers; a float written here would lock the person out."""
    params = calibrate(target_seconds=target, floor_seconds=floor_seconds)
    assert all(type(value) is int for value in asdict(params).values())
    assert params.memory_kib % 1024 == 0


def test_a_key_file_with_calibrated_parameters_reads_back_and_unwraps() -> None:
    params = calibrate(target_seconds=0.26, floor_seconds=0.2)
    written = KeyFile.new(DATA_KEY, PASSPHRASE, new_recovery_code(), params)
    again = KeyFile.from_bytes(written.to_bytes())
    assert again.passphrase_params() == params
    assert again.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY


def test_the_ceiling_itself_is_allowed_and_one_more_of_anything_is_not() -> None:
    assert CEILING.within_ceiling()
    for field in ("memory_kib", "time_cost", "lanes"):
        assert not replace(CEILING, **{field: getattr(CEILING, field) + 1}).within_ceiling()
        assert not replace(FLOOR, **{field: getattr(CEILING, field) + 1}).within_ceiling()


def test_the_floor_itself_is_allowed_and_one_less_of_anything_is_not() -> None:
    assert FLOOR.at_least_floor()
    for field in ("memory_kib", "time_cost", "lanes"):
        assert not replace(FLOOR, **{field: getattr(FLOOR, field) - 1}).at_least_floor()
        assert not replace(CEILING, **{field: getattr(FLOOR, field) - 1}).at_least_floor()


def test_a_key_file_up_to_the_size_limit_is_read_and_one_byte_more_is_damage(
    keyfile: KeyFile,
) -> None:
    raw = keyfile.to_bytes()
    padded = raw + b" " * (MAX_KEYFILE_BYTES - len(raw))
    assert len(padded) == MAX_KEYFILE_BYTES
    assert KeyFile.from_bytes(padded) == keyfile
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(padded + b" ")


@pytest.mark.parametrize(
    "edit", [{"format": "another-keyfile"}, {"version": 2}, {"version": 0}, {"version": "1"}]
)
def test_another_format_or_version_alone_is_damage(
    keyfile: KeyFile, edit: dict[str, object]
) -> None:
    document = json.loads(keyfile.to_bytes())
    document.update(edit)
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(document).encode())


@pytest.mark.parametrize("field", ["salt", "nonce", "wrapped"])
def test_a_stray_character_in_an_encoded_field_is_damage(keyfile: KeyFile, field: str) -> None:
    """The reader is strict: base64 with anything else in it is an edited file."""
    document = json.loads(keyfile.to_bytes())
    value = document["slots"]["recovery"][field]
    document["slots"]["recovery"][field] = value[:4] + "*" + value[4:]
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(document).encode())


def test_each_key_file_has_its_own_128_bit_vault_id(keyfile: KeyFile) -> None:
    other = KeyFile.new(DATA_KEY, PASSPHRASE, new_recovery_code(), FLOOR)
    assert len(bytes.fromhex(keyfile.vault_id)) == 16
    assert len(bytes.fromhex(other.vault_id)) == 16
    assert other.vault_id != keyfile.vault_id


def test_calibration_aims_at_half_a_second_unless_told_otherwise() -> None:
    assert calibrate(floor_seconds=0.125) == calibrate(target_seconds=0.5, floor_seconds=0.125)
    assert calibrate(floor_seconds=0.125).memory_kib == 4 * FLOOR.memory_kib


def test_calibration_times_the_floor_on_this_computer_when_not_told(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keyfile_module, "time_floor_derivation", lambda: 0.125)
    assert calibrate(target_seconds=0.5) == calibrate(target_seconds=0.5, floor_seconds=0.125)
    assert calibrate(target_seconds=0.5).memory_kib == 4 * FLOOR.memory_kib
