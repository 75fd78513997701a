"""Export for therapy: choose what to share, see exactly what will leave, then save.

A standalone dialog over an unlocked journal. Nothing is written until the person picks a
file; the preview is built in memory from the same export model every format is written
from. The file is never opened by the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.exchange.build import build_export, last_session
from trustjournal.core.exchange.export import FORMATS, SUFFIXES, render
from trustjournal.core.exchange.model import ExportDocument, ExportOptions, Filters, reads_files
from trustjournal.core.exchange.pdf import paint_pages
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.records.entries import MOOD_MAX, MOOD_MIN
from trustjournal.ui.exchange.export_controls import (
    check_box,
    date_of,
    mood_spin,
    scrolling,
    words_in,
)
from trustjournal.ui.exchange.export_language import export_language_choice, in_language
from trustjournal.ui.exchange.export_letters import LetterChoices
from trustjournal.ui.exchange.export_pdf_lock import PdfLock
from trustjournal.ui.exchange.export_writing import ExportJob, ExportWriter
from trustjournal.ui.qt import QtCore, QtPrintSupport, QtWidgets
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.access.labelling import describe_tooltips, label_form_fields
from trustjournal.ui.widgets.controls import (
    SPACING,
    button,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.dates import day_month_year, short_date_pattern
from trustjournal.ui.widgets.file_dialogs import choose_file_to_save
from trustjournal.ui.widgets.sizing import fitting_size

LEAVES_THE_VAULT = N_(
    "Once saved, the file is no longer protected by your journal's passphrase. "
    "Keep it somewhere only you can reach, and delete it when you no longer need it."
)
PAPER = (("a4", N_("A4")), ("letter", N_("US Letter")))
PREVIEW_MIN_WIDTH = 380  # narrower, the preview read one word a line
WANTED_SIZE = QtCore.QSize(1040, 720)


class ExportDialog(QtWidgets.QDialog):
    exported = QtCore.Signal(str)  # with the path, after a file was written

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(_("Export for therapy"))
        self.setAccessibleName(_("Export for therapy"))
        self._journal = journal
        today = journal.clock.today()
        self._session = last_session(journal, today)
        # Asked when saving; tests and the main window may replace it.
        self.ask_path: Callable[[str], str] = self._ask_path
        self.ask_printer: Callable[[], QtPrintSupport.QPrinter | None] = self._ask_printer

        self.since_session = QtWidgets.QRadioButton(_("Since the last therapy session"))
        self.since_session.setObjectName("export_since_session")
        self.between = QtWidgets.QRadioButton(_("Between these dates"))
        self.between.setObjectName("export_between_dates")
        self.date_from = QtWidgets.QDateEdit(QtCore.QDate(today.year, today.month, 1))
        self.date_from.setObjectName("export_date_from")
        self.date_from.setAccessibleName(_("From"))
        self.date_to = QtWidgets.QDateEdit(QtCore.QDate(today.year, today.month, today.day))
        self.date_to.setObjectName("export_date_to")
        self.date_to.setAccessibleName(_("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(short_date_pattern())
        # Why the choice cannot be taken is said under it: a radio button's words never wrap.
        no_session = _("There is no therapy session on your timeline yet.")
        self.no_session = label(no_session, "muted", "export_no_session_note")
        self.no_session.setVisible(self._session is None)
        if self._session is None:
            self.since_session.setEnabled(False)
            self.since_session.setAccessibleDescription(no_session)
            self.between.setChecked(True)
        else:
            self.since_session.setText(
                _("Since the last therapy session ({day})").format(
                    day=day_month_year(self._session)
                )
            )
            self.since_session.setChecked(True)

        self.tags = QtWidgets.QLineEdit()
        self.tags.setObjectName("export_tags")
        self.tags.setAccessibleName(_("Only entries with these tags"))
        self.tags.setPlaceholderText(_("any tag; or several, separated by commas"))
        self.emotions = QtWidgets.QLineEdit()
        self.emotions.setObjectName("export_emotions")
        self.emotions.setAccessibleName(_("Only entries with these feelings"))
        self.emotions.setPlaceholderText(_("any feeling"))
        self.mood_min = mood_spin("export_mood_min", _("Lowest mood"), MOOD_MIN)
        self.mood_max = mood_spin("export_mood_max", _("Highest mood"), MOOD_MAX)
        self.flagged_only = check_box(
            _("Only entries flagged to talk about"), "export_flagged_only"
        )
        self.include_private = check_box(_("Include private entries"), "export_include_private")
        self.pictures = check_box(_("Pictures and files"), "export_pictures", checked=True)
        saved = ", ".join(journal.settings.redact_words)
        self.redact = QtWidgets.QLineEdit(saved)
        self.redact.setObjectName("export_redact")
        self.redact.setAccessibleName(_("Names to replace with [name]"))
        self.redact.setPlaceholderText(_("names or words, separated by commas"))
        self.remember = check_box(_("Remember these names for next time"), "export_remember_names")
        self.summary = check_box(_("A one-page summary first"), "export_summary", checked=True)
        self.chart = check_box(_("The timeline chart (PDF)"), "export_chart")
        self.letters = LetterChoices(journal)

        self.format = QtWidgets.QComboBox()
        self.format.setObjectName("export_format")
        self.format.setAccessibleName(_("Format"))
        for key, text in FORMATS.items():
            self.format.addItem(text, key)
        self.paper = QtWidgets.QComboBox()
        self.paper.setObjectName("export_paper")
        self.paper.setAccessibleName(_("Paper size"))
        for key, text in PAPER:
            self.paper.addItem(_(text), key)
        self.language = export_language_choice(on_change=self.refresh)
        self.protect = check_box(_("Protect the PDF with a password"), "export_protect")
        self.name_app = check_box(_("Say the file was made with TrustJournal"), "export_name_app")
        self.name_app.setToolTip(_("Left unticked, nothing in the file names the app"))
        self.pdf_lock = PdfLock()
        self.password, self.password_again = self.pdf_lock.password, self.pdf_lock.again

        self.preview = QtWidgets.QTextBrowser()
        self.preview.setObjectName("export_preview")
        self.preview.setAccessibleName(_("Preview of what will be exported"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumSize(PREVIEW_MIN_WIDTH, 240)
        self.message = label("", "error", "export_message")
        self.message.setVisible(False)
        self.writing_note = label("", "muted", "export_writing_note")
        self.writing_note.setVisible(False)
        self.refresh_button = button(_("Show preview"), "export_preview_button")
        self.print_button = button(_("Print…"), "export_print_button")
        self.save_button = button(_("Save…"), "export_save_button", primary=True)
        self.cancel_button = button(_("Cancel"), "export_cancel_button")
        self.writer = ExportWriter(journal, self)
        self._lay_out()
        self._connect()
        describe_tooltips(self)
        self._update_enabled()
        self.refresh()

    # -- layout ----------------------------------------------------------------

    def _lay_out(self) -> None:
        # The dates on a line of their own under their choice: beside it, the row was the
        # widest of the dialog in a longer language or at large text.
        dates = QtWidgets.QHBoxLayout()
        dates.addSpacing(self.between.sizeHint().height())
        dates.addWidget(self.date_from)
        dates.addWidget(label(_("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form = QtWidgets.QFormLayout()
        # A field with no room beside its name goes under it (a longer language, large
        # text); otherwise the names' column took the width the fields need.
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(label(_("Tags")), self.tags)
        form.addRow(label(_("Feelings")), self.emotions)
        moods = QtWidgets.QHBoxLayout()
        moods.addWidget(self.mood_min)
        moods.addWidget(label(_("to")))
        moods.addWidget(self.mood_max)
        moods.addWidget(label(_("(all moods: 1 to 5)")))
        moods.addStretch(1)
        form.addRow(label(_("Mood")), moods)
        form.addRow(label(_("Names to hide")), self.redact)
        form.addRow("", self.remember)
        form.addRow(label(_("Format")), self.format)
        form.addRow(label(_("Paper")), self.paper)
        form.addRow(label(_("Export language")), self.language)
        form.addRow("", self.protect)
        form.addRow("", self.name_app)
        self.pdf_lock.add_rows(form)
        label_form_fields(form)
        choices = QtWidgets.QVBoxLayout()
        choices.setSpacing(SPACING // 2)
        choices.addWidget(heading(_("What to share")))
        choices.addWidget(self.since_session)
        choices.addWidget(self.no_session)
        choices.addWidget(self.between)
        choices.addLayout(dates)
        for box in (self.flagged_only, self.include_private, self.pictures):
            choices.addWidget(box)
        for box in (self.summary, self.chart):
            choices.addWidget(box)
        choices.addWidget(self.letters)
        choices.addLayout(form)
        choices.addWidget(label(_(LEAVES_THE_VAULT), "hint", "export_leaves_vault"))
        choices.addStretch(1)
        side = QtWidgets.QVBoxLayout()
        side.addWidget(heading(_("What will leave")))
        side.addWidget(self.preview, 1)
        columns = QtWidgets.QHBoxLayout()
        # The choices as wide as they like to be (when the dialog has the room), the
        # preview all the rest.
        columns.addWidget(scrolling(choices))
        columns.addLayout(side, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(SPACING)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.writing_note)
        layout.addLayout(buttons)
        # As tall as the choices where the screen allows (1920x1080 had them scroll).
        wanted = WANTED_SIZE.expandedTo(QtCore.QSize(0, self.sizeHint().height()))
        self.resize(fitting_size(wanted, self.parentWidget()))

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_export)
        self.cancel_button.clicked.connect(self.reject)
        self.writer.written.connect(self._written)
        self.writer.failed.connect(self._not_written)
        for radio in (self.since_session, self.between):
            radio.toggled.connect(self._update_enabled)
        self.format.currentIndexChanged.connect(self._update_enabled)
        self.protect.toggled.connect(self._update_enabled)
        # The preview follows every choice, so what is shown is what will leave.
        for box in (self.flagged_only, self.include_private, self.pictures, self.summary):
            box.toggled.connect(self.refresh)
        self.between.toggled.connect(self.refresh)
        self.letters.changed.connect(self.refresh)
        for edit in (self.tags, self.emotions, self.redact):
            edit.editingFinished.connect(self.refresh)
        for dates in (self.date_from, self.date_to):
            dates.dateChanged.connect(self.refresh)
        for spin in (self.mood_min, self.mood_max):
            spin.valueChanged.connect(self.refresh)

    def _update_enabled(self) -> None:
        pdf = self.format.currentData() == "pdf"
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(self.between.isChecked())
        self.paper.setEnabled(pdf)
        self.chart.setEnabled(pdf)
        self.protect.setEnabled(pdf)
        self.pdf_lock.set_enabled(pdf and self.protect.isChecked())

    # -- what the person chose --------------------------------------------------

    def options(self) -> ExportOptions:
        between = self.between.isChecked()
        return ExportOptions(
            date_from=date_of(self.date_from) if between else None,
            date_to=date_of(self.date_to) if between else None,
            since_last_session=not between,
            filters=Filters(
                tags=words_in(self.tags.text()),
                emotions=words_in(self.emotions.text().lower()),
                # The whole range means any entry, with a mood or without one.
                mood_min=self.mood_min.value() if self.mood_min.value() > MOOD_MIN else None,
                mood_max=self.mood_max.value() if self.mood_max.value() < MOOD_MAX else None,
                flagged_only=self.flagged_only.isChecked(),
                include_private=self.include_private.isChecked(),
            ),
            redact=words_in(self.redact.text()),
            summary=self.summary.isChecked(),
            chart=self.chart.isChecked() and self.format.currentData() == "pdf",
            name_app=self.name_app.isChecked(),
            letters=self.letters.chosen(),
            pictures=self.pictures.isChecked(),
        )

    def document(self, preview: bool = False, read_files: bool = True) -> ExportDocument:
        """The export chosen; for the preview, its pictures as their small thumbnails;
        without `read_files` (plain text), no picture's or file's bytes."""
        return build_export(self._journal, self.options(), preview, read_files)

    def refresh(self) -> None:
        """Show exactly what will leave: the same export, as a page of text."""
        try:
            document = self.document(preview=True)
        except TrustJournalError as error:
            self.preview.clear()
            show_text(self.message, str(error))
            return
        show_text(self.message, "")
        with in_language(self.language.currentData()):
            self.preview.setHtml(render(document, "html").decode("utf-8"))

    def _password(self) -> str | None:
        if not (self.format.currentData() == "pdf" and self.protect.isChecked()):
            return None
        return self.pdf_lock.chosen()

    def _ask_printer(self) -> QtPrintSupport.QPrinter | None:
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        chooser = QtPrintSupport.QPrintDialog(printer, self)
        chooser.setWindowTitle(_("Print the export"))
        if chooser.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_export(self) -> None:
        """Straight to the system's print dialog; nothing is saved by the app."""
        try:
            document = self.document()
        except TrustJournalError as error:
            show_text(self.message, str(error))
            return
        printer = self.ask_printer()
        if printer is None:
            return
        with in_language(self.language.currentData()):
            paint_pages(document, printer)
        show_text(self.message, "")

    def _ask_path(self, suggested: str) -> str:
        fmt = self.format.currentData()
        return choose_file_to_save(
            self, _("Save the export"), suggested, f"{FORMATS[fmt]} (*{SUFFIXES[fmt]})"
        )

    def save(self) -> None:
        """Ask where, then make the export in the background and write it; cancelling the
        file dialog, or this dialog while the export is made, writes nothing."""
        fmt = str(self.format.currentData())
        try:
            password = self._password()
            document = self.document(read_files=reads_files(fmt))
            suggested = f"journal-for-therapy-{document.period.end.isoformat()}{SUFFIXES[fmt]}"
            chosen = self.ask_path(suggested)
            if not chosen:
                return
        except TrustJournalError as error:
            self._not_written(str(error))
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])
        page_size = str(self.paper.currentData())
        language = str(self.language.currentData())  # its folder's name is said in it too
        self._show_writing(True)
        self.writer.start(ExportJob(document, fmt, path, page_size, password, language))

    def _show_writing(self, writing: bool) -> None:
        """While the export is made, it is said, and only Cancel can be pressed."""
        for control in (self.save_button, self.print_button, self.refresh_button):
            control.setEnabled(not writing)
        show_text(self.writing_note, _("Writing the export…") if writing else "")
        if writing:
            show_text(self.message, "")
            announce(self, self.writing_note.text())

    def _written(self, path: str) -> None:
        self._show_writing(False)
        self.pdf_lock.forget()
        try:
            if self.remember.isChecked():
                self._journal.settings.set("redact_words", list(words_in(self.redact.text())))
        except TrustJournalError as error:
            show_text(self.message, str(error))
            return
        self.exported.emit(path)
        self.accept()

    def _not_written(self, sentence: str) -> None:
        self._show_writing(False)
        self.pdf_lock.forget()
        show_text(self.message, sentence)

    def reject(self) -> None:
        """Cancel: an export being made is let go, and nothing is written."""
        self.writer.cancel()
        self._show_writing(False)
        super().reject()
