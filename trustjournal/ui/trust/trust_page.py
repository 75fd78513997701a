"""What the trust pages (Today, Timeline, Prompts, Agreements) share beyond `Page`.

Each is made as `Page(journal, parent=None, clock=None)`, keeps one dialog open at a time,
and on lock closes it and lets go of the journal (`ui/widgets/page.py` says what the
shell counts on from every page).
"""

from __future__ import annotations

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.dialog_slot import DialogSlot
from trustjournal.ui.widgets.page import Page


class TrustPage(Page):
    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None,
        clock: Clock | None,
        name: str,
        title: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._journal: Journal | None = journal
        self._clock: Clock = clock or journal.clock
        self.dialogs = DialogSlot()

    @property
    def dialog(self) -> QtWidgets.QDialog | None:
        """The dialog open on this page, if any."""
        return self.dialogs.dialog

    def save_pending(self) -> None:
        """Nothing waits unsaved on these pages: each dialog saves when the person says so."""

    def clear_for_lock(self) -> None:
        """Close any dialog and let go of the journal; pages empty their own views first."""
        self.dialogs.close()
        self._journal = None


DETAILS_WIDTH = 380
DETAILS_MIN_WIDTH = 290  # narrower on a small window, so the list beside it still fits


def list_beside_details(
    page: QtWidgets.QWidget, left: QtWidgets.QVBoxLayout, details: QtWidgets.QWidget
) -> None:
    """The layout the Agreements and Prompts pages share: a list, and details at its side."""
    layout = QtWidgets.QHBoxLayout(page)
    layout.setContentsMargins(16, 16, 16, 16)  # as the Timeline's: at 1024 px each one counts
    layout.setSpacing(12)
    layout.addLayout(left, 2)
    details.setMinimumWidth(DETAILS_MIN_WIDTH)
    details.setMaximumWidth(DETAILS_WIDTH)
    details.setSizePolicy(
        QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
    )
    layout.addWidget(details, 1)


def details_panel(name: str) -> tuple[QtWidgets.QFrame, QtWidgets.QVBoxLayout]:
    """The card at the side of the Agreements and Prompts lists."""
    panel = QtWidgets.QFrame()
    panel.setObjectName(name)
    panel.setProperty("role", "card")
    layout = QtWidgets.QVBoxLayout(panel)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.setSpacing(10)
    return panel, layout
