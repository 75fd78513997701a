"""Daylio's CSV export, newest first, one row per mood entry:

    full_date,date,weekday,time,mood,activities,note_title,note
    2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music | movies / tv","",""

(older exports: year,date,weekday,time,mood,activities,note). Shape from Daylio exports
shared by public parsers (MichaelCurrin/daylio-csv-parser's sample.csv and docs):
mood names may carry stray spaces, activities are separated by "|", custom mood
names replace the five defaults.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem
from trustjournal.core.exchange.texts import sources

COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
OLD_COLUMNS = ("year", "date", "weekday", "time", "mood", "activities", "note")
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
# A guess for mood names of the person's own. Daylio's CSV gives a custom mood's name
# only, not the group (rad ... awful) it belongs to nor its place in the app's list,
# so the name is all there is: common words are read as their group, anything else
# as the middle (3), which claims nothing. The summary says what was assumed, and the
# app and `--mood NAME=1-5` let the person say otherwise before anything is written.
_MOOD_WORDS = {
    1: "awful terrible horrible miserable depressed devastated hopeless broken",
    2: "bad sad down low upset angry anxious hurt lonely tired stressed worried",
    3: "meh ok okay average neutral fine so-so mixed numb",
    4: "good happy calm content relaxed hopeful grateful nice better",
    5: "rad great amazing awesome fantastic excellent wonderful joyful ecstatic",
}
_GUESSES = {word: mood for mood, words in _MOOD_WORDS.items() for word in words.split()}
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    what = sources.THE_DAYLIO_EXPORT.format(name=source.name)
    moods = {**DEFAULT_MOODS, **{k.strip().lower(): v for k, v in options.moods.items()}}
    rows = _rows(source, what)
    header = next(rows, None)
    if header is None or tuple(c.strip().lower() for c in header[1]) not in (COLUMNS, OLD_COLUMNS):
        raise InvalidInput(
            sources.NOT_DAYLIO.format(what=model.capital(what), columns=",".join(COLUMNS))
        )
    old = header[1][0].strip().lower() == "year"
    for number, (line, row) in enumerate(rows, start=1):
        yield model.one_entry(_entry, row, line, number, old, moods)


def _rows(source: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    lines = reading.text_lines(source, what)
    place = {"line": 0}

    def texts() -> Iterator[str]:
        for number, line in lines:
            place["line"] = number
            yield line + "\n"

    reader = csv.reader(texts())
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise model.too_long(sources.LINE_OF.format(line=place["line"], what=what)) from None
        if any(cell.strip() for cell in row):
            yield place["line"], row


def _entry(
    row: list[str], line: int, number: int, old: bool, moods: dict[str, int]
) -> ImportedEntry:
    where = sources.ENTRY_AT_LINE.format(number=number, line=line)
    width = len(OLD_COLUMNS if old else COLUMNS)
    if len(row) != width:
        raise model.unreadable(where, sources.WRONG_COLUMNS, found=len(row), width=width)
    day = _day(row, old, where)
    mood_name = row[4].strip().lower()
    title = "" if old else row[6]
    note = _BREAK.sub("\n", row[-1]).strip()
    activities = tuple(a.strip() for a in row[5].split("|") if a.strip())
    key = model.digest_of(day.isoformat(), row[3].strip(), mood_name, title, note)
    return model.entry(
        where,
        day,
        title,
        note,
        mood=_mood(mood_name, moods),
        activities=activities,
        key=key,
    )


def _day(row: list[str], old: bool, where: str) -> dt.date:
    text = f"{row[1].strip()} {row[0].strip()}" if old else row[0].strip()
    try:
        if old:
            return dt.datetime.strptime(text, "%d %B %Y").date()
        return dt.date.fromisoformat(text)
    except ValueError:
        raise model.unreadable(where, sources.NO_SUCH_DATE, found=text) from None


def mood_names(path: str) -> list[str]:
    """Every distinct mood name in the export, in the order first met."""
    source = reading.existing(path)
    seen: dict[str, None] = {}
    rows = _rows(source, source.name)
    next(rows, None)  # the header
    for _line, row in rows:
        if len(row) > 4:
            seen.setdefault(row[4].strip().lower(), None)
    return list(seen)


def _mood(name: str, moods: dict[str, int]) -> int | None:
    if not name:
        return None  # no mood given: nothing to guess
    return moods.get(name) or guessed_mood(name)


def guessed_mood(name: str) -> int:
    """1-5 for a mood name of the person's own, from its words (3 when none is known)."""
    for word in re.findall(r"[\w-]+", name.lower()):
        if word in _GUESSES:
            return _GUESSES[word]
    return 3


def assumed_moods(path: str, options: ImportOptions) -> dict[str, int]:
    """The export's own mood names nobody has said the meaning of, with the guess for each."""
    known = {*DEFAULT_MOODS, *(name.strip().lower() for name in options.moods)}
    return {name: guessed_mood(name) for name in mood_names(path) if name and name not in known}


def remembered_moods(kept: Iterable[str]) -> dict[str, int]:
    """Answers kept in the settings ("sad=2") as a mapping; anything odd is left out."""
    moods: dict[str, int] = {}
    for pair in kept:
        name, _, number = pair.rpartition("=")
        if name.strip() and number in {"1", "2", "3", "4", "5"}:
            moods[name.strip().lower()] = int(number)
    return moods


def moods_to_keep(moods: dict[str, int]) -> list[str]:
    """The mapping as the settings keep it, in name order."""
    return [f"{name}={mood}" for name, mood in sorted(moods.items())]
