"""Screenshots of the whole app on a 1920x1080 screen (issue 23): the lock screen,
onboarding, every place, Settings, a check-in, the together check-in, "When it's hard" and
the rooms' dialogs, in light, as <name>-1920x1080-light.png in docs/screenshots/.

Run under Xvfb with a screen that size:

    xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python tools/screenshots_wide.py

It runs the other drivers (screenshots.py, screenshots_trust.py, screenshots_hard_days.py,
screenshots_together.py) with their window at 1920x1080 into a temporary folder, then
keeps their light pictures under names that say the size. `--out DIR` keeps them
elsewhere (to look without touching docs/).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots  # type: ignore[import-not-found]
import screenshots_hard_days  # type: ignore[import-not-found]
import screenshots_together  # type: ignore[import-not-found]
import screenshots_trust  # type: ignore[import-not-found]

from trustjournal.ui.shell.app import application

WIDTH, HEIGHT = 1920, 1080
DRIVERS = (screenshots, screenshots_trust, screenshots_hard_days, screenshots_together)
SIZED_ALREADY = f"-{WIDTH}x{HEIGHT}"  # the trust driver names its timeline with the size


def shoot_all(folder: Path) -> None:
    """Every driver's light pictures at the wide size, into `folder`."""
    for module in (screenshots, screenshots_trust, screenshots_together):
        module.OUT = folder  # their write() reads it at each call
        module.SIZE.setWidth(WIDTH)
        module.SIZE.setHeight(HEIGHT)
    for driver in DRIVERS:
        sys.argv = [sys.argv[0], "--theme", "light"]
        if driver in (screenshots, screenshots_trust):  # these set their size from --size
            sys.argv += ["--size", f"{WIDTH}x{HEIGHT}"]
        driver.main()


def keep(folder: Path, out: Path) -> None:
    """Each light picture under a name that says its size."""
    out.mkdir(parents=True, exist_ok=True)
    for picture in sorted(folder.glob("*-light.png")):
        stem = picture.name.removesuffix("-light.png")
        if not stem.endswith(SIZED_ALREADY):
            stem += SIZED_ALREADY
        shutil.move(picture, out / f"{stem}-light.png")
        print(out / f"{stem}-light.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=screenshots.OUT)
    arguments = parser.parse_args()
    application()
    with tempfile.TemporaryDirectory() as name:
        shoot_all(Path(name))
        keep(Path(name), arguments.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
