"""Right after a strong trigger is logged, a gentle offer of the hard-days place. It is an
offer, never a jump: "Not now" leaves everything as it was."""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.core.records.care import STRONG_TRIGGER
from trustjournal.core.records.trust import Event
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.hard_days import texts


def is_strong_trigger(event: Event) -> bool:
    return event.kind == "trigger" and (event.intensity or 0) >= STRONG_TRIGGER


def offer_calm_minutes(
    parent: QtWidgets.QWidget | None, trigger_id: int
) -> QtWidgets.QMessageBox | None:
    """Offer the place; accepting opens it through the window (`open_hard_days`)."""
    if parent is None:
        return None
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("hardDaysOffer")
    box.setWindowTitle(texts.OFFER_TITLE)
    box.setText(texts.OFFER_TEXT)
    box.setIcon(QtWidgets.QMessageBox.Icon.NoIcon)
    go = box.addButton(texts.OFFER_OPEN, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("hardDaysOfferOpen")
    later = box.addButton(_("Not now"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("hardDaysOfferLater")
    box.setDefaultButton(go)
    window = parent.window()

    def accepted() -> None:
        open_place = getattr(window, "open_hard_days", None)
        if callable(open_place):
            open_place(trigger_id)

    go.clicked.connect(accepted)
    box.finished.connect(lambda _result: box.deleteLater())
    box.open()
    return box
