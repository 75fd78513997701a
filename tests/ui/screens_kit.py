"""The layout test's shared part: the screens it opens, the journal they show, and each case.

Every room has its own `test_layout_<room>.py`, holding only its screens' openers:

    SCREENS, screen = room_screens()

    @screen("name")
    def _opener(screens: Screens) -> QtWidgets.QWidget: ...  # the shown window or dialog

    test_screen_fits = screens_test(SCREENS)  # last: one case per screen, size and scale

Each case opens its screen over a journal full of realistic, awkward content (long
titles, long prompts, many tags, long messages), with the journal's window as on a screen
of the case's size, and `layout_kit` must find nothing a person would see as broken. The
filled journal is the `filled` fixture of tests/ui/conftest.py, one per test module.

2x cases run in a child pytest with QT_SCALE_FACTOR=2 (the factor must be set before
Qt starts), one child run per test module; run them inline with
`QT_SCALE_FACTOR=2 pytest tests/ui/<room>/test_layout_<room>.py -k 2x`.

Large text (issue 23, item 6): every screen again at 1180x760 with the text at 200 %
(tests/ui/large_text_kit.py), ids ending in "-large".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from language_layout_kit import language_cases, speaking_for_layout
from large_text_kit import large_text_case
from layout_kit import layout_problems, off_screen, settle
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.widgets import sizing

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


def room_screens() -> tuple[dict[str, Opener], Callable[[str], Callable[[Opener], Opener]]]:
    """A room's registry of screens and its `@screen("name")` decorator."""
    screens: dict[str, Opener] = {}
    return screens, registrar(screens)


def screens_test(
    screens: dict[str, Opener], longer_words_not_yet: frozenset[str] | None
) -> Callable[..., None]:
    """The room's `test_screen_fits` over every screen registered so far, at every size
    and scale; `longer_words_not_yet` names the screens the pseudo words do not fit yet
    (None: all of them)."""

    @pytest.mark.parametrize(
        ("name", "width", "height", "scale", "language", "text"),
        [*cases(screens), *language_cases(list(screens), longer_words_not_yet)],
    )
    def test_screen_fits(
        name: str,
        width: int,
        height: int,
        scale: int,
        language: str,
        text: int,
        qtbot: QtBot,
        request: pytest.FixtureRequest,
    ) -> None:
        size = QtCore.QSize(width, height)
        if language == "en":
            check_screen_fits(screens, name, size, scale, qtbot, request, text=text)
            return
        with speaking_for_layout(language):
            check_screen_fits(screens, name, size, scale, qtbot, request, language)

    return test_screen_fits


def registrar(screens: dict[str, Opener]) -> Callable[[str], Callable[[Opener], Opener]]:
    """`screen = registrar(SCREENS)`; then `@screen("name")` registers an opener there."""

    def screen(name: str) -> Callable[[Opener], Opener]:
        def register(opener: Opener) -> Opener:
            screens[name] = opener
            return opener

        return register

    return screen


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
    journal.letters.write("amends", LONG_TITLE, LONG_PROMPT)
    journal.settings.set("show_days_since_discovery", True)


@dataclass
class Filled:
    journal: Journal
    clock: ManualClock
    folder: Path
    main: MainWindow


@contextmanager
def filled_journal(folder: Path) -> Iterator[Filled]:
    """A journal made in `folder`, filled, with its main window; all closed afterwards."""
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


def cases(screens: dict[str, Opener]) -> Iterator[object]:
    text = DEFAULT_TEXT_SIZE
    for name in screens:
        for width, height, scale, marks in sizes_and_scales():
            case_id = f"{name}-{width}x{height}-{scale}x"
            yield pytest.param(name, width, height, scale, "en", text, id=case_id, marks=marks)
        yield large_text_case(name)


def sizes_and_scales() -> Iterator[tuple[int, int, int, list[pytest.MarkDecorator]]]:
    for width, height in SIZES:
        for scale in SCALES:
            # The first 2x case waits for the child run of them all. At 1x the smallest
            # screen stays in the quick run (`-m "not slow"`), the larger ones are slow.
            if scale != 1:
                marks = [pytest.mark.slow, pytest.mark.timeout(1800)]
            else:
                marks = [] if (width, height) == SIZES[0] else [pytest.mark.slow]
            yield width, height, scale, marks


def _scale_now() -> float:
    return QtGui.QGuiApplication.primaryScreen().devicePixelRatio()


def check_screen_fits(
    screens: dict[str, Opener],
    name: str,
    size: QtCore.QSize,
    scale: int,
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    language: str = "en",
    text: int = DEFAULT_TEXT_SIZE,
) -> None:
    """The body of every room's `test_screen_fits`: open the screen over the filled journal
    at `size` and `scale`, in `language` and at `text` size, and find nothing a person
    would see as broken."""
    qapp = request.getfixturevalue("qapp")
    filled = shown_at(size.width(), size.height(), scale, qapp, request, language, text)
    if filled is None:
        return
    # The app sizes its windows and dialogs to the screen: here, a screen of `size`.
    screen = QtCore.QRect(QtCore.QPoint(0, 0), size)
    request.getfixturevalue("monkeypatch").setattr(sizing, "screen_area", lambda _w=None: screen)
    main = filled.main
    context = Screens(filled.journal, main, filled.folder, filled.clock, qtbot, [])
    try:
        shown = screens[name](context)
        problems = fit(shown, size, qtbot)
    finally:
        # The look is left as it is: the next case sets its own afresh (shown_at), and the
        # tests' look restorer puts back what this one changed for any other test.
        _close_dialogs(main)
    where = f"{name} at {size.width()}x{size.height()} ({scale}x, {language}, {text} pt)"
    assert not problems, f"{where}:\n" + "\n".join(problems)


