"""Account for every test across a move: map collected test ids before and after by name.

    pytest --collect-only -q --no-cov > before.txt   # on the old tree
    pytest --collect-only -q --no-cov > after.txt    # on the new one
    python tools/moved_tests.py before.txt after.txt

A test is the same test when its name after the file (class, function and parameters)
is the same; files may move and split freely. Prints, per old file, the new files its
tests went to with their counts, then every old test with no new one (exit status 1 if
any), and how many tests are new.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path


def collected_ids(listing: Path) -> list[str]:
    """The ids in a `pytest --collect-only -q` listing (its lines holding `::`)."""
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if "::" in line and not line.startswith(" ")]


def split(test_id: str) -> tuple[str, str]:
    """`path::name[params]` into the file and the name within it."""
    path, _, name = test_id.partition("::")
    return path, name


def mapping(before: list[str], after: list[str]) -> tuple[Counter[tuple[str, str]], list[str], int]:
    """Counts per (old file, new file), the old ids left unmatched, and the new ids left over."""
    waiting: dict[str, list[str]] = defaultdict(list)
    for test_id in after:
        path, name = split(test_id)
        waiting[name].append(path)
    moved: Counter[tuple[str, str]] = Counter()
    unmatched: list[str] = []
    for test_id in before:
        old_path, name = split(test_id)
        candidates = waiting.get(name, [])
        if not candidates:
            unmatched.append(test_id)
            continue
        # The same name in several files (two files may each hold a test_the_window_fits):
        # take the file of the same name if there is one, else the first.
        same_name = [path for path in candidates if Path(path).name == Path(old_path).name]
        new_path = (same_name or candidates)[0]
        candidates.remove(new_path)
        moved[(old_path, new_path)] += 1
    return moved, unmatched, sum(len(paths) for paths in waiting.values())


def main(arguments: list[str]) -> int:
    before, after = (collected_ids(Path(name)) for name in arguments)
    moved, unmatched, new = mapping(before, after)
    print(f"before: {len(before)} tests; after: {len(after)} tests")
    for (old, new_path), count in sorted(moved.items()):
        print(f"{count:4d}  {old} -> {new_path}")
    print(f"unmatched: {len(unmatched)}")
    for test_id in unmatched:
        print(f"  {test_id}")
    print(f"new tests (no old one of that name): {new}")
    return 1 if unmatched else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
