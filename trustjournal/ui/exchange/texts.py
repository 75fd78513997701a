"""The export and import dialogs' counted sentences (docs/words.md): an import's progress.

Short labels that belong to one widget stay beside it, marked with `_()`. The numbers are
written as the person's locale writes them (`ui/widgets/dates.whole_number`).
"""

from __future__ import annotations

from trustjournal.core.language.speaking import _, spoken
from trustjournal.core.texts import counted
from trustjournal.ui.widgets.dates import whole_number


def entries_to_add(count: int) -> str:
    return counted(
        count, "Adding {number} entry…", "Adding {number} entries…", number=whole_number(count)
    )


def entries_added(count: int, total: int) -> str:
    return _("{number} of {total} added so far").format(
        number=whole_number(count), total=whole_number(total)
    )


def entries_read(count: int) -> str:
    return counted(
        count,
        "{number} entry read so far",
        "{number} entries read so far",
        number=whole_number(count),
    )


spoken(__name__)
