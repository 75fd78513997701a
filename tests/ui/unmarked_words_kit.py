"""Finding English left unmarked on a screen: every word a widget shows or says, read under
the pseudo-locale (docs/decisions/0005-translations.md), where a marked sentence comes out
accented and in brackets, so a plain English word is one nobody marked.

What may stay English is named: the person's own words, the stored vocabularies another
catalogue translates (emotions, prompts and their themes, the parts of trust, kinds of
moment, mood words, the together check-in's starters), dates (QLocale's work), key names,
and words another room's helpers give (named by the test that allows them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from trustjournal.core.journal.prompts.library import load_library
from trustjournal.core.journal.together import starter_library
from trustjournal.core.journal.vocabulary import emotion_families
from trustjournal.core.language import speaking
from trustjournal.core.language.pseudo import PSEUDO
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Dates stay as h-locale leaves them for now; key names are the keyboard's.
_ALWAYS_ALLOWED = (
    *(QtCore.QLocale(QtCore.QLocale.Language.English).monthName(m) for m in range(1, 13)),
    *(QtCore.QLocale(QtCore.QLocale.Language.English).dayName(d) for d in range(1, 8)),
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Ctrl",
    "Shift",
    "TrustJournal",
)


@contextmanager
def pseudo_language() -> Iterator[None]:
    """Speak the pseudo-locale for the block, then English again."""
    speaking.choose(PSEUDO, {})
    try:
        yield
    finally:
        speaking.choose(None, {})


def vocabulary() -> list[str]:
    """Stored words another catalogue translates: they may show in English here."""
    library = load_library()
    words = [
        *(theme.label for theme in library.themes),
        *(prompt.text for prompt in library.prompts),
    ]
    for family in emotion_families():
        words += [family.label, *family.emotions]
    for starters in starter_library().values():
        words += starters
    # A long one is cut for a screen reader's name (`text[:80]`).
    return words + [word[:80] for word in words if len(word) > 80]


def item_view_words(view: QtWidgets.QAbstractItemView) -> Iterator[str]:
    """A list's or a table's rows, and a table's headers, with their tips and spoken words."""
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    model = view.model()
    if isinstance(view, QtWidgets.QListView):
        for row in range(model.rowCount()):
            yield from (str(model.index(row, 0).data(role) or "") for role in roles)
        return
    columns, rows = _size(model)
    for column in range(columns):
        for role in roles:
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
        for row in range(rows):
            for role in roles:
                yield str(model.index(row, column).data(role) or "")


def _size(model: QtCore.QAbstractItemModel) -> tuple[int, int]:
    """Columns and rows: Qt's own models take no argument here, ours take the parent; a
    list model has one column, which PySide will not ask it for."""
    if isinstance(model, QtCore.QAbstractListModel):
        return 1, model.rowCount(QtCore.QModelIndex())
    try:
        return model.columnCount(QtCore.QModelIndex()), model.rowCount(QtCore.QModelIndex())
    except TypeError:
        return model.columnCount(), model.rowCount()


def widget_words(widget: QtWidgets.QWidget) -> Iterator[str]:
    """Every word `widget` shows or says: text, placeholder, title, tips and names."""
    yield from (widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription())
    yield widget.toolTip()
    if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton, QtWidgets.QLineEdit)):
        yield widget.text()
    if isinstance(widget, (QtWidgets.QLineEdit, QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, QtWidgets.QGroupBox):
        yield widget.title()
    if isinstance(widget, QtWidgets.QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QtWidgets.QSpinBox):
        yield widget.suffix()
    if isinstance(widget, QtWidgets.QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QtWidgets.QAbstractItemView):
        yield from item_view_words(widget)


def english_left(root: QtWidgets.QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """Words under `root` (itself, every child, shown or hidden, and its shortcuts' words
    for the Help menu) that are still English."""
    known = sorted({*vocabulary(), *allowed, *_ALWAYS_ALLOWED}, key=len, reverse=True)
    said = [shortcut.whatsThis() for shortcut in root.findChildren(QtGui.QShortcut)]
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not _built_by_qt(widget):
            said += widget_words(widget)
    return sorted({words for words in said if _still_english(words, known)})


# Widgets whose inner parts Qt builds and words with its own translations (qtbase).
_QT_INSIDE = (
    QtWidgets.QTabBar,
    QtWidgets.QCalendarWidget,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QComboBox,
    QtWidgets.QScrollBar,
)


def _built_by_qt(widget: QtWidgets.QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _QT_INSIDE):
            return True
        parent = parent.parentWidget()
    return False


def _still_english(words: str, known: list[str]) -> bool:
    rest = words
    for word in known:
        rest = rest.replace(word, " ").replace(word.lower(), " ")
    return bool(_ENGLISH_WORD.search(rest))
