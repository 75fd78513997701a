"""What a screen reader needs beyond a control's own words: the label that says what a
field is for, a combo box's purpose besides its value, a tooltip's words.

On Linux Qt names a combo box by its current value ("All themes"), whatever its
accessible name; Orca says what it chooses from its label (a buddy QLabel) or, without
one, from its description. A tooltip is never seen by someone who does not hover, so
its words go in the description too.
"""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtGui, QtWidgets

_ROLE = QtWidgets.QFormLayout.ItemRole
HEADING = "heading"  # the `role` property controls.heading gives its labels


def label_form_fields(form: QtWidgets.QFormLayout) -> None:
    """Each row's QLabel becomes its field's buddy: QFormLayout does that only for rows
    added with a string, and a label widget is what names the field to a screen reader."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, _ROLE.LabelRole)
        field_item = form.itemAt(row, _ROLE.FieldRole)
        if label_item is None or field_item is None:
            continue
        label, field = label_item.widget(), field_item.widget()
        if isinstance(label, QtWidgets.QLabel) and field is not None and label.buddy() is None:
            label.setBuddy(field)


def say_what_it_chooses(combo: QtWidgets.QComboBox) -> None:
    """A combo box with no label beside it: its accessible name (what it chooses) is its
    description too, which Orca reads after the value."""
    combo.setAccessibleDescription(combo.accessibleName())


def describe_tooltips(root: QtWidgets.QWidget) -> None:
    """Every control under `root` whose tooltip says more than its name gets the tooltip
    as its description (when it has none of its own)."""
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        tip = widget.toolTip().strip()
        if tip and not widget.accessibleDescription() and tip != widget.accessibleName():
            widget.setAccessibleDescription(tip)


# -- headings ------------------------------------------------------------------------------


class _HeadingAccessible(QtWidgets.QAccessibleWidget):
    """A heading label (controls.heading) as a screen reader's heading: its words, and
    the Heading role, so a person can jump from one part of a page to the next."""

    def __init__(self, label: QtWidgets.QLabel) -> None:
        super().__init__(label, QtGui.QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QtGui.QAccessible.Text) -> str:
        if kind == QtGui.QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


# -- a hand-made widget's kind ----------------------------------------------------------------

SAID_ROLE = "said_role"  # the property `say_role` sets: a QAccessible.Role's value


def say_role(widget: QtWidgets.QWidget, role: QtGui.QAccessible.Role) -> None:
    """What a screen reader calls a widget painted by hand or holding others (a chart, a
    group of controls): Qt gives any QWidget its generic Client role, which says nothing
    of what it is. Call it before the widget's accessible name is set: while a screen
    reader listens, setting a name makes Qt build the widget's interface, and Qt keeps
    that one (found on the AT-SPI bus: the chart stayed "unknown")."""
    widget.setProperty(SAID_ROLE, role.value)


def _heading_factory(_class_name: str, made: QtCore.QObject) -> QtGui.QAccessibleInterface | None:
    if isinstance(made, QtWidgets.QLabel) and made.property("role") == HEADING:
        return _HeadingAccessible(made)
    said = made.property(SAID_ROLE) if isinstance(made, QtWidgets.QWidget) else None
    if isinstance(made, QtWidgets.QWidget) and isinstance(said, int):
        return QtWidgets.QAccessibleWidget(made, QtGui.QAccessible.Role(said))
    return None  # Qt's own interface


_installed: list[bool] = []


def install_heading_role() -> None:
    """Once per process: heading labels say they are headings, and widgets given a role by
    `say_role` say theirs (Qt has no property for a widget's role; its interface factory
    is the way)."""
    if not _installed:
        QtGui.QAccessible.installFactory(_heading_factory)
        _installed.append(True)
