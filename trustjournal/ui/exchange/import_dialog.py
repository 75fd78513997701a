"""Import… : bring entries from jrnl, Day One, Daylio, Markdown files or our own export.

Four steps on one dialog: choose the source, see what it holds (nothing written yet),
the import itself with a progress bar and Cancel, and what was done. Reading and
writing run on the one background helper; the GUI thread only polls a counter, so
the window stays responsive. Cancel (or locking) while writing undoes every entry
of the import: it is one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from dataclasses import dataclass, field

from trustjournal.core.errors import InvalidInput, TrustJournalError
from trustjournal.core.exchange.importers import FORMATS, daylio
from trustjournal.core.exchange.importers.model import STARRED_TAG, ImportOptions
from trustjournal.core.exchange.importing import Import, ImportCancelled, ImportSummary
from trustjournal.core.exchange.texts import sources
from trustjournal.core.exchange.texts.importing import done_lines, summary_lines
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.exchange import texts
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    SPACING,
    button,
    button_row,
    fill_with_scrolling,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog
from trustjournal.ui.widgets.file_dialogs import choose_file_to_open, choose_folder

AUTO = "auto"
INTRO = N_(
    "Bring what you wrote elsewhere into this journal. You will see what the file holds "
    "before anything is added, and importing the same file again adds nothing twice."
)
POLL_MS = 100
LISTED_PROBLEMS = 8  # the rest are counted; the command line's --dry-run lists them all
KEPT_MOODS = "daylio_moods"
WIDTH = 560  # px at the usual text size
MOOD_CHOICE_WIDTH = 96  # one digit and its arrows
MOODS_ASKED = N_(
    "Daylio keeps moods of your own by name only. Say what each means, from 1 (awful) to "
    "5 (rad); the numbers shown are a guess. Your answers are kept for the next import."
)


@dataclass
class _Work:
    """What the background work and the GUI thread share: plain numbers and a flag."""

    done: int = 0
    total: int | None = None
    stop: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int | None) -> None:
        self.done, self.total = done, total

    def cancelled(self) -> bool:
        return self.stop.is_set()


class ImportDialog(QtWidgets.QDialog):
    """`imported(count)` is emitted once entries were written."""

    imported = QtCore.Signal(int)

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(_("Import entries"))
        self.setAccessibleName(_("Import entries"))
        self._journal = journal
        self._import: Import | None = None
        self._work = _Work()
        self._summary: ImportSummary | None = None
        self._running = False
        self._poll = QtCore.QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self.steps = QtWidgets.QStackedWidget()
        self.steps.setObjectName("import_steps")
        steps = (self._choose_step(), self._preview_step(), self._busy_step(), self._done_step())
        for step in steps:
            self.steps.addWidget(step)
        # Its words scroll on a short screen or at large text, never cut or squashed.
        body, _outer = dialog_body(self, "import_scroll")
        body.addWidget(self.steps)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        fit_dialog(self, WIDTH)
        super().showEvent(event)

    # -- the four steps --------------------------------------------------------------------

    def _choose_step(self) -> QtWidgets.QWidget:
        step = QtWidgets.QWidget()
        self.format_box = QtWidgets.QComboBox()
        self.format_box.setObjectName("import_format")
        self.format_box.setAccessibleName(_("Where the entries come from"))
        self.format_box.addItem(_("Find out from the file"), AUTO)
        for name, known in FORMATS.items():
            self.format_box.addItem(known.label, name)
        self.path_field = QtWidgets.QLineEdit()
        self.path_field.setObjectName("import_path")
        self.path_field.setAccessibleName(_("File or folder to import"))
        self.path_field.setPlaceholderText(_("The exported file or folder"))
        choose_file = button(_("Choose file…"), "import_choose_file")
        choose_file.clicked.connect(self._choose_file)
        choose_folder = button(_("Choose folder…"), "import_choose_folder")
        choose_folder.clicked.connect(self._choose_folder)
        self.starred_field = QtWidgets.QLineEdit(STARRED_TAG)
        self.starred_field.setObjectName("import_starred_tag")
        self.starred_field.setAccessibleName(_("Tag for starred entries"))
        self.undated_field = QtWidgets.QLineEdit()
        self.undated_field.setObjectName("import_undated_day")
        self.undated_field.setAccessibleName(_("Day for Markdown files without a date"))
        self.undated_field.setPlaceholderText(_("YYYY-MM-DD, for Markdown files without a date"))
        form = QtWidgets.QFormLayout()
        # A label too long to sit beside its field (in a longer language) goes above it.
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_("From"), self.format_box)
        form.addRow(_("File or folder"), self.path_field)
        form.addRow("", button_row(choose_file, choose_folder))
        form.addRow(_("Starred entries get the tag"), self.starred_field)
        form.addRow(_("Undated files"), self.undated_field)
        self.choose_message = label("", "message", "import_choose_message")
        show_text(self.choose_message, "")
        self.read_button = button(_("Show what it holds"), "import_read", primary=True)
        self.read_button.clicked.connect(self.read_source)
        close = button(_("Cancel"), "import_close")
        close.clicked.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(step)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(_("Import entries")))
        layout.addWidget(label(_(INTRO)))
        layout.addLayout(form)
        layout.addWidget(self.choose_message)
        layout.addStretch(1)
        layout.addLayout(button_row(close, self.read_button))
        return step

    def _preview_step(self) -> QtWidgets.QWidget:
        step = QtWidgets.QWidget()
        self.summary_label = label("", name="import_summary")
        self.moods_box = self._moods_box()
        back = button(_("Back"), "import_back")
        back.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        cancel = button(_("Cancel"), "import_preview_cancel")
        cancel.clicked.connect(self.reject)
        self.import_button = button(_("Import"), "import_start", primary=True)
        self.import_button.clicked.connect(self.start_import)
        # A long list of entries not read scrolls (by keys too: a Tab stop); buttons stay.
        details = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.summary_label)
        inner.addWidget(self.moods_box)
        inner.addStretch(1)
        scrolling = QtWidgets.QWidget()
        fill_with_scrolling(scrolling, details, "import_preview_details", tab_stop=True)
        layout = QtWidgets.QVBoxLayout(step)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(_("What will be added")))
        layout.addWidget(scrolling, 1)
        layout.addWidget(label(_("Nothing has been added yet."), "hint"))
        layout.addLayout(button_row(back, cancel, self.import_button))
        return step

    def _moods_box(self) -> QtWidgets.QWidget:
        """Daylio moods of the person's own, asked once: each a number from 1 to 5."""
        box = QtWidgets.QWidget()
        box.setObjectName("import_moods")
        self.mood_form = QtWidgets.QFormLayout()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(_(MOODS_ASKED)))
        layout.addLayout(self.mood_form)
        self.mood_choices: dict[str, QtWidgets.QSpinBox] = {}
        box.hide()
        return box

    def _ask_moods(self, guessed: dict[str, int]) -> None:
        while self.mood_form.rowCount():
            self.mood_form.removeRow(0)
        self.mood_choices = {}
        for index, (name, mood) in enumerate(guessed.items()):
            choice = QtWidgets.QSpinBox()
            choice.setObjectName(f"import_mood_{index}")
            choice.setAccessibleName(
                _("What your Daylio mood {name} means, from 1 to 5").format(name=name)
            )
            choice.setRange(1, 5)
            choice.setMaximumWidth(MOOD_CHOICE_WIDTH)
            choice.setValue(mood)
            self.mood_form.addRow(name, choice)
            self.mood_choices[name] = choice
        self.moods_box.setVisible(bool(guessed))

    def _busy_step(self) -> QtWidgets.QWidget:
        step = QtWidgets.QWidget()
        self.busy_label = label("", name="import_busy_label")
        self.progress = QtWidgets.QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setAccessibleName(_("Import progress"))
        self.progress.setTextVisible(False)  # the count is said in words below it
        self.count_label = label("", "hint", "import_count")
        self.cancel_button = button(_("Cancel"), "import_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QtWidgets.QVBoxLayout(step)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(_("Importing")))
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.count_label)
        layout.addWidget(label(_("Cancel adds nothing: your journal stays as it was."), "hint"))
        layout.addStretch(1)
        layout.addLayout(button_row(self.cancel_button))
        return step

    def _done_step(self) -> QtWidgets.QWidget:
        step = QtWidgets.QWidget()
        self.done_label = label("", name="import_done")
        finish = button(_("Close"), "import_finish", primary=True)
        finish.clicked.connect(self.accept)
        layout = QtWidgets.QVBoxLayout(step)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(_("Imported")))
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addLayout(button_row(finish))
        return step

    # -- choosing --------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path = choose_file_to_open(self, _("Choose the exported file"))
        if path:
            self.path_field.setText(path)

    def _choose_folder(self) -> None:
        path = choose_folder(self, _("Choose the exported folder"))
        if path:
            self.path_field.setText(path)

    def _options(self) -> ImportOptions:
        moods = daylio.remembered_moods(self._journal.settings.daylio_moods)
        starred = self.starred_field.text().strip() or STARRED_TAG
        undated = self.undated_field.text().strip()
        try:
            day = dt.date.fromisoformat(undated) if undated else None
        except ValueError:
            raise InvalidInput(sources.NOT_A_DAY.format(text=undated)) from None
        return ImportOptions(starred_tag=starred, moods=moods, undated_day=day)

    # -- reading (nothing written) ---------------------------------------------------------

    def read_source(self) -> None:
        path = self.path_field.text().strip()
        if not path:
            show_text(self.choose_message, _("Choose the file or folder to import first."))
            return
        show_text(self.choose_message, "")
        try:
            chosen = str(self.format_box.currentData())
            self._import = Import(self._journal, chosen, path, self._options())
        except TrustJournalError as error:
            show_text(self.choose_message, str(error))
            return
        importing = self._import
        self._begin(_("Reading {kind}…").format(kind=importing.format.label), total=None)
        run_in_background(
            lambda: importing.preview(self._work.report, self._work.cancelled),
            self._previewed,
            self._failed,
            owner=self,
        )

    def _previewed(self, summary: ImportSummary) -> None:
        self._end()
        self._summary = summary
        # The command line indents the details; here they read as a short list.
        lines = [_("From: {source}").format(source=summary.label)]
        said = summary_lines(summary, listed=LISTED_PROBLEMS, say_moods=False)
        lines += ["• " + line.strip() if line.startswith(" ") else line for line in said]
        self.summary_label.setText("\n".join(lines))
        self._ask_moods(summary.assumed_moods)
        self.import_button.setEnabled(summary.new > 0 and summary.can_import)
        self.steps.setCurrentIndex(1)

    # -- writing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        importing, summary = self._import, self._summary
        if importing is None or summary is None:
            return
        if self.mood_choices:
            importing = self._import = self._with_moods_said(importing)
        total = summary.new
        self._begin(texts.entries_to_add(total), total=total)
        run_in_background(
            lambda: importing.run(total, self._work.report, self._work.cancelled, announce=False),
            self._written,
            self._failed,
            owner=self,
        )

    def _with_moods_said(self, importing: Import) -> Import:
        """The answers kept (encrypted, in the journal's settings) and used for this import."""
        said = {name: choice.value() for name, choice in self.mood_choices.items()}
        kept = daylio.remembered_moods(self._journal.settings.daylio_moods)
        self._journal.settings.set(KEPT_MOODS, daylio.moods_to_keep({**kept, **said}))
        options = dataclasses.replace(importing.options, moods={**importing.options.moods, **said})
        return Import(self._journal, importing.format.name, importing.path, options)

    def _written(self, summary: ImportSummary) -> None:
        self._end()
        if self._import is not None:
            self._import.announce()
        self.done_label.setText("\n\n".join(done_lines(summary, self.path_field.text().strip())))
        self.steps.setCurrentIndex(3)
        announce(self, self.done_label.text())
        self.imported.emit(summary.new)

    # -- both ------------------------------------------------------------------------------

    def _begin(self, text: str, total: int | None) -> None:
        self._work = _Work(total=total)
        self._running = True
        self.busy_label.setText(text)
        announce(self, text)
        self._quarters_said = 0
        self.progress.setRange(0, total or 0)  # no total yet: a moving bar
        self.progress.setValue(0)
        self.count_label.setText("")
        self.cancel_button.setEnabled(True)
        self.steps.setCurrentIndex(2)
        self._poll.start()

    def _show_progress(self) -> None:
        done, total = self._work.done, self._work.total
        if total:
            self.progress.setValue(min(done, total))
            self.count_label.setText(texts.entries_added(done, total))
            self._say_progress(done, total)
        elif done:
            self.count_label.setText(texts.entries_read(done))

    def _say_progress(self, done: int, total: int) -> None:
        """Each quarter of the way once: often enough to know it moves, seldom enough
        to let the person do something else meanwhile."""
        quarters = min(done * 4 // total, 3)
        if quarters > self._quarters_said:
            self._quarters_said = quarters
            announce(self, self.count_label.text())

    def _end(self) -> None:
        self._poll.stop()
        self._running = False

    def _failed(self, error: TrustJournalError) -> None:
        self._end()
        if isinstance(error, ImportCancelled) and not self.isVisible():
            return
        show_text(self.choose_message, str(error))
        self.steps.setCurrentIndex(0)

    def cancel(self) -> None:
        """Stop the work in flight; an import being written is undone as a whole."""
        self._work.stop.set()
        self.cancel_button.setEnabled(False)
        self.busy_label.setText(_("Stopping… nothing will be added."))

    @property
    def running(self) -> bool:
        return self._running

    def reject(self) -> None:
        if self._running:
            self.cancel()  # the answer comes back and shows on the first step
            return
        super().reject()

    def stop_for_lock(self) -> None:
        """Locking: stop the work (the session waits for it before closing) and close."""
        self._work.stop.set()
        self.path_field.clear()
        self.summary_label.clear()
        self.done_label.clear()
        self._running = False
        self.hide()
