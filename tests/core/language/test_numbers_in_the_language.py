"""Numbers in core's sentences follow the language of the moment (core/language/numbers.py):
German 1.234 and 3,5, Spanish 1234, 12.345 and 3,5, English and pseudo as Python writes
them; `counted` groups its count so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from trustjournal.core.language import numbers, speaking
from trustjournal.core.texts import counted


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    speaking.choose(None, {})


def in_language(code: str) -> speaking.gettext.NullTranslations:
    found = speaking.load(code)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("code", "grouped", "small", "decimal"),
    [
        ("en", "1,234,567", "1,234", "3.5"),
        ("pseudo", "1,234,567", "1,234", "3.5"),
        ("de", "1.234.567", "1.234", "3,5"),
        ("es", "1.234.567", "1234", "3,5"),
    ],
)
def test_a_number_is_written_the_languages_way(
    code: str, grouped: str, small: str, decimal: str
) -> None:
    translations = speaking.load(code) or speaking.gettext.NullTranslations()
    with speaking.speaking(translations):
        assert numbers.said(1234567, ",") == grouped
        assert numbers.said(1234, ",") == small
        assert numbers.said(3.45, ".1f") == decimal
        assert numbers.said(-1234.5, ",.1f") == f"-{small}{decimal[1]}5"
        assert f"{numbers.Number(12)}" == "12"


def test_counted_groups_its_count_in_the_language_of_the_moment() -> None:
    one, many = "{count:,} entry shared.", "{count:,} entries shared."
    assert counted(1234, one, many) == "1,234 entries shared."
    with speaking.speaking(in_language("de")):
        assert counted(1234, one, many) == "1.234 Einträge geteilt."
    speaking.choose("es", {})
    assert counted(12345, one, many).startswith("12.345 ")
