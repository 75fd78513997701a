"""Each format's fixture (shaped after real exports) read field by field."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from trustjournal.core.exchange.importers import FORMATS, daylio
from trustjournal.core.exchange.importers.detect import detect
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem

FIXTURES = Path(__file__).parents[3] / "fixtures" / "import"
D = dt.date


def read(format_name: str, path: Path, **options: object) -> list[ImportedEntry | Problem]:
    return list(FORMATS[format_name].read(str(path), ImportOptions(**options)))  # type: ignore[arg-type]


def fields(entry: ImportedEntry) -> tuple[object, ...]:
    """The draft's fields, and how many pictures and files it names (brought or not)."""
    d = entry.draft
    named = len(entry.media) + len(entry.left_out)
    return (d.day, d.title, d.body, d.tags, d.mood, d.activities, named)


# The first entry of jrnl's own journal, the same in its plain text and its JSON export.
NIGHT_BEFORE = (
    D(2024, 3, 9),
    "The night before the session.",
    "I kept rehearsing what I would say. @therapy @self-care\n\n"
    "Tomorrow I want to ask about the phone.",
    ("therapy", "self-care", "starred"),
    None,
    (),
    0,
)


def test_jrnl_plain_text_every_field() -> None:
    entries = read("jrnl", FIXTURES / "jrnl" / "journal.txt")
    assert [fields(e) for e in entries] == [
        NIGHT_BEFORE,
        # four minutes after midnight: the next day, and no title at all
        (D(2024, 3, 10), "", "Just after midnight and still awake.", (), None, (), 0),
        (D(2024, 3, 10), "A walk with the dog 🐕.", "", (), None, (), 0),
        (
            D(2024, 3, 11),
            "كتبت هذا بالعربية. @ثقة",
            "النص من اليمين إلى اليسار.\n[not a date] stays in the body, as jrnl reads it.",
            ("ثقة",),
            None,
            (),
            0,
        ),
        (
            D(2024, 3, 31),
            "Clocks changed tonight. @c++ @work/life",
            "The hour between two and three did not exist here.",
            ("c++", "work/life"),
            None,
            (),
            0,
        ),
    ]
    assert [e.where for e in entries][:2] == ["entry 1 (line 1)", "entry 2 (line 6)"]


def test_jrnl_default_timeformat_and_a_renamed_star() -> None:
    entries = read("jrnl", FIXTURES / "jrnl" / "default_timeformat.txt", starred_tag="★ kept")
    assert [(e.draft.day, e.draft.title, e.draft.tags) for e in entries] == [
        (D(2020, 8, 29), "Entry the first.", ("tagone", "tagtwo")),
        (D(2020, 8, 31), "A second entry in a long series.", ("★ kept",)),
    ]


def test_jrnl_json_every_field_and_the_same_keys_as_the_text() -> None:
    entries = read("jrnl-json", FIXTURES / "jrnl" / "export.json")
    assert [fields(e) for e in entries] == [
        NIGHT_BEFORE,
        (D(2024, 3, 10), "", "", (), None, (), 0),
        (D(2024, 3, 12), "From a Day One journal 😌", "jrnl keeps Day One's ids.", (), None, (), 0),
    ]
    assert entries[2].key == "uuid:3C62F2A5A2CF4E06B21E0B82F3B5C1E0"
    text_keys = {e.key for e in read("jrnl", FIXTURES / "jrnl" / "journal.txt")}
    assert entries[0].key in text_keys  # one journal's two exports are the same entries


DAYONE_EXPECTED = [
    # 23:30 UTC is already the next morning in Tokyo
    (
        D(2024, 3, 10),
        "A hard evening",
        "We talked for an hour. It helped a little.\n\nI want to keep going!",
        ("therapy", "follow-up (week 2)", "starred"),
        None,
        (),
        1,
    ),
    # 06:30 UTC is still the evening before in Los Angeles
    (D(2024, 3, 9), "", "Short one, no title.", (), None, (), 0),
    # 04:30 UTC on the night clocks go back: still daylight time (00:30), not 23:30 the day before
    (D(2024, 11, 3), "", "", (), None, (), 1),
    (D(2024, 3, 11), "שלום 🌱", "טקסט מימין לשמאל.", (), None, (), 0),
]


def test_dayone_folder_every_field() -> None:
    entries = read("dayone", FIXTURES / "dayone")
    assert [fields(e) for e in entries] == DAYONE_EXPECTED
    # The folder holds no photos/ beside its Journal.json: each photo is named, not brought.
    assert [(len(e.media), len(e.left_out)) for e in entries if isinstance(e, ImportedEntry)][
        :1
    ] == [(0, 1)]
    assert entries[0].key == "uuid:1546F37361264E129200B2CA6A885855"


