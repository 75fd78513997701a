"""Any input ends in entries or in one plain sentence, never a traceback (every parser)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import FORMATS
from trustjournal.core.exchange.importers.daylio import COLUMNS
from trustjournal.core.exchange.importers.model import ImportOptions, Problem

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("imports")


def read_or_sentence(format_name: str, path: Path) -> None:
    try:
        entries = list(FORMATS[format_name].read(str(path), ImportOptions()))
    except InvalidInput as error:
        message = str(error)
        assert message and "\n" not in message and message[0].isupper(), message
        return
    for entry in entries:
        if isinstance(entry, Problem):  # an entry that could not be read: one sentence too
            assert entry.said and "\n" not in entry.said and entry.said[0].isupper(), entry
        else:
            assert entry.key and entry.where


def written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# Bits of each format mixed with noise, so generated inputs reach deep into the parsers.
JRNL_LINES = st.sampled_from(
    [
        "[2024-03-09 23:58] Title. *",
        "[2020-08-29 11:11:00 AM] Entry",
        "[2023-02-30 10:00] no such day",
        "[0001-01-01 00:00] year one",
        "[not a date] body",
        "@tag and @c++ words",
        "",
        "*",
        "[2024-03-10 00:04]",
    ]
)
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@SETTINGS
@given(lines=st.lists(st.one_of(JRNL_LINES, texts), max_size=12), noise=st.binary(max_size=8))
def test_jrnl_text(folder: Path, lines: list[str], noise: bytes) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + noise
    read_or_sentence("jrnl", written(folder, "j.txt", data))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
JRNL_ENTRY = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(texts, json_values),
        "body": st.one_of(texts, json_values),
        "date": st.one_of(st.sampled_from(["2024-03-09", "2024-02-30", "9999-01-01"]), texts),
        "time": st.one_of(st.sampled_from(["23:58", "25:00", ""]), texts),
        "tags": st.one_of(st.lists(texts, max_size=3), json_values),
        "starred": st.one_of(st.booleans(), json_values),
        "uuid": st.one_of(texts, json_values),
    },
)


@SETTINGS
@given(
    document=st.one_of(
        json_values, st.fixed_dictionaries({"entries": st.lists(JRNL_ENTRY, max_size=5)})
    )
)
def test_jrnl_json(folder: Path, document: object) -> None:
    read_or_sentence("jrnl-json", written(folder, "j.json", json.dumps(document).encode()))


DAYONE_ENTRY = st.fixed_dictionaries(
    {},
    optional={
        "creationDate": st.one_of(
            st.sampled_from(["2024-03-09T23:30:00Z", "0001-01-01T00:00:00Z", "2024-13-01"]), texts
        ),
        "timeZone": st.one_of(st.sampled_from(["Asia/Tokyo", "Nowhere/Else", "../etc"]), texts),
        "text": st.one_of(texts, st.just("# T\n\n![](dayone-moment://X)\\."), json_values),
        "tags": st.one_of(st.lists(texts, max_size=3), json_values),
        "starred": st.one_of(st.booleans(), json_values),
        "uuid": st.one_of(texts, json_values),
        "photos": st.one_of(st.lists(json_values, max_size=2), json_values),
    },
)


@SETTINGS
@given(
    document=st.one_of(
        json_values, st.fixed_dictionaries({"entries": st.lists(DAYONE_ENTRY, max_size=5)})
    ),
    zipped=st.booleans(),
    cut=st.integers(min_value=0, max_value=400),
)
def test_dayone(folder: Path, document: object, zipped: bool, cut: int) -> None:
    data = json.dumps(document).encode()
    if zipped:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("Journal.json", data)
        data = buffer.getvalue()
        data = data[: len(data) - cut] if cut else data
        read_or_sentence("dayone", written(folder, "Export.zip", data))
    else:
        read_or_sentence("dayone", written(folder, "Journal.json", data))


CSV_CELLS = st.one_of(
    texts,
    st.sampled_from(["2024-03-09", "rad", "meh ", "sad", "a | b", '"', "2024-02-30", "<br>"]),
)


@SETTINGS
@given(
    header=st.one_of(st.just(",".join(COLUMNS)), texts),
    rows=st.lists(st.lists(CSV_CELLS, min_size=0, max_size=9), max_size=5),
    noise=st.binary(max_size=6),
)
def test_daylio(folder: Path, header: str, rows: list[list[str]], noise: bytes) -> None:
    lines = [header, *(",".join(row) for row in rows)]
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + noise
    read_or_sentence("daylio", written(folder, "d.csv", data))


FRONT = st.sampled_from(
    [
        "---\ndate: 2024-03-09\ntags: [a, b]\n---\n",
        "---\ntitle: x\ntags:\n  - y\n",
        "---\n---\n",
        "",
    ]
)


@SETTINGS
@given(
    name=st.sampled_from(["2024-03-10.md", "note.md", "2024-02-30.txt", "0001-01-01.md"]),
    front=FRONT,
    text=texts,
    noise=st.binary(max_size=6),
)
def test_markdown(folder: Path, name: str, front: str, text: str, noise: bytes) -> None:
    notes = folder / "notes"
    notes.mkdir(exist_ok=True)
    for old in notes.iterdir():
        old.unlink()
    written(notes, name, (front + text).encode("utf-8", "surrogatepass") + noise)
    read_or_sentence("markdown", notes)


@SETTINGS
@given(
    document=st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"format": st.just("trustjournal-export"), "version": st.sampled_from([1, 2])},
            optional={"entries": json_values},
        ),
    )
)
def test_own_json(folder: Path, document: object) -> None:
    read_or_sentence("trustjournal", written(folder, "t.json", json.dumps(document).encode()))


@SETTINGS
@given(
    st.text(
        alphabet=st.sampled_from(["@", "a", "Z", "é", "ث", "7", "-", "+", "#", "/", "*", "_"])
        | st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2003", ".", ",", "(", "@"]),
        max_size=60,
    )
)
def test_jrnl_tags_are_found_as_jrnls_pattern_finds_them(text: str) -> None:
    """`tags_in` tries only the places of an @, for speed; it finds what the pattern finds."""
    from trustjournal.core.exchange.importers.jrnl_text import _TAG, tags_in

    assert tags_in(text) == [tag.lower() for tag in _TAG.findall(text)]
