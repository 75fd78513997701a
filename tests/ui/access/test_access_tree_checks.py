"""The in-process walk's checks find what they are for: each seen failing on a planted
defect (an unnamed icon button, a passphrase field shown as plain text, a passphrase
copied into a name), and silent on the same window without it."""

from __future__ import annotations

from access_kit import CANARY, problems, type_canary
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtWidgets
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
