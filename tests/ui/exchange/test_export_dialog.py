"""The export dialog: filters, the preview, redaction, the protected PDF, and cancelling."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from trustjournal.core.exchange.redaction import WITHHELD
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import EventDraft
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import Qt, QtPrintSupport, QtWidgets


def fill(journal: Journal) -> None:
    today = journal.clock.today()  # 14 March 2026
    journal.events.add(EventDraft(day=today.replace(day=3), kind="therapy", title="Session"))
    journal.add_entry(EntryDraft(day=today.replace(day=1), title="Before the session"))
    journal.add_entry(
        EntryDraft(
            day=today.replace(day=5),
            title="Dinner",
            body="Robin was kind. [[withhold]]HIDDEN[[/withhold]]",
            tags=("home",),
            mood=2,
            discuss=True,
        )
    )
    journal.add_entry(EntryDraft(day=today.replace(day=8), title="Walk", tags=("outside",), mood=4))
    journal.add_entry(EntryDraft(day=today.replace(day=9), title="Mine", private=True))


def dialog(qtbot: QtBot, journal: Journal) -> ExportDialog:
    fill(journal)
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    return shown


def preview(shown: ExportDialog) -> str:
    return shown.preview.toPlainText()


def test_the_preview_is_since_the_last_session_without_private_entries(
    qtbot: QtBot, journal: Journal
) -> None:
    shown = dialog(qtbot, journal)
    assert shown.since_session.isChecked()
    text = preview(shown)
    assert "Dinner" in text and "Walk" in text
    assert "Before the session" not in text and "Mine" not in text
    assert "HIDDEN" not in text and WITHHELD in text


def test_filters_and_redaction_change_the_preview(qtbot: QtBot, journal: Journal) -> None:
    shown = dialog(qtbot, journal)
    shown.flagged_only.setChecked(True)
    qtbot.keyClicks(shown.redact, "robin")
    qtbot.mouseClick(shown.refresh_button, Qt.MouseButton.LeftButton)
    text = preview(shown)
    assert "Dinner" in text and "Walk" not in text
    assert "Robin" not in text and "[name]" in text
    shown.flagged_only.setChecked(False)
    shown.mood_min.setValue(4)
    assert "Dinner" not in preview(shown) and "Walk" in preview(shown)
    shown.mood_min.setValue(1)
    shown.tags.setText("outside")
    shown.include_private.setChecked(True)
    shown.refresh()
    assert "Walk" in preview(shown) and "Dinner" not in preview(shown)


def test_include_private_entries_puts_them_in_the_preview(qtbot: QtBot, journal: Journal) -> None:
    shown = dialog(qtbot, journal)
    shown.show()
    qtbot.waitExposed(shown)
    assert "Mine" not in preview(shown)
    shown.include_private.setFocus()
    qtbot.keyClick(shown.include_private, Qt.Key.Key_Space)  # ticked, and no other filter
    assert shown.include_private.isChecked()
    qtbot.waitUntil(lambda: "Mine" in preview(shown))
    assert "Dinner" in preview(shown) and "Walk" in preview(shown)
    qtbot.keyClick(shown.include_private, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Mine" not in preview(shown))


def test_cancelling_writes_nothing(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    shown = dialog(qtbot, journal)
    before = sorted(tmp_path.rglob("*"))
    asked: list[str] = []

    def cancel_the_file_dialog(suggested: str) -> str:
        asked.append(suggested)
        return ""

    shown.ask_path = cancel_the_file_dialog
    qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["journal-for-therapy-2026-03-14.pdf"]
    qtbot.mouseClick(shown.cancel_button, Qt.MouseButton.LeftButton)
    assert shown.result() == 0
    assert sorted(tmp_path.rglob("*")) == before


def test_a_protected_pdf_needs_the_same_password_twice(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    shown = dialog(qtbot, journal)
    target = tmp_path / "for-therapy"
    shown.ask_path = lambda suggested: str(target)
    shown.format.setCurrentIndex(shown.format.findData("pdf"))
    shown.protect.setChecked(True)
    shown.chart.setChecked(True)
    shown.password.setText("amber tide")
    shown.password_again.setText("amber tied")
    shown.save()
    assert "not the same" in shown.message.text()
    assert not target.with_suffix(".pdf").exists()
    assert shown.password.text() == ""  # asked again, never kept
    shown.password.setText("amber tide")
    shown.password_again.setText("amber tide")
    with qtbot.waitSignal(shown.exported) as written:
        shown.save()
    path = Path(written.args[0])
    assert path == target.with_suffix(".pdf")
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("amber tide") != 0
    assert "Dinner" in " ".join(page.extract_text() for page in reader.pages)


def test_remembered_names_go_to_the_settings(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    shown = dialog(qtbot, journal)
    shown.format.setCurrentIndex(shown.format.findData("md"))
    shown.redact.setText("Robin, Sam")
    shown.remember.setChecked(True)
    shown.ask_path = lambda suggested: str(tmp_path / suggested)
    with qtbot.waitSignal(shown.exported):
        shown.save()
    written = next(tmp_path.glob("*.md")).read_text(encoding="utf-8")
    assert "Robin" not in written
    assert journal.settings.get("redact_words") == ["Robin", "Sam"]
    assert ExportDialog(journal).redact.text() == "Robin, Sam"


def test_printing_paints_the_same_pages(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    shown = dialog(qtbot, journal)
    printed = tmp_path / "printed.pdf"

    def printer() -> QtPrintSupport.QPrinter:
        # Stands in for the system's print dialog: a printer that prints to a file.
        chosen = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    shown.ask_printer = printer
    qtbot.mouseClick(shown.print_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in PdfReader(printed).pages)
    assert "Dinner" in text and "Page 1 of" in " ".join(text.split())
    assert "Mine" not in text and "HIDDEN" not in text
    shown.ask_printer = lambda: None  # the print dialog cancelled: nothing happens
    qtbot.mouseClick(shown.print_button, Qt.MouseButton.LeftButton)


def test_the_pdf_password_gets_a_strength_hint_and_the_weakest_is_refused(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    shown = dialog(qtbot, journal)
    hint = shown.findChild(QtWidgets.QLabel, "export_password_strength")
    for box, value in ((shown.format, "pdf"),):
        box.setCurrentIndex(box.findData(value))
    shown.protect.setChecked(True)
    for field in (shown.password, shown.password_again):
        field.setText("a")
    assert hint.text().startswith("Very weak:")
    assert "stronger password is needed" in hint.text()
    folder = tmp_path / "exports"
    folder.mkdir()
    shown.ask_path = lambda suggested: str(folder / suggested)
    shown.save()
    assert "easy to guess" in shown.message.text()
    assert list(folder.iterdir()) == []
    shown.password.setText("river lamp candle")
    assert hint.text() == "Very strong: This passphrase would be hard to guess."


def test_the_export_names_the_app_only_when_ticked(qtbot: QtBot, journal: Journal) -> None:
    shown = dialog(qtbot, journal)
    box = shown.findChild(QtWidgets.QCheckBox, "export_name_app")
    assert not box.isChecked() and not shown.options().name_app
    box.setChecked(True)
    assert shown.options().name_app
