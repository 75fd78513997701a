"""Importers: other journals' exports read as entries (see model.py for what they yield)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import (
    daylio,
    dayone,
    jrnl_json,
    jrnl_text,
    markdown_folder,
    own_json,
)
from trustjournal.core.exchange.importers.model import OWN_SOURCE, ImportOptions, Reader
from trustjournal.core.exchange.texts import sources
from trustjournal.core.language.speaking import N_, _


@dataclass(frozen=True)
class Format:
    name: str  # as typed on the command line
    words: str  # its name for a person, marked (N_): `label` says it in their language
    source: str  # where imported entries are remembered as coming from
    read: Reader
    # Daylio: its own mood names nobody has said the meaning of, with the guess for each.
    assumed_moods: Callable[[str, ImportOptions], dict[str, int]] | None = None

    @property
    def label(self) -> str:
        """As shown in the app and said by the command line."""
        return _(self.words)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("jrnl", N_("jrnl journal (plain text)"), "jrnl", jrnl_text.read),
        Format("jrnl-json", N_("jrnl export (JSON)"), "jrnl", jrnl_json.read),
        Format("dayone", N_("Day One export (.zip, folder or .json)"), "dayone", dayone.read),
        Format("daylio", N_("Daylio export (CSV)"), "daylio", daylio.read, daylio.assumed_moods),
        Format(
            "markdown",
            N_("Markdown or text files (a folder or one file)"),
            "markdown",
            markdown_folder.read,
        ),
        Format("trustjournal", N_("TrustJournal export (JSON)"), OWN_SOURCE, own_json.read),
    )
}


def format_named(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        formats = ", ".join([*FORMATS, "auto"])
        raise InvalidInput(sources.NOT_A_FORMAT.format(name=name, formats=formats)) from None
