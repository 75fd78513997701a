"""The "Check in together" window: the whole flow, while the journal is locked away.

The session hides the journal's window before this one shows and locks the
journal when it ends (`ended`), so no page, entry or earlier check-in can be
reached from here. Pause, Stop and "I don't feel safe to continue" are on every
screen; only "Save to the journal" at the end writes anything.
"""
# size: the together window is one state machine over one set of answers, with Pause,
# Stop and "I don't feel safe" on every screen; splitting it means making each screen a
# class that reports back by signal, a bigger change than the move of this wave.

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.core.clock import Clock
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.together import TogetherAnswers, TogetherCheckin, TogetherDraft
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.ui.qt import Qt, QtGui, QtWidgets, Signal
from trustjournal.ui.trust.together import texts as words
from trustjournal.ui.trust.together.answers import AnswersForm, text_field
from trustjournal.ui.trust.together.reading_column import ReadingColumn
from trustjournal.ui.trust.together.results import SideBySide
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.controls import button, heading, label, show_text

STEPS = (
    "intro",
    "appreciations",
    "turn",
    "handover",
    "both_done",
    "side",
    "talk",
    "closing",
    "finish",
    "paused",
    "ended",
    "support",
)
WITHOUT_FOOTER = ("ended", "support")
MINIMUM_SIZE = (760, 560)


def writing_box(name: str, accessible: str, lines: int = 3) -> QtWidgets.QPlainTextEdit:
    box = QtWidgets.QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setPlaceholderText(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 18)
    return box


def bullets(lines: Iterable[str], name: str = "") -> QtWidgets.QLabel:
    return label("\n".join(f"\u2022 {line}" for line in lines), "", name)


