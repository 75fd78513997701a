"""The in-process walk's checks find what they are for: each seen failing on a planted
defect (an unnamed icon button, a passphrase field shown as plain text, a passphrase
copied into a name), and silent on the same window without it."""

from __future__ import annotations

from access_kit import CANARY, problems, type_canary
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.widgets.access.labelling import (
    describe_tooltips,
    label_form_fields,
    say_what_it_chooses,
)
from trustjournal.ui.widgets.controls import button, passphrase_field


def _window(qtbot: QtBot, *widgets: QtWidgets.QWidget) -> QtWidgets.QWidget:
    window = QtWidgets.QWidget()
    window.setObjectName("planted")
    window.setAccessibleName("Planted")
    layout = QtWidgets.QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_well_made_window_has_no_problem(qtbot: QtBot) -> None:
    field = passphrase_field("planted_passphrase", "Passphrase")
    window = _window(qtbot, button("Unlock", "unlock"), field)
    assert type_canary(window) == 1
    assert problems(window) == []


def test_an_icon_button_without_a_name_is_found(qtbot: QtBot) -> None:
    unnamed = QtWidgets.QPushButton()
    unnamed.setObjectName("icon_only")
    window = _window(qtbot, unnamed)
    assert problems(window) == ["planted/icon_only: a Button with no name"]


def test_a_hidden_or_unfocusable_control_needs_no_name(qtbot: QtBot) -> None:
    hidden, unfocusable = QtWidgets.QPushButton(), QtWidgets.QPushButton()
    window = _window(qtbot, hidden, unfocusable)
    hidden.hide()
    unfocusable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert problems(window) == []


def test_a_passphrase_field_in_plain_text_is_found(qtbot: QtBot) -> None:
    field = passphrase_field("planted_passphrase", "Passphrase")
    field.setEchoMode(QtWidgets.QLineEdit.EchoMode.Normal)
    window = _window(qtbot, field)
    type_canary(window)
    assert problems(window) == [
        "planted/planted_passphrase: a passphrase field read as plain text (EditableText)",
        "planted/planted_passphrase: says the passphrase",
    ]


def test_a_field_named_for_a_password_counts_as_one(qtbot: QtBot) -> None:
    field = QtWidgets.QLineEdit()
    field.setObjectName("pdf_password")
    field.setAccessibleName("Password for the PDF")
    window = _window(qtbot, field)
    assert problems(window) == [
        "planted/pdf_password: a passphrase field read as plain text (EditableText)"
    ]


def test_a_passphrase_copied_into_a_description_is_found(qtbot: QtBot) -> None:
    field = passphrase_field("planted_passphrase", "Passphrase")
    echo = QtWidgets.QLabel("Strength: good")
    echo.setObjectName("strength")
    field.textChanged.connect(lambda text: echo.setAccessibleDescription(f"You typed {text}"))
    window = _window(qtbot, field, echo)
    type_canary(window)
    assert problems(window) == ["planted/strength: says the passphrase"]


def test_a_passphrase_in_a_label_s_text_is_found(qtbot: QtBot) -> None:
    shown = QtWidgets.QLabel(f"Your passphrase is {CANARY}")
    shown.setObjectName("shown")
    window = _window(qtbot, shown)
    assert problems(window) == ["planted/shown: says the passphrase"]


def test_a_combo_box_said_only_by_its_value_is_found(qtbot: QtBot) -> None:
    combo = QtWidgets.QComboBox()
    combo.setObjectName("theme")
    combo.addItems(["All themes", "Safety"])
    combo.setAccessibleName("Theme")  # Linux screen readers get the value as its name
    window = _window(qtbot, combo)
    assert problems(window) == [
        "planted/theme: a combo box with no label, said only as 'All themes'"
    ]


def test_a_combo_box_with_a_label_or_a_description_says_what_it_chooses(qtbot: QtBot) -> None:
    labelled, described = QtWidgets.QComboBox(), QtWidgets.QComboBox()
    for combo in (labelled, described):
        combo.addItems(["All themes", "Safety"])
    form = QtWidgets.QFormLayout()
    form.addRow(QtWidgets.QLabel("Theme"), labelled)
    label_form_fields(form)
    described.setAccessibleName("Theme")
    say_what_it_chooses(described)
    holder = QtWidgets.QWidget()
    holder.setLayout(form)
    assert problems(_window(qtbot, holder, described)) == []


def test_a_tooltip_only_a_mouse_can_read_is_found_and_describing_it_mends_it(
    qtbot: QtBot,
) -> None:
    lock = button("Lock", "lock")
    lock.setToolTip("Lock (Ctrl+L)")
    window = _window(qtbot, lock)
    assert problems(window) == [
        "planted/lock: its tooltip 'Lock (Ctrl+L)' is not in its name or description"
    ]
    describe_tooltips(window)
    assert problems(window) == []
    assert lock.accessibleDescription() == "Lock (Ctrl+L)"
