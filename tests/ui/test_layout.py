"""Every page and dialog fits every size the app promises, at 1x and 2x.

One case per screen, size and scale: the screen is opened over a journal full of
realistic, awkward content (long titles, long prompts, many tags, long messages),
and `layout_check.layout_problems` must find nothing.

To add a screen, register one opener with `@screen("name")`: a function that gets
the `Screens` context (journal, main window, data folder) and returns the shown
window or dialog to check.

2x cases run in a child pytest with QT_SCALE_FACTOR=2 (the factor must be set before
Qt starts); run them inline with `QT_SCALE_FACTOR=2 pytest tests/ui/test_layout.py -k 2x`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from layout_check import layout_problems, settle
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.together import TogetherAnswers
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.journal.editor.entry_editor import DISCUSS_NAME
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.keys.restore_dialog import RestoreDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.places import PLACES
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.care import CareSettingsDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.hard_days.dialogs import HardDateDialog, SupportContactDialog
from trustjournal.ui.trust.hard_days.window import HardDaysWindow
from trustjournal.ui.trust.prompts.dialog import OwnPromptDialog
from trustjournal.ui.trust.timeline.event_dialog import EventDialog
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.start import OwnerCheckDialog
from trustjournal.ui.widgets.controls import show_text
from trustjournal.ui.widgets.throttle import UnlockThrottle

SIZES = ((1024, 640), (1180, 760), (1366, 768), (1920, 1080))
SCALES = (1, 2)
NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
LONG_TITLE = (
    "The evening we finally talked about the weekend away and what it brought back for me, "
    "all of it, slowly"
)
LONG_MESSAGE = (
    "Saved to /home/someone/Documents/for my therapist/sessions in spring/"
    "a very long folder name that keeps going/export-2026-03-14.pdf. "
    "It is now outside your journal's protection."
)
MANY_TAGS = tuple(f"tag-number-{n}" for n in range(24))
LONG_PROMPT = (
    "When the old fear comes back in the middle of an ordinary day, what does it ask of me, "
    "what do I need in that moment, and who or what has helped me feel steadier before, "
    "even a little? Write it slowly, in your own words, without judging what comes up."
)


@dataclass
class Screens:
    """What an opener gets: a filled journal and the unlocked window over it."""

    journal: Journal
    main: MainWindow
    data_dir: Path
    clock: ManualClock
    qtbot: QtBot
    kept: list[QtWidgets.QWidget]

    def window(self, made: QtWidgets.QWidget) -> QtWidgets.QWidget:
        """A window of its own (lock screen, onboarding), kept and closed after the case."""
        self.kept.append(made)
        self.qtbot.addWidget(made)
        return made

    def place(self, key: str) -> QtWidgets.QWidget:
        self.main.show_place(key)
        return self.main

    def dialog(self, made: QtWidgets.QDialog) -> QtWidgets.QDialog:
        made.show()
        return made


Opener = Callable[[Screens], QtWidgets.QWidget]
SCREENS: dict[str, Opener] = {}


def screen(name: str) -> Callable[[Opener], Opener]:
    """Register a screen for the layout test (one line above its opener)."""

    def register(opener: Opener) -> Opener:
        SCREENS[name] = opener
        return opener

    return register


# -- the app's places ----------------------------------------------------------------------


for _place in PLACES:  # every place of the sidebar, new ones too
    screen(f"place-{_place.key}")(lambda screens, key=_place.key: screens.place(key))


@screen("export-status")
def _export_status(screens: Screens) -> QtWidgets.QWidget:
    page = screens.main.pages["export"]
    show_text(page.findChild(QtWidgets.QLabel, "export_status"), LONG_MESSAGE)
    return screens.place("export")


@screen("prompts-filtered")
def _prompts_filtered(screens: Screens) -> QtWidgets.QWidget:
    """The longest filter note, and the button that widens the filter, beside it."""
    page = screens.main.pages["prompts"]
    for name, data in (("promptsRole", "involved"), ("promptsPhase", "middle")):
        combo = page.findChild(QtWidgets.QComboBox, name)
        combo.setCurrentIndex(combo.findData(data))
    return screens.place("prompts")


# -- dialogs -------------------------------------------------------------------------------


@screen("checkin-step")
def _checkin_step(screens: Screens) -> QtWidgets.QWidget:
    dialog = CheckinDialog(screens.journal, screens.main, screens.clock)
    dialog.go_to(1)
    return screens.dialog(dialog)


@screen("checkin-summary")
def _checkin_summary(screens: Screens) -> QtWidgets.QWidget:
    dialog = CheckinDialog(screens.journal, screens.main, screens.clock)
    dialog.note.setPlainText(LONG_PROMPT)
    dialog.go_to(dialog.steps.count() - 1)
    return screens.dialog(dialog)


@screen("event-trigger")
def _event_trigger(screens: Screens) -> QtWidgets.QWidget:
    dialog = EventDialog(screens.journal, screens.main, day=screens.clock.today())
    screens.dialog(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("trigger"))
    dialog.title_field.setText(LONG_TITLE)
    return dialog


@screen("event-other")
def _event_other(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(EventDialog(screens.journal, screens.main, day=screens.clock.today()))


@screen("agreement-dialog")
def _agreement(screens: Screens) -> QtWidgets.QWidget:
    first = screens.journal.agreements.listed()[0].id
    return screens.dialog(
        AgreementDialog(screens.journal, screens.clock.today(), screens.main, first)
    )


@screen("own-prompt-dialog")
def _own_prompt(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(OwnPromptDialog(screens.journal, screens.main, None))


@screen("export-dialog")
def _export_dialog(screens: Screens) -> QtWidgets.QWidget:
    page = screens.main.pages["export"]
    screens.place("export")
    dialog = page.open_dialog()
    assert dialog is not None
    return dialog


@screen("settings-dialog")
def _settings(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(SettingsDialog(screens.journal.settings, Preferences(), screens.main))


@screen("change-passphrase-dialog")
def _change_passphrase(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(ChangePassphraseDialog(screens.journal.vault, screens.main))


@screen("backup-dialog")
def _backup(screens: Screens) -> QtWidgets.QWidget:
    dialog = BackupDialog(screens.journal, screens.main)
    show_text(dialog.section.message, LONG_MESSAGE)
    return screens.dialog(dialog)


@screen("rotate-key-dialog")
def _rotate_key(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(RotateKeyDialog(screens.journal.vault, ClipboardGuard(), screens.main))


@screen("care-settings-dialog")
def _care_settings(screens: Screens) -> QtWidgets.QWidget:
    settings = screens.journal.settings
    return screens.dialog(CareSettingsDialog(settings, ReminderPreferences(), screens.main))


@screen("hard-days-window")
def _hard_days_window(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(HardDaysWindow(screens.clock, screens.main))


@screen("support-contact-dialog")
def _support_contact(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(SupportContactDialog(screens.journal, screens.main, None))


@screen("hard-date-dialog")
def _hard_date(screens: Screens) -> QtWidgets.QWidget:
    today = screens.clock.today()
    return screens.dialog(HardDateDialog(screens.journal, screens.main, None, today))


# -- importing -----------------------------------------------------------------------------

IMPORT_PREVIEW = 1  # the Import dialog's second step
LONG_PATH = "/home/someone/Documents/" + "a very long folder name that keeps going/" * 3


@screen("import-choose")
def _import_choose(screens: Screens) -> QtWidgets.QWidget:
    dialog = ImportDialog(screens.journal, screens.main)
    dialog.path_field.setText(LONG_PATH + "journal.txt")
    return screens.dialog(dialog)


def _import_preview(text: str, format_name: str) -> Opener:
    """The Import dialog's preview of a file holding `text`, read as `format_name`."""

    def opener(screens: Screens) -> QtWidgets.QWidget:
        source = screens.data_dir.parent / f"layout-import-{format_name}.txt"
        source.write_text(text, encoding="utf-8")
        dialog = ImportDialog(screens.journal, screens.main)
        screens.dialog(dialog)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(format_name))
        dialog.path_field.setText(str(source))
        dialog.read_source()
        screens.qtbot.waitUntil(lambda: dialog.steps.currentIndex() == IMPORT_PREVIEW)
        return dialog

    return opener


