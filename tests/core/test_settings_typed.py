"""The typed view of the settings: each setting's property, its default, and a round trip
through the vault (the stored format is the one older journals already hold)."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.changes import Change, ChangeHub
from trustjournal.core.journal.journal import Journal
from trustjournal.core.settings import DECLARED, Settings
from trustjournal.core.vault.stores.settings import SettingsStore
from trustjournal.core.vault.vault import Vault

# Each setting: what its property gives by default, and another value it may take.
TYPED: dict[str, tuple[object, object]] = {
    "idle_lock_minutes": (5, 30),
    "quick_hide_key": ("Ctrl+Shift+H", "Ctrl+Alt+Q"),
    "theme": ("system", "contrast-dark"),
    "text_size": (11, 16),
    "reduce_motion": (False, True),
    "prompt_role": ("any", "hurt"),
    "recovery_phase": ("unsaid", "middle"),
    "checkin_cadence_days": (7, 14),
    "show_days_since_discovery": (False, True),
    "redact_words": ((), ("Sam", "Alex")),
    "on_this_day": (False, True),
    "on_this_day_private": (False, True),
    "backup_folder": ("", "/media/usb/backups"),
    "last_backup": ("", "2026-03-14T09:30:00+00:00 /media/usb/backups/journal.tjbackup"),
    "backup_problem": ("", "The backup drive was not there."),
    "daylio_moods": ((), ("rad=5", "meh=3")),
    "said_what_is_removed": (False, True),
}


def stored(value: object) -> object:
    """The form a value is set and kept in: a list, where the property gives a tuple."""
    return list(value) if isinstance(value, tuple) else value


def test_every_declared_setting_has_a_typed_property() -> None:
    assert set(TYPED) == set(DECLARED)
    for key in DECLARED:
        assert isinstance(getattr(Settings, key), property), key


@pytest.mark.parametrize("key", sorted(TYPED))
def test_a_setting_never_set_reads_as_its_declared_default(journal: Journal, key: str) -> None:
    default, _other = TYPED[key]
    value = getattr(journal.settings, key)
    assert value == default
    assert type(value) is type(default)
    assert stored(value) == DECLARED[key].default


@pytest.mark.parametrize("key", sorted(TYPED))
def test_a_setting_set_reads_back_through_its_own_property_alone(
    journal: Journal, key: str
) -> None:
    journal.settings.set(key, stored(TYPED[key][1]))
    fresh = Settings(SettingsStore(journal.vault.database), ChangeHub())  # read from the vault
    read = {name: getattr(fresh, name) for name in TYPED}
    assert read == {name: TYPED[name][1 if name == key else 0] for name in TYPED}


def test_every_setting_comes_back_typed_after_the_journal_is_opened_again(
    journal: Journal, data_dir: Path
) -> None:
    for key, (_default, other) in TYPED.items():
        journal.settings.set(key, stored(other))
    journal.close()
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE))
    try:
        read = {key: getattr(reopened.settings, key) for key in TYPED}
        kept = SettingsStore(reopened.vault.database).load()
    finally:
        reopened.close()
    assert read == {key: other for key, (_default, other) in TYPED.items()}
    assert kept == {key: stored(other) for key, (_default, other) in TYPED.items()}


def test_a_damaged_stored_value_reads_as_the_default(journal: Journal) -> None:
    store = SettingsStore(journal.vault.database)
    store.save("text_size", "large")
    store.save("redact_words", ["Sam", 3])
    settings = Settings(store, ChangeHub())
    assert settings.text_size == 11
    assert settings.redact_words == ()


def test_a_list_setting_reads_as_a_tuple_no_caller_can_change(journal: Journal) -> None:
    journal.settings.set("redact_words", ["Sam"])
    words = journal.settings.redact_words
    assert isinstance(words, tuple)
    assert journal.settings.get("redact_words") == ["Sam"]


def test_change_publishes_only_when_the_value_differs(journal: Journal) -> None:
    heard: list[Change] = []
    journal.changes.subscribe(heard.append)
    assert journal.settings.change("theme", "system") is None
    assert heard == []
    made = journal.settings.change("theme", "dark")
    assert made is not None
    assert heard == [made]
    assert journal.settings.theme == "dark"