def shown_at(
    width: int,
    height: int,
    scale: int,
    qapp: QtWidgets.QApplication,
    request: pytest.FixtureRequest,
    language: str = "en",
    text: int = DEFAULT_TEXT_SIZE,
) -> Filled | None:
    """The filled journal's window (built in `language`) shown at `width`x`height` with
    text of `text` pt; None
    when the case is one of another scale's, checked by that scale's child run."""
    if _scale_now() != scale:
        scratch: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
        _check_scaled(request.node.name, scale, request.node.path, scratch)
        return None
    if language == "en":
        filled: Filled = request.getfixturevalue("filled")
    else:
        filled = request.getfixturevalue("filled_by_language")(language)
    # The app's own style sheet: its paddings and heading sizes, and the text size.
    apply_theme(qapp, "light", text)
    filled.main.show()
    filled.main.resize(sizing.room_on_screen(filled.main, QtCore.QRect(0, 0, width, height)))
    return filled


def fit(shown: QtWidgets.QWidget, size: QtCore.QSize, qtbot: QtBot) -> list[str]:
    """Size the window as the person's screen would (a window maximised on a screen of
    `size`; a dialog at the size it asks for), let it lay out, and check it, its frame
    too: no larger than that screen."""
    screen = QtCore.QRect(QtCore.QPoint(0, 0), size)
    shown.show()
    if not isinstance(shown, QtWidgets.QDialog):
        shown.resize(sizing.room_on_screen(shown, screen))
    qtbot.waitExposed(shown)
    for _ in range(3):
        QtCore.QCoreApplication.processEvents()
    return off_screen(shown, screen, placed=False) + layout_problems(shown)


def _close_dialogs(main: MainWindow) -> None:
    for window in QtWidgets.QApplication.topLevelWidgets():
        if window is not main and window.isVisible():
            window.close()
    settle()


# -- 2x, and other screens: Qt's scale and screens are fixed when it starts, so cases that
# need another one run in one child pytest per (screen, scale, test file) -----------------

_CHILD_RUNS: dict[tuple[int, int, int, str, Path], dict[str, str]] = {}


def _check_scaled(case: str, scale: int, test_file: Path, scratch: pytest.TempPathFactory) -> None:
    width, height = max(SIZES)
    check_in_child(case, test_file, f"{scale}x", QtCore.QSize(width, height), scale, scratch)


def on_screen(size: QtCore.QSize, request: pytest.FixtureRequest) -> bool:
    """Whether the test asking runs here, on a screen of `size`: when this process's
    screen is another, the test's whole file runs in a child pytest (once) whose only
    screen is `size`, this checks that the test passed there, and gives False."""
    if QtGui.QGuiApplication.primaryScreen().geometry().size() == size:
        return True
    scratch: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
    check_in_child(request.node.name, request.node.path, "", size, 1, scratch)
    return False


def check_in_child(
    case: str,
    test_file: Path,
    select: str,
    size: QtCore.QSize,
    scale: int,
    scratch: pytest.TempPathFactory,
) -> None:
    key = (size.width(), size.height(), scale, select, test_file)
    if key not in _CHILD_RUNS:
        folder = scratch.mktemp("child-run")  # the run's own, never the system's /tmp
        _CHILD_RUNS[key] = _run_in_child(test_file, select, size, scale, folder)
    outcome = _CHILD_RUNS[key].get(case)
    assert outcome is not None, (
        f"the run on a {size.width()}x{size.height()} screen at {scale}x did not report {case}"
    )
    assert outcome == "", outcome


def _run_in_child(
    test_file: Path, select: str, size: QtCore.QSize, scale: int, folder: Path
) -> dict[str, str]:
    """The cases of `test_file` that `-k select` picks (all when empty), in a child pytest
    whose Qt starts at `scale` on one screen of `size` (logical pixels); gives each case's
    failure text ("" when it passed)."""
    root = Path(__file__).resolve().parents[2]
    report = folder / "report.xml"
    screen = _screen(folder, size, scale)
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": str(scale),
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n0",  # in this child process: its cases are few, and one Qt at this scale
            f"--junitxml={report}",
            *(("-k", select) if select else ()),
            str(test_file),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        check=False,
    )
    return _outcomes(report)


def _screen(folder: Path, size: QtCore.QSize, scale: int) -> Path:
    """An offscreen screen of `size` at `scale` (its default, 800x800 device pixels, is
    400x400 at 2x and would squash every dialog)."""
    config = folder / "screen.json"
    screen = {
        "name": "layout",
        "x": 0,
        "y": 0,
        "width": size.width() * scale,
        "height": size.height() * scale,
    }
    config.write_text(json.dumps({"screens": [screen]}))
    return config


def _outcomes(report: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        failed = [*case.iter("failure"), *case.iter("error")]
        found[case.get("name", "")] = "\n".join(f.get("message", "") for f in failed)
    return found
