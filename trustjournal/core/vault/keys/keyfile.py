"""The key file: a versioned header and slots that each wrap the one data key.

Like LUKS, the random 256-bit data key that opens the database is never
stored in the clear. Each slot wraps it with AES-256-GCM under a key derived
from something the person knows: the passphrase (Argon2id) or the recovery
code (HKDF, since the code itself carries 160 random bits). The header and the
slot's own parameters are bound in as associated data, so any change to them
makes unwrapping fail instead of silently weakening the protection.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.errors import (
    KeyFileDamaged,
    WeakKeyParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.vault.keys.recovery import normalise_code

FORMAT = "trustjournal-keyfile"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
SlotName = Literal["passphrase", "recovery"]
_RECOVERY_INFO = b"trustjournal recovery slot v1"


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    time_cost: int
    lanes: int

    def within_ceiling(self) -> bool:
        """Values no calibration would choose; larger ones mean the file is damaged."""
        return (
            self.memory_kib <= CEILING.memory_kib
            and self.time_cost <= CEILING.time_cost
            and self.lanes <= CEILING.lanes
        )

    def at_least_floor(self) -> bool:
        return (
            self.memory_kib >= FLOOR.memory_kib
            and self.time_cost >= FLOOR.time_cost
            and self.lanes >= FLOOR.lanes
        )


FLOOR = Argon2Params(memory_kib=64 * 1024, time_cost=3, lanes=4)
MAX_MEMORY_KIB = 1024 * 1024
# A fixed ceiling, not one relative to this computer: a journal restored on a slower
# computer must still open. 1 GiB and 8 passes stay within seconds on a modest laptop;
# anything above it can only be damage or tampering, and would make unlock spin.
CEILING = Argon2Params(memory_kib=MAX_MEMORY_KIB, time_cost=8, lanes=16)
TAG_BYTES = 16
MAX_KEYFILE_BYTES = 16 * 1024  # a sound key file is under 1 KiB


def derive_from_passphrase(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id over the NFC form of the passphrase, so é typed two ways is one passphrase."""
    normalised = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        normalised,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        hash_len=KEY_BYTES,
    )


def hash_secret_raw(
    secret: bytes, salt: bytes, time_cost: int, memory_cost: int, parallelism: int, hash_len: int
) -> bytes:
    """Argon2id, its library loaded at the first derivation: reading this file's header
    (`trustjournal capture` does, for the journal's id) must not pay for loading it."""
    from argon2.low_level import Type
    from argon2.low_level import hash_secret_raw as argon2_raw

    return argon2_raw(
        secret,
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=hash_len,
        type=Type.ID,
    )


def derive_from_recovery_code(code: str, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_RECOVERY_INFO)
    return hkdf.derive(normalise_code(code))


def time_floor_derivation(timer: Callable[[], float] = time.perf_counter) -> float:
    """How long one Argon2id derivation at the floor takes on this computer."""
    start = timer()
    derive_from_passphrase("calibration", bytes(SALT_BYTES), FLOOR)
    return max(timer() - start, 1e-6)


