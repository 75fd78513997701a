"""Walking a window with Tab, as someone without a mouse does, to find keyboard traps.

`tab_walk` presses Tab from a start widget until the focus comes back to it, and gives
each widget it passed. A trap is a Tab that leaves the focus where it was (a text area
that takes the Tab as text, a widget that eats the key), a Tab that loses the focus, or a
walk that never comes back to its start (a loop the keyboard cannot leave); `tab_walk`
raises `Trapped` on each. A text area must let go at the first Tab; another field may keep
a few (a date goes from its day to its month and year, Qt's way; the tags field closes
the word typed with a comma), then let go. `out_of_reading_order` finds the steps that
go back up the page without moving to a new column.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

TEXT_AREAS = (QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)
# The main window's actions that open a window or dialog over the journal: by itself, or
# through the session (which a walk over the window alone does not have).
OPENED_BY_THE_WINDOW = (
    "check_in_action",
    "limits_action",
    "shortcuts_action",
    "import_action",
    "about_action",
)
OPENED_BY_THE_SESSION = ("check_in_together_action", "settings_action", "change_passphrase_action")
OPENERS = (*OPENED_BY_THE_WINDOW, *OPENED_BY_THE_SESSION)


class Trapped(AssertionError):
    """The keyboard could not get on from a widget."""


def describe(widget: QtWidgets.QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.objectName() or widget.accessibleName() or "(unnamed)"
    return f"{type(widget).__name__} {name}"


def focused() -> QtWidgets.QWidget | None:
    return QtWidgets.QApplication.focusWidget()


def text_of(widget: QtWidgets.QWidget) -> str | None:
    return widget.toPlainText() if isinstance(widget, TEXT_AREAS) else None


STAYS = 4  # Tabs a field may keep to itself on the way out: a date's day, month, year


def tab_walk(
    qtbot: QtBot, start: QtWidgets.QWidget, limit: int = 400, backwards: bool = False
) -> list[QtWidgets.QWidget]:
    """Tab (Shift+Tab `backwards`) from `start` until the focus is back on it; every
    widget on the way, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is start, timeout=2000)
    key, modifier = Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier
    if backwards:
        key, modifier = Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    visited: list[QtWidgets.QWidget] = [start]
    stayed = 0
    for _ in range(limit):
        here = visited[-1]
        before = text_of(here)
        qtbot.keyClick(here, key, modifier)
        there = focused()
        if there is None:
            raise Trapped(f"Tab from {describe(here)} lost the focus")
        if there is here and alone(here):
            return visited  # a window with one control: Tab has nowhere else to go
        if there is here and (isinstance(here, TEXT_AREAS) or stayed == STAYS):
            changed = " and typed into it" if text_of(here) != before else ""
            raise Trapped(f"Tab left the focus on {describe(here)}{changed}")
        if there is here:
            stayed += 1  # a date's next part, a tag closed with a comma: the next Tab leaves
            continue
        stayed = 0
        if there is start:
            return visited
        visited.append(there)
    last = ", ".join(describe(w) for w in visited[-8:])
    raise Trapped(f"Tab from {describe(start)} never came back to it: it goes round {last}")


def alone(widget: QtWidgets.QWidget) -> bool:
    window = widget.window()
    return [w for w in window.findChildren(QtWidgets.QWidget) if takes_tab(w)] == [widget]


