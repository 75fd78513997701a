"""Check-ins done together on the timeline: their own marker, a line for each person."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from together_kit import together_draft

from trustjournal.core.chart import style as chart_style
from trustjournal.core.chart.data import TOGETHER, TOGETHER_SERIES
from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.timeline.data import ChartData
from trustjournal.ui.trust.timeline.page import TimelinePage

DAY = dt.date(2026, 3, 12)


def test_together_each_persons_answers_are_their_own_line(journal: Journal) -> None:
    journal.together.add(together_draft(DAY))
    journal.together.add(together_draft(DAY - dt.timedelta(days=7)))
    data = ChartData(journal.timeline(dt.date(2026, 1, 1), dt.date(2026, 3, 14)))
    first, last = DAY.toordinal() - 30, DAY.toordinal()
    owner = data.in_series("together_owner", first, last)
    partner = data.in_series("together_partner", first, last)
    assert [i.day for i in owner] == [DAY - dt.timedelta(days=7), DAY]
    assert owner[-1].value == (7 + 3 + 6) / 3 and owner[-1].kind == TOGETHER
    assert partner[-1].value == (8 + 9 + 6 + 4) / 4
    words = data.describe(partner[-1])
    assert "Checked in together on Thursday, 12 March 2026" in words
    assert "Your partner's answers: 6.8 of 10" in words and "Needs met: yes" in words
    assert "Your answers" in data.describe(owner[-1])


def test_together_has_its_own_marker_shape() -> None:
    shapes = {chart_style.style_of(name).shape for name in TOGETHER_SERIES}
    others = {chart_style.style_of(name).shape for name in chart_style.SERIES_STYLES}
    others -= shapes
    assert shapes == {"pair"} and "pair" not in others
    assert not chart_style.marker_path("pair", 0, 0, 5).isEmpty()


def test_together_lines_are_drawn_and_can_be_hidden(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    journal.together.add(together_draft(DAY))
    page = TimelinePage(journal, clock=clock)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: any(i.kind == TOGETHER for i in page.chart.visible_points()))
    shown = [i for i in page.chart.visible_points() if i.kind == TOGETHER]
    assert {i.series for i in shown} == set(TOGETHER_SERIES)
    where = page.chart.position_of(shown[0])
    assert page.chart.item_at(where) is not None
    with qtbot.assertNotEmitted(page.chart.mood_activated):
        page.chart.activate(shown[0])  # nothing opens: no entry is shown by mistake
    for name in TOGETHER_SERIES:
        box = page.findChild(QtWidgets.QCheckBox, f"timelineShow_{name}")
        assert box is not None and box.isChecked()
        box.setChecked(False)
    assert not any(i.kind == TOGETHER for i in page.chart.visible_points())
    page.grab()  # paints with the new series without a warning
    page.clear_for_lock()  # lets go of the journal before the fixture closes it
