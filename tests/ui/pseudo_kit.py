"""English left on a screen under the pseudo-locale (issue 22; docs/words.md "Speaking
another language").

Under `--lang pseudo` every marked sentence comes back accented and in brackets, so a word
on screen with neither was never marked. `english_left(window)` reads every word a person
sees or hears in a window and its children (titles, labels, buttons, tooltips, accessible
names, placeholders, combo box items, menus and their actions) and lists those left in
plain English. The person's own words and the app's names are not words to translate:
`NOT_WORDS` says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager

from trustjournal.core.language.pseudo import PseudoTranslations
from trustjournal.core.language.speaking import speaking
from trustjournal.ui.qt import QtWidgets

PSEUDO_LETTERS = set("àƀçđéƒĝĥîĵķļḿñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻḾÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# The app's name and version, keys ("Ctrl+Shift+H"), paths, a recovery code: the same in
# every language. Qt's own standard buttons and its inner widgets (named `qt_...`) say
# Qt's words, from its base translations.
NOT_WORDS = re.compile(
    r"^(TrustJournal( [0-9.a-z+]+)?|TrustJournal-backup-….tjbackup|F[0-9]+|"
    r"([A-Z][a-z]*\+)+\S+|/.*|[A-Z0-9]{4}(-[A-Z0-9]{4})+|"
    r"&?(OK|Cancel|Save|Close|Yes|No|Discard)|English|Deutsch|Español)$"
)


def pseudo() -> AbstractContextManager[None]:
    """Words said inside this block are the pseudo-locale's."""
    return speaking(PseudoTranslations())


def is_english(text: str) -> bool:
    """Letters with no sign of the pseudo-locale: neither a bracket nor an accented letter."""
    text = text.strip()
    if not any(c.isalpha() for c in text) or NOT_WORDS.match(text):
        return False
    return "[" not in text and not PSEUDO_LETTERS.intersection(text)


def _action_words(action: object) -> Iterator[str]:
    if isinstance(action, QtWidgets.QWidgetAction | type(None)):
        return
    text = getattr(action, "text", lambda: "")()
    yield text.replace("&", "")
    menu = getattr(action, "menu", lambda: None)()
    if menu is not None:
        yield menu.title()


def words_of(widget: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each word `widget` shows or speaks."""
    name = widget.objectName() or type(widget).__name__
    yield name, widget.toolTip()
    yield name, widget.accessibleName()
    yield name, widget.accessibleDescription()
    if widget.isWindow():
        yield name, widget.windowTitle()
    if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
        yield name, widget.text()
    if isinstance(widget, QtWidgets.QGroupBox):
        yield name, widget.title()
    if isinstance(widget, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
        yield name, widget.placeholderText()
    if isinstance(widget, QtWidgets.QComboBox):
        yield from ((name, widget.itemText(i)) for i in range(widget.count()))
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        yield name, widget.specialValueText()
    if isinstance(widget, QtWidgets.QSpinBox):
        yield name, widget.suffix()
    if isinstance(widget, QtWidgets.QTabWidget):
        yield from ((name, widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QtWidgets.QTableWidget):
        items = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
        items += [
            widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())
        ]
        yield from ((name, item.text()) for item in items if item is not None)
    if isinstance(widget, QtWidgets.QListWidget):
        for row in range(widget.count()):
            yield name, widget.item(row).text()
            yield name, widget.item(row).toolTip()
    if isinstance(widget, QtWidgets.QMenuBar | QtWidgets.QMenu | QtWidgets.QToolBar):
        for action in widget.actions():
            yield from ((name, text) for text in _action_words(action))


def english_left(window: QtWidgets.QWidget) -> list[str]:
    """Every word in `window` and its children that is plain English, as `where: text`."""
    widgets = [window, *window.findChildren(QtWidgets.QWidget)]
    found = {
        f"{where}: {text!r}"
        for widget in widgets
        if not _is_standard_button(widget) and not widget.objectName().startswith("qt_")
        for where, text in words_of(widget)
        if is_english(text)
    }
    return sorted(found)


def _is_standard_button(widget: QtWidgets.QWidget) -> bool:
    box = widget.parent()
    return (
        isinstance(widget, QtWidgets.QAbstractButton)
        and isinstance(box, QtWidgets.QDialogButtonBox)
        and box.standardButton(widget) != QtWidgets.QDialogButtonBox.StandardButton.NoButton
    )
