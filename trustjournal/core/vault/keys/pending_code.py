"""A new recovery code the person has not yet confirmed storing, kept only in the database.

A key change makes a new recovery code and shows it once. If the journal locks
before the person confirms they stored it, the code must not be lost: it waits
here, inside the encrypted database (the only place that already holds
everything it could open), is shown again after the next unlock, and is
deleted once the person confirms. It is written into the new database before
the key change takes effect, so the change and its code land together.
"""

from __future__ import annotations

from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.settings import SettingsStore

# A key in the settings table that `core.settings` does not declare: never a setting.
PENDING_KEY = "pending_recovery_code"


def remember(database: Database, code: str) -> None:
    SettingsStore(database).save(PENDING_KEY, code)


def pending(database: Database) -> str:
    """The code still waiting to be confirmed, or ''."""
    value = SettingsStore(database).load().get(PENDING_KEY, "")
    return value if isinstance(value, str) else ""


def forget(database: Database) -> None:
    """The person confirmed they stored it: delete it (secure_delete zeroes the freed bytes)."""
    SettingsStore(database).remove(PENDING_KEY)
