"""Every word of the trust rooms is marked for translation (issue 22): under the
pseudo-locale no English is left on Today, the Timeline, Agreements, Prompts, "When it's
hard", a check-in, "Check in together" and their dialogs, apart from the person's own words
and the stored vocabularies another catalogue translates (tests/ui/unmarked_words_kit.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from layout_kit import layout_problems
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from unmarked_words_kit import english_left, pseudo_language

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.care.breathing import HOLD, IN, OUT, RHYTHMS
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.language.catalogue import extract
from trustjournal.core.records.care import HardDateDraft, HardDatePlan, SupportContactDraft
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.disclosure.letter_dialog import LetterDialog
from trustjournal.ui.trust.disclosure.page import DisclosurePage
from trustjournal.ui.trust.hard_days import texts as hard_days_texts
from trustjournal.ui.trust.hard_days.dialogs import HardDateDialog, SupportContactDialog
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.hard_days.window import HardDaysWindow
from trustjournal.ui.trust.prompts.dialog import OwnPromptDialog
from trustjournal.ui.trust.prompts.page import PromptsPage
from trustjournal.ui.trust.timeline.event_dialog import EventDialog
from trustjournal.ui.trust.timeline.page import TimelinePage
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.start import OwnerCheckDialog
from trustjournal.ui.widgets.throttle import UnlockThrottle

# The person's own words in the journal below: they stay as written in every language.
THEIR_WORDS = (
    "We tell each other when plans change",
    "Said plainly, kindly",
    "An old message",
    "The night it came out",
    "Talked it through",
    "Breathe, call Sam",
    "Sam",
    "Sam's number",
    "Calls back in the evening",
    "A café",
    "A song",
    "A quiet week",
    "Own question about feeling steady",
)
# Words of ui/widgets (the trust dialogs' Save and Cancel), which h-mark_shell marks.
ANOTHER_ROOMS = ("Save", "Cancel")


def fill(journal: Journal, today: dt.date) -> None:
    """Something in every list and card, so every row's words show."""
    agreements = journal.agreements
    made = agreements.add(
        AgreementDraft(THEIR_WORDS[0], today - dt.timedelta(days=40), THEIR_WORDS[1], today)
    )
    agreements.set_status(made.id, "revised")
    agreements.set_status(made.id, "active")
    # An arrangement still waiting for the partner's yes: its state, both yes lines and
    # the button that records the missing one show beside it.
    journal.arrangements.mark(made.id, ArrangementDraft("location", today, days=30, my_yes=True))
    journal.events.add(
        EventDraft(
            day=today - dt.timedelta(days=2),
            kind="trigger",
            title=THEIR_WORDS[2],
            intensity=8,
            minutes_to_calm=20,
        )
    )
    last_year = today.replace(year=today.year - 1)
    journal.events.add(EventDraft(day=last_year, kind="discovery", title=THEIR_WORDS[3]))
    for weeks, score in ((3, 7), (0, 4)):
        day = today - dt.timedelta(weeks=weeks)
        scores = {"overall": score, "safety": score + 1}
        journal.checkins.add(CheckinDraft(day=day, scores=scores, needs_met="partly"))
    plan = HardDatePlan(will_do=THEIR_WORDS[5], can_reach=THEIR_WORDS[6], from_partner="")
    soon = today + dt.timedelta(days=2)
    journal.hard_dates.save(
        HardDateDraft(day=soon, title=THEIR_WORDS[11], place=THEIR_WORDS[9], plan=plan), None
    )
    contact = SupportContactDraft(name=THEIR_WORDS[6], reach=THEIR_WORDS[7], note=THEIR_WORDS[8])
    journal.support_contacts.add(contact)
    journal.prompts.add_own(THEIR_WORDS[12], "safety")
    journal.letters.write("impact", THEIR_WORDS[0], THEIR_WORDS[1])
    journal.settings.set("show_days_since_discovery", True)


def new_arrangement(journal: Journal, clock: ManualClock) -> AgreementDialog:
    """A new agreement with "It is a transparency arrangement" ticked: all its fields."""
    dialog = AgreementDialog(journal, clock.today())
    dialog.arrangement.is_arrangement.setChecked(True)
    return dialog


def walked_checkin(journal: Journal, clock: ManualClock) -> CheckinDialog:
    """A check-in shown at each step in turn, ending on its summary."""
    dialog = CheckinDialog(journal, clock=clock)
    for step in range(dialog.steps.count()):
        dialog.go_to(step)
    return dialog


def walked_together(journal: Journal, clock: ManualClock) -> TogetherWindow:
    """Check in together, with names, through the turns, the answers side by side, and on
    to the question of consent; every screen's words are set on the way."""
    window = TogetherWindow(journal, clock)
    window.owner_name.setText(THEIR_WORDS[6])
    window.begin()
    window.findChild(QtWidgets.QPushButton, "together_appreciations_next").click()
    for _turn in range(2):
        window.finish_turn()
    window.show_both()
    window.go_to("finish")
    return window


