"""The one dialog behind every move along the recovery path on Today: moving on (the
person's own choice, with the signposts shown), "my partner said they are ready" (in the
involved partner's journal, with the day), going back (said kindly), and "we separated /
I left". Each says what will happen and asks for the day; nothing is blocked, and the
core's refusal (a day before the last move, say) is shown in the dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.journal.path.phases import phase_explanation, phase_name
from trustjournal.core.language.speaking import _
from trustjournal.core.records.path import PHASES_OF, PathMove, WhereYouAre
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.today import texts
from trustjournal.ui.widgets.controls import label, named
from trustjournal.ui.widgets.dates import pydate, qdate, short_date_pattern
from trustjournal.ui.widgets.dialog_slot import dialog_layout, save_controls, save_or_say

ON, PARTNER, BACK, PART = "on", "partner", "back", "part"


def move_words(kind: str, where: WhereYouAre) -> str:
    """What the dialog says before the move `kind` from where the person is now."""
    if kind == PART:
        return texts.PART_WORDS
    if kind == BACK:
        return texts.MOVE_BACK_WORDS.format(phase=phase_name(phase_before(where)))
    there = where.next_phase or where.phase
    if kind == PARTNER:
        return texts.PARTNER_READY_WORDS.format(phase=phase_name(there))
    here = [s for s in where.signposts if s.phase == where.phase]
    return texts.MOVE_ON_WORDS.format(
        phase=phase_name(there),
        about=phase_explanation(there),
        here=where.name,
        checked=sum(1 for s in here if s.checked),
        total=len(here),
    )


def phase_before(where: WhereYouAre) -> str:
    """The phase one step back along the path (the first phase has none before it)."""
    order = PHASES_OF[where.route]
    return order[max(order.index(where.phase) - 1, 0)]


class PathMoveDialog(QtWidgets.QDialog):
    """Asks before one move; `said` is the core's sentence once the move is made."""

    def __init__(
        self, journal: Journal, kind: str, today: dt.date, parent: QtWidgets.QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pathMoveDialog")
        self._journal, self.kind = journal, kind
        self.said = ""
        where = journal.path.where()
        self.setWindowTitle(_dialog_title(kind))
        self.words = label(move_words(kind, where), "", "pathMoveWords")
        self.day = QtWidgets.QDateEdit(qdate(today))
        named(self.day, "pathMoveDay", _("The day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(short_date_pattern())
        self.day.setMaximumDate(qdate(today))
        form = QtWidgets.QFormLayout()
        form.addRow(self.words)
        self.separated = QtWidgets.QRadioButton(path_texts.STEP_SEPARATED)
        self.left = QtWidgets.QRadioButton(path_texts.STEP_LEFT)
        if kind == PART:
            named(self.separated, "pathPartSeparated", path_texts.STEP_SEPARATED)
            named(self.left, "pathPartLeft", path_texts.STEP_LEFT)
            self.separated.setChecked(True)
            form.addRow(self.separated)
            form.addRow(self.left)
        form.addRow(_("The day"), self.day)
        message, save, cancel = save_controls(self, "pathMove", self._save)
        save.setText(_save_words(kind))
        save.setAccessibleName(_save_words(kind))
        self.message = message
        dialog_layout(self, form, message, (cancel, save), width=460)

    def _save(self) -> None:
        mover = self._mover(pydate(self.day.date()))

        def move() -> PathMove:
            # `said` is kept before the dialog closes: the page reads it when accepted.
            made, self.said = mover()
            return made

        save_or_say(self, self.message, move)

    def _mover(self, day: dt.date) -> Callable[[], tuple[PathMove, str]]:
        path = self._journal.path
        if self.kind == PART:
            return lambda: path.part(i_left=self.left.isChecked(), day=day)
        where = path.where()
        there = phase_before(where) if self.kind == BACK else where.next_phase or where.phase
        return lambda: path.move(there, day)


def _dialog_title(kind: str) -> str:
    return {
        ON: _("Move on"),
        PARTNER: _("My partner said they are ready"),
        BACK: _("Go back for a while"),
        PART: _("We separated / I left"),
    }[kind]


def _save_words(kind: str) -> str:
    return {
        ON: _("Move on"),
        PARTNER: _("Record it"),
        BACK: _("Go back"),
        PART: _("Change my path"),
    }[kind]
