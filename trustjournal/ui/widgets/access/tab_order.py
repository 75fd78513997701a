"""Tab's round for widgets made after their page: a new widget joins the end of its
window's round, so rows, chips and buttons made later are put back where they are read;
and Tab let out of a key chooser, which would record it as a key."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

__all__ = ["in_tab_order_after", "let_tab_leave"]


def takes_tab(widget: QtWidgets.QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def focusable_before(
    widget: QtWidgets.QWidget, skip: Collection[QtWidgets.QWidget] = ()
) -> QtWidgets.QWidget:
    """The nearest widget before `widget` in Tab's round that Tab stops at and that is not
    in `skip`: Qt puts nothing after a widget that takes no focus."""
    anchor = widget.previousInFocusChain()
    while anchor is not None and anchor is not widget and (anchor in skip or not takes_tab(anchor)):
        anchor = anchor.previousInFocusChain()
    return anchor if anchor is not None else widget


def in_tab_order_after(
    place: QtWidgets.QWidget,
    widgets: Sequence[QtWidgets.QWidget],
    skip: Collection[QtWidgets.QWidget] = (),
) -> None:
    """`widgets`, in order, where `place` is in Tab's round (after what Tab reaches just
    before it, leaving out `skip`)."""
    chain = [focusable_before(place, skip), *widgets]
    for first, second in itertools.pairwise(chain):
        if first is not second:
            QtWidgets.QWidget.setTabOrder(first, second)


class _TabLeaves(QtCore.QObject):
    """Tab and Shift+Tab, without Ctrl or Alt, move on instead of being recorded."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() != QtCore.QEvent.Type.KeyPress or not isinstance(event, QtGui.QKeyEvent):
            return False
        plain = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier == Qt.KeyboardModifier(0)
        if not plain or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        edit = self.parent()
        assert isinstance(edit, QtWidgets.QWidget)
        backwards = event.key() == Qt.Key.Key_Backtab
        _next_stop(edit, backwards).setFocus(
            Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
        )
        return True


def _next_stop(edit: QtWidgets.QWidget, backwards: bool) -> QtWidgets.QWidget:
    """The next (or previous) control Tab stops at, as Qt's own Tab would find it."""
    target: QtWidgets.QWidget | None = edit
    while target is not None:
        target = target.previousInFocusChain() if backwards else target.nextInFocusChain()
        if target is edit or (target is not None and _stops_at(edit, target)):
            return target
    return edit


def _stops_at(edit: QtWidgets.QWidget, widget: QtWidgets.QWidget) -> bool:
    """Tab stops at `widget` (the chooser's own field inside it is the chooser)."""
    usable = takes_tab(widget) and widget.isVisible() and widget.isEnabled()
    return usable and not edit.isAncestorOf(widget) and widget.window() is edit.window()


def let_tab_leave(edit: QtWidgets.QKeySequenceEdit) -> None:
    """A key chooser records every key, Tab too: a keyboard could not leave it (a trap the
    Tab walk found in Settings). Tab and Shift+Tab now move on; a key with Ctrl or Alt, the
    kind a shortcut is made of, is still recorded."""
    edit.installEventFilter(_TabLeaves(edit))
