"""'Entry deleted — Undo': deleted entries, and pictures or files removed from an entry,
can come back until the window closes or locks. What comes back is held in memory here
(an entry's attachments whole, since deleting the entry deletes them), never on disk.

Pictures make that memory large (a phone's photograph is 3 to 5 MB), so the bar holds at
most `HELD_LIMIT` of their bytes: past it, the oldest deletes can no longer be undone,
and the newest always can. Holding them in the vault instead (no bytes in memory, and
the same end at lock) needs a place in the schema for attachments without an entry: a
migration, left for the core (issue 26)."""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.attachments import HeldAttachment
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.naming import named
from trustjournal.ui.journal.pictures import texts as picture_texts
from trustjournal.ui.qt import QtGui, QtWidgets, Signal


@dataclass(frozen=True)
class DeletedEntry:
    """An entry as it was, with its attachments (bytes and all) to bring back with it."""

    entry: Entry
    attachments: tuple[HeldAttachment, ...] = ()


Undoable = DeletedEntry | HeldAttachment
HELD_LIMIT = 64 * 1024 * 1024  # bytes of pictures and files held for Undo at most


def held_bytes(item: Undoable) -> int:
    """The bytes of pictures and files `item` holds in memory (their thumbnails too)."""
    held = (item,) if isinstance(item, HeldAttachment) else item.attachments
    return sum(len(h.intake.data) + len(h.intake.thumbnail or b"") for h in held)


def brought_back(journal: Journal, item: Undoable) -> Entry | None:
    """Undo one delete: the entry (returned) with its attachments, or one attachment."""
    if isinstance(item, HeldAttachment):
        journal.attachments.bring_back(item)
        return None
    restored = journal.restore_entry(item.entry)
    for held in item.attachments:
        journal.attachments.bring_back(held)
    return restored


def entry_of(item: Undoable) -> int:
    """The entry an undo brings back, or brings an attachment back to."""
    return item.attachment.entry_id if isinstance(item, HeldAttachment) else item.entry.id


class UndoBar(QtWidgets.QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "journalUndoBar", _("Deleted entry"))
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QtGui.QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._deleted: list[Undoable] = []
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        self.message = named(QtWidgets.QLabel(self), "journalUndoMessage", _("Deleted entry"))
        self.undo_button = named(
            QtWidgets.QPushButton(_("Undo"), self), "journalUndoButton", _("Undo delete")
        )
        self.undo_button.clicked.connect(self.undo_requested)
        self.dismiss = named(
            QtWidgets.QToolButton(self), "journalUndoDismiss", _("Hide this message")
        )
        self.dismiss.setText("✕")
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.dismiss)
        self.hide()

    def offer(self, entry: Entry, attachments: tuple[HeldAttachment, ...] = ()) -> None:
        self._hold(DeletedEntry(entry, attachments))

    def offer_removed(self, held: HeldAttachment) -> None:
        """A picture or file removed from an entry: Undo puts it back."""
        self._hold(held)

    def _hold(self, item: Undoable) -> None:
        """Hold `item` for Undo, letting go of the oldest while pictures and files over
        `HELD_LIMIT` are held (the newest is kept, however large)."""
        self._deleted.append(item)
        held = sum(held_bytes(older) for older in self._deleted)
        while held > HELD_LIMIT and len(self._deleted) > 1:
            held -= held_bytes(self._deleted.pop(0))
        self._show_count()

    def take(self) -> Undoable | None:
        """The latest thing deleted or removed, taken off the bar."""
        item = self._deleted.pop() if self._deleted else None
        self._show_count()
        return item

    def forget(self) -> None:
        """Drop everything held for undo (on lock): it cannot come back after."""
        self._deleted.clear()
        self.message.setText("")
        self.hide()

    def pending(self) -> int:
        return len(self._deleted)

    def _show_count(self) -> None:
        if not self._deleted:
            self.hide()
            return
        latest = self._deleted[-1]
        if isinstance(latest, HeldAttachment):
            self.message.setText(picture_texts.REMOVED.format(name=latest.attachment.name))
        else:
            entries = sum(isinstance(item, DeletedEntry) for item in self._deleted)
            self.message.setText(texts.entries_deleted(entries))
        self.setVisible(True)