Make = Callable[[Journal, ManualClock], QtWidgets.QWidget]
SCREENS: dict[str, Make] = {
    "today": lambda j, c: TodayPage(j, clock=c),
    "timeline": lambda j, c: TimelinePage(j, clock=c),
    "agreements": lambda j, c: AgreementsPage(j, clock=c),
    "disclosure": lambda j, c: DisclosurePage(j, clock=c),
    "prompts": lambda j, c: PromptsPage(j, clock=c),
    "hard days": lambda j, c: HardDaysPage(j, clock=c),
    "hard days, locked": lambda j, c: HardDaysWindow(c),
    "check-in": walked_checkin,
    "new moment": lambda j, c: EventDialog(j),
    "a trigger": lambda j, c: EventDialog(j, event_id=1),
    "agreement": lambda j, c: AgreementDialog(j, c.today(), agreement_id=1),
    "letter": lambda j, c: LetterDialog(j, letter_id=1),
    "new arrangement": new_arrangement,
    "own prompt": lambda j, c: OwnPromptDialog(j),
    "hard date": lambda j, c: HardDateDialog(j, None, j.hard_dates.listed()[0], c.today()),
    "support contact": lambda j, c: SupportContactDialog(j, None, j.support_contacts.listed()[0]),
    "together": walked_together,
    "together, owner check": lambda j, c: OwnerCheckDialog(j.vault.paths.folder, UnlockThrottle(c)),
}


@pytest.fixture
def filled(journal: Journal, clock: ManualClock) -> Journal:
    fill(journal, clock.today())
    return journal


@pytest.fixture
def in_pseudo() -> Iterator[None]:
    with pseudo_language():
        yield


@pytest.mark.parametrize("screen", SCREENS)
def test_no_english_is_left_on_the_screen(
    screen: str, qtbot: QtBot, filled: Journal, clock: ManualClock, in_pseudo: None
) -> None:
    shown = SCREENS[screen](filled, clock)  # deleted here, not by qtbot: see below
    shown.resize(1180, 760)
    shown.show()
    try:
        qtbot.waitExposed(shown)
        assert english_left(shown, (*THEIR_WORDS, *ANOTHER_ROOMS)) == []
    finally:
        # Gone before the journal closes: a page's queued read (the timeline's) would
        # otherwise run in the next test, against a closed database.
        shown.close()
        shown.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def test_the_pacer_s_words_from_core_are_extracted_for_translators() -> None:
    """The breathing rhythms' words live in core; the pacer marks them in its texts module
    so they reach the template. A rhythm renamed in core and not here fails this."""
    marked = {message.msgid for message in extract(Path(speaking.__file__).parents[3])}
    said = {IN, HOLD, OUT, *(rhythm.label for rhythm in RHYTHMS)}
    assert said <= marked
    assert said == set(hard_days_texts.BREATHING_WORDS)


def test_today_stacks_its_cards_when_longer_words_leave_no_room_side_by_side(
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    filled: Journal,
    clock: ManualClock,
    in_pseudo: None,
) -> None:
    """Words 40% longer (German runs about that) widen the prompt card's buttons: at the
    page width of a 1180 px window the two columns no longer fit, and they stack instead
    of scrolling sideways."""
    apply_theme(qapp, "light")  # the app's own paddings, which the buttons' width counts
    page = TodayPage(filled, clock=clock)
    qtbot.addWidget(page)
    page.resize(970, 680)  # the page's room in a 1180x760 window, beside the sidebar
    page.show()
    qtbot.waitExposed(page)
    scroll = page.findChild(QtWidgets.QScrollArea, "todayScroll")
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible())


PAGE_ROOM = (970, 680)  # a page's room in a 1180x760 window, beside the sidebar
CUT_CHECKED: dict[str, Make] = {
    "agreements": lambda j, c: AgreementsPage(j, clock=c),
    "disclosure": lambda j, c: DisclosurePage(j, clock=c),
    "check-in": walked_checkin,
    "today": lambda j, c: TodayPage(j, clock=c),
    "hard days": lambda j, c: HardDaysPage(j, clock=c),
}


@pytest.mark.parametrize("screen", CUT_CHECKED)
def test_words_40_percent_longer_are_not_cut(
    screen: str,
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    filled: Journal,
    clock: ManualClock,
    in_pseudo: None,
) -> None:
    """German runs about 40% longer than English: no button, label or box is cut."""
    apply_theme(qapp, "light")  # the app's own paddings
    shown = CUT_CHECKED[screen](filled, clock)
    qtbot.addWidget(shown)
    if not isinstance(shown, QtWidgets.QDialog):
        shown.resize(*PAGE_ROOM)
    shown.show()
    qtbot.waitExposed(shown)
    with contextlib.suppress(TimeoutError):  # laid out once nothing is cut; else say what is
        qtbot.waitUntil(lambda: layout_problems(shown) == [], timeout=2000)
    assert layout_problems(shown) == []


def test_the_check_in_s_longer_step_count_moves_the_quick_choice_down_when_needed(
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    filled: Journal,
    clock: ManualClock,
    in_pseudo: None,
) -> None:
    """The step count grows from "Step 1 of 11" to "Step 11 of 11" (longer still in other
    languages): a dialog just wide enough for the first beside the quick choice puts the
    choice under the count when the count grows, instead of cutting it."""
    apply_theme(qapp, "light")
    dialog = CheckinDialog(filled, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    margins = dialog.outer.contentsMargins()
    side_by_side = (
        dialog.progress.sizeHint().width()
        + dialog.top.spacing()
        + dialog.quick.sizeHint().width()
        + margins.left()
        + margins.right()
    )
    dialog.resize(max(side_by_side, dialog.minimumWidth()), dialog.height())
    qtbot.waitUntil(lambda: dialog.width() == max(side_by_side, dialog.minimumWidth()))
    dialog.go_to(dialog.steps.count() - 1)
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: layout_problems(dialog) == [], timeout=2000)
    assert layout_problems(dialog) == []
