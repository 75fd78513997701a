"""Typed settings with defaults, kept in the vault's one settings table.

Only what is declared here can be stored; each value is checked against its
default's type, so a damaged or foreign value falls back to the default
instead of breaking the app. Settings that must be known before unlocking
(the window title, geometry) belong to the app's QSettings, never content.

Read a setting through its typed property (`settings.theme`, a str); the defaults
live in DECLARED alone. A list comes back as a tuple, which no caller can change
behind the settings' back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from trustjournal.core import texts
from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.errors import InvalidInput
from trustjournal.core.vault.stores.settings import SettingsStore

if TYPE_CHECKING:
    from trustjournal.core.vault.vault import Vault

T = TypeVar("T")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    item: type | None = None  # for a list: the type of every item in it

    def check(self, value: Any) -> Any:
        if type(value) is not type(self.default):
            raise InvalidInput(
                texts.SETTING_NEEDS_TYPE.format(key=self.key, kind=type(self.default).__name__)
            )
        if self.item is not None and any(type(v) is not self.item for v in value):
            raise InvalidInput(texts.SETTING_LIST_OF.format(key=self.key, kind=self.item.__name__))
        if self.choices and value not in self.choices:
            raise InvalidInput(
                texts.SETTING_ONE_OF.format(key=self.key, choices=", ".join(map(str, self.choices)))
            )
        too_low = self.minimum is not None and value < self.minimum
        too_high = self.maximum is not None and value > self.maximum
        if too_low or too_high:
            raise InvalidInput(
                texts.SETTING_GOES_FROM.format(key=self.key, low=self.minimum, high=self.maximum)
            )
        return value


DECLARED: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("idle_lock_minutes", 5, minimum=1, maximum=240),
        Setting("quick_hide_key", "Ctrl+Shift+H"),
        Setting(
            "theme",
            "system",
            choices=("system", "light", "dark", "contrast-light", "contrast-dark"),
        ),
        Setting("text_size", 11, minimum=8, maximum=24),
        # Things that move (the breathing pacer, Qt's own effects) change in steps instead.
        Setting("reduce_motion", False),
        Setting("prompt_role", "any", choices=("hurt", "involved", "individual", "any")),
        # Roughly where the person is (the prompts' phases), or left unsaid.
        Setting("recovery_phase", "unsaid", choices=("early", "middle", "later", "unsaid")),
        Setting("checkin_cadence_days", 7, minimum=1, maximum=90),
        Setting("show_days_since_discovery", False),
        # Names and words replaced by "[name]" in every export (whole words, any case).
        Setting("redact_words", [], item=str),
        # On this day (opt-in): earlier years' good days, and private ones only if asked.
        Setting("on_this_day", False),
        Setting("on_this_day_private", False),
        # Where automatic backups go (an external drive is the point), and the last one made.
        Setting("backup_folder", ""),
        Setting("last_backup", ""),
        # Why the last automatic backup failed ('' once one succeeds), for Settings to say.
        Setting("backup_problem", ""),
        # What the person said their own Daylio mood names mean ("name=1".."name=5"),
        # so a later import does not ask again.
        Setting("daylio_moods", [], item=str),
        # The editor said, after the first attach, what a file loses on its way in.
        Setting("said_what_is_removed", False),
    )
}


class Settings:
    def __init__(self, store: SettingsStore, changes: ChangeHub) -> None:
        self._store = store
        self._changes = changes
        self._values = self._checked(store.load())

    @classmethod
    def for_vault(cls, vault: Vault) -> Settings:
        """The settings of an open vault no `Journal` holds yet (onboarding's answers).

        Its changes go to a hub of its own: nothing is listening before the journal opens.
        """
        return cls(SettingsStore(vault.database), ChangeHub())

    def get(self, key: str) -> Any:
        """A setting by its key, untyped: for code not yet moved to the typed properties
        below (`ui/shell/session.py`, until its split lands)."""
        value = self._values.get(key, _declared(key).default)
        return list(value) if isinstance(value, list) else value  # a copy: lists are mutable

    # -- the typed view of each setting (its default and limits are in DECLARED) -----------

    @property
    def idle_lock_minutes(self) -> int:
        return self._typed("idle_lock_minutes", int)

    @property
    def quick_hide_key(self) -> str:
        return self._typed("quick_hide_key", str)

    @property
    def theme(self) -> str:
        """One of "system", "light", "dark", "contrast-light" or "contrast-dark"."""
        return self._typed("theme", str)

    @property
    def reduce_motion(self) -> bool:
        return self._typed("reduce_motion", bool)

    @property
    def text_size(self) -> int:
        return self._typed("text_size", int)

    @property
    def prompt_role(self) -> str:
        """One of "hurt", "involved", "individual" or "any"."""
        return self._typed("prompt_role", str)

    @property
    def recovery_phase(self) -> str:
        """One of "early", "middle", "later" or "unsaid"."""
        return self._typed("recovery_phase", str)

    @property
    def checkin_cadence_days(self) -> int:
        return self._typed("checkin_cadence_days", int)

    @property
    def show_days_since_discovery(self) -> bool:
        return self._typed("show_days_since_discovery", bool)

    @property
    def redact_words(self) -> tuple[str, ...]:
        return self._words("redact_words")

    @property
    def on_this_day(self) -> bool:
        return self._typed("on_this_day", bool)

    @property
    def on_this_day_private(self) -> bool:
        return self._typed("on_this_day_private", bool)

    @property
    def backup_folder(self) -> str:
        return self._typed("backup_folder", str)

    @property
    def last_backup(self) -> str:
        """When and where the last backup was made ("<ISO time> <path>"), or ""."""
        return self._typed("last_backup", str)

    @property
    def backup_problem(self) -> str:
        return self._typed("backup_problem", str)

    @property
    def daylio_moods(self) -> tuple[str, ...]:
        """The person's Daylio mood names, as "name=1" .. "name=5"."""
        return self._words("daylio_moods")

    @property
    def said_what_is_removed(self) -> bool:
        return self._typed("said_what_is_removed", bool)

    def _typed(self, key: str, kind: type[T]) -> T:
        value = self._values.get(key, _declared(key).default)
        if not isinstance(value, kind):  # DECLARED checked it: only a wrong property lands here
            raise TypeError(f"The setting '{key}' is a {type(value).__name__}, not {kind}.")
        return value

    def _words(self, key: str) -> tuple[str, ...]:
        return tuple(str(word) for word in self._typed(key, list))

    # -- changing ---------------------------------------------------------------------------

    def change(self, key: str, value: Any) -> Change | None:
        """Set `key` only when `value` differs from what it is, so nothing is published
        (and no view refreshes) for a setting left as it was."""
        if self.get(key) == value:
            return None
        return self.set(key, value)

    def set(self, key: str, value: Any) -> Change:
        checked = _declared(key).check(value)
        self._store.save(key, checked)  # stored first: a failed save changes nothing
        self._values[key] = checked
        return self._changes.publish(Change(Topic.SETTINGS, Action.UPDATED, keys=(key,)))

    def reset(self, key: str) -> Change:
        _declared(key)
        self._values.pop(key, None)
        self._store.remove(key)
        return self._changes.publish(Change(Topic.SETTINGS, Action.UPDATED, keys=(key,)))

    @staticmethod
    def _checked(stored: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in stored.items():
            setting = DECLARED.get(key)
            if setting is None:
                continue
            try:
                values[key] = setting.check(value)
            except InvalidInput:
                continue
        return values


def _declared(key: str) -> Setting:
    try:
        return DECLARED[key]
    except KeyError:
        raise InvalidInput(texts.NO_SUCH_SETTING.format(key=key)) from None
