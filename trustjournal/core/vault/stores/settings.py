"""SQL for the one settings table: keys with JSON values, inside the encrypted vault."""

from __future__ import annotations

import json
from typing import Any

from trustjournal.core.vault.database import Database


class SettingsStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def load(self) -> dict[str, Any]:
        return {
            key: json.loads(value)
            for key, value in self._db.query("SELECT key, value FROM settings")
        }

    def save(self, key: str, value: Any) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def remove(self, key: str) -> None:
        with self._db.transaction() as cursor:
            cursor.execute("DELETE FROM settings WHERE key = ?", (key,))
