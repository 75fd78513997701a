"""Today's two gentle sections for the hard days: a hard date coming within the week (with
its plan, the hard-days place and a prompt for it), and "on this day" for those who
turned it on. Each hides itself when it has nothing to say."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.prompts.library import ANNIVERSARY_THEME
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.care import Anniversary, OnThisDay
from trustjournal.core.records.entries import Entry
from trustjournal.core.records.prompts import Prompt
from trustjournal.core.records.trust import Event
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.hard_days.dialogs import plan_text
from trustjournal.ui.trust.today import texts
from trustjournal.ui.widgets.controls import button, card, label, link_button

ON_THIS_DAY_MOST = 5


def when_text(anniversary: Anniversary) -> str:
    """A gentle line saying which date comes (round), and when."""
    title = anniversary.hard_date.title
    if anniversary.years == 0:
        return coming_text(anniversary)
    if anniversary.days_until == 0:
        return trust_texts.years_ago_today(anniversary.years, title)
    return trust_texts.years_on(anniversary.years, title, _day_words(anniversary))


def coming_text(anniversary: Anniversary) -> str:
    """A hard date still ahead (no anniversary yet): a hearing, a first holiday apart."""
    title = anniversary.hard_date.title
    if anniversary.days_until == 0:
        return texts.HARD_DATE_TODAY.format(title=title)
    return texts.HARD_DATE_AHEAD.format(title=title, when=_day_words(anniversary))


def _day_words(anniversary: Anniversary) -> str:
    return trust_texts.day_ahead(anniversary.days_until, anniversary.on)


def anniversary_prompt(journal: Journal, today: dt.date) -> Prompt | None:
    """One prompt written for anniversaries, for the person's role, the same all day."""
    role = journal.settings.prompt_role
    pool = sorted(journal.prompts.listed(theme=ANNIVERSARY_THEME, role=role), key=lambda p: p.id)
    return pool[today.toordinal() % len(pool)] if pool else None


class HardDateNear(QtWidgets.QWidget):
    open_place_requested = Signal(str)
    write_requested = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayHardDate")
        frame, layout = card("todayHardDateCard", _("A hard date is near"))
        self.when = label("", "", "todayHardDateWhen")
        self.plan = label("", "", "todayHardDatePlan")
        self.prompt = label("", "muted", "todayHardDatePrompt")
        self.open_place = button(_("When it's hard"), "todayHardDaysOpen", icon_name="heart")
        self.write = link_button(_("Write about this"), "todayHardDateWrite")
        self.write.setAccessibleName(_("Write from the anniversary prompt"))
        self.plan_button = link_button(_("Write or change the plan"), "todayHardDatePlanButton")
        for widget in (self.when, self.plan, self.plan_button, self.prompt, self.write):
            layout.addWidget(widget)
        row = QtWidgets.QHBoxLayout()  # one button, so the narrow column never widens
        row.addWidget(self.open_place)
        row.addStretch(1)
        layout.addLayout(row)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._prompt_id = ""
        self.open_place.clicked.connect(lambda: self.open_place_requested.emit("hard_days"))
        self.plan_button.clicked.connect(lambda: self.open_place_requested.emit("hard_days"))
        self.write.clicked.connect(lambda: self.write_requested.emit(self._prompt_id))
        self.setVisible(False)

    def show_for(self, journal: Journal, today: dt.date) -> None:
        coming = journal.hard_dates.coming()
        if not coming:
            self.clear()
            return
        soonest = coming[0]
        self.when.setText(when_text(soonest))
        self.plan.setText(plan_text(soonest.hard_date.plan) or texts.HARD_DATE_NO_PLAN)
        prompt = anniversary_prompt(journal, today)
        self._prompt_id = prompt.id if prompt else ""
        self.prompt.setText(
            texts.HARD_DATE_PROMPT.format(prompt=content.prompt_text(prompt)) if prompt else ""
        )
        self.write.setVisible(prompt is not None)
        self.setVisible(True)

    def clear(self) -> None:
        for shown in (self.when, self.plan, self.prompt):
            shown.clear()
        self._prompt_id = ""
        self.setVisible(False)


def entry_words(entry: Entry) -> str:
    words = entry.title or " ".join(entry.body.split())
    return words if len(words) <= 70 else words[:67].rstrip() + "…"


class OnThisDayCard(QtWidgets.QWidget):
    open_entry_requested = Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayOnThisDay")
        frame, self._layout = card("todayOnThisDayCard", _("On this day"))
        words = _("Good days and steps forward from earlier years.")
        self._layout.addWidget(label(words, "muted"))
        self._shown: list[QtWidgets.QWidget] = []
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setVisible(False)

    def show_found(self, found: OnThisDay) -> None:
        self.clear()
        for entry in found.entries[:ON_THIS_DAY_MOST]:
            self._add_entry(entry)
        for moment in found.moments[:ON_THIS_DAY_MOST]:
            self._add_moment(moment)
        self.setVisible(bool(self._shown))

    def _add_entry(self, entry: Entry) -> None:
        words = texts.ON_THIS_DAY_ENTRY.format(year=entry.day.year, words=entry_words(entry))
        link = link_button(words, f"todayOnThisDayEntry{entry.id}")
        link.clicked.connect(lambda: self.open_entry_requested.emit(entry.id))
        self._keep(link)

    def _add_moment(self, moment: Event) -> None:
        line = (
            texts.ON_THIS_DAY_BREAKTHROUGH
            if moment.kind == "breakthrough"
            else texts.ON_THIS_DAY_MILESTONE
        )
        words = line.format(year=moment.day.year, title=moment.title)
        self._keep(label(words, "", f"todayOnThisDayMoment{moment.id}"))

    def _keep(self, widget: QtWidgets.QWidget) -> None:
        self._layout.addWidget(widget)
        self._shown.append(widget)

    def rows(self) -> list[str]:
        return [
            w.text()
            for w in self._shown
            if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton))
        ]

    def clear(self) -> None:
        for widget in self._shown:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._shown = []
        self.setVisible(False)
