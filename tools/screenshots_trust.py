"""Screenshots of Today, the timeline, the check-in, moments, agreements, prompts and export,
with their dialogs, in light and dark.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python tools/screenshots_trust.py

`--size 1024x640` takes them at another window size (named with it, e.g.
timeline-1024x640-light.png); `--only timeline` takes only the timeline's.

Each page is shown in the app's main window at 1180x760 (its own size), over a fresh vault in a
temporary folder (removed afterwards) filled with invented, gentle sample data:
a discovery, weekly check-ins slowly improving with setbacks, therapy sessions,
agreements, and triggers that fade. Pictures go to docs/screenshots/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import (
    DIMENSIONS,
    AgreementDraft,
    CheckinDraft,
    EventDraft,
)
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import DEFAULT_SIZE, MainWindow
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.prompts import texts as prompts_texts
from trustjournal.ui.trust.prompts.page import PromptsPage
from trustjournal.ui.trust.timeline.page import TimelinePage

SIZE = QtCore.QSize(1180, 760)
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "quiet river under the old stone bridge"  # noqa: S105 (a throwaway vault)
NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
TODAY = NOW.date()
DISCOVERY = dt.date(2025, 9, 2)
# How each dimension sits against overall trust while it is being rebuilt.
OFFSETS = {
    "safety": 0.3,
    "honesty": -0.6,
    "communication": 0.8,
    "respect": 0.5,
    "closeness": -0.2,
    "affection": 0.2,
    "sexual": -1.6,
}
SETBACKS = (
    (dt.date(2025, 11, 20), "A message he had not mentioned"),
    (dt.date(2026, 1, 28), "Plans changed without a word"),
)
MOMENTS = (
    (dt.date(2025, 12, 18), "breakthrough", "First hard talk without anyone getting defensive"),
    (dt.date(2026, 2, 14), "milestone", "A calm, kind evening together"),
)
ENTRY_WORDS = (
    "A quiet day. I noticed I did not check his phone in my head as often.",
    "Hard morning, better afternoon. We walked by the river and talked a little.",
    "Tired. I let myself rest instead of going over everything again.",
    "He told me about his day without me asking. Small, but it mattered.",
    "I felt the old knot in my stomach, and I wrote instead of shutting down.",
)


# -- sample data ------------------------------------------------------------------------------


def fill(journal: Journal, clock: ManualClock) -> None:
    rng = random.Random(7)  # noqa: S311 (sample data, not secrets)
    journal.settings.set("prompt_role", "hurt")
    journal.settings.set("recovery_phase", "middle")  # the Prompts page filters by both
    journal.settings.set("show_days_since_discovery", True)
    journal.events.add(EventDraft(day=DISCOVERY, kind="discovery", title="The day I found out"))
    add_checkins(journal, rng)
    add_events(journal, rng)
    add_agreements(journal, clock)
    add_entries(journal, rng)
    add_prompts(journal)


def trust_on(day: dt.date) -> float:
    """Overall trust: slowly up from 2 to about 6.5, with dips after each setback."""
    weeks = (day - DISCOVERY).days / 7
    level = 2 + 4.5 * (1 - math.exp(-weeks / 16))
    for setback, _title in SETBACKS:
        after = (day - setback).days
        if 0 <= after < 28:
            level -= 2.2 * (1 - after / 28)
    return level


def add_checkins(journal: Journal, rng: random.Random) -> None:
    day = DISCOVERY + dt.timedelta(days=8)
    while day <= TODAY - dt.timedelta(days=3):
        level = trust_on(day)
        scores = {
            name: _score(level + OFFSETS.get(name, 0.0) + rng.uniform(-0.7, 0.7))
            for name in DIMENSIONS
        }
        if rng.random() < 0.25:
            scores.pop("sexual")  # skipped, as people do
        needs = "no" if level < 3.5 else "partly" if level < 5.5 else "yes"
        journal.checkins.add(CheckinDraft(day=day, scores=scores, needs_met=needs))
        day += dt.timedelta(days=7)


def _score(value: float) -> int:
    return max(0, min(10, round(value)))


def add_events(journal: Journal, rng: random.Random) -> None:
    day = DISCOVERY + dt.timedelta(days=12)
    number = 1
    while day <= TODAY:
        journal.events.add(EventDraft(day=day, kind="therapy", title=f"Couples session {number}"))
        day += dt.timedelta(days=14)
        number += 1
    for day, title in SETBACKS:
        journal.events.add(EventDraft(day=day, kind="setback", title=title))
    for day, kind, title in MOMENTS:
        journal.events.add(EventDraft(day=day, kind=kind, title=title))
    add_triggers(journal, rng)


def add_triggers(journal: Journal, rng: random.Random) -> None:
    """Often and strong at first, then rarer and gentler."""
    day = DISCOVERY + dt.timedelta(days=3)
    while day <= TODAY:
        months = (day - DISCOVERY).days / 30
        intensity = max(2, round(8.5 - months * 0.9 + rng.uniform(-1, 1)))
        minutes = max(10, round(140 * math.exp(-months / 2.5) + rng.uniform(-10, 10)))
        title = rng.choice(
            ("A song in the car", "His phone buzzing", "An old photo", "A late text")
        )
        journal.events.add(
            EventDraft(
                day=day, kind="trigger", title=title, intensity=intensity, minutes_to_calm=minutes
            )
        )
        day += dt.timedelta(days=round(4 + months * 3.5 + rng.uniform(0, 3)))


AGREEMENTS = (
    (
        "Tell each other when plans change",
        dt.date(2025, 9, 25),
        "A short message is enough. No need to explain everything.",
        dt.date(2026, 3, 12),
    ),
    (
        "Phones stay open to each other",
        dt.date(2025, 10, 15),
        "For now, while trust grows. We will look at it again together.",
        dt.date(2026, 4, 15),
    ),
    (
        "A weekly walk to talk about how we are doing",
        dt.date(2026, 1, 10),
        "Sunday mornings, weather allowing. Either of us can ask to pause.",
        dt.date(2026, 6, 1),
    ),
    ("No contact with the other person", dt.date(2025, 9, 10), "", None),
)


def at(clock: ManualClock, day: dt.date) -> None:
    clock.set(dt.datetime.combine(day, dt.time(19, 0), tzinfo=dt.UTC))


def add_agreements(journal: Journal, clock: ManualClock) -> None:
    """Each written down on the day it was made, so its history reads true."""
    made = {}
    for title, day, details, review in AGREEMENTS:
        at(clock, day)
        made[title] = journal.agreements.add(AgreementDraft(title, day, details, review)).id
    at(clock, dt.date(2026, 1, 18))
    journal.agreements.set_status(made["Phones stay open to each other"], "revised")
    clock.set(NOW)


def add_entries(journal: Journal, rng: random.Random) -> None:
    day = DISCOVERY
    while day <= TODAY:
        if rng.random() < 0.7:
            mood = max(1, min(5, round(1 + trust_on(day) / 2.2 + rng.uniform(-1, 1))))
            journal.add_entry(EntryDraft(day=day, body=rng.choice(ENTRY_WORDS), mood=mood))
        day += dt.timedelta(days=1)


def add_prompts(journal: Journal) -> None:
    journal.prompts.add_own("What helped me feel steady this week?", "safety")
    journal.prompts.add_own("What do I want to say at our next session?", None)
    for number, prompt in enumerate(journal.prompts.listed("safety", "hurt")[:3]):
        draft = journal.prompts.draft_from(prompt.id, TODAY - dt.timedelta(days=20 + 9 * number))
        journal.add_entry(draft)


# -- pictures ---------------------------------------------------------------------------------


def settle(app: QtWidgets.QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def write(picture: QtGui.QPixmap, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    picture.save(str(path))
    print(path.relative_to(OUT.parents[1]))


def with_dialog(window: QtWidgets.QWidget, dialog: QtWidgets.QWidget) -> QtGui.QPixmap:
    """The window dimmed, with the dialog over its middle, as the person sees it."""
    picture = window.grab()
    painter = QtGui.QPainter(picture)
    painter.fillRect(picture.rect(), QtGui.QColor(0, 0, 0, 90))
    front = dialog.grab()
    painter.drawPixmap(
        (picture.width() - front.width()) // 2, (picture.height() - front.height()) // 2, front
    )
    painter.end()
    return picture


def place(app: QtWidgets.QApplication, window: MainWindow, key: str, name: str) -> None:
    window.show_place(key)
    settle(app)
    write(window.grab(), name)


def dialog_over(
    app: QtWidgets.QApplication, window: MainWindow, dialog: QtWidgets.QDialog | None, name: str
) -> None:
    assert dialog is not None
    settle(app)
    write(with_dialog(window, dialog), name)
    dialog.reject()
    settle(app)


def shoot(
    app: QtWidgets.QApplication,
    journal: Journal,
    clock: ManualClock,
    theme: str,
    only_timeline: bool = False,
) -> None:
    apply_theme(app, theme)
    window = MainWindow(journal, clock)
    window.resize(SIZE)
    window.show()
    settle(app)
    if not only_timeline:
        place(app, window, "today", f"today-{theme}")
    shoot_timeline(app, window, theme)
    if not only_timeline:
        shoot_dialogs(app, journal, clock, window, theme)
    window.clear_for_lock()
    window.release()
    window.deleteLater()
    settle(app)


def sized(name: str) -> str:
    """`name`, with the window's size in it when that is not the app's own 1180x760."""
    if SIZE == DEFAULT_SIZE:
        return name
    return f"{name}-{SIZE.width()}x{SIZE.height()}"


def shoot_timeline(app: QtWidgets.QApplication, window: MainWindow, theme: str) -> None:
    """The timeline at the quarter, its bottom (the moments and trends) and everything."""
    place(app, window, "timeline", f"{sized('timeline')}-{theme}")
    timeline = window.pages["timeline"]
    assert isinstance(timeline, TimelinePage)
    scroller = window.findChild(QtWidgets.QScrollArea, "timeline_scroll")
    assert scroller is not None
    bar = scroller.verticalScrollBar()
    if bar.maximum() > 0:  # the page scrolls on a small window: its lower part too
        bar.setValue(bar.maximum())
        settle(app)
        write(window.grab(), f"{sized('timeline')}-bottom-{theme}")
        bar.setValue(0)
    timeline.chart.set_zoom("all")
    timeline.show_view()
    settle(app)
    write(window.grab(), f"{sized('timeline-all')}-{theme}")
    timeline.chart.set_zoom("quarter")
    timeline.chart.show_latest()
    timeline.show_view()


def shoot_dialogs(
    app: QtWidgets.QApplication,
    journal: Journal,
    clock: ManualClock,
    window: MainWindow,
    theme: str,
) -> None:
    timeline = window.pages["timeline"]
    assert isinstance(timeline, TimelinePage)
    shoot_checkin(app, journal, clock, window, theme)
    event = timeline.open_event(None)
    assert event is not None
    event.kind.setCurrentIndex(event.kind.findData("trigger"))
    event.title_field.setText("A song in the car")
    dialog_over(app, window, event, f"event-dialog-{theme}")
    place(app, window, "agreements", f"agreements-{theme}")
    agreements = window.pages["agreements"]
    assert isinstance(agreements, AgreementsPage)
    dialog_over(
        app, window, agreements.open_dialog(_first_id(agreements)), f"agreement-dialog-{theme}"
    )
    place(app, window, "prompts", f"prompts-{theme}")
    prompts = window.pages["prompts"]
    assert isinstance(prompts, PromptsPage)
    dialog_over(app, window, prompts.open_dialog(None), f"own-prompt-dialog-{theme}")
    shoot_every_prompt(app, window, prompts, f"prompts-every-{theme}")
    place(app, window, "export", f"export-{theme}")
    export = window.pages["export"]
    assert isinstance(export, ExportPage)
    dialog_over(app, window, export.open_dialog(), f"export-dialog-{theme}")


def shoot_every_prompt(
    app: QtWidgets.QApplication, window: MainWindow, prompts: PromptsPage, name: str
) -> None:
    """ "Show every prompt" after Settings said whom: a prompt for the other partner, with
    the line that says so, chosen and in view."""
    prompts.show_all.click()
    settle(app)
    for row in range(prompts.list.count()):
        item = prompts.list.item(row)
        if prompts_texts.prompt_audience("involved") in item.text():
            prompts.list.setCurrentRow(row)
            prompts.list.scrollToItem(item, QtWidgets.QAbstractItemView.ScrollHint.PositionAtTop)
            break
    settle(app)
    write(window.grab(), name)


def _first_id(page: AgreementsPage) -> int | None:
    chosen = page.current()
    return None if chosen is None else chosen.id


def shoot_checkin(
    app: QtWidgets.QApplication,
    journal: Journal,
    clock: ManualClock,
    behind: QtWidgets.QWidget,
    theme: str,
) -> None:
    dialog = CheckinDialog(journal, behind, clock)
    dialog.show()
    dialog.go_to(1)
    settle(app)
    write(with_dialog(behind, dialog), f"checkin-step-{theme}")
    dialog.quick.setChecked(True)
    dialog.sliders["overall"].setValue(6)
    settle(app)
    write(with_dialog(behind, dialog), f"checkin-quick-{theme}")
    dialog.quick.setChecked(False)
    dialog.answers.update({"safety": 7, "honesty": 5, "communication": 7, "respect": 7})
    dialog.answers.update({"closeness": 6, "affection": 6, "overall": 6})
    dialog.needs = "partly"
    dialog.note.setPlainText("A steadier week. The walk on Sunday helped.")
    dialog.go_to(dialog.steps.count() - 1)
    settle(app)
    write(with_dialog(behind, dialog), f"checkin-summary-{theme}")
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    parser.add_argument("--size", default="1180x760", help="window size, e.g. 1024x640")
    parser.add_argument("--only", choices=("timeline",), help="only these pictures")
    arguments = parser.parse_args()
    themes = arguments.theme or ["light", "dark"]
    width, height = (int(part) for part in arguments.size.split("x"))
    SIZE.setWidth(width)
    SIZE.setHeight(height)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        clock = ManualClock(NOW)
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=clock)
        fill(journal, clock)
        for theme in themes:
            shoot(app, journal, clock, theme, only_timeline=arguments.only == "timeline")
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
