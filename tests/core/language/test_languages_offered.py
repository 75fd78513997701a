"""Which languages Settings offers (core/language/offered.py): English always, a language
only once its catalogue is at least 95% translated, ours (German, Spanish) only once
shipped; and the pseudo-locale read right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from language_kit import plant, said

from trustjournal.core import texts
from trustjournal.core.language import offered, speaking
from trustjournal.core.language.catalogue import Message


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    speaking.choose(None, {})


def catalogue(folder: Path, code: str, done: int, of: int) -> None:
    messages = [said(f"Sentence {n}.", f"Satz {n}.") for n in range(done)]
    messages += [Message(f"Open {n}.") for n in range(of - done)]
    plant(folder, code, messages)


def test_a_language_is_offered_once_nearly_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speaking, "SHIPPED", ())  # only what tmp_path holds
    catalogue(tmp_path, "fr", 19, 20)  # 95%
    catalogue(tmp_path, "it", 18, 20)  # 90%: still being written
    assert offered.offered(tmp_path) == ("en", "fr")


def test_german_and_spanish_wait_until_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue(tmp_path, "de", 20, 20)
    catalogue(tmp_path, "es", 20, 20)
    monkeypatch.setattr(speaking, "SHIPPED", ())
    assert offered.offered(tmp_path) == ("en",)
    monkeypatch.setattr(speaking, "SHIPPED", ("de",))
    assert offered.offered(tmp_path) == ("en", "de")


def test_german_and_spanish_are_offered_as_shipped() -> None:
    assert offered.offered() == ("en", "de", "es")


def test_a_damaged_catalogue_is_not_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speaking, "SHIPPED", ())  # only what tmp_path holds
    po = tmp_path / "fr" / "LC_MESSAGES" / "trustjournal.po"
    po.parent.mkdir(parents=True)
    po.write_bytes(b"\xff\xfe not a catalogue")
    assert offered.offered(tmp_path) == ("en",)
    assert offered.offered(tmp_path / "missing") == ("en",)


def test_the_spoken_code_says_what_was_chosen(tmp_path: Path) -> None:
    plant(tmp_path, "de", [said(texts.VAULT_LOCKED, "Das Journal ist gesperrt.")])
    speaking.choose(None, {"TRUSTJOURNAL_LANG": "de_AT.UTF-8"}, tmp_path)  # by name: not offered
    assert speaking.spoken_code() == "de_AT"
    speaking.choose("xx", {}, tmp_path)
    assert speaking.spoken_code() == "en"


def test_pseudo_rtl_reads_right_to_left_and_keeps_its_placeholders() -> None:
    speaking.choose("pseudo-rtl", {})
    said_now = speaking._("{count} entries")
    assert said_now.startswith("\u202e[") and said_now.endswith("]\u202c")
    assert "{count}" in said_now
    assert speaking.spoken_code() == "pseudo-rtl"
