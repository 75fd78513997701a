"""The one dialog slot, shared by the trust pages and the session's vault dialogs: a new
dialog closes the old one, closing from outside uses the dialog's own way to be closed,
and a dialog that finished by itself is let go and deleted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from uikit import settle, wait_active

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.widgets.dialog_slot import DialogSlot


class Stubborn(QtWidgets.QDialog):
    """Refuses Escape (as a new recovery code does); only `force_close` closes it."""

    def reject(self) -> None:
        pass

    def force_close(self) -> None:
        super().reject()


def _dialog(parent: QtWidgets.QWidget) -> QtWidgets.QDialog:
    return QtWidgets.QDialog(parent)


def test_a_new_dialog_closes_the_old_one(qtbot: QtBot) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    slot = DialogSlot()
    first, second = _dialog(owner), _dialog(owner)
    slot.open(first)
    qtbot.waitUntil(first.isVisible)
    with qtbot.waitSignal(first.destroyed):
        slot.open(second)
    assert slot.dialog is second and second.isVisible()
    slot.close()
    assert slot.dialog is None and not second.isVisible()


def test_closing_from_outside_uses_the_dialogs_own_way(qtbot: QtBot) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    slot = DialogSlot()
    stubborn = Stubborn(owner)
    slot.open(stubborn, close=stubborn.force_close)
    stubborn.reject()
    assert stubborn.isVisible() and slot.dialog is stubborn  # Escape alone does nothing
    slot.close()
    assert not stubborn.isVisible() and slot.dialog is None


def test_a_dialog_that_finished_by_itself_is_let_go_and_deleted(qtbot: QtBot) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    slot = DialogSlot()
    dialog = _dialog(owner)
    slot.open(dialog)
    with qtbot.waitSignal(dialog.destroyed):  # as the waiting-code test waits for it
        dialog.accept()
    assert slot.dialog is None
    slot.close()  # nothing open: nothing to do


def test_accepting_runs_what_the_opener_asked(qtbot: QtBot) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    slot = DialogSlot()
    accepted: list[str] = []
    dialog = _dialog(owner)
    slot.open(dialog, on_accepted=lambda: accepted.append("saved"))
    dialog.accept()
    assert slot.dialog is None and accepted == ["saved"]
    settle()


def test_an_old_dialog_finishing_late_leaves_the_open_one_alone(qtbot: QtBot) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    owner.show()
    slot = DialogSlot()
    first, second = _dialog(owner), _dialog(owner)
    slot.open(first)
    slot.open(second)
    assert second.isVisible()
    first.done(0)  # closed already; finishing again must not free the slot
    assert slot.dialog is second
    slot.close()


def test_current_names_the_open_dialog_only_by_its_kind(qtbot: QtBot) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    slot = DialogSlot()
    assert slot.current(QtWidgets.QDialog) is None
    box = QtWidgets.QMessageBox(owner)
    slot.open(box)
    assert slot.current(QtWidgets.QMessageBox) is box
    assert slot.current(Stubborn) is None
    slot.close()


def test_closing_a_dialog_deleted_with_its_window_is_harmless(qtbot: QtBot) -> None:
    """A window closed under its dialog takes the dialog with it, before any lock."""
    owner = QtWidgets.QWidget()
    slot = DialogSlot()
    dialog = _dialog(owner)
    slot.open(dialog)
    with qtbot.waitSignal(dialog.destroyed):
        owner.deleteLater()
    settle()
    slot.close()
    assert slot.dialog is None


def test_a_new_slot_holds_nothing_and_goes_with_its_owner(qtbot: QtBot) -> None:
    owner = QtCore.QObject()
    slot = DialogSlot(owner)
    assert slot.dialog is None and slot.current(QtWidgets.QDialog) is None
    with qtbot.waitSignal(slot.destroyed):
        owner.deleteLater()


def _window_with_two_buttons(qtbot: QtBot) -> tuple[QtWidgets.QWidget, ...]:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    opener, elsewhere = QtWidgets.QPushButton("Opener", owner), QtWidgets.QPushButton(owner)
    elsewhere.move(0, 40)
    owner.show()
    wait_active(qtbot, owner)
    return owner, opener, elsewhere


def _focus(qtbot: QtBot, widget: QtWidgets.QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_kept_opener_goes_to_the_dialog_that_follows(qtbot: QtBot) -> None:
    """Settings back after a sub-dialog: the focus may be anywhere (or nowhere) when it
    reopens, yet when it finishes the focus goes back to what opened the first one."""
    owner, opener, elsewhere = _window_with_two_buttons(qtbot)
    slot = DialogSlot()
    _focus(qtbot, opener)
    first = _dialog(owner)
    slot.open(first)
    slot.emptied.connect(slot.keep_opener)
    first.reject()
    slot.emptied.disconnect(slot.keep_opener)
    _focus(qtbot, elsewhere)  # not where the chain began
    second = _dialog(owner)
    slot.open(second)
    second.reject()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is owner)
    qtbot.waitUntil(opener.hasFocus)


def test_closing_from_outside_forgets_a_kept_opener(qtbot: QtBot) -> None:
    """A lock between a sub-dialog and Settings' return: nothing of the chain is kept."""
    owner, opener, elsewhere = _window_with_two_buttons(qtbot)
    slot = DialogSlot()
    _focus(qtbot, opener)
    first = _dialog(owner)
    slot.open(first)
    slot.emptied.connect(slot.keep_opener)
    first.reject()
    slot.emptied.disconnect(slot.keep_opener)
    slot.close()
    _focus(qtbot, elsewhere)
    second = _dialog(owner)
    slot.open(second)
    _focus(qtbot, opener)
    second.reject()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is owner)
    qtbot.waitUntil(elsewhere.hasFocus)