def first_focusable(inside: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """The first widget in `inside` that Tab stops on, as the focus chain orders them."""
    widget = inside.nextInFocusChain()
    while widget is not inside:
        if takes_tab(widget) and inside.isAncestorOf(widget):
            return widget
        widget = widget.nextInFocusChain()
    raise LookupError(f"nothing in {describe(inside)} takes the focus")


def takes_tab(widget: QtWidgets.QWidget) -> bool:
    policy = widget.focusPolicy()
    return (
        bool(policy & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


@dataclass(frozen=True)
class Step:
    came_from: QtWidgets.QWidget
    went_to: QtWidgets.QWidget


def out_of_reading_order(within: QtWidgets.QWidget, walk: list[QtWidgets.QWidget]) -> list[Step]:
    """Steps of a round `walk` inside `within` that go back up to an earlier row (by more
    than half the height of the widget left) without moving right into a new column: in a
    left-to-right language, reading goes down each column, then on to the next. The walk
    is read from where Tab comes into `within` from outside it."""
    found: list[Step] = []
    for run in runs_inside(within, walk):
        for here, there in itertools.pairwise(run):
            a, b = boxes(within, here, there)
            goes_up = b.top() < a.top() - max(8, a.height() // 2)
            new_column = b.left() >= a.right() - 4
            if goes_up and not new_column:
                found.append(Step(here, there))
    return found


def runs_inside(
    within: QtWidgets.QWidget, walk: list[QtWidgets.QWidget]
) -> list[list[QtWidgets.QWidget]]:
    """The stretches of a round walk spent inside `within`, each from where Tab came in."""
    inside = [within.isAncestorOf(w) for w in walk]
    if all(inside):
        return [walk]
    entry = next(n for n in range(len(walk)) if inside[n] and not inside[n - 1])
    turned = walk[entry:] + walk[:entry]
    runs: list[list[QtWidgets.QWidget]] = []
    for widget, is_inside in zip(turned, inside[entry:] + inside[:entry], strict=True):
        if is_inside and runs and runs[-1] and within.isAncestorOf(runs[-1][-1]):
            runs[-1].append(widget)
        elif is_inside:
            runs.append([widget])
        elif runs and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def boxes(
    within: QtWidgets.QWidget, here: QtWidgets.QWidget, there: QtWidgets.QWidget
) -> tuple[QtCore.QRect, QtCore.QRect]:
    """Where two widgets sit, side by side: in the content of a scroll area that holds
    both, or, for one inside a scroll area that the other is not in, that scroll area's
    place (its content may run far below it, out of view)."""
    common = here
    while not (common is there or common.isAncestorOf(there)) and common is not within:
        common = common.parentWidget() or within
    return box(common, standing_for(here, common)), box(common, standing_for(there, common))


def standing_for(widget: QtWidgets.QWidget, common: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """The outermost scroll area between `widget` and `common`, else the widget itself."""
    found, step = widget, widget.parentWidget()
    while step is not None and step is not common:
        if isinstance(step, QtWidgets.QAbstractScrollArea):
            found = step
        step = step.parentWidget()
    return found


def box(within: QtWidgets.QWidget, widget: QtWidgets.QWidget) -> QtCore.QRect:
    """Where `widget` sits in `within` with every scroll area scrolled to its start: the
    walk scrolls them as the focus moves, and reading order is the page's, not a view's."""
    x = y = 0
    step: QtWidgets.QWidget | None = widget
    while step is not None and step is not within:
        parent = step.parentWidget()
        scrolled = parent is not None and isinstance(
            parent.parentWidget(), QtWidgets.QAbstractScrollArea
        )
        if not scrolled:  # a scroll area's content is moved by the scrolling only
            x, y = x + step.x(), y + step.y()
        step = parent
    return QtCore.QRect(x, y, widget.width(), widget.height())


# -- round both ways ------------------------------------------------------------------------


def round_both_ways(qtbot: QtBot, window: QtWidgets.QWidget) -> list[str]:
    """What is wrong with going round `window` by keyboard: Tab and Shift+Tab each come
    back round (`tab_walk` raises `Trapped` if not), Shift+Tab passes the same stops in
    the opposite order, every stop shows and has a name a screen reader says, and Tab
    follows reading order."""
    start = first_focusable(window)
    forwards = tab_walk(qtbot, start)
    backwards = tab_walk(qtbot, start, backwards=True)
    found = [f"hidden: {describe(w)}" for w in forwards if not shows(w)]
    found += [f"unnamed: {describe(w)}" for w in forwards if not spoken_name(w)]
    if backwards != [start, *reversed(forwards[1:])]:
        there = ", ".join(describe(w) for w in forwards)
        back = ", ".join(describe(w) for w in backwards)
        found.append(f"Shift+Tab is not Tab reversed:\n  Tab: {there}\n  Shift+Tab: {back}")
    found += [
        f"out of reading order: {describe(s.came_from)} -> {describe(s.went_to)}"
        for s in out_of_reading_order(window, forwards)
    ]
    return found


def shows(widget: QtWidgets.QWidget) -> bool:
    """On screen in its window: visible, not of zero size, inside the window's rectangle
    (a control in a scroll area counts: the area scrolls to it)."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    window = widget.window()
    corner = widget.mapTo(window, QtCore.QPoint(0, 0))
    outer = standing_for(widget, window)
    if outer is not widget:
        corner = outer.mapTo(window, QtCore.QPoint(0, 0))
    return window.rect().intersects(QtCore.QRect(corner, QtCore.QSize(1, 1)))


def spoken_name(widget: QtWidgets.QWidget) -> str:
    """The name a screen reader says for `widget` (a combo box's value counts)."""
    iface = QtGui.QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return (iface.text(QtGui.QAccessible.Text.Name) or "").strip()


def spoken_role(widget: QtWidgets.QWidget) -> QtGui.QAccessible.Role | None:
    """What a screen reader calls `widget` (button, chart, …); Client is Qt's generic
    role for any widget, said as nothing or "panel"."""
    iface = QtGui.QAccessible.queryAccessibleInterface(widget)
    return None if iface is None else iface.role()
