"""A screen reader reads each row of the journal's list as a sentence: the day, the title,
the mood in words, the feelings, and whether the entry is private."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from access_kit import nodes
from uikit import settle

from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.qt import QtGui
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session


def test_each_row_is_read_as_a_sentence(
    unlocked: Callable[[], MainWindow], session: Session
) -> None:
    main = unlocked()
    assert session.journal is not None
    day = dt.date(2026, 3, 12)  # a Thursday
    session.journal.add_entry(
        EntryDraft(day=day, title="The long talk", mood=2, emotions=("hurt",), private=True)
    )
    session.journal.add_entry(EntryDraft(day=day, title="A walk", mood=4))
    main.show_place("journal")
    settle()
    rows = [
        node.name
        for node in nodes(main)
        if node.role in (QtGui.QAccessible.Role.Cell, QtGui.QAccessible.Role.ListItem)
        and ("The long talk" in node.name or "A walk" in node.name)
    ]
    private = next(row for row in rows if "The long talk" in row)
    public = next(row for row in rows if "A walk" in row)
    for said in ("Thursday", "12", "mood 2 of 5, low", "feeling hurt", "private"):
        assert said in private, (said, private)
    assert "mood 4 of 5, good" in public and "private" not in public
