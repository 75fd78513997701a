"""The languages a person may pick, each named as its speakers name it ("Deutsch",
"español"): Settings' "Language" and the export dialog's "Export language" list the same."""

from __future__ import annotations

from trustjournal.core.language import speaking
from trustjournal.core.language.offered import offered
from trustjournal.ui.qt import QtCore


def language_name(code: str) -> str:
    if code == speaking.ENGLISH:
        return "English"
    name = QtCore.QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def language_choices() -> list[tuple[str, str]]:
    """Each language offered, as (code, name), English first."""
    return [(code, language_name(code)) for code in offered()]
