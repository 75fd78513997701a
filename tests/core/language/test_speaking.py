"""Choosing the language and looking words up (core/language/speaking.py): the order of
--lang and the environment, the fallbacks that never crash, the constants of a texts
module read in the language of the moment, plurals with more than two forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from language_kit import POLISH_PLURALS, plant, said

from trustjournal.core import errors, texts
from trustjournal.core.language import speaking
from trustjournal.core.language.catalogue import HEADER, Message
from trustjournal.core.language.pseudo import PseudoTranslations, pseudo_translated


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    speaking.choose(None, {})


@pytest.fixture
def locale_dir(tmp_path: Path) -> Path:
    plant(tmp_path, "de", [said(texts.VAULT_LOCKED, "Das Journal ist gesperrt.")])
    return tmp_path


def test_the_option_comes_before_the_environment() -> None:
    assert speaking.requested("es", {"LANG": "de_DE.UTF-8"}) == ("es", True)
    assert speaking.requested(None, {"LC_ALL": "fr_FR", "LANG": "de_DE"}) == ("fr_FR", False)
    assert speaking.requested(None, {"LC_MESSAGES": "", "LANG": "de_DE"}) == ("de_DE", False)
    assert speaking.requested(None, {"TRUSTJOURNAL_LANG": "pseudo", "LC_ALL": "de"})[0] == (
        "pseudo"
    )
    assert speaking.requested(None, {}) == ("en", False)


def test_a_system_locale_tries_its_country_then_its_language() -> None:
    assert speaking.candidates("de_AT.UTF-8@euro") == ["de_AT", "de"]
    assert speaking.candidates("de") == ["de"]


def test_a_catalogue_makes_the_constants_speak_it(
    locale_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speaking, "SHIPPED", ("de",))  # offered, so the system's locale picks it
    assert speaking.choose(None, {"LANG": "de_AT.UTF-8"}, locale_dir) is None
    assert texts.VAULT_LOCKED == "Das Journal ist gesperrt."
    assert str(errors.VaultLocked()) == "Das Journal ist gesperrt."
    assert texts.VAULT_IN_USE.startswith("This journal is open")  # untranslated: English


def test_english_and_c_need_no_catalogue(locale_dir: Path) -> None:
    for code in ("C.UTF-8", "POSIX", "en_GB.UTF-8"):
        assert speaking.choose(None, {"LANG": code}, locale_dir) is None
        assert texts.VAULT_LOCKED.startswith("The journal is locked")


def test_an_unknown_language_asked_by_name_is_english_with_one_line(locale_dir: Path) -> None:
    problem = speaking.choose("xx", {}, locale_dir)
    assert problem is not None and "'xx'" in problem and "\n" not in problem
    assert texts.VAULT_LOCKED.startswith("The journal is locked")


def test_a_system_language_not_offered_yet_is_quietly_english(locale_dir: Path) -> None:
    assert speaking.choose(None, {"LANG": "fr_FR.UTF-8"}, locale_dir) is None
    assert texts.VAULT_LOCKED.startswith("The journal is locked")


@pytest.mark.parametrize("damage", [b"", b"not a catalogue at all", b"\xde\x12\x04\x95" + b"\1"])
def test_a_damaged_catalogue_is_english_with_one_line(locale_dir: Path, damage: bytes) -> None:
    (locale_dir / "de" / "LC_MESSAGES" / "trustjournal.mo").write_bytes(damage)
    problem = speaking.choose("de", {}, locale_dir)
    assert problem is not None and "'de'" in problem and "\n" not in problem
    assert texts.VAULT_LOCKED.startswith("The journal is locked")


def test_a_truncated_catalogue_is_english_with_one_line(locale_dir: Path) -> None:
    mo = locale_dir / "de" / "LC_MESSAGES" / "trustjournal.mo"
    mo.write_bytes(mo.read_bytes()[:60])
    assert speaking.choose("de", {}, locale_dir) is not None
    assert texts.VAULT_LOCKED.startswith("The journal is locked")


def test_counted_takes_the_languages_plural_forms(tmp_path: Path) -> None:
    one, many = "{count} entry deleted.", "{count} entries deleted."
    forms = ["Usunięto {count} wpis.", "Usunięto {count} wpisy.", "Usunięto {count} wpisów."]
    header = HEADER.replace("Plural-Forms: nplurals=2; plural=(n != 1);\n", POLISH_PLURALS)
    plant(tmp_path, "pl", [Message(one, many, translations=forms)], header=header)
    speaking.choose("pl", {}, tmp_path)
    assert [texts.counted(n, one, many) for n in (1, 3, 5, 22)] == [
        "Usunięto 1 wpis.",
        "Usunięto 3 wpisy.",
        "Usunięto 5 wpisów.",
        "Usunięto 22 wpisy.",
    ]


def test_speaking_another_language_for_a_while_comes_back(locale_dir: Path) -> None:
    speaking.choose("de", {}, locale_dir)
    with speaking.speaking(PseudoTranslations()):
        assert (
            pseudo_translated("The journal is locked. Unlock it with your passphrase to go on.")
            == texts.VAULT_LOCKED
        )
    assert texts.VAULT_LOCKED == "Das Journal ist gesperrt."


def test_pseudo_keeps_the_placeholders_and_shows_the_ends() -> None:
    english = "Exported {count:,} entries to {path}; %(prog)s\nmore."
    pseudo = pseudo_translated(english)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    assert "{count:,}" in pseudo and "{path}" in pseudo and "%(prog)s" in pseudo
    assert "Exported" not in pseudo and "entries" not in pseudo
    kept = len("{count:,}{path}%(prog)s\n")
    assert len(pseudo) - len(english) >= 0.4 * (len(english) - kept)
    assert pseudo.format(count=3, path="x", prog="y") != english


def test_pseudo_padding_can_wrap_like_a_real_languages_words() -> None:
    """A long sentence's 40 % is dozens of dots: never one unbroken run wider than a long
    German word, so a layout is asked to wrap what a real translation could wrap."""
    english = "Before anyone writes, know that a full written account kept on a computer " * 3
    pseudo = pseudo_translated(english)
    padding = pseudo[len(english) + 1 : -1]  # the accented text keeps its length
    runs = padding.split("\u200b")
    assert len(runs) > 1 and all(0 < len(run) <= 12 for run in runs)
    assert sum(len(run) for run in runs) >= 0.4 * len(english)


def test_a_system_locale_speaks_a_language_only_once_it_is_offered(
    locale_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catalogue on its way (under 95 %, docs/translating.md) must not switch the app
    half into it for everyone whose system speaks it; asking by name still works."""
    monkeypatch.setattr(speaking, "SHIPPED", ())
    assert speaking.choose(None, {"LANG": "de_DE.UTF-8"}, locale_dir) is None
    assert texts.VAULT_LOCKED.startswith("The journal is locked")
    for option, environ in (("de", {}), (None, {"TRUSTJOURNAL_LANG": "de", "LANG": "C"})):
        assert speaking.choose(option, environ, locale_dir) is None
        assert texts.VAULT_LOCKED == "Das Journal ist gesperrt."
    monkeypatch.setattr(speaking, "SHIPPED", ("de",))
    assert speaking.choose(None, {"LC_ALL": "de_AT.UTF-8"}, locale_dir) is None
    assert texts.VAULT_LOCKED == "Das Journal ist gesperrt."


@pytest.mark.parametrize(
    ("environ", "said_so"),
    [
        ({"LANG": "de_DE.UTF-8"}, "Das Tagebuch ist gesperrt."),
        ({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "C"}, "Das Tagebuch ist gesperrt."),
        ({"LC_ALL": "es_ES.UTF-8"}, "El diario está bloqueado."),
    ],
)
def test_german_and_spanish_are_shipped_so_the_system_locale_picks_them(
    environ: dict[str, str], said_so: str
) -> None:
    assert set(speaking.SHIPPED) == {"de", "es"}
    assert speaking.choose(None, environ) is None
    assert texts.VAULT_LOCKED.startswith(said_so)


def test_a_catalogue_not_shipped_is_still_not_picked_by_the_system_locale(
    tmp_path: Path,
) -> None:
    plant(tmp_path, "fr", [said(texts.VAULT_LOCKED, "Le journal est verrouillé.")])
    assert speaking.choose(None, {"LANG": "fr_FR.UTF-8"}, tmp_path) is None
    assert texts.VAULT_LOCKED.startswith("The journal is locked")
    assert speaking.choose("fr", {}, tmp_path) is None
    assert texts.VAULT_LOCKED == "Le journal est verrouillé."