def calibrate(target_seconds: float = 0.5, floor_seconds: float | None = None) -> Argon2Params:
    """Argon2id parameters that cost about `target_seconds` here, never below the floor.

    Memory grows first (it is what makes guessing on graphics cards expensive),
    then passes, from one timed run at the floor.
    """
    if floor_seconds is None:
        floor_seconds = time_floor_derivation()
    scale = target_seconds / floor_seconds
    if scale <= 1:
        return FLOOR
    memory = min(MAX_MEMORY_KIB, int(FLOOR.memory_kib * scale) // 1024 * 1024)
    memory = max(memory, FLOOR.memory_kib)
    remaining = scale * FLOOR.memory_kib / memory
    time_cost = min(CEILING.time_cost, max(FLOOR.time_cost, round(FLOOR.time_cost * remaining)))
    return Argon2Params(memory_kib=memory, time_cost=time_cost, lanes=FLOOR.lanes)


@dataclass(frozen=True)
class Slot:
    name: SlotName
    salt: bytes
    nonce: bytes
    wrapped: bytes
    argon2: Argon2Params | None = None  # only the passphrase slot uses Argon2id

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kdf": "argon2id" if self.argon2 else "hkdf-sha256",
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.argon2:
            data["argon2"] = asdict(self.argon2)
        return data


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: dict[SlotName, Slot]
    version: int = VERSION

    # -- creating and changing slots -------------------------------------------------

    @classmethod
    def new(
        cls, data_key: bytes, passphrase: str, recovery_code: str, params: Argon2Params
    ) -> KeyFile:
        empty = cls(vault_id=secrets.token_hex(16), slots={})
        return empty.with_passphrase(data_key, passphrase, params).with_recovery_code(
            data_key, recovery_code
        )

    def with_passphrase(self, data_key: bytes, passphrase: str, params: Argon2Params) -> KeyFile:
        if not params.at_least_floor():
            raise WeakKeyParameters()
        salt = secrets.token_bytes(SALT_BYTES)
        wrapping_key = derive_from_passphrase(passphrase, salt, params)
        return self._with_slot("passphrase", data_key, wrapping_key, salt, params)

    def with_recovery_code(self, data_key: bytes, recovery_code: str) -> KeyFile:
        salt = secrets.token_bytes(SALT_BYTES)
        wrapping_key = derive_from_recovery_code(recovery_code, salt)
        return self._with_slot("recovery", data_key, wrapping_key, salt, None)

    def _with_slot(
        self,
        name: SlotName,
        data_key: bytes,
        wrapping_key: bytes,
        salt: bytes,
        params: Argon2Params | None,
    ) -> KeyFile:
        nonce = secrets.token_bytes(NONCE_BYTES)
        draft = Slot(name=name, salt=salt, nonce=nonce, wrapped=b"", argon2=params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._associated_data(draft))
        slots = dict(self.slots)
        slots[name] = Slot(name=name, salt=salt, nonce=nonce, wrapped=wrapped, argon2=params)
        return KeyFile(vault_id=self.vault_id, slots=slots, version=self.version)

    # -- unwrapping ------------------------------------------------------------------

    def passphrase_params(self) -> Argon2Params:
        slot = self._slot("passphrase")
        if slot.argon2 is None:
            raise KeyFileDamaged()
        return slot.argon2

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        slot = self._slot("passphrase")
        params = self.passphrase_params()
        if not params.at_least_floor():
            raise WeakKeyParameters()
        wrapping_key = derive_from_passphrase(passphrase, slot.salt, params)
        return self._unwrap(slot, wrapping_key, WrongPassphrase())

    def unwrap_with_recovery_code(self, code: str) -> bytes:
        slot = self._slot("recovery")
        wrapping_key = derive_from_recovery_code(code, slot.salt)
        return self._unwrap(slot, wrapping_key, WrongRecoveryCode())

    def _unwrap(self, slot: Slot, wrapping_key: bytes, failure: Exception) -> bytes:
        try:
            data_key = AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.wrapped, self._associated_data(slot)
            )
        except InvalidTag:
            raise failure from None
        if len(data_key) != KEY_BYTES:
            raise KeyFileDamaged()
        return data_key

    def _slot(self, name: SlotName) -> Slot:
        try:
            return self.slots[name]
        except KeyError:
            raise KeyFileDamaged() from None

    def _associated_data(self, slot: Slot) -> bytes:
        header = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "slot": slot.name,
            "kdf": slot.to_json() | {"nonce": None, "wrapped": None},
        }
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    # -- on disk ---------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": {name: slot.to_json() for name, slot in sorted(self.slots.items())},
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse a key file; anything malformed is KeyFileDamaged, never a crash."""
        try:
            if len(raw) > MAX_KEYFILE_BYTES:
                raise KeyFileDamaged()
            document = json.loads(raw.decode("utf-8"))
            if document["format"] != FORMAT or document["version"] != VERSION:
                raise KeyFileDamaged()
            vault_id = document["vault_id"]
            if type(vault_id) is not str:  # never a list or a number read as its spelling
                raise KeyFileDamaged()
            slots = {name: _slot_from_json(name, data) for name, data in document["slots"].items()}
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
            raise KeyFileDamaged() from None
        if set(slots) != {"passphrase", "recovery"}:
            raise KeyFileDamaged()
        return cls(vault_id=vault_id, slots=slots, version=VERSION)


def _slot_from_json(name: str, data: dict[str, Any]) -> Slot:
    if name not in ("passphrase", "recovery"):
        raise KeyFileDamaged()
    expected_kdf = "argon2id" if name == "passphrase" else "hkdf-sha256"
    if data["kdf"] != expected_kdf:
        raise KeyFileDamaged()
    params = None
    if name == "passphrase":
        raw = data["argon2"]
        params = Argon2Params(
            memory_kib=_whole_number(raw["memory_kib"]),
            time_cost=_whole_number(raw["time_cost"]),
            lanes=_whole_number(raw["lanes"]),
        )
        if not params.within_ceiling():
            raise KeyFileDamaged()
    slot_name: SlotName = "passphrase" if name == "passphrase" else "recovery"
    slot = Slot(
        name=slot_name,
        salt=_unb64(data["salt"]),
        nonce=_unb64(data["nonce"]),
        wrapped=_unb64(data["wrapped"]),
        argon2=params,
    )
    lengths = (len(slot.salt), len(slot.nonce), len(slot.wrapped))
    if lengths != (SALT_BYTES, NONCE_BYTES, KEY_BYTES + TAG_BYTES):
        raise KeyFileDamaged()
    return slot


def _whole_number(value: object) -> int:
    """Only a JSON integer: 1e400, 3.0, "3" or true are signs of a damaged file."""
    if type(value) is not int:
        raise KeyFileDamaged()
    return value


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
