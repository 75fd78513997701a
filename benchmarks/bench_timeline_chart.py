"""The timeline chart on ten years of history: a frame must paint in under 30 ms at 1280x800,
and in under 16 ms at a device pixel ratio of 2 (issue 23, item 6).

    python benchmarks/bench_timeline_chart.py

Uses the journal of bench_timeline.py (ten years of weekly check-ins with every
dimension scored, a mood every day, 500 events), made on first use in
benchmarks/out/timeline-10y/. Every series is shown, the worst case. Each figure
is the median of repeated paints into a 1280x800 QImage (and one at device pixel
ratio 2, as on a high-DPI screen):

- frame: a repaint of an unchanged view (what hover and exposure cost);
- zoom step: change the zoom, then paint (the paths are rebuilt for the new view);
- pan step: move a quarter of the view, then paint (likewise);
- the same three at 2x ("frame 2x", "zoom step 2x", "pan step 2x").

The run fails if any 1x median at any zoom is 30 ms or more, or a 2x frame 16 ms or more.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from bench_core import median_ms
from bench_timeline import END, open_journal

from trustjournal.core.chart.axis import ZOOMS
from trustjournal.core.chart.scene import AVERAGE, EVENTS
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.trust.timeline.chart import TimelineChart
from trustjournal.ui.trust.timeline.data import ChartData
from trustjournal.ui.trust.timeline.page import toggle_names

WIDTH, HEIGHT = 1280, 800
LIMIT_MS = 30.0
LIMIT_2X_MS = 16.0  # a frame at 2x: a repaint of an unchanged view (hover, exposure)
REPEATS = 30


def painter_of(chart: TimelineChart, ratio: float) -> Callable[[], None]:
    image = QtGui.QImage(
        round(WIDTH * ratio), round(HEIGHT * ratio), QtGui.QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDevicePixelRatio(ratio)
    flags = QtWidgets.QWidget.RenderFlag.DrawChildren

    def paint() -> None:
        chart.render(image, QtCore.QPoint(), QtGui.QRegion(), flags)

    return paint


def make_chart() -> tuple[TimelineChart, float]:
    journal = open_journal()
    try:
        start = time.perf_counter()
        whole = journal.timeline(dt.date.min, END + dt.timedelta(days=366))
        data = ChartData(whole)
        read_ms = (time.perf_counter() - start) * 1000
        print(
            f"journal: {len(whole.checkins)} check-ins, {len(whole.moods)} days with a mood, "
            f"{len(whole.events)} events"
        )
    finally:
        journal.close()
    chart = TimelineChart()
    chart.resize(WIDTH, HEIGHT)
    for name in (*toggle_names(), AVERAGE, EVENTS):
        chart.set_series_visible(name, True)
    chart.set_data(data, END)
    return chart, read_ms


def measure(chart: TimelineChart) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    for zoom in ZOOMS:
        figures[zoom] = {"items in view": 0.0}
        for ratio, suffix in ((1.0, ""), (2.0, " 2x")):
            paint = painter_of(chart, ratio)
            chart.set_zoom(zoom)
            chart.show_latest()
            paint()
            figures[zoom] |= {f"{name}{suffix}": ms for name, ms in steps(chart, zoom, paint)}
        figures[zoom]["items in view"] = float(len(chart.visible_points()))
    return figures


def steps(chart: TimelineChart, zoom: str, paint: Callable[[], None]) -> list[tuple[str, float]]:
    """The median of a frame, a zoom step and a pan step at `zoom`, painted by `paint`."""
    other = ZOOMS[(ZOOMS.index(zoom) + 1) % len(ZOOMS)]

    def zoom_step() -> None:
        chart.set_zoom(other)
        chart.set_zoom(zoom)
        paint()

    def pan_step(steps: list[int] = [0]) -> None:  # noqa: B006 (a counter kept between calls)
        steps[0] += 1
        chart.pan(-0.25 if steps[0] % 2 else 0.25)  # back and forth, each a new view
        paint()

    return [
        ("frame", median_ms(paint, REPEATS)),
        ("zoom step", median_ms(zoom_step, REPEATS)),
        ("pan step", median_ms(pan_step, REPEATS)),
    ]


def main() -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} "
        f"python {platform.python_version()}, Qt {QtCore.qVersion()}, {app.platformName()}"
    )
    chart, read_ms = make_chart()
    print(f"reading ten years and building the chart data: {read_ms:.1f} ms")
    figures = measure(chart)
    columns = ("items in view", "frame", "zoom step", "pan step")
    columns += ("frame 2x", "zoom step 2x", "pan step 2x")
    print(f"{'zoom':8}" + "".join(f"{c:>15}" for c in columns))
    for zoom, row in figures.items():
        cells = [f"{row[columns[0]]:15.0f}"] + [f"{row[c]:12.2f} ms" for c in columns[1:]]
        print(f"{zoom:8}" + "".join(cells))
    worst = max(row[c] for row in figures.values() for c in ("frame", "zoom step", "pan step"))
    worst_2x = max(row["frame 2x"] for row in figures.values())
    failed = 0
    if worst >= LIMIT_MS:
        print(f"a frame took {LIMIT_MS:.0f} ms or more at 1x ({worst:.1f} ms)")
        failed = 1
    if worst_2x >= LIMIT_2X_MS:
        print(f"a frame took {LIMIT_2X_MS:.0f} ms or more at 2x ({worst_2x:.1f} ms)")
        failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main())
