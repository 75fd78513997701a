"""What a screen reader gets from the app, read in-process: the `QAccessible` tree of a
window, and the three things that must never be wrong in it.

- a focusable, showing control with no name (a screen reader says only "button");
- a passphrase field without the password role (it would be read aloud as it is typed);
- a passphrase's text anywhere in the tree (a name, a description, a value, a text).

The same checks run over the AT-SPI bus in test_access_bus.py (atspi_reader_kit.py); here
they run offscreen, fast, in the ordinary run. The screens are every room's layout
screens (tests/ui/<room>/test_layout_<room>.py), loaded from their files.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from screens_kit import Opener

from trustjournal.ui.qt import Qt, QtGui, QtWidgets

QAccessible = QtGui.QAccessible
Role = QAccessible.Role

# A passphrase nobody would write: found anywhere in the tree, it leaked.
CANARY = "canary-Quill-7319-heron"

# Roles a person operates: one without a name is said as only its kind.
CONTROL_ROLES = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.ListItem,
        Role.Table,
        Role.Tree,
        Role.TreeItem,
        Role.PageTab,
        Role.MenuItem,
        Role.Link,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ScrollBar,
    }
)
# Scroll bars are named by Qt ("Vertical"), and read by position, not by purpose.
_NAMED_BY_QT = frozenset({Role.ScrollBar})
_SECRET_NAME = re.compile("passphrase|password", re.IGNORECASE)
_TEXTS = (
    QAccessible.Text.Name,
    QAccessible.Text.Description,
    QAccessible.Text.Value,
    QAccessible.Text.Help,
)


@dataclass(frozen=True)
class Node:
    """One object of the tree, as a screen reader gets it."""

    where: str  # the path of object names (or roles) from the window
    role: QAccessible.Role
    name: str
    words: tuple[str, ...]  # every text it exposes: name, description, value, help, text
    focusable: bool
    showing: bool
    password: bool
    widget: QtWidgets.QWidget | None


def nodes(window: QtWidgets.QWidget) -> list[Node]:
    """The accessible tree of `window`, depth first."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid(), f"{window!r} has no accessible interface"
    return list(_walk(root, ""))


def _walk(iface: QtGui.QAccessibleInterface, parent: str) -> Iterator[Node]:
    obj = iface.object()
    widget = obj if isinstance(obj, QtWidgets.QWidget) else None
    label = (obj.objectName() if obj is not None else "") or iface.role().name
    where = f"{parent}/{label}" if parent else label
    state = iface.state()
    yield Node(
        where=where,
        role=iface.role(),
        name=iface.text(QAccessible.Text.Name) or "",
        words=_words(iface),
        focusable=bool(state.focusable),
        showing=not state.invisible and not state.offscreen,
        password=bool(state.passwordEdit),
        widget=widget,
    )
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None and child.isValid():
            yield from _walk(child, where)


def _words(iface: QtGui.QAccessibleInterface) -> tuple[str, ...]:
    words = [iface.text(kind) or "" for kind in _TEXTS]
    text = iface.textInterface()
    if text is not None:
        words.append(text.text(0, text.characterCount()))
    return tuple(words)


# -- the three checks ----------------------------------------------------------------------


def unnamed_controls(tree: list[Node]) -> list[str]:
    return [
        f"{node.where}: a {node.role.name} with no name"
        for node in tree
        if node.focusable
        and node.showing
        and node.role in CONTROL_ROLES - _NAMED_BY_QT
        and not node.name.strip()
    ]


def is_passphrase_field(widget: QtWidgets.QWidget | None) -> bool:
    """A field that holds a secret: marked sensitive for input methods (controls'
    `passphrase_field` does), or named as one."""
    if not isinstance(widget, QtWidgets.QLineEdit):
        return False
    sensitive = bool(widget.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData)
    return sensitive or bool(_SECRET_NAME.search(widget.objectName()))


def passphrases_without_password_role(tree: list[Node]) -> list[str]:
    return [
        f"{node.where}: a passphrase field read as plain text ({node.role.name})"
        for node in tree
        if is_passphrase_field(node.widget) and not node.password
    ]


def secret_readable(tree: list[Node], secret: str = CANARY) -> list[str]:
    return [
        f"{node.where}: says the passphrase" for node in tree if secret in "\n".join(node.words)
    ]


def combos_named_by_value(tree: list[Node]) -> list[str]:
    """A combo box must say what it chooses, not only its value ("All themes"). On Linux
    Qt names a combo box by its value whatever its accessible name, and Orca says what it
    is for from its label (a buddy QLabel, or the label of its QFormLayout row); so every
    showing combo box needs a label, or without one a description, that is not just its
    value."""
    found = []
    for node in tree:
        if not isinstance(node.widget, QtWidgets.QComboBox) or not node.showing:
            continue
        iface = QAccessible.queryAccessibleInterface(node.widget)
        labels = [
            label.text(QAccessible.Text.Name) or ""
            for label, _kind in iface.relations(QAccessible.RelationFlag.Label)
        ]
        value = node.widget.currentText().strip()
        said = [*labels, node.widget.accessibleDescription()]
        if not any(words.strip() and words.strip() != value for words in said):
            found.append(f"{node.where}: a combo box with no label, said only as {value!r}")
    return found


def tooltips_out_of_reach(tree: list[Node]) -> list[str]:
    """What a tooltip says is also in the name or description: a keyboard and screen-reader
    user never hovers."""
    found = []
    for node in tree:
        widget = node.widget
        if widget is None or not node.showing or not widget.toolTip().strip():
            continue
        tip = QtGui.QTextDocumentFragment.fromHtml(widget.toolTip()).toPlainText().strip()
        if tip not in node.name and tip not in widget.accessibleDescription():
            found.append(f"{node.where}: its tooltip {tip!r} is not in its name or description")
    return found


def problems(window: QtWidgets.QWidget, secret: str = CANARY) -> list[str]:
    tree = nodes(window)
    return (
        unnamed_controls(tree)
        + passphrases_without_password_role(tree)
        + secret_readable(tree, secret)
        + combos_named_by_value(tree)
        + tooltips_out_of_reach(tree)
    )


def type_canary(window: QtWidgets.QWidget) -> int:
    """The canary in every showing passphrase field of `window`; gives how many."""
    fields = [
        field
        for field in window.findChildren(QtWidgets.QLineEdit)
        if is_passphrase_field(field) and field.isVisible() and field.isEnabled()
    ]
    for field in fields:
        field.setFocus()
        field.setText(CANARY)
    return len(fields)


# -- every room's screens ------------------------------------------------------------------

_ROOMS = ("shell", "journal", "trust", "exchange")


def all_screens() -> dict[str, Opener]:
    """Every screen the rooms' layout tests register, by name (they are the list of every
    place and dialog; a new one there is walked here too)."""
    found: dict[str, Opener] = {}
    tests_ui = Path(__file__).resolve().parents[1]
    for room in _ROOMS:
        path = tests_ui / room / f"test_layout_{room}.py"
        spec = importlib.util.spec_from_file_location(f"access_screens_{room}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.update(getattr(module, "SCREENS", {}))
    return found
