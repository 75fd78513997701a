"""Tab's round for widgets made after their page: a new widget joins the end of its
window's round, so rows, chips and buttons made later are put back where they are read."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from trustjournal.ui.qt import Qt, QtWidgets

__all__ = ["in_tab_order_after"]


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
