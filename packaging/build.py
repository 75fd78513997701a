#!/usr/bin/env python3
"""Build TrustJournal for people who will never run pip.

    python packaging/build.py            # the folder, the .deb and the .tar.gz (Linux)
    python packaging/build.py folder     # only the standalone folder
    python packaging/build.py deb        # the folder, then the Debian package
    python packaging/build.py archive    # the folder, then the portable .tar.gz

Everything lands in dist/ (or --out DIR); build/packaging/ holds the work files.
On Windows and macOS `folder` makes the app there (untested so far). Anything
missing is named in one plain sentence and nothing is built.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import bundle
import debian_package
import portable_archive

from trustjournal import __version__
from trustjournal.identity import APP_ID

TARGETS = ("all", "folder", "deb", "archive")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n")[1])
    parser.add_argument("target", nargs="?", default="all", choices=TARGETS)
    parser.add_argument("--out", type=Path, default=bundle.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=bundle.ROOT / "build" / "packaging")
    parser.add_argument(
        "--compression",
        choices=debian_package.COMPRESSIONS,
        default="xz",
        help="of the .deb: xz is smallest, gzip several times quicker to build",
    )
    parser.add_argument(
        "--reuse-folder", action="store_true", help="package the folder already in --out"
    )
    arguments = parser.parse_args(argv)
    platform = bundle.this_platform()
    refusals = bundle.problems(platform) + linux_only_problems(arguments.target, platform)
    if refusals:
        print("\n".join(refusals), file=sys.stderr)
        return 1
    started = time.monotonic()
    out, work = arguments.out.resolve(), arguments.work.resolve()
    folder = out / "trustjournal"
    if not (arguments.reuse_folder and folder.is_dir()):
        folder = bundle.build_folder(out, work, APP_ID, __version__)
    broken = bundle.missing_from_bundle(folder, platform)
    if broken:
        print("\n".join(broken), file=sys.stderr)
        return 1
    made = [folder]
    if arguments.target in ("all", "deb"):
        made.append(debian_package.build(folder, out, __version__, work, arguments.compression))
    if arguments.target in ("all", "archive"):
        made.append(portable_archive.build(folder, out, __version__))
    for path in made:
        print(f"built {path}")
    print(f"in {time.monotonic() - started:.0f} s")
    return 0


def linux_only_problems(target: str, platform: str) -> list[str]:
    if platform != "linux" and target in ("deb", "archive"):
        return [f"The {target} is built on Linux only; on {platform} build the folder."]
    if platform == "linux" and target in ("all", "deb"):
        return debian_package.problems()
    return []


if __name__ == "__main__":
    raise SystemExit(main())