UNREADABLE_JRNL = "[2024-01-01 10:00] Fine\nwords\n\n" + "".join(
    f"[25{n:02d}-01-02 10:00] {LONG_TITLE}\n\n" for n in range(12)
)
DAYLIO_OWN_MOODS = "full_date,date,weekday,time,mood,activities,note_title,note\n" + "".join(
    f'2021-09-{day:02d},{day} September,Monday,9:00 pm,{mood},"","",""\n'
    for day, mood in enumerate(
        ("so very tired of all of this", "blorp", "quietly hopeful again", "sad"), start=20
    )
)
screen("import-preview-problems")(_import_preview(UNREADABLE_JRNL, "jrnl"))
screen("import-preview-moods")(_import_preview(DAYLIO_OWN_MOODS, "daylio"))


# -- check in together ---------------------------------------------------------------------


def _together(step: str) -> Opener:
    """The flow's own window at a step, answered at length with long names."""

    def opener(screens: Screens) -> QtWidgets.QWidget:
        flow = TogetherWindow(screens.journal, screens.clock)
        screens.window(flow)
        flow.owner_name.setText("Samantha-Louise Featherstonehaugh")
        flow.partner_name.setText("Alexander Montgomery-Whitfield")
        flow.owner = TogetherAnswers(
            needs_met="partly",
            scores={"safety": 3, "honesty": 2, "closeness": 7, "communication": 5},
            helped=LONG_TITLE,
            need_more=LONG_TITLE,
        )
        flow.partner = TogetherAnswers(
            needs_met="yes", scores={"safety": 9, "sexual": 4}, helped=LONG_TITLE
        )
        flow.show_both()
        flow.go_to(step)
        return flow

    return opener


