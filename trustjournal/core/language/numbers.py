"""Numbers in the language of the moment, without Qt: German 1.234 and 3,5, Spanish
12.345 and 3,5, English 1,234 and 3.5. Core's sentences (the command line, exports) use
this; the app's windows read numbers through QLocale (ui/widgets/dates.py).

`counted(...)` hands its count over as a `Number`, so a sentence's `{count:,}` groups
as the language does; `{x:.1f}` does the same for a `Number(x)`. The separators come
from the CLDR data for each language (a language not listed writes numbers as English
does, which every reader can follow).
"""

from __future__ import annotations

from trustjournal.core.language.speaking import language_now


class Separators:
    """How a language groups thousands and marks decimals; `least` is the fewest digits
    before the point that get grouped at all (Spanish writes 1234 but 12.345)."""

    def __init__(self, group: str, decimal: str, least: int = 4) -> None:
        self.group, self.decimal, self.least = group, decimal, least


ENGLISH = Separators(",", ".")
# CLDR's decimal and grouping symbols and minimum grouping digits (cldr.unicode.org).
BY_LANGUAGE = {
    "de": Separators(".", ","),
    "es": Separators(".", ",", least=5),
    "fr": Separators("\u202f", ","),
    "it": Separators(".", ","),
    "nl": Separators(".", ","),
    "pt": Separators(".", ","),
    "pl": Separators("\u00a0", ",", least=5),
}


def separators() -> Separators:
    """The separators of the language of the moment (its catalogue's "Language:" header);
    English for English and the pseudo-locale."""
    return BY_LANGUAGE.get(language_now().split("_")[0].lower(), ENGLISH)


def localised(english: str, way: Separators) -> str:
    """`english` (as Python formats a number: "1,234.5") written the language's way."""
    if way is ENGLISH:
        return english
    whole = english.split(".")[0].lstrip("+-")
    if len(whole.replace(",", "")) < way.least:
        english = english.replace(",", "")
    return english.translate({ord(","): way.group, ord("."): way.decimal})


class Number:
    """A number that formats itself the way the language of the moment writes it, with
    any format Python knows: f"{Number(1234):,}" is "1.234" in German."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return localised(format(self.value, spec), separators())

    def __str__(self) -> str:
        return format(self, "")


def said(value: float, spec: str = "") -> str:
    """`value` formatted with `spec` (",", ".1f") the way the language writes it."""
    return format(Number(value), spec)
