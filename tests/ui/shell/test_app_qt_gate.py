"""The Qt gate keeps a long session alive even on PySide6 builds that leak None and True.

Run in a fresh interpreter: there, None and True have few references, as in
the real app, so a leak would abort it within a few thousand calls.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import trustjournal.ui.qt as qt

class Talker(qt.QtCore.QObject):
    said = qt.Signal()

talker = Talker()
for _ in range(100_000):
    talker.setObjectName("talker")  # returns nothing
    talker.said.emit()  # returns True
print("still here")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "still here"
