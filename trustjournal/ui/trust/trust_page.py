"""What the trust pages (Today, Timeline, Prompts, Agreements) share beyond `Page`.

Each is made as `Page(journal, parent=None, clock=None)`, keeps one dialog open at a time,
and on lock closes it and lets go of the journal (`ui/widgets/page.py` says what the
shell counts on from every page).
"""

from __future__ import annotations

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.widgets.beside_or_below import BesideOrBelow
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


DETAILS_WIDTH = 380  # beside the list; below it, the details take the whole width
DETAILS_MIN_WIDTH = 290  # narrower on a small window, so the list beside it still fits
PAGE_MARGIN = 16  # as the Timeline's: at 1024 px each one counts


def list_beside_details(
    page: QtWidgets.QWidget, left: QtWidgets.QVBoxLayout, details: QtWidgets.QWidget
) -> BesideOrBelow:
    """The layout the Agreements and Prompts pages share: a list, and details at its side
    where both fit, else below it (a longer language, large text, a narrow window)."""
    layout = QtWidgets.QVBoxLayout(page)
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    parts = BesideOrBelow(left, details, stretch=(2, 1), second_most_width=DETAILS_WIDTH)
    parts.setObjectName(f"{page.objectName()}_parts")
    parts.box.setSpacing(12)
    details.setSizePolicy(
        QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
    )
    layout.addWidget(parts)
    return parts


class DetailsPanel(QtWidgets.QFrame):
    """A card never narrower than DETAILS_MIN_WIDTH, nor than its own controls need (a
    fixed least width cut "Change the words…" at 200 % text)."""

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        least = super().minimumSizeHint()
        return QtCore.QSize(max(least.width(), DETAILS_MIN_WIDTH), least.height())


def details_panel(name: str) -> tuple[QtWidgets.QFrame, QtWidgets.QVBoxLayout]:
    """The card at the side of (or below) the Agreements and Prompts lists."""
    panel = DetailsPanel()
    panel.setObjectName(name)
    panel.setProperty("role", "card")
    layout = QtWidgets.QVBoxLayout(panel)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.setSpacing(10)
    return panel, layout
