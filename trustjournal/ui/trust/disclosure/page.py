"""The Disclosure page (Trust → Disclosure): a workspace for preparing a disclosure, never
a store of the disclosure itself. The warning comes first; then the hurt partner's
questions, "no details, please" topics, the days with a note after, the ledger of what
was told when, and the involved partner's checklist with "Delete the preparation notes".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustjournal.core.changes import Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.disclosure import texts as core_texts
from trustjournal.core.journal.disclosure.disclosure_json import question_state_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import FROM_PARTNER, MINE, QUESTION_STATES
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust.disclosure import texts
from trustjournal.ui.trust.disclosure.letters import Letters
from trustjournal.ui.trust.timeline.data import short_day
from trustjournal.ui.trust.timeline.event_dialog import date_edit, day_of
from trustjournal.ui.trust.trust_page import TrustPage
from trustjournal.ui.widgets.access.labelling import say_what_it_chooses
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import (
    button,
    card,
    confirmed,
    fill_with_scrolling,
    heading,
    label,
    show_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole
NOTICE_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-left: 4px solid palette(highlight); border-radius: 6px; padding: 8px 12px; }"
)


def _list(name: str, accessible: str) -> QtWidgets.QListWidget:
    widget = QtWidgets.QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setWordWrap(True)
    # Short lists: a handful of lines each, so the cards below stay in reach.
    widget.setMinimumHeight(90)
    widget.setMaximumHeight(130)
    return widget


def _line(name: str, accessible: str) -> QtWidgets.QLineEdit:
    edit = QtWidgets.QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(accessible)
    return edit


def _item(text: str, row_id: int) -> QtWidgets.QListWidgetItem:
    item = QtWidgets.QListWidgetItem(text)
    item.setData(ID_ROLE, row_id)
    return item


class DisclosurePage(TrustPage):
    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(journal, parent, clock, "disclosurePage", _("Disclosure"))
        self._build(journal)
        self.watcher = ChangeWatcher(journal, (Topic.DISCLOSURE,), self)
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self, journal: Journal) -> None:
        inner = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(inner)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(_("Disclosure")))
        warning = label(core_texts.WARNING, "", "disclosureWarning")
        warning.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(warning)
        self.message = label("", "", "disclosureMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.letters = Letters(journal, self.dialogs, self)
        for part in (
            self._questions(),
            self._topics(),
            self._days(),
            self._ledger(),
            self.letters.frame,
            self._checklist(),
        ):
            layout.addWidget(part)
        layout.addStretch(1)
        fill_with_scrolling(self, inner, "disclosureScroll")

    def _card(
        self, name: str, title: str, hint: str
    ) -> tuple[QtWidgets.QFrame, QtWidgets.QVBoxLayout]:
        frame, layout = card(name, title)
        layout.addWidget(label(hint, "muted"))
        return frame, layout

    def _adding_row(
        self, edit: QtWidgets.QLineEdit, add: QtWidgets.QPushButton, *more: QtWidgets.QWidget
    ) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        row.addWidget(edit, 1)
        for widget in more:
            row.addWidget(widget)
        row.addWidget(add)
        return row

    def _questions(self) -> QtWidgets.QWidget:
        frame, layout = self._card(
            "disclosureQuestionsCard", texts.QUESTIONS_TITLE, texts.QUESTIONS_HINT
        )
        self.questions = _list("disclosureQuestions", texts.QUESTIONS_TITLE)
        self.question_text = _line("disclosureQuestionText", _("A question to park"))
        self.question_add = button(_("Park it"), "disclosureQuestionAdd")
        self.question_state = QtWidgets.QComboBox()
        self.question_state.setObjectName("disclosureQuestionState")
        self.question_state.setAccessibleName(_("How far the chosen question is answered"))
        for state in QUESTION_STATES:
            self.question_state.addItem(question_state_name(state), state)
        say_what_it_chooses(self.question_state)
        self.question_mark = button(_("Mark the chosen question"), "disclosureQuestionMark")
        layout.addWidget(self.questions)
        layout.addLayout(self._adding_row(self.question_text, self.question_add))
        marking = QtWidgets.QHBoxLayout()
        marking.addWidget(self.question_state)
        marking.addWidget(self.question_mark)
        marking.addStretch(1)
        layout.addLayout(marking)
        self.question_add.clicked.connect(self.park_question)
        self.question_text.returnPressed.connect(self.park_question)
        self.question_mark.clicked.connect(self.mark_question)
        return frame

    def _topics(self) -> QtWidgets.QWidget:
        frame, layout = self._card("disclosureTopicsCard", texts.TOPICS_TITLE, texts.TOPICS_HINT)
        self.topics = _list("disclosureTopics", texts.TOPICS_TITLE)
        self.topic_text = _line("disclosureTopicText", _("A topic: no details, please"))
        self.topic_from_partner = QtWidgets.QCheckBox(_("From my partner's list"))
        self.topic_from_partner.setObjectName("disclosureTopicFromPartner")
        self.topic_from_partner.setAccessibleName(_("From my partner's list"))
        self.topic_add = button(_("Add topic"), "disclosureTopicAdd")
        layout.addWidget(self.topics)
        layout.addLayout(self._adding_row(self.topic_text, self.topic_add))
        layout.addWidget(self.topic_from_partner)
        self.topic_add.clicked.connect(self.add_topic)
        self.topic_text.returnPressed.connect(self.add_topic)
        return frame

    def _days(self) -> QtWidgets.QWidget:
        frame, layout = self._card("disclosureDaysCard", texts.DAYS_TITLE, texts.DAYS_HINT)
        today = self._clock.today()
        self.days = _list("disclosureDays", texts.DAYS_TITLE)
        self.planned = date_edit("disclosurePlanned", _("Day planned"), today)
        self.plan_button = button(_("Plan"), "disclosurePlan")
        self.held = date_edit("disclosureHeld", _("Day it was held"), today)
        self.held_note = _line("disclosureHeldNote", _("A private note: how it landed"))
        self.held_button = button(_("Held"), "disclosureHeldSave")
        layout.addWidget(self.days)
        planning = QtWidgets.QHBoxLayout()
        planning.addWidget(self.planned)
        planning.addWidget(self.plan_button)
        planning.addStretch(1)
        layout.addLayout(planning)
        layout.addLayout(self._adding_row(self.held_note, self.held_button, self.held))
        self.plan_button.clicked.connect(self.plan)
        self.held_button.clicked.connect(self.mark_held)
        return frame

    def _ledger(self) -> QtWidgets.QWidget:
        frame, layout = self._card("disclosureLedgerCard", texts.LEDGER_TITLE, texts.LEDGER_HINT)
        self.ledger = _list("disclosureLedger", texts.LEDGER_TITLE)
        self.told_text = _line("disclosureToldText", _("What was told, in a sentence or two"))
        self.told_day = date_edit("disclosureToldDay", _("Day it was told"), self._clock.today())
        self.told_new = QtWidgets.QCheckBox(_("It was new"))
        self.told_new.setObjectName("disclosureToldNew")
        self.told_new.setAccessibleName(_("It was new"))
        self.told_new.setChecked(True)
        self.told_add = button(_("Note it"), "disclosureToldAdd")
        layout.addWidget(self.ledger)
        layout.addLayout(self._adding_row(self.told_text, self.told_add, self.told_day))
        layout.addWidget(self.told_new)
        self.told_add.clicked.connect(self.note_told)
        self.told_text.returnPressed.connect(self.note_told)
        return frame

    def _checklist(self) -> QtWidgets.QWidget:
        frame, layout = self._card(
            "disclosureChecklistCard", texts.CHECKLIST_TITLE, texts.CHECKLIST_HINT
        )
        self.checklist = _list("disclosureChecklist", texts.CHECKLIST_TITLE)
        self.step_text = _line("disclosureStepText", _("A step, facts only"))
        self.step_add = button(_("Add step"), "disclosureStepAdd")
        self.delete_button = button(
            _("Delete the preparation notes…"),
            "disclosureDeletePreparation",
            tip=core_texts.DELETE_EXPLAINED,
        )
        layout.addWidget(self.checklist)
        layout.addLayout(self._adding_row(self.step_text, self.step_add))
        layout.addWidget(label(core_texts.DELETE_EXPLAINED, "muted", "disclosureDeleteExplained"))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.step_add.clicked.connect(self.add_step)
        self.step_text.returnPressed.connect(self.add_step)
        self.checklist.itemChanged.connect(self._step_ticked)
        self.delete_button.clicked.connect(self.delete_preparation)
        return frame

    # -- the contract with the app shell -----------------------------------------------------

    def clear_for_lock(self) -> None:
        self.watcher.stop()
        self.letters.clear_for_lock()
        for widget in (self.questions, self.topics, self.days, self.ledger, self.checklist):
            widget.clear()
        for edit in (
            self.question_text,
            self.topic_text,
            self.held_note,
            self.told_text,
            self.step_text,
        ):
            edit.clear()
        show_text(self.message, "")
        super().clear_for_lock()

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._journal is None:
            return
        work = self._journal.disclosure
        self._fill(
            self.questions,
            [(f"{question_state_name(q.state)}: {q.text}", q.id) for q in work.questions()],
        )
        partner_note = _("from my partner's list")
        self._fill(
            self.topics,
            [
                (f"{t.text} ({partner_note})" if t.source == FROM_PARTNER else t.text, t.id)
                for t in work.topics()
            ],
        )
        self._fill(
            self.days, [(self._day_line(m.planned, m.held, m.note), m.id) for m in work.meetings()]
        )
        self._fill(
            self.ledger,
            [
                (
                    _("{day}: {told} (new)").format(day=short_day(line.day), told=line.told)
                    if line.new
                    else _("{day}: {told} (told before)").format(
                        day=short_day(line.day), told=line.told
                    ),
                    line.id,
                )
                for line in work.ledger()
            ],
        )
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for step in work.checklist():
            item = _item(step.text, step.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)

    @staticmethod
    def _fill(widget: QtWidgets.QListWidget, rows: list[tuple[str, int]]) -> None:
        chosen = widget.currentRow()
        widget.clear()
        for text, row_id in rows:
            widget.addItem(_item(text, row_id))
        if 0 <= chosen < widget.count():
            widget.setCurrentRow(chosen)

    @staticmethod
    def _day_line(planned: dt.date | None, held: dt.date | None, note: str) -> str:
        parts = []
        if planned is not None:
            parts.append(_("Planned for {day}").format(day=short_day(planned)))
        if held is not None:
            parts.append(_("held on {day}").format(day=short_day(held)))
        line = "; ".join(parts)
        return f"{line}: {note}" if note else line

    # -- changing ----------------------------------------------------------------------------

    def _try(
        self, change: Callable[[Journal], object], cleared: QtWidgets.QLineEdit | None = None
    ) -> None:
        """Make one change; a bad value is said in its one sentence and nothing is lost."""
        if self._journal is None:
            return
        try:
            change(self._journal)
        except (InvalidInput, NotFound) as problem:
            show_text(self.message, str(problem))
            return
        show_text(self.message, "")
        if cleared is not None:
            cleared.clear()
        self.refresh()

    def park_question(self) -> None:
        text = self.question_text.text()
        self._try(lambda journal: journal.disclosure.ask(text), self.question_text)

    def mark_question(self) -> None:
        item = self.questions.currentItem()
        if item is not None:
            question_id, state = int(item.data(ID_ROLE)), str(self.question_state.currentData())
            self._try(lambda journal: journal.disclosure.mark(question_id, state))

    def add_topic(self) -> None:
        text = self.topic_text.text()
        source = FROM_PARTNER if self.topic_from_partner.isChecked() else MINE
        self._try(lambda journal: journal.disclosure.add_topic(text, source), self.topic_text)

    def plan(self) -> None:
        day = day_of(self.planned)
        self._try(lambda journal: journal.disclosure.plan(day))

    def mark_held(self) -> None:
        """The chosen plan (else the latest) was held on the day given, with the note."""
        if self._journal is None:
            return
        meetings = self._journal.disclosure.meetings()
        item = self.days.currentItem()
        chosen = int(item.data(ID_ROLE)) if item is not None else None
        meeting = next((m for m in meetings if m.id == chosen), meetings[-1] if meetings else None)
        day, note = day_of(self.held), self.held_note.text()
        if meeting is None:
            self._try(lambda journal: journal.disclosure.plan(None, day, note), self.held_note)
            return
        self._try(
            lambda journal: journal.disclosure.update_meeting(
                meeting.id, meeting.planned, day, note
            ),
            self.held_note,
        )

    def note_told(self) -> None:
        text, day, new = self.told_text.text(), day_of(self.told_day), self.told_new.isChecked()
        self._try(lambda journal: journal.disclosure.tell(text, day, new), self.told_text)

    def add_step(self) -> None:
        text = self.step_text.text()
        self._try(lambda journal: journal.disclosure.add_step(text), self.step_text)

    def _step_ticked(self, item: QtWidgets.QListWidgetItem) -> None:
        step_id, done = int(item.data(ID_ROLE)), item.checkState() == Qt.CheckState.Checked
        self._try(lambda journal: journal.disclosure.tick(step_id, done))

    def delete_preparation(self, ask: bool = True) -> None:
        """One action: the checklist, the topics typed in and the disclosure letter drafts."""
        if self._journal is None:
            return
        if ask and not confirmed(self, texts.DELETE_TITLE, core_texts.DELETE_EXPLAINED):
            return
        cleared = self._journal.disclosure.delete_preparation()
        self.letters.forget_preparation()
        if cleared.total:
            said = f"{core_texts.notes_deleted(cleared.total)} {core_texts.EARLIER_BACKUPS_KEEP}"
        else:
            said = core_texts.NOTHING_TO_DELETE
        show_text(self.message, said)
        self.refresh()