class TogetherWindow(QtWidgets.QWidget):
    ended = Signal()

    def __init__(self, journal: Journal, clock: Clock, title: str = "TrustJournal") -> None:
        super().__init__()
        self.setObjectName("together_window")
        self.setAccessibleName(words.TITLE)
        self.setWindowTitle(title)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._journal: Journal | None = journal
        self._clock = clock
        self.owner: TogetherAnswers | None = None
        self.partner: TogetherAnswers | None = None
        self.saved: TogetherCheckin | None = None
        self._resume_at = "intro"
        self.hard_days: QtWidgets.QDialog | None = None
        self._over = False
        self.steps = QtWidgets.QStackedWidget()
        self.steps.setObjectName("together_steps")
        self.pages: dict[str, QtWidgets.QWidget] = {}
        self._build()
        self.go_to("intro")

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        builders = {
            "intro": self._intro, "appreciations": self._appreciations, "turn": self._turn,
            "handover": self._handover, "both_done": self._both_done, "side": self._side,
            "talk": self._talk, "closing": self._closing, "finish": self._finish,
            "paused": self._paused, "ended": self._ended, "support": self._support,
        }  # fmt: skip
        for key in STEPS:
            page = ReadingColumn()
            page.setObjectName(f"together_{key}")
            layout = QtWidgets.QVBoxLayout(page)
            layout.setContentsMargins(32, 24, 32, 24)
            layout.setSpacing(12)
            builders[key](layout)
            layout.addStretch(1)
            page.bound_width()  # lines stay short enough to read easily
            holder = QtWidgets.QWidget()
            centre = QtWidgets.QHBoxLayout(holder)
            centre.setContentsMargins(0, 0, 0, 0)
            centre.addWidget(page)
            area = QtWidgets.QScrollArea()
            area.setObjectName(f"together_{key}_scroll")
            area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
            area.setWidgetResizable(True)
            area.setWidget(holder)
            self.pages[key] = page
            self.steps.addWidget(area)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.steps, 1)
        outer.addWidget(self._footer())

    def _footer(self) -> QtWidgets.QWidget:
        self.footer = QtWidgets.QFrame()
        self.footer.setObjectName("together_footer")
        row = QtWidgets.QHBoxLayout(self.footer)
        row.setContentsMargins(32, 8, 32, 16)
        self.unsafe_button = button(words.UNSAFE, "together_unsafe")
        self.pause_button = button(words.PAUSE, "together_pause")
        self.stop_button = button(words.STOP, "together_stop")
        row.addWidget(self.unsafe_button)
        row.addStretch(1)
        row.addWidget(self.pause_button)
        row.addWidget(self.stop_button)
        self.unsafe_button.clicked.connect(self.not_safe)
        self.pause_button.clicked.connect(self.pause)
        self.stop_button.clicked.connect(self.stop)
        return self.footer

    def _next_row(self, layout: QtWidgets.QVBoxLayout, *buttons: QtWidgets.QPushButton) -> None:
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        for widget in buttons:
            row.addWidget(widget)
        layout.addLayout(row)

    def _intro(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.TITLE))
        layout.addWidget(label(words.INTRO))
        layout.addWidget(label(_("How it works"), "subheading"))
        layout.addWidget(bullets(words.said(words.HOW_IT_WORKS)))
        layout.addWidget(label(_("Doing it kindly"), "subheading"))
        layout.addWidget(bullets(words.said(words.KINDLY)))
        self.owner_name = text_field("together_owner_name", words.OWNER_NAME)
        self.partner_name = text_field("together_partner_name", words.PARTNER_NAME)
        names = QtWidgets.QHBoxLayout()
        names.addWidget(self.owner_name)
        names.addWidget(self.partner_name)
        layout.addLayout(names)
        layout.addWidget(label(words.NAMES_HINT, "muted"))
        begin = button(_("Begin"), "together_begin", primary=True)
        begin.clicked.connect(self.begin)
        self._next_row(layout, begin)

    def _appreciations(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.APPRECIATIONS_TITLE))
        layout.addWidget(label(words.APPRECIATIONS_TEXT))
        self.owner_thanks_label = label("", "subheading")
        self.owner_thanks = writing_box("together_owner_appreciations", _("Appreciations"))
        self.partner_thanks_label = label("", "subheading")
        self.partner_thanks = writing_box("together_partner_appreciations", _("Appreciations"))
        self.went_well = writing_box("together_went_well", words.WENT_WELL_LABEL)
        for widget in (
            self.owner_thanks_label, self.owner_thanks, self.partner_thanks_label,
            self.partner_thanks, label(words.WENT_WELL_LABEL, "subheading"), self.went_well,
        ):  # fmt: skip
            layout.addWidget(widget)
        go_on = button(_("Next"), "together_appreciations_next", primary=True)
        go_on.clicked.connect(self._start_turns)
        self._next_row(layout, go_on)

    def _turn(self, layout: QtWidgets.QVBoxLayout) -> None:
        self.turn_heading = heading("", "together_turn_heading")
        layout.addWidget(self.turn_heading)
        layout.addWidget(label(words.TURN_TEXT, "muted"))
        self.form = AnswersForm()
        layout.addWidget(self.form)
        done = button(words.DONE_TURN, "together_turn_done", primary=True)
        done.clicked.connect(self.finish_turn)
        self._next_row(layout, done)

    def _handover(self, layout: QtWidgets.QVBoxLayout) -> None:
        self.handover_heading = heading("", "together_handover_heading")
        layout.addWidget(self.handover_heading)
        layout.addWidget(label(words.HANDOVER_TEXT, "", "together_handover_text"))
        self.ready_button = button(
            words.handover_ready(""), "together_handover_ready", primary=True
        )
        self.ready_button.clicked.connect(self.take_turn)
        self._next_row(layout, self.ready_button)

    def _both_done(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.BOTH_DONE_TITLE))
        layout.addWidget(label(words.BOTH_DONE_TEXT))
        show = button(words.SHOW_BOTH, "together_show_both", primary=True)
        show.clicked.connect(self.show_both)
        self._next_row(layout, show)

    def _side(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.SIDE_BY_SIDE_TITLE))
        self.side = SideBySide()
        layout.addWidget(self.side)
        go_on = button(_("Next"), "together_side_next", primary=True)
        go_on.clicked.connect(lambda: self.go_to("talk"))
        self._next_row(layout, go_on)

    def _talk(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.TALK_TITLE))
        layout.addWidget(label(words.TALK_TEXT))
        self.talk_about = writing_box("together_talk_about", words.TALK_LABEL, lines=2)
        layout.addWidget(self.talk_about)
        columns = QtWidgets.QHBoxLayout()
        for title, lines, name in (
            (words.SPEAKER_TITLE, words.SPEAKER_REMINDERS, "together_speaker"),
            (words.LISTENER_TITLE, words.LISTENER_REMINDERS, "together_listener"),
        ):
            box = QtWidgets.QFrame()
            box.setObjectName(name)
            box.setProperty("role", "card")
            inner = QtWidgets.QVBoxLayout(box)
            inner.addWidget(label(title, "subheading"))
            inner.addWidget(bullets(words.said(lines)))
            columns.addWidget(box)
        layout.addLayout(columns)
        layout.addWidget(label(words.TRY_TITLE, "subheading"))
        self.tries: dict[str, QtWidgets.QLineEdit] = {}
        self.make_agreement: dict[str, QtWidgets.QPushButton] = {}
        self.try_names: dict[str, QtWidgets.QLabel] = {}
        for person in ("owner", "partner"):
            field = text_field(f"together_{person}_try", _("Something small I want to try"))
            choose = button(words.MAKE_AGREEMENT, f"together_{person}_agreement")
            choose.setCheckable(True)
            choose.setEnabled(False)
            field.textChanged.connect(lambda text, b=choose: b.setEnabled(bool(text.strip())))
            choose.toggled.connect(lambda on, b=choose: self._agreement_chosen(b, on))
            row = QtWidgets.QHBoxLayout()
            self.try_names[person] = label("", "", f"together_{person}_try_name")
            self.try_names[person].setMinimumWidth(90)
            row.addWidget(self.try_names[person])
            row.addWidget(field, 1)
            row.addWidget(choose)
            layout.addLayout(row)
            self.tries[person], self.make_agreement[person] = field, choose
        go_on = button(_("Next"), "together_talk_next", primary=True)
        go_on.clicked.connect(lambda: self.go_to("closing"))
        self._next_row(layout, go_on)

    def _closing(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.CLOSING_TITLE))
        layout.addWidget(label(words.CLOSING_QUESTION, "subheading"))
        layout.addWidget(label(words.CLOSING_TEXT, "muted"))
        self.closing_labels: dict[str, QtWidgets.QLabel] = {}
        self.closings: dict[str, QtWidgets.QPlainTextEdit] = {}
        for person in ("owner", "partner"):
            self.closing_labels[person] = label("", "")
            self.closings[person] = writing_box(
                f"together_{person}_closing", words.CLOSING_PLACEHOLDER
            )
            layout.addWidget(self.closing_labels[person])
            layout.addWidget(self.closings[person])
        go_on = button(_("Next"), "together_closing_next", primary=True)
        go_on.clicked.connect(lambda: self.go_to("finish"))
        self._next_row(layout, go_on)

    def _finish(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.FINISH_TITLE))
        layout.addWidget(label(words.FINISH_TEXT))
        self.consent_question = label("", "subheading", "together_consent_question")
        layout.addWidget(self.consent_question)
        self.consent_yes = QtWidgets.QRadioButton(words.CONSENT_YES)
        self.consent_yes.setObjectName("together_consent_yes")
        self.consent_no = QtWidgets.QRadioButton(words.CONSENT_NO)
        self.consent_no.setObjectName("together_consent_no")
        self.consent_no.setChecked(True)  # no answer is a no
        for choice in (self.consent_yes, self.consent_no):
            choice.setAccessibleName(words.CONSENT_CHOICE.format(answer=choice.text()))
        layout.addWidget(self.consent_yes)
        layout.addWidget(self.consent_no)
        self.message = label("", "error", "together_message")
        show_text(self.message, "")
        layout.addWidget(self.message)
        discard = button(words.DISCARD, "together_discard")
        discard.clicked.connect(self.stop)
        save = button(words.SAVE, "together_save", primary=True)
        save.clicked.connect(self.save)
        self._next_row(layout, discard, save)

    def _paused(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.PAUSED_TITLE))
        layout.addWidget(label(words.PAUSED_TEXT))
        resume = button(words.CONTINUE, "together_continue", primary=True)
        resume.clicked.connect(self.resume)
        self._next_row(layout, resume)

    def _ended(self, layout: QtWidgets.QVBoxLayout) -> None:
        self.ended_heading = heading("", "together_ended_heading")
        self.ended_text = label("", "", "together_ended_text")
        layout.addWidget(self.ended_heading)
        layout.addWidget(self.ended_text)
        close = button(words.CLOSE, "together_close", primary=True)
        close.clicked.connect(self.close)
        self._next_row(layout, close)

    def _support(self, layout: QtWidgets.QVBoxLayout) -> None:
        layout.addWidget(heading(words.SUPPORT_TITLE))
        for number, text in enumerate(words.said(words.SUPPORT_TEXT)):
            layout.addWidget(label(text, "", f"together_support_{number}"))
        breathe = button(words.BREATHE, "together_support_breathe")
        breathe.clicked.connect(self.open_hard_days)
        close = button(words.CLOSE, "together_support_close", primary=True)
        close.clicked.connect(self.close)
        self._next_row(layout, breathe, close)

    # -- moving through -------------------------------------------------------------------

    @property
    def step(self) -> str:
        return STEPS[self.steps.currentIndex()]

    def go_to(self, key: str) -> None:
        self.steps.setCurrentIndex(STEPS.index(key))
        self.footer.setVisible(key not in WITHOUT_FOOTER)
        self.pause_button.setEnabled(key != "paused")
        first = self.pages[key].findChild(QtWidgets.QPushButton)
        focus = self.pages[key].focusWidget() or first
        if focus is not None:
            focus.setFocus()

    def given_names(self) -> tuple[str, str]:
        """The first names typed at the start, "" where none was."""
        return " ".join(self.owner_name.text().split()), " ".join(self.partner_name.text().split())

    def names(self) -> tuple[str, str]:
        """The names to show above each person's answers."""
        owner, partner = self.given_names()
        return owner or words.OWNER_DEFAULT, partner or words.PARTNER_DEFAULT

    def begin(self) -> None:
        """From the intro to the appreciations, each box headed with whose it is."""
        owner, partner = self.names()
        self.owner_thanks_label.setText(words.APPRECIATIONS_LABEL.format(name=owner))
        self.partner_thanks_label.setText(words.APPRECIATIONS_LABEL.format(name=partner))
        self.go_to("appreciations")

    def _start_turns(self) -> None:
        owner, partner = self.given_names()
        self.turn_heading.setText(words.turn_title(owner, first=True))
        self.handover_heading.setText(words.handover_title(partner))
        self.ready_button.setText(words.handover_ready(partner))
        self.ready_button.setAccessibleName(self.ready_button.text())
        self.go_to("turn")

    def finish_turn(self) -> None:
        """Take the answers out of the form and empty it before anything else shows."""
        answers = self.form.answers()
        self.form.reset()
        if self.owner is None:
            self.owner = answers
            self.turn_heading.setText(words.turn_title(self.given_names()[1], first=False))
            self.go_to("handover")
            announce(self, self.handover_heading.text())
        else:
            self.partner = answers
            self.go_to("both_done")

    def take_turn(self) -> None:
        """The other person has the keyboard now: their turn, said aloud."""
        self.go_to("turn")
        announce(self, self.turn_heading.text())

    def show_both(self) -> None:
        if self.owner is None or self.partner is None:
            return
        names = self.names()
        self.side.show_answers(self.owner, self.partner, names, self._clock.today())
        for person, name in zip(("owner", "partner"), names, strict=True):
            self.tries[person].setPlaceholderText(words.TRY_LABEL.format(name=name))
            self.try_names[person].setText(name)
            self.closing_labels[person].setText(words.CLOSING_LABEL.format(name=name))
        self.consent_question.setText(words.consent_question(self.given_names()[1]))
        self.go_to("side")

    def _agreement_chosen(self, choice: QtWidgets.QPushButton, chosen: bool) -> None:
        choice.setText(words.AGREEMENT_CHOSEN if chosen else words.MAKE_AGREEMENT)

    # -- pausing and ending -----------------------------------------------------------------

    def pause(self) -> None:
        if self.step not in ("paused", *WITHOUT_FOOTER):
            self._resume_at = self.step
            self.go_to("paused")

    def resume(self) -> None:
        self.go_to(self._resume_at)

    def stop(self) -> None:
        """End now; nothing is saved."""
        self._forget()
        self.ended_heading.setText(words.STOPPED_TITLE)
        self.ended_text.setText(words.STOPPED_TEXT)
        self.go_to("ended")

    def not_safe(self) -> None:
        """End at once, keep nothing, and show support instead of any answer."""
        self._forget()
        self.go_to("support")

    def open_hard_days(self) -> QtWidgets.QDialog:
        """The breathing pacer and grounding steps, opened without the journal (as from the
        lock screen), so nothing private can show."""
        from trustjournal.ui.trust.hard_days.window import HardDaysWindow  # only when asked

        window = HardDaysWindow(self._clock, self)
        window.finished.connect(window.deleteLater)
        window.open()
        self.hard_days = window
        return window

    def draft(self) -> TogetherDraft:
        owner, partner = self.owner or TogetherAnswers(), self.partner or TogetherAnswers()
        return TogetherDraft(
            day=self._clock.today(),
            owner=_with_shared(
                owner, self.owner_thanks, self.tries["owner"], self.closings["owner"]
            ),
            partner=_with_shared(
                partner, self.partner_thanks, self.tries["partner"], self.closings["partner"]
            ),
            went_well=self.went_well.toPlainText(),
            talk_about=self.talk_about.toPlainText(),
            partner_consents=self.consent_yes.isChecked(),
        )

    def save(self) -> None:
        journal = self._journal
        if journal is None:
            return
        try:
            self.saved = journal.together.add(self.draft())
            for person, field in self.tries.items():
                if self.make_agreement[person].isChecked() and field.text().strip():
                    journal.agreements.add(
                        AgreementDraft(
                            title=field.text(),
                            made=self._clock.today(),
                            details=words.AGREEMENT_DETAILS,
                        )
                    )
        except TrustJournalError as error:
            show_text(self.message, str(error))
            return
        self._forget()
        self.ended_heading.setText(words.SAVED_TITLE)
        self.ended_text.setText(words.SAVED_TEXT)
        self.go_to("ended")

    def _forget(self) -> None:
        """Drop every answer and empty every field, so nothing lingers on screen or in memory."""
        self.owner = self.partner = None
        self._journal = None
        self.form.reset()
        self.side.clear()
        for box in (*self.findChildren(QtWidgets.QPlainTextEdit),):
            box.clear()
        for line in self.findChildren(QtWidgets.QLineEdit):
            line.clear()
        for choice in self.make_agreement.values():
            choice.setChecked(False)
        self.consent_no.setChecked(True)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        """Closing the window any way at all ends the check-in; unsaved, nothing is kept."""
        if not self._over:
            self._over = True
            self._forget()
            self.ended.emit()
        super().closeEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.pause()
            return
        super().keyPressEvent(event)


def _with_shared(
    answers: TogetherAnswers,
    thanks: QtWidgets.QPlainTextEdit,
    try_this: QtWidgets.QLineEdit,
    closing: QtWidgets.QPlainTextEdit,
) -> TogetherAnswers:
    """One person's private answers with what they said in the open parts."""
    return TogetherAnswers(
        needs_met=answers.needs_met,
        scores=dict(answers.scores),
        helped=answers.helped,
        need_more=answers.need_more,
        appreciations=thanks.toPlainText(),
        try_this=try_this.text(),
        closing=closing.toPlainText(),
    )
