"""One English word with two meanings gets two entries (gettext's msgctxt, through
`speaking.pgettext`): "Change" the trends column and "Change" the button, "Theme" the
look in Settings and "Theme" of a prompt; German and Spanish translate each sense."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from language_kit import in_context, plant, said

from trustjournal.core.language import speaking
from trustjournal.core.language.catalogue import extract_from
from trustjournal.core.language.po_files import read_po

# (context, English) of each word used in two senses, and where the marked sense is said.
SENSES = {
    ("trend column", "Change"): "ui/trust/timeline/texts.py",
    ("look", "Theme"): "ui/shell/settings/dialog.py",
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    speaking.choose(None, {})


def test_pgettext_is_extracted_with_its_context() -> None:
    source = 'from x import _, pgettext\n_("Theme")\npgettext("look", "Theme")\n'
    found = [(m.context, m.msgid) for m in extract_from(source, "x.py")]
    assert found == [(None, "Theme"), ("look", "Theme")]


def test_pgettext_looks_the_word_up_in_its_sense(tmp_path: Path) -> None:
    plant(
        tmp_path,
        "de",
        [said("Change", "Ändern"), in_context("trend column", "Change", "Veränderung")],
    )
    speaking.choose("de", {}, tmp_path)
    assert speaking.pgettext("trend column", "Change") == "Veränderung"
    assert speaking._("Change") == "Ändern"
    speaking.choose("pseudo", {})
    assert speaking.pgettext("trend column", "Change").startswith("[")


def test_each_sense_is_marked_where_it_is_said() -> None:
    template = read_po((speaking.LOCALE_DIR / "trustjournal.pot").read_text(encoding="utf-8"))[1]
    places = {(m.context, m.msgid): " ".join(m.places) for m in template}
    for sense, place in SENSES.items():
        assert place in places[sense], sense
        assert (None, sense[1]) in places  # the other sense keeps the plain entry


@pytest.mark.parametrize("code", ["de", "es"])
def test_german_and_spanish_say_the_two_senses_apart(code: str) -> None:
    found = speaking.load(code)
    assert found is not None
    for context, english in SENSES:
        in_sense = found.pgettext(context, english)
        assert in_sense not in (english, found.gettext(english)), (context, english)
