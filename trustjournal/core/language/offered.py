"""Which languages a person may choose (Settings): English, every language in
`speaking.SHIPPED`, and any other catalogue at least `THRESHOLD` translated, so a
language a translator is still writing is not offered half done (docs/translating.md).
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.language import speaking
from trustjournal.core.language.po_files import read_po

THRESHOLD = 0.95
# Written in this repository and offered only once complete and shipped.
OURS = ("de", "es")


def completeness(po: Path) -> float:
    """The share of `po`'s entries that are translated and not fuzzy (0 when unreadable)."""
    try:
        _header, messages = read_po(po.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return 0.0
    return sum(m.finished for m in messages) / len(messages) if messages else 0.0


def offered(locale_dir: Path = speaking.LOCALE_DIR) -> tuple[str, ...]:
    """English first, then the languages that may be chosen, by code."""
    found = (
        {
            folder.name
            for folder in locale_dir.iterdir()
            if folder.name not in OURS
            and completeness(folder / "LC_MESSAGES" / f"{speaking.DOMAIN}.po") >= THRESHOLD
        }
        if locale_dir.is_dir()
        else set()
    )
    return (speaking.ENGLISH, *sorted(found | set(speaking.SHIPPED)))