for _step in ("intro", "turn", "side", "talk", "finish"):
    screen(f"together-{_step}")(_together(_step))


@screen("together-owner-check")
def _together_owner_check(screens: Screens) -> QtWidgets.QWidget:
    dialog = OwnerCheckDialog(screens.data_dir, UnlockThrottle(screens.clock), screens.main)
    show_text(dialog.message, LONG_MESSAGE)
    return screens.dialog(dialog)


# -- before unlocking ----------------------------------------------------------------------


@screen("lock-screen")
def _lock_screen(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    assert isinstance(lock, LockScreen)
    show_text(lock.message, LONG_MESSAGE)
    return lock


@screen("recovery-dialog")
def _recovery(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    assert isinstance(lock, LockScreen)
    lock.show()
    lock.open_recovery()
    dialog = lock.recovery_dialog
    assert dialog is not None
    return dialog


@screen("restore-dialog")
def _restore(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    lock.show()
    return screens.dialog(RestoreDialog(screens.data_dir, screens.clock, lock))


@screen("lock-screen-backing-up")
def _lock_screen_backing_up(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    assert isinstance(lock, LockScreen)
    lock.show_backup_running(True)
    return lock


@screen("pending-code-dialog")
def _pending_code(screens: Screens) -> QtWidgets.QWidget:
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    vault = screens.journal.vault
    return screens.dialog(PendingCodeDialog(vault, code, ClipboardGuard(), screens.main))


def _onboarding(step: int) -> Opener:
    def opener(screens: Screens) -> QtWidgets.QWidget:
        window = OnboardingWindow(screens.data_dir.parent / "new", ClipboardGuard())
        screens.window(window)
        window.go_to(step)
        if step == window.steps.count() - 1:
            window.code_view.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
        return window

    return opener


for _number, _step in enumerate(("welcome", "limits", "passphrase", "recovery-code")):
    screen(f"onboarding-{_step}")(_onboarding(_number))


# -- the journal the screens show ----------------------------------------------------------


def fill(journal: Journal) -> None:
    """Everything at its longest: what makes a layout break."""
    today = NOW.date()
    for days in range(40):
        journal.add_entry(
            EntryDraft(
                day=today - dt.timedelta(days=days),
                title=LONG_TITLE,
                body=LONG_PROMPT * 3,
                mood=1 + days % 5,
                emotions=("hurt", "hopeful", "anxious", "calm"),
                tags=MANY_TAGS,
            )
        )
    for weeks in range(30):
        scores = {"overall": weeks % 11, "safety": 10 - weeks % 11, "honesty": 5}
        day = today - dt.timedelta(weeks=weeks)
        journal.checkins.add(CheckinDraft(day=day, scores=scores, needs_met="partly"))
    for days, kind in enumerate(("discovery", "therapy", "trigger", "setback", "breakthrough")):
        day = today - dt.timedelta(days=days * 9)
        journal.events.add(EventDraft(day=day, kind=kind, title=LONG_TITLE, note=LONG_PROMPT))
    for number in range(6):
        draft = AgreementDraft(
            f"{LONG_TITLE} ({number})", today, LONG_PROMPT, today + dt.timedelta(days=number)
        )
        journal.agreements.add(draft)
    journal.prompts.add_own(LONG_PROMPT, "safety")
    journal.settings.set("show_days_since_discovery", True)


@dataclass
class Filled:
    journal: Journal
    clock: ManualClock
    folder: Path
    main: MainWindow


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory, qapp: QtWidgets.QApplication
) -> Iterator[Filled]:
    """One journal and one main window for all cases: building them is the slow part."""
    folder = tmp_path_factory.mktemp("layout") / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, params=FLOOR)
    clock = ManualClock(NOW)
    journal = Journal(vault, clock=clock)
    fill(journal)
    main = MainWindow(journal, clock)
    yield Filled(journal, clock, folder, main)
    main.clear_for_lock()
    main.release()
    main.deleteLater()
    journal.close()


# -- the cases -----------------------------------------------------------------------------


def _cases() -> Iterator[object]:
    for name in SCREENS:
        for width, height, scale, marks in _sizes_and_scales():
            yield pytest.param(
                name, width, height, scale, id=f"{name}-{width}x{height}-{scale}x", marks=marks
            )


def _sizes_and_scales() -> Iterator[tuple[int, int, int, list[pytest.MarkDecorator]]]:
    for width, height in SIZES:
        for scale in SCALES:
            # The first 2x case waits for the child run of them all.
            marks = [pytest.mark.slow, pytest.mark.timeout(1800)] if scale != 1 else []
            yield width, height, scale, marks


def _scale_now() -> float:
    return QtGui.QGuiApplication.primaryScreen().devicePixelRatio()


@pytest.mark.parametrize(("name", "width", "height", "scale"), list(_cases()))
def test_screen_fits(
    name: str,
    width: int,
    height: int,
    scale: int,
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    request: pytest.FixtureRequest,
) -> None:
    filled = _shown_at(width, height, scale, qapp, request)
    if filled is None:
        return
    main = filled.main
    screens = Screens(filled.journal, main, filled.folder, filled.clock, qtbot, [])
    try:
        shown = SCREENS[name](screens)
        problems = _fit(shown, QtCore.QSize(width, height), qtbot)
    finally:
        _close_dialogs(main)
    assert not problems, f"{name} at {width}x{height} ({scale}x):\n" + "\n".join(problems)


def _shown_at(
    width: int,
    height: int,
    scale: int,
    qapp: QtWidgets.QApplication,
    request: pytest.FixtureRequest,
) -> Filled | None:
    """The filled journal's window shown at `width`x`height`; None when the case is one of
    another scale's, checked by that scale's child run."""
    if _scale_now() != scale:
        _check_scaled(request.node.name, scale)
        return None
    filled: Filled = request.getfixturevalue("filled")
    apply_theme(qapp, "light")  # the app's own style sheet: its paddings and heading sizes
    filled.main.resize(width, height)
    filled.main.show()
    return filled


def _fit(shown: QtWidgets.QWidget, size: QtCore.QSize, qtbot: QtBot) -> list[str]:
    """Size the window as the person's screen would, let it lay out, and check it."""
    if not isinstance(shown, QtWidgets.QDialog):
        shown.resize(size)  # a dialog takes the size it asks for, as on a real screen
    shown.show()
    qtbot.waitExposed(shown)
    for _ in range(3):
        QtCore.QCoreApplication.processEvents()
    problems = layout_problems(shown)
    if shown.width() > size.width() or shown.height() > size.height():
        problems.insert(0, f"needs {shown.width()}x{shown.height()}, more than the screen")
    return problems


def _close_dialogs(main: MainWindow) -> None:
    for window in QtWidgets.QApplication.topLevelWidgets():
        if window is not main and window.isVisible():
            window.close()
    settle()


# -- 2x: Qt's scale is fixed when it starts, so these cases run in one child pytest -------

_SCALED_RUNS: dict[int, dict[str, str]] = {}


def _check_scaled(case: str, scale: int) -> None:
    if scale not in _SCALED_RUNS:
        _SCALED_RUNS[scale] = _run_scaled(scale)
    outcome = _SCALED_RUNS[scale].get(case)
    assert outcome is not None, f"the {scale}x run did not report {case}"
    assert outcome == "", outcome


def _run_scaled(scale: int) -> dict[str, str]:
    """Every case of `scale` in a child pytest whose Qt starts at that scale; gives each
    case's failure text ("" when it passed)."""
    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.xml"
        env = {
            **os.environ,
            "QT_SCALE_FACTOR": str(scale),
            "QT_QPA_PLATFORM": f"offscreen:configfile={_big_screen(Path(folder), scale)}",
        }
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={report}",
                "-k",
                f"{scale}x",
                __file__,
            ],
            cwd=root,
            env=env,
            capture_output=True,
            check=False,
        )
        return _outcomes(report)


