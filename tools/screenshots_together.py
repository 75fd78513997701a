"""Screenshots of "Check in together": the intro, a turn, the hand-over and the answers side
by side, in light and dark.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_together.py

The flow's own window at 1280x800, over a fresh vault in a temporary folder
(removed afterwards), answered with invented, gentle words. Pictures go to
docs/screenshots/together-*.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.together import TogetherAnswers
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.together.flow import TogetherWindow

SIZE = QtCore.QSize(1280, 800)
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "quiet river under the old stone bridge"  # noqa: S105 (a throwaway vault)
NOW = dt.datetime(2026, 3, 14, 19, 30, tzinfo=dt.UTC)
FIRST = TogetherAnswers(
    needs_met="partly",
    scores={"safety": 6, "honesty": 4, "closeness": 6, "affection": 7, "communication": 5},
    helped="The walk by the river on Sunday, and you telling me about your day first.",
    need_more="Time to talk before bed, without phones.",
)
SECOND = TogetherAnswers(
    needs_met="yes",
    scores={"safety": 7, "honesty": 7, "closeness": 5, "affection": 6, "communication": 8},
    helped="Cooking together on Thursday.",
    need_more="Hearing when something I do helps.",
)


def settle(app: QtWidgets.QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def write(window: QtWidgets.QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path.relative_to(OUT.parents[1]))


def fill_turn(flow: TogetherWindow, answers: TogetherAnswers) -> None:
    form = flow.form
    for choice in form.needs.buttons():
        choice.setChecked(choice.objectName().endswith(f"_{answers.needs_met}"))
    for key, score in answers.scores.items():
        form.scores[key].slider.setValue(score)
        form.scores[key].skip.setChecked(False)
    form.helped.setText(answers.helped)
    form.need_more.setText(answers.need_more)


def shoot(app: QtWidgets.QApplication, journal: Journal, clock: ManualClock, theme: str) -> None:
    apply_theme(app, theme)
    flow = TogetherWindow(journal, clock)
    flow.resize(SIZE)
    flow.show()
    settle(app)
    write(flow, f"together-intro-{theme}")
    flow.owner_name.setText("Sam")
    flow.partner_name.setText("Alex")
    flow.begin()
    flow.owner_thanks.setPlainText("You made tea every morning, and you listened on Tuesday.")
    flow.partner_thanks.setPlainText("You asked about my day and waited for the answer.")
    flow.went_well.setPlainText("We walked twice and did not argue about the weekend.")
    settle(app)
    write(flow, f"together-appreciations-{theme}")
    flow.findChild(QtWidgets.QPushButton, "together_appreciations_next").click()
    fill_turn(flow, FIRST)
    settle(app)
    write(flow, f"together-turn-{theme}")
    flow.finish_turn()
    settle(app)
    write(flow, f"together-handover-{theme}")
    flow.go_to("turn")
    fill_turn(flow, SECOND)
    flow.finish_turn()
    flow.show_both()
    settle(app)
    write(flow, f"together-side-by-side-{theme}")
    flow.go_to("talk")
    settle(app)
    write(flow, f"together-talk-{theme}")
    flow.not_safe()
    settle(app)
    write(flow, f"together-support-{theme}")
    flow.close()
    flow.deleteLater()
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    themes = parser.parse_args().theme or ["light", "dark"]
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        clock = ManualClock(NOW)
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=clock)
        for theme in themes:
            shoot(app, journal, clock, theme)
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
