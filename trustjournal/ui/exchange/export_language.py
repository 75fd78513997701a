"""The export dialog's "Export language" (issue 22, item 6): a therapist may read another
language than the writer. The export is built and written inside `speaking(...)` of the
language picked (this thread only, core/language/speaking.py); the dialog itself, and
the errors it shows, keep speaking the app's language, the default for the export too.
"""

from __future__ import annotations

import contextlib
import gettext
from collections.abc import Callable, Iterator

from trustjournal.core.language import speaking
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.languages import language_choices

APP_LANGUAGE = ""


def export_language_choice(on_change: Callable[[], None]) -> QtWidgets.QComboBox:
    """The choice; `on_change` runs when another language is picked (the preview)."""
    combo = QtWidgets.QComboBox()
    combo.setObjectName("export_language")
    combo.setAccessibleName(_("Export language"))
    combo.addItem(_("Same as the app"), APP_LANGUAGE)
    for code, name in language_choices():
        combo.addItem(name, code)
    combo.currentIndexChanged.connect(on_change)
    return combo


@contextlib.contextmanager
def in_language(code: str) -> Iterator[None]:
    """Words said inside are in `code`'s language (the app's own when empty); English
    when its catalogue is missing or damaged, as the command line does."""
    if code == APP_LANGUAGE:
        yield
        return
    try:
        found = speaking.load(code)
    except OSError:
        found = None
    with speaking.speaking(found or gettext.NullTranslations()):
        yield
