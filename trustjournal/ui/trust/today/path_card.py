"""The recovery path on Today: where the person is (the phase and what it means), the
signposts of this phase to check right there, one prompt written for this phase, and the
moves (on, the partner's word, back, parting ways). docs/recovery-path.md says why.

Who decides a move on follows the core: the person themselves, or, in the involved
partner's journal, their partner ("my partner said they are ready", with the day).
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.journal.path.phases import phase_name, route_name
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.path import ALONE, PHASES_OF, Signpost, WhereYouAre
from trustjournal.core.records.prompts import Prompt
from trustjournal.ui.qt import Qt, QtGui, QtWidgets, Signal
from trustjournal.ui.trust.timeline.data import long_day
from trustjournal.ui.trust.today import texts
from trustjournal.ui.trust.today.path_move import BACK, ON, PART, PARTNER, phase_before
from trustjournal.ui.widgets.access.tab_order import in_tab_order_after
from trustjournal.ui.widgets.controls import button, card, label, link_button, show_text


def where_words(where: WhereYouAre) -> str:
    route = route_name(where.route)
    if where.since is None:
        return texts.PATH_WHERE.format(phase=where.name, route=route)
    return texts.PATH_WHERE_SINCE.format(phase=where.name, route=route, day=long_day(where.since))


def phase_prompt(journal: Journal, phase: str, today: dt.date, besides: str) -> Prompt | None:
    """One prompt written for `phase` (not one for any phase), the same all day, and not
    the prompt of the day shown above it when another is there."""
    pool = sorted((p for p in journal.prompts.daily_pool() if p.phase == phase), key=lambda p: p.id)
    others = [p for p in pool if p.id != besides] or pool
    return others[today.toordinal() % len(others)] if others else None


class _ClickableLabel(QtWidgets.QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.clicked.emit()
        super().mouseReleaseEvent(event)


def wrapped_check(text: str, name: str) -> tuple[QtWidgets.QWidget, QtWidgets.QCheckBox]:
    """A check box whose words wrap (a QCheckBox's own text never does, and a long
    signpost widened Today past the window); a click on the words checks it too."""
    row = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QtWidgets.QCheckBox(row)
    box.setObjectName(name)
    box.setAccessibleName(text)
    words = _ClickableLabel(text, row)
    words.setWordWrap(True)
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setBuddy(box)
    words.clicked.connect(box.toggle)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return row, box


class PathCard(QtWidgets.QWidget):
    move_requested = Signal(str)  # ON, PARTNER, BACK or PART: the page opens the dialog
    write_requested = Signal(str)  # a prompt's id

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPath")
        frame, layout = card("todayPathCard", _("Where you are on your path"))
        self.where = label("", "", "todayPathWhere")
        self.about = label("", "muted", "todayPathAbout")
        self.signposts_note = label(texts.PATH_SIGNPOSTS, "muted", "todayPathSignpostsNote")
        self.signposts = QtWidgets.QVBoxLayout()
        self.decides = label("", "muted", "todayPathDecides")
        self.prompt = label("", "", "todayPathPrompt")
        self.write = link_button(_("Write about this"), "todayPathWrite")
        self.write.setAccessibleName(_("Write from the prompt for this phase"))
        self.said = label("", "", "todayPathSaid")
        for widget in (self.where, self.about, self.signposts_note):
            layout.addWidget(widget)
        layout.addLayout(self.signposts)
        layout.addWidget(self.prompt)
        layout.addWidget(self.write)
        layout.addWidget(self.decides)
        self.move_on = button("", "todayPathMoveOn")
        self.move_back = link_button("", "todayPathMoveBack")
        self.part = link_button(_("We separated / I left…"), "todayPathPart")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.move_on)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.move_back)
        layout.addWidget(self.part)
        layout.addWidget(self.said)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._journal: Journal | None = None
        self._prompt_id = ""
        self._boxes: dict[str, QtWidgets.QCheckBox] = {}
        self._rows: list[QtWidgets.QWidget] = []
        self.move_on.clicked.connect(self._ask_move_on)
        self.move_back.clicked.connect(lambda: self.move_requested.emit(BACK))
        self.part.clicked.connect(lambda: self.move_requested.emit(PART))
        self.write.clicked.connect(lambda: self.write_requested.emit(self._prompt_id))
        self._partner = False

    @property
    def prompt_id(self) -> str:
        """The id of the prompt for this phase shown, or "" when there is none."""
        return self._prompt_id

    def show_for(self, journal: Journal, today: dt.date, besides: str = "") -> None:
        """The path as it stands today; `besides` is the prompt of the day's id."""
        self._journal = journal
        where = journal.path.where()
        self.where.setText(where_words(where))
        self.about.setText(where.explanation)
        self._show_signposts([s for s in where.signposts if s.phase == where.phase])
        self._show_prompt(phase_prompt(journal, where.phase, today, besides))
        self._show_moves(where)

    def _show_signposts(self, signposts: list[Signpost]) -> None:
        """One check box per signpost; the same signposts are only brought up to date, so
        the box the person just checked keeps the keyboard focus."""
        if [s.id for s in signposts] != list(self._boxes):
            self._build_boxes(signposts)
        for signpost in signposts:
            box = self._boxes[signpost.id]
            box.blockSignals(True)
            box.setChecked(signpost.checked is not None)
            box.blockSignals(False)

    def _build_boxes(self, signposts: list[Signpost]) -> None:
        for row in self._rows:
            self.signposts.removeWidget(row)
            row.deleteLater()
        self._boxes, self._rows = {}, []
        for signpost in signposts:
            row, box = wrapped_check(signpost.text, f"todayPathSignpost-{signpost.id}")
            self._rows.append(row)
            box.toggled.connect(lambda done, sid=signpost.id: self._check(sid, done))
            self.signposts.addWidget(row)
            self._boxes[signpost.id] = box
        # Made after the rest of Today, the boxes would come last in Tab's round; they
        # sit above "Write about this", so Tab reaches them just before it.
        boxes = list(self._boxes.values())
        in_tab_order_after(self.write, boxes, skip=boxes)

    def _check(self, signpost_id: str, done: bool) -> None:
        if self._journal is not None:
            show_text(self.said, self._journal.path.check(signpost_id, done))

    def _show_prompt(self, prompt: Prompt | None) -> None:
        self._prompt_id = prompt.id if prompt is not None else ""
        words = content.prompt_text(prompt) if prompt is not None else ""
        show_text(self.prompt, texts.PATH_PROMPT.format(prompt=words) if words else "")
        self.write.setVisible(prompt is not None)

    def _show_moves(self, where: WhereYouAre) -> None:
        self._partner = where.decides == "partner"
        decides = path_texts.PARTNER_DECIDES if self._partner else path_texts.YOU_DECIDE
        show_text(self.decides, decides if where.next_phase else texts.PATH_LAST_PHASE)
        if where.next_phase is not None:
            words = (
                _("My partner said they are ready…")
                if self._partner
                else _("Move on to {phase}…").format(phase=phase_name(where.next_phase))
            )
            self.move_on.setText(words)
            self.move_on.setAccessibleName(words.rstrip("…"))
        self.move_on.setVisible(where.next_phase is not None)
        first = where.phase == PHASES_OF[where.route][0]
        back = _("Go back to {phase}…").format(phase=phase_name(phase_before(where)))
        self.move_back.setText(back)
        self.move_back.setAccessibleName(back.rstrip("…"))
        self.move_back.setVisible(not first)
        self.part.setVisible(where.route != ALONE)

    def _ask_move_on(self) -> None:
        self.move_requested.emit(PARTNER if self._partner else ON)

    def show_said(self, said: str) -> None:
        show_text(self.said, said)

    def clear(self) -> None:
        self._journal = None
        self._prompt_id = ""
        for shown in (self.where, self.about, self.prompt, self.decides, self.said):
            shown.clear()
        self._show_signposts([])
