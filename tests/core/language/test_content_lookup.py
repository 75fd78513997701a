"""The content catalogue (core/language/content.py): prompts, themes, starters and the
vocabularies read in the language of the moment, each falling back to its own English,
a damaged content catalogue said in one line, and exports in another language through
`speaking(...)`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from language_kit import in_context, plant, plant_content, said

from trustjournal.core import texts
from trustjournal.core.journal.prompts.library import load_library
from trustjournal.core.language import content, speaking
from trustjournal.core.language.pseudo import PseudoTranslations, pseudo_translated
from trustjournal.core.records.prompts import Prompt, Theme

FIRST, SECOND = load_library().prompts[:2]
SAFETY = Theme("safety", "Safety and security")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    speaking.choose(None, {})


@pytest.fixture
def locale_dir(tmp_path: Path) -> Path:
    plant(tmp_path, "de", [said(texts.VAULT_LOCKED, "Das Journal ist gesperrt.")])
    plant_content(
        tmp_path,
        "de",
        [
            in_context(f"prompt:{FIRST.id}", FIRST.text, "Wo spürst du gerade Unruhe?"),
            in_context("theme:safety", SAFETY.label, "Sicherheit und Halt"),
            in_context("theme-description:safety", "Noticing.", "Wahrnehmen."),
            in_context("starter:honesty", "What felt true?", "Was fühlte sich wahr an?"),
            in_context("emotion", "safe", "sicher"),
            in_context("emotion-family", "Painful", "Schmerzlich"),
            in_context("activity", "hugged", "umarmt"),
            in_context("activity", "safe", "ein Wort, das nur hier so heißt"),
        ],
    )
    return tmp_path


def test_every_kind_of_content_speaks_the_chosen_language(locale_dir: Path) -> None:
    assert speaking.choose("de", {}, locale_dir) is None
    assert content.prompt_text(FIRST) == "Wo spürst du gerade Unruhe?"
    assert content.theme_label(SAFETY) == "Sicherheit und Halt"
    assert content.theme_description("safety", "Noticing.") == "Wahrnehmen."
    assert content.starter("honesty", "What felt true?") == "Was fühlte sich wahr an?"
    assert content.emotion("safe") == "sicher"
    assert content.emotion_family("Painful") == "Schmerzlich"
    assert content.activities(("hugged", "cooked together")) == ["umarmt", "cooked together"]


def test_the_same_english_is_looked_up_in_its_own_context(locale_dir: Path) -> None:
    speaking.choose("de", {}, locale_dir)
    assert content.emotion("safe") == "sicher"
    assert content.activity("safe") == "ein Wort, das nur hier so heißt"
    assert content.starter("safety", "What felt true?") == "What felt true?"


def test_a_missing_prompt_translation_is_english_for_that_prompt_only(locale_dir: Path) -> None:
    speaking.choose("de", {}, locale_dir)
    assert content.prompt_text(SECOND) == SECOND.text
    assert content.prompt_text(FIRST) == "Wo spürst du gerade Unruhe?"
    assert texts.VAULT_LOCKED == "Das Journal ist gesperrt."


def test_a_fuzzy_prompt_translation_is_english(tmp_path: Path) -> None:
    plant(tmp_path, "de", [])
    guess = in_context(f"prompt:{FIRST.id}", FIRST.text, "Ungeprüft.")
    guess.fuzzy = True
    plant_content(tmp_path, "de", [guess])
    speaking.choose("de", {}, tmp_path)
    assert content.prompt_text(FIRST) == FIRST.text


def test_a_persons_own_prompt_is_said_as_they_wrote_it(locale_dir: Path) -> None:
    speaking.choose("de", {}, locale_dir)
    own = Prompt(id="own-1", theme=None, audience="any", phase=None, text=FIRST.text)
    assert content.prompt_text(own) == FIRST.text


@pytest.mark.parametrize("damage", [b"", b"junk", b"\xde\x12\x04\x95" + b"\1"])
def test_a_damaged_content_catalogue_is_english_content_and_one_line(
    locale_dir: Path, damage: bytes
) -> None:
    (locale_dir / "de" / "LC_MESSAGES" / "content.mo").write_bytes(damage)
    problem = speaking.choose("de", {}, locale_dir)
    assert problem is not None and "'de'" in problem and "\n" not in problem
    assert content.prompt_text(FIRST) == FIRST.text
    assert content.emotion("safe") == "safe"
    assert texts.VAULT_LOCKED == "Das Journal ist gesperrt."  # the app's words still German


def test_a_language_with_no_content_catalogue_yet_has_english_content(tmp_path: Path) -> None:
    plant(tmp_path, "de", [said(texts.VAULT_LOCKED, "Das Journal ist gesperrt.")])
    assert speaking.choose("de", {}, tmp_path) is None
    assert content.emotion("safe") == "safe"


def test_content_follows_a_stretch_spoken_in_another_language(locale_dir: Path) -> None:
    german = speaking.load("de", locale_dir)
    assert german is not None
    assert content.emotion("safe") == "safe"
    with speaking.speaking(german):
        assert content.emotion("safe") == "sicher"
        assert content.prompt_text(FIRST) == "Wo spürst du gerade Unruhe?"
    assert content.emotion("safe") == "safe"
    speaking.choose("de", {}, locale_dir)
    with speaking.speaking(PseudoTranslations()):
        assert content.emotion("safe") == pseudo_translated("safe")
    assert content.emotion("safe") == "sicher"


def test_english_content_is_the_resource_files_words() -> None:
    assert content.prompt_text(FIRST) == FIRST.text
    assert content.theme_label(SAFETY) == "Safety and security"
    assert content.emotion("on edge") == "on edge"


def test_a_suggested_activity_typed_in_the_persons_language_is_kept_in_english(
    locale_dir: Path,
) -> None:
    speaking.choose("de", {}, locale_dir)
    assert content.activity_kept("umarmt") == "hugged"
    assert content.activity_kept("hugged") == "hugged"
    assert content.activity_kept("ein eigenes wort") == "ein eigenes wort"