def dayone_zip(folder: Path) -> Path:
    """The zip Day One makes: Journal.json at the top, photos beside it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FIXTURES / "dayone" / "Journal.json", "Journal.json")
        archive.writestr("photos/cc42a8c9c2e1c0f2b2b1f7b5d8f0f3a1.jpeg", b"\xff\xd8\xff")
    path = folder / "Export.zip"
    path.write_bytes(buffer.getvalue())
    return path


def test_dayone_zip_is_read_in_memory(tmp_path: Path) -> None:
    path = dayone_zip(tmp_path)
    entries = read("dayone", path)
    assert [fields(e) for e in entries] == DAYONE_EXPECTED
    first = entries[0]
    assert isinstance(first, ImportedEntry)
    assert [m.place for m in first.media] == ["photos/cc42a8c9c2e1c0f2b2b1f7b5d8f0f3a1.jpeg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Export.zip"]  # nothing unpacked


def test_daylio_every_field_with_own_mood_names() -> None:
    entries = read("daylio", FIXTURES / "daylio" / "daylio_export.csv")
    assert [fields(e) for e in entries] == [
        (
            D(2024, 3, 11),
            "A good day 🌞",
            "We laughed.\nFirst time in weeks.",
            (),
            5,
            ("friends", "walk"),
            0,
        ),
        (D(2024, 3, 10), "", "", (), 3, ("bad sleep", "tired"), 0),
        (D(2024, 3, 9), "", "Couldn't stop thinking about it.", (), 1, (), 0),
        (
            D(2024, 3, 9),
            "Session",
            'Said it out loud, finally, "in my own words".',
            (),
            4,
            ("therapy", "talked openly"),
            0,
        ),
        (D(2024, 3, 8), "", "", (), 2, ("stressed / frustrated", "work"), 0),
    ]


def test_daylio_custom_moods_are_guessed_unless_said(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music","",""\n'
        '2021-09-27,27 September,Monday,11:00 pm,Super Happy,"cook","",""\n'
        '2021-09-26,26 September,Sunday,9:00 pm,blorp,"","",""\n'
        '2021-09-25,25 September,Saturday,9:00 pm,good,"","",""\n'
    )
    assert daylio.assumed_moods(str(path), ImportOptions()) == {
        "sad": 2,
        "super happy": 4,
        "blorp": 3,  # no word known: the middle, which claims nothing
    }
    assert [e.draft.mood for e in read("daylio", path)] == [2, 4, 3, 4]
    said = ImportOptions(moods={"Sad": 1, "blorp": 5})
    assert daylio.assumed_moods(str(path), said) == {"super happy": 4}
    entries = read("daylio", path, moods={"Sad": 1, "blorp": 5})
    assert [e.draft.mood for e in entries] == [1, 4, 5, 4]


def test_markdown_folder_every_field() -> None:
    entries = read("markdown", FIXTURES / "markdown" / "notes")
    assert [fields(e) for e in entries] == [
        (
            D(2024, 3, 12),
            "",
            "No heading here, just text ✍️ and a #1 that is not a tag.",
            ("boundaries", "self-care"),
            None,
            (),
            0,
        ),
        (
            D(2024, 3, 10),
            "Sunday",
            "Slept badly. #sleep #hard-day\n\n- wrote a list\n- went outside",
            ("sleep", "hard-day"),
            None,
            (),
            0,
        ),
        (
            D(2024, 3, 9),
            "After the talk",
            "We talked until late. Nothing is fixed, but it is moving. #hope",
            ("repair", "honesty", "hope"),
            None,
            (),
            0,
        ),
    ]


def test_markdown_without_any_date_uses_the_chosen_day(tmp_path: Path) -> None:
    (tmp_path / "thoughts.md").write_text("Just thoughts.")
    (problem,) = read("markdown", tmp_path)
    assert isinstance(problem, Problem) and "has no date" in problem.said
    (entry,) = read("markdown", tmp_path, undated_day=D(2023, 1, 2))
    assert entry.draft.day == D(2023, 1, 2)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("jrnl/journal.txt", "jrnl"),
        ("jrnl/default_timeformat.txt", "jrnl"),
        ("jrnl/export.json", "jrnl-json"),
        ("dayone", "dayone"),
        ("dayone/Journal.json", "dayone"),
        ("daylio/daylio_export.csv", "daylio"),
        ("markdown/notes", "markdown"),
    ],
)
def test_auto_detects_each_format(path: str, expected: str) -> None:
    assert detect(str(FIXTURES / path)) == expected


def test_auto_detects_a_dayone_zip(tmp_path: Path) -> None:
    assert detect(str(dayone_zip(tmp_path))) == "dayone"
