"""First run: the welcome, the passphrase with its hint, the recovery code, then the journal."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE, files_containing
from uikit import button, field, go_through_onboarding, text_of, type_into, type_new_passphrase

from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtPrintSupport, QtWidgets
from trustjournal.ui.shell.keys import recovery_code_view
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import Session


def start_onboarding(qtbot: QtBot, session: Session) -> OnboardingWindow:
    session.start()
    window = session.window
    assert isinstance(window, OnboardingWindow)
    qtbot.mouseClick(button(window, "begin_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "limits_next_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "about_skip_button"), Qt.MouseButton.LeftButton)
    return window


def create_vault(qtbot: QtBot, window: OnboardingWindow) -> str:
    type_new_passphrase(qtbot, window, PASSPHRASE)
    qtbot.mouseClick(button(window, "create_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.steps.currentWidget().objectName() == "recovery_step")
    return text_of(window, "recovery_code")


def test_a_first_run_starts_with_a_welcome_and_the_limits(session: Session) -> None:
    session.start()
    window = session.window
    assert isinstance(window, OnboardingWindow)
    assert window.windowTitle() == "TrustJournal"
    assert window.steps.currentWidget().objectName() == "welcome_step"
    limits = text_of(window, "limits_list")
    for words in ("keylogger", "forcing you to unlock", "exports", "recovery code is lost"):
        assert words in limits
    sealed = text_of(window, "limits_sealed_notes")  # what sealing protects, and what not
    for words in ("sealed at once", "does not hide that a note exists", "keep or discard"):
        assert words in sealed


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_onboarding_leads_to_the_journal_once_the_code_is_stored(
    qtbot: QtBot, session: Session, data_dir: Path
) -> None:
    window = start_onboarding(qtbot, session)
    code = create_vault(qtbot, window)
    assert len(code.split("-")) == 8
    proceed = button(window, "continue_button")
    assert not proceed.isEnabled()
    qtbot.mouseClick(proceed, Qt.MouseButton.LeftButton)
    assert session.window is window  # nothing happens before the code is stored
    qtbot.mouseClick(button(window, "stored_checkbox"), Qt.MouseButton.LeftButton)
    assert proceed.isEnabled()
    qtbot.mouseClick(proceed, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.window, MainWindow))
    assert session.journal is not None and session.journal.vault.is_open
    assert files_containing(code, [data_dir, data_dir.parent / "qsettings"]) == []


def test_a_weak_or_mismatched_passphrase_cannot_create(qtbot: QtBot, session: Session) -> None:
    window = start_onboarding(qtbot, session)
    create = button(window, "create_button")
    type_into(qtbot, field(window, "new_passphrase"), "password1")
    assert text_of(window, "strength_label").startswith("Strength: ")
    assert text_of(window, "strength_hint")
    assert not create.isEnabled()
    type_into(qtbot, field(window, "new_passphrase"), PASSPHRASE)
    type_into(qtbot, field(window, "confirm_passphrase"), PASSPHRASE + "x")
    assert "not the same" in text_of(window, "strength_hint")
    assert not create.isEnabled()
    type_into(qtbot, field(window, "confirm_passphrase"), PASSPHRASE)
    assert create.isEnabled()


def test_the_recovery_code_can_be_copied(qtbot: QtBot, session: Session) -> None:
    window = start_onboarding(qtbot, session)
    code = create_vault(qtbot, window)
    qtbot.mouseClick(button(window, "copy_code_button"), Qt.MouseButton.LeftButton)
    assert QtGui.QGuiApplication.clipboard().text() == code
    assert "Copied" in text_of(window, "recovery_code_status")


def test_the_recovery_code_is_saved_only_where_the_person_chose(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere" / "my code.txt"
    chosen.parent.mkdir()
    monkeypatch.setattr(recovery_code_view, "ask_save_path", lambda _parent: str(chosen))
    window = start_onboarding(qtbot, session)
    code = create_vault(qtbot, window)
    qtbot.mouseClick(button(window, "save_code_button"), Qt.MouseButton.LeftButton)
    assert code in chosen.read_text(encoding="utf-8")
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o600
    assert files_containing(code, [tmp_path]) == [chosen]


def test_the_recovery_code_can_be_printed(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent: QtWidgets.QWidget) -> QtPrintSupport.QPrinter:
        printer = QtPrintSupport.QPrinter()
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(recovery_code_view, "ask_printer", pdf_printer)
    window = start_onboarding(qtbot, session)
    code = create_vault(qtbot, window)
    qtbot.mouseClick(button(window, "print_code_button"), Qt.MouseButton.LeftButton)
    reader = PdfReader(printed)
    on_paper = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert "".join(code.split()) in on_paper  # the code itself, readable on the page
    assert "printer" in text_of(window, "recovery_code_status")


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_new_vault_opens_with_the_chosen_passphrase(
    qtbot: QtBot, session: Session, data_dir: Path
) -> None:
    go_through_onboarding(qtbot, session)
    session.lock()
    assert session.journal is None
    Vault.unlock(data_dir, PASSPHRASE).close()


def test_enter_in_the_second_field_creates_the_journal(qtbot: QtBot, session: Session) -> None:
    window = start_onboarding(qtbot, session)
    type_into(qtbot, field(window, "new_passphrase"), PASSPHRASE)
    type_into(qtbot, field(window, "confirm_passphrase"), "not the same")
    qtbot.keyClick(field(window, "confirm_passphrase"), Qt.Key.Key_Return)
    assert window.steps.currentWidget().objectName() == "passphrase_step"
    type_into(qtbot, field(window, "confirm_passphrase"), PASSPHRASE)
    qtbot.keyClick(field(window, "confirm_passphrase"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.steps.currentWidget().objectName() == "recovery_step")


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_onboarding_asks_gently_who_is_writing_and_keeps_the_answer(
    qtbot: QtBot, session: Session
) -> None:
    session.start()
    window = session.window
    assert isinstance(window, OnboardingWindow)
    qtbot.mouseClick(button(window, "begin_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "limits_next_button"), Qt.MouseButton.LeftButton)
    assert window.steps.currentWidget().objectName() == "about_step"
    shown = [w.text() for w in window.steps.currentWidget().findChildren(QtWidgets.QLabel)]
    assert any("change them any time in Settings" in text for text in shown)
    for name in ("about_role_any", "about_phase_unsaid"):  # nothing assumed
        assert button(window, name).isChecked()
    for name in ("about_role_hurt", "about_phase_early"):
        choice = button(window, name)
        at = QtCore.QPoint(8, choice.height() // 2)  # on the round mark, as a person clicks
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseClick(button(window, "about_next_button"), Qt.MouseButton.LeftButton)
    create_vault(qtbot, window)
    qtbot.mouseClick(button(window, "stored_checkbox"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "continue_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.window, MainWindow))
    assert session.journal is not None
    settings = session.journal.settings
    assert (settings.get("prompt_role"), settings.get("recovery_phase")) == ("hurt", "early")
    today = session.journal.prompts.of_the_day()
    assert today is not None and today.audience in ("hurt", "any")
    assert today.phase in (None, "early")


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_skipping_who_is_writing_leaves_it_unsaid(qtbot: QtBot, session: Session) -> None:
    window = start_onboarding(qtbot, session)
    create_vault(qtbot, window)
    qtbot.mouseClick(button(window, "stored_checkbox"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "continue_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.window, MainWindow))
    assert session.journal is not None
    settings = session.journal.settings
    assert (settings.get("prompt_role"), settings.get("recovery_phase")) == ("any", "unsaid")
