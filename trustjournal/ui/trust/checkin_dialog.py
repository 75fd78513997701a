"""The guided trust check-in: one gentle step per dimension, then needs, a note and a summary.

Every step can be skipped. The summary compares with the last check-in in
plain words, and lower scores are met with kindness, never alarm.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import (
    DIMENSIONS,
    NEEDS_MET,
    Checkin,
    CheckinDraft,
    dimension_label,
)
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.trust import texts
from trustjournal.ui.trust.score_slider import MIDDLE, ScoreSlider
from trustjournal.ui.trust.timeline.data import long_day
from trustjournal.ui.trust.timeline.event_dialog import date_edit, day_of
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.access.labelling import describe_tooltips
from trustjournal.ui.widgets.controls import button, heading, label
from trustjournal.ui.widgets.dialog_slot import save_or_say

QUICK_STEPS = ("overall",)
SCREEN_MARGIN = 48  # px kept free around the dialog when it grows to show the summary
LEAST_SIZE = QtCore.QSize(600, 400)  # room for a step at the usual text size


def scale(name: str) -> ScoreSlider:
    slider = ScoreSlider(name)
    slider.setValue(MIDDLE)
    return slider


class CheckinDialog(QtWidgets.QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None = None,
        clock: Clock | None = None,
        checkin_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self.setWindowTitle(_("Trust check-in"))
        self.setAccessibleName(self.windowTitle())
        self._journal = journal
        self._clock: Clock = clock or journal.clock
        self.checkin_id = checkin_id
        existing = journal.checkins.get(checkin_id) if checkin_id is not None else None
        self.answers: dict[str, int] = dict(existing.scores) if existing else {}
        self.touched: set[str] = set(self.answers)
        self.needs: str | None = existing.needs_met if existing else None
        self.saved: Checkin | None = None
        self._build(existing)
        self.go_to(0)
        describe_tooltips(self)

    # -- building -------------------------------------------------------------------------

    def _build(self, existing: Checkin | None) -> None:
        self.steps = QtWidgets.QStackedWidget()
        self.steps.setObjectName("checkinSteps")
        self.sliders: dict[str, ScoreSlider] = {}
        for name in DIMENSIONS:
            self.steps.addWidget(self._dimension_step(name))
        self.steps.addWidget(self._needs_step())
        self.steps.addWidget(self._note_step(existing))
        self.summary = label("", "", "checkinSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.addWidget(self._summary_page())
        self.progress = label("", "muted", "checkinProgress")
        self.progress.setWordWrap(False)  # "Step 11 of" over "11" read as two things
        self.quick = QtWidgets.QCheckBox(
            _("Quick check-in: just overall trust, your needs and a line")
        )
        self.quick.setObjectName("checkinQuick")
        self.quick.setToolTip(_("Three short steps instead of every part of trust"))
        self.quick.setAccessibleName(_("Quick check-in"))
        self.quick.toggled.connect(lambda _on: self.go_to(self._shown_steps()[0]))
        self.message = label("", "error", "checkinMessage")
        self.message.setVisible(False)
        self._buttons()
        layout = self.outer = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(14)
        self.top = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.top.addWidget(self.progress, 1)
        self.top.addWidget(self.quick)
        layout.addLayout(self.top)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._button_row())

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        """At least LEAST_SIZE, and as large as the steps need. A minimum set on the dialog
        would override the layout's, which grows with the text size: at 22 pt the quick
        check-in's box and the buttons were cut (issue 23, item 6)."""
        return super().sizeHint().expandedTo(LEAST_SIZE)

    def _page(self, name: str, title: str, *widgets: QtWidgets.QWidget) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        page.setObjectName(name)
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(title))
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QtWidgets.QWidget:
        """The summary takes all the room below its heading (it sat in a box four lines
        tall, with the note out of sight); reaching it grows the dialog to fit it."""
        page = QtWidgets.QWidget()
        page.setObjectName("checkinStepSummary")
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(_("Your check-in")))
        self.summary_area = _scrolling(self.summary)
        layout.addWidget(self.summary_area, 1)
        return page

    def _dimension_step(self, name: str) -> QtWidgets.QWidget:
        slider = scale(f"checkinSlider_{name}")
        slider.name_dimension(dimension_label(name))
        if name in self.answers:
            slider.setValue(self.answers[name])
        self.sliders[name] = slider
        value = label("", "subheading", f"checkinValue_{name}")
        slider.valueChanged.connect(lambda _number, n=name, shown=value: self._touch(n, shown))
        slider.sliderPressed.connect(lambda n=name, shown=value: self._touch(n, shown))
        self._show_value(name, value)
        ends = QtWidgets.QHBoxLayout()
        ends.addWidget(label(_("0: not at all"), "muted"))
        ends.addStretch(1)
        ends.addWidget(label(_("10: fully"), "muted"))
        holder = QtWidgets.QWidget()
        holder_layout = QtWidgets.QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 8, 0, 0)
        holder_layout.addWidget(slider)
        holder_layout.addLayout(ends)
        role = self._journal.settings.prompt_role
        words = label(texts.explanation(name, role), "", f"checkinExplain_{name}")
        return self._page(f"checkinStep_{name}", dimension_label(name), words, holder, value)

    def _touch(self, name: str, shown: QtWidgets.QLabel) -> None:
        self.touched.add(name)
        self._show_value(name, shown)

    def _show_value(self, name: str, shown: QtWidgets.QLabel) -> None:
        slider = self.sliders[name]
        answered = name in self.touched
        slider.show_answered(answered, texts.NOT_ANSWERED)
        score = texts.SCORE_OF_TEN.format(score=slider.value())
        shown.setText(score if answered else texts.NOT_ANSWERED)

    def _needs_step(self) -> QtWidgets.QWidget:
        self.needs_group = QtWidgets.QButtonGroup(self)
        row = QtWidgets.QWidget()
        row_layout = QtWidgets.QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for answer in NEEDS_MET:
            choice = QtWidgets.QRadioButton(texts.needs_label(answer))
            choice.setObjectName(f"checkinNeeds_{answer}")
            choice.setAccessibleName(texts.needs_label(answer))
            choice.setChecked(self.needs == answer)
            self.needs_group.addButton(choice)
            row_layout.addWidget(choice)
        row_layout.addStretch(1)
        words = label(
            _("Thinking of what you need to feel safe and cared for, are those needs being met?")
        )
        return self._page("checkinStepNeeds", _("Are my needs being met?"), words, row)

    def _note_step(self, existing: Checkin | None) -> QtWidgets.QWidget:
        self.note = QtWidgets.QPlainTextEdit(existing.note if existing else "")
        self.note.setObjectName("checkinNote")
        self.note.setAccessibleName(_("A note for this check-in"))
        self.note.setPlaceholderText(_("Anything you want to remember about this week (optional)"))
        self.note.setTabChangesFocus(True)
        self.day = date_edit(
            "checkinDay",
            _("Day of this check-in"),
            existing.day if existing else self._clock.today(),
        )
        day_row = QtWidgets.QFormLayout()
        day_row.addRow(_("Check-in for"), self.day)
        holder = QtWidgets.QWidget()
        holder.setLayout(day_row)
        words = label(_("A few words, if you like. Nobody else will read this."))
        return self._page("checkinStepNote", _("A note"), words, self.note, holder)

    def _buttons(self) -> None:
        self.back_button = button(_("&Back"), "checkinBack")
        self.skip_button = button(_("S&kip this one"), "checkinSkip")
        self.next_button = button(_("&Next"), "checkinNext", primary=True)
        self.save_button = button(_("&Save check-in"), "checkinSave", primary=True)
        self.cancel_button = button(_("Cancel"), "checkinCancel")
        self.back_button.clicked.connect(lambda: self.go_to(self._neighbour(-1)))
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next_step)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _button_row(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        for widget in (self.back_button, self.skip_button, self.next_button, self.save_button):
            row.addWidget(widget)
        return row

    # -- moving through the steps -----------------------------------------------------------

    def step_name(self) -> str:
        return self._current_step().objectName()

    def _current_step(self) -> QtWidgets.QWidget:
        step = self.steps.currentWidget()
        assert step is not None  # the dialog is built with its steps in it
        return step

    def _shown_steps(self) -> list[int]:
        """The steps in order: all of them, or the quick check-in's few."""
        every = list(range(self.steps.count()))
        if not self.quick.isChecked():
            return every
        return [i for i in every if i >= len(DIMENSIONS) or DIMENSIONS[i] in QUICK_STEPS]

    def _neighbour(self, step: int) -> int:
        shown = self._shown_steps()
        here = self.steps.currentIndex()
        later = [i for i in shown if (i > here if step > 0 else i < here)]
        if not later:
            return here
        return later[0] if step > 0 else later[-1]

    def go_to(self, index: int) -> None:
        last = self.steps.count() - 1
        index = min(max(index, 0), last)
        if index == last:
            self.summary.setText(self.summary_text())
        self.steps.setCurrentIndex(index)
        if index == last:
            self._fit_summary()
        shown = self._shown_steps()
        number = shown.index(index) + 1 if index in shown else index + 1
        self.progress.setText(texts.STEP_OF.format(number=number, count=len(shown)))
        self._arrange_top(self.width())
        self.back_button.setEnabled(index > shown[0])
        self.skip_button.setVisible(index < last - 1)
        self.next_button.setVisible(index < last)
        self.save_button.setVisible(index == last)
        (self.save_button if index == last else self.next_button).setDefault(True)
        focus = self._current_step().findChild(QtWidgets.QSlider)
        (focus or self.next_button if index < last else self.save_button).setFocus()

    def next_step(self) -> None:
        self._record(skip=False)
        self.go_to(self._neighbour(1))

    def skip(self) -> None:
        self._record(skip=True)
        self.go_to(self._neighbour(1))

    def _record(self, skip: bool) -> None:
        index = self.steps.currentIndex()
        if index < len(DIMENSIONS):
            name = DIMENSIONS[index]
            if skip or name not in self.touched:
                self.answers.pop(name, None)
            else:
                self.answers[name] = self.sliders[name].value()
        elif index == len(DIMENSIONS):
            checked = self.needs_group.checkedButton()
            chosen = checked.objectName().removeprefix("checkinNeeds_") if checked else None
            self.needs = None if skip else chosen

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._arrange_top(event.size().width())
        super().resizeEvent(event)

    def _arrange_top(self, width: int) -> None:
        """The step and the quick check-in side by side when both fit, else one above the
        other (at a large text size the two did not fit on one line). Asked again when the
        step count grows ("Step 11 of 11"), which a longer language makes longer still."""
        margins = self.outer.contentsMargins()
        room = width - margins.left() - margins.right()
        wanted = (
            self.progress.sizeHint().width() + self.top.spacing() + self.quick.sizeHint().width()
        )
        direction = QtWidgets.QBoxLayout.Direction
        self.top.setDirection(direction.LeftToRight if wanted <= room else direction.TopToBottom)

    def _fit_summary(self) -> None:
        """Grow the dialog, as far as the screen allows, so the whole summary shows."""
        self.outer.activate()
        viewport = self.summary_area.viewport()
        slack = self.summary.fontMetrics().lineSpacing()  # an exact fit still showed a bar
        missing = self.summary.heightForWidth(viewport.width()) + slack - viewport.height()
        screen = self.screen().availableGeometry()
        if missing <= 0:
            return
        height = max(min(self.height() + missing, screen.height() - SCREEN_MARGIN), self.height())
        self.resize(self.width(), height)
        if self.geometry().bottom() > screen.bottom():  # grown past the screen's foot: lift it
            self.move(self.x(), max(screen.top(), screen.bottom() - self.frameGeometry().height()))

    # -- the summary and saving -------------------------------------------------------------

    def draft(self) -> CheckinDraft:
        return CheckinDraft(
            day=day_of(self.day),
            scores={name: self.answers[name] for name in DIMENSIONS if name in self.answers},
            needs_met=self.needs,
            note=self.note.toPlainText(),
        )

    def previous(self) -> Checkin | None:
        """The check-in before this one's day, to compare with."""
        day = day_of(self.day)
        earlier = self._journal.checkins.between(
            day - dt.timedelta(days=400), day - dt.timedelta(days=1)
        )
        return earlier[-1] if earlier else None

    def summary_text(self) -> str:
        last = self.previous()
        lines = [] if last is None else [texts.COMPARED_WITH.format(day=long_day(last.day)), ""]
        lower = False
        for name in DIMENSIONS:
            if self.quick.isChecked() and name not in QUICK_STEPS and name not in self.answers:
                continue
            line, went_down = _summary_line(name, self.answers.get(name), last)
            lines.append(line)
            lower = lower or went_down
        needs = texts.SUMMARY_NEEDS_SKIPPED
        if self.needs:
            needs = texts.SUMMARY_NEEDS.format(answer=texts.needs_label(self.needs))
        lines += ["", needs]
        note = self.note.toPlainText().strip()
        if note:
            lines += ["", texts.SUMMARY_NOTE.format(note=note)]
        kind = texts.FIRST_TIME if last is None else (texts.LOWER_NOTE if lower else "")
        lines += ["", kind] if kind else []
        return "\n".join(lines)

    def save(self) -> Checkin | None:
        self.saved = save_or_say(self, self.message, self._store)
        if self.saved is not None:
            announce(self.parentWidget() or self, _("Check-in saved"))
        return self.saved

    def _store(self) -> Checkin:
        if self.checkin_id is not None:
            return self._journal.checkins.update(self.checkin_id, self.draft())
        saved = self._journal.checkins.add(self.draft())
        self.checkin_id = saved.id
        return saved


def _scrolling(summary: QtWidgets.QLabel) -> QtWidgets.QScrollArea:
    """A long summary (every dimension and a note) scrolls instead of being cut off."""
    area = QtWidgets.QScrollArea()
    area.setObjectName("checkinSummaryScroll")
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(summary)
    return area


def _summary_line(name: str, score: int | None, last: Checkin | None) -> tuple[str, bool]:
    title = dimension_label(name)
    if score is None:
        return texts.SUMMARY_SKIPPED.format(dimension=title), False
    before = last.scores.get(name) if last is not None else None
    if before is None:
        return texts.SUMMARY_SCORE.format(dimension=title, score=score), False
    if score == before:
        return texts.SUMMARY_SAME.format(dimension=title, score=score), False
    return texts.summary_change(title, score, before), score < before