def _big_screen(folder: Path, scale: int) -> Path:
    """An offscreen screen as large as the largest size at `scale` (its default, 800x800
    device pixels, is 400x400 at 2x and would squash every dialog)."""
    width, height = max(SIZES)
    config = folder / "screen.json"
    screen = {"name": "layout", "x": 0, "y": 0, "width": width * scale, "height": height * scale}
    config.write_text(json.dumps({"screens": [screen]}))
    return config


def _outcomes(report: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        failed = [*case.iter("failure"), *case.iter("error")]
        found[case.get("name", "")] = "\n".join(f.get("message", "") for f in failed)
    return found


# -- the editor's day and privacy choices: one row, the "?" beside its checkbox ------------

PRIVACY_ROW = ("editorDay", "editorPrivate", "editorDiscuss", "editorExplainPrivacy")
HELP_GAP = 8  # the "?" reads as the checkbox's own help only when it sits right beside it


def _row_cases() -> Iterator[object]:
    for width, height, scale, marks in _sizes_and_scales():
        yield pytest.param(width, height, scale, id=f"{width}x{height}-{scale}x", marks=marks)


@pytest.mark.parametrize(("width", "height", "scale"), list(_row_cases()))
def test_the_day_and_privacy_choices_share_one_row(
    width: int,
    height: int,
    scale: int,
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    request: pytest.FixtureRequest,
) -> None:
    filled = _shown_at(width, height, scale, qapp, request)
    if filled is None:
        return
    main = filled.main
    main.open_entry(filled.journal.entry_ids()[0])  # a long title, many tags
    problems = _fit(main, QtCore.QSize(width, height), qtbot)
    assert not problems, "\n".join(problems)
    day, private, discuss, explain = (
        main.findChild(QtWidgets.QWidget, name) for name in PRIVACY_ROW
    )
    row = QtCore.QRect(day.mapTo(main, QtCore.QPoint(0, 0)), day.size())
    places = {
        widget.objectName(): QtCore.QRect(widget.mapTo(main, QtCore.QPoint(0, 0)), widget.size())
        for widget in (private, discuss, explain)
    }
    for name, place in places.items():
        assert row.top() <= place.center().y() <= row.bottom(), (
            f"{name} wraps below the day at {width}x{height} ({scale}x): it is at "
            f"y {place.top()}-{place.bottom()}, the day's row {row.top()}-{row.bottom()}"
        )
    for name, place in places.items():
        off_centre = abs(place.center().y() - row.center().y())
        assert off_centre <= 1, f"{name} sits {off_centre} px off the row's middle"
    left = [widget.mapTo(main, QtCore.QPoint(0, 0)).x() for widget in (day, private, discuss)]
    assert left == sorted(left)
    discuss_right = discuss.mapTo(main, QtCore.QPoint(discuss.width(), 0)).x()
    gap = explain.mapTo(main, QtCore.QPoint(0, 0)).x() - discuss_right
    assert 0 <= gap <= HELP_GAP, f"the '?' is {gap} px from {DISCUSS_NAME!r}"
