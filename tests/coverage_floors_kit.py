"""Coverage floors per part of the code: the app's windows apart from the core and the
command line. tests/conftest.py holds them after a whole run (`coverage_floors` in
pyproject.toml: NAME FLOOR PATTERN...); coverage.py's own fail-under has one figure."""

from __future__ import annotations

import io
from dataclasses import dataclass

import coverage
import coverage.exceptions


@dataclass(frozen=True)
class Floor:
    """One part's coverage against its floor (`coverage_floors` in pyproject.toml)."""

    name: str
    floor: float
    measured: float | None  # None: nothing of it was measured, which a whole run never is

    @property
    def below(self) -> bool:
        return self.measured is None or self.measured < self.floor

    def __str__(self) -> str:
        if self.measured is None:
            return f"Coverage of {self.name}: nothing of it measured (floor {self.floor:g} %)"
        return f"Coverage of {self.name}: {self.measured:.2f} % (floor {self.floor:g} %)"


def measured_floors(measured: coverage.Coverage, rows: list[str]) -> list[Floor]:
    """Each row `NAME FLOOR PATTERN...` measured over the files its patterns match."""
    floors: list[Floor] = []
    for row in rows:
        name, floor, *patterns = row.split()
        try:
            total: float | None = measured.report(
                include=patterns,
                file=io.StringIO(),
                skip_covered=False,
                show_missing=False,
                ignore_errors=True,  # a source file gone since it ran: pytest-cov does so too
            )
        except coverage.exceptions.NoDataError:
            total = None
        floors.append(Floor(name.replace("_", " "), float(floor), total))
    return floors
