"""The JSON export carries pictures and files inline as base64 (decision 0008), and reads
back to the same model."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from export_pictures_kit import LETTER, entry_with_attachments, gps_in

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import export_to_file, render
from trustjournal.core.exchange.json_format import read_json
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal


def json_of(journal: Journal, options: ExportOptions | None = None) -> str:
    return render(build_export(journal, options or ExportOptions()), "json").decode("utf-8")


def test_pictures_and_files_are_in_the_one_file_as_base64(journal: Journal) -> None:
    entry_id = entry_with_attachments(journal, "Beach", caption="The sea", file_name="letter.pdf")
    picture, letter = json.loads(json_of(journal))["attachments"]
    assert picture["entry_id"] == letter["entry_id"] == entry_id
    assert (picture["name"], picture["media_type"], picture["caption"]) == (
        "beach.jpg",
        "image/jpeg",
        "The sea",
    )
    assert (picture["width"], picture["height"]) == (120, 80)
    assert gps_in(base64.b64decode(picture["data"])) == {}
    assert base64.b64decode(letter["data"]) == LETTER and letter["size"] == len(LETTER)


def test_an_export_with_pictures_reads_back_the_same(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach", caption="The sea", file_name="letter.pdf")
    document = build_export(journal, ExportOptions())
    assert read_json(render(document, "json").decode("utf-8")) == document


def test_damaged_base64_is_refused_plainly(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach")
    data = json.loads(json_of(journal))
    data["attachments"][0]["data"] = "not base64 at all!"
    with pytest.raises(InvalidInput, match="damaged"):
        read_json(json.dumps(data))


def test_private_entries_and_pictures_left_out_carry_none(journal: Journal) -> None:
    entry_with_attachments(journal, "Mine", private=True, file_name="letter.pdf")
    assert json.loads(json_of(journal))["attachments"] == []
    chosen = ExportOptions(filters=Filters(include_private=True))
    assert len(json.loads(json_of(journal, chosen))["attachments"]) == 2
    left_out = ExportOptions(filters=Filters(include_private=True), pictures=False)
    assert json.loads(json_of(journal, left_out))["attachments"] == []


def test_the_json_export_is_one_file(journal: Journal, tmp_path: Path) -> None:
    entry_with_attachments(journal, "Beach")
    (tmp_path / "out").mkdir()
    export_to_file(journal, ExportOptions(), "json", tmp_path / "out" / "notes.json")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["notes.json"]
