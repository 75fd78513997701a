"""Choosing the language and looking words up in it.

The words are module-level constants in `texts` modules, evaluated at import, before a
language is chosen. Each texts module ends with `spoken(__name__)`: reading one of its
constants (`texts.VAULT_LOCKED`) then looks the English sentence up in the language of
the moment, so call sites stay as they are and stay typed as `str`. A function in a
texts module translates what it says itself: `_("...")`, or `counted(...)` for plurals.
"""

from __future__ import annotations

import contextlib
import gettext
import struct
import sys
import types
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from pathlib import Path

from trustjournal.core.language import texts
from trustjournal.core.language.pseudo import PSEUDO, PSEUDO_RTL, PseudoTranslations

DOMAIN = "trustjournal"
# The words stored in resources/ (prompts, themes, starters, vocabularies), looked up
# with a context each (core/language/content.py); kept apart so that a translator can
# take the app's words and the prompts' 4,500 words one at a time.
CONTENT_DOMAIN = "content"
LOCALE_DIR = Path(__file__).resolve().parent.parent.parent / "locale"
ENGLISH = "en"
# Languages offered to a person, and picked by a system locale that speaks them; one is
# added once it is complete and its screens were looked at (docs/translating.md).
SHIPPED: tuple[str, ...] = ("de", "es")
# The environment is read in this order, as gettext and Qt read it; ours comes first.
LANGUAGE_VARIABLES = ("TRUSTJOURNAL_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
_ENGLISH_NAMES = frozenset({"", "c", "posix", "en"})

_chosen: gettext.NullTranslations = gettext.NullTranslations()
_chosen_code = ENGLISH
# A stretch of work in another language (an export for a therapist who reads another).
_for_now: ContextVar[gettext.NullTranslations | None] = ContextVar("for_now", default=None)


def _(message: str) -> str:
    """`message` in the language of the moment."""
    return current().gettext(message)


def pgettext(context: str, message: str) -> str:
    """`message` in the sense `context` names, for an English word that means two things
    in the app and needs two translations ("Change" the column, not the button: German
    says „Veränderung“ and „Ändern“). The catalogue keeps it as a msgctxt entry."""
    return current().pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 (the name every gettext tool knows)
    """Marks `message` for extraction where it cannot be translated yet."""
    return message


def plural(one: str, many: str, count: int) -> str:
    """The form of `one`/`many` this language uses for `count` (some have three or more)."""
    return current().ngettext(one, many, count)


def current() -> gettext.NullTranslations:
    return _for_now.get() or _chosen


def language_now() -> str:
    """The code of the language words are said in at this moment ("de", "es"; "en" for
    English and the pseudo-locale): an export in another language says its own."""
    found = current()
    if isinstance(found, gettext.GNUTranslations):
        return str(found.info().get("language", "")) or ENGLISH
    return ENGLISH


def spoken_code() -> str:
    """The code of the language chosen and spoken ("de_AT", "pseudo"); "en" when English."""
    return _chosen_code


def requested(option: str | None, environ: Mapping[str, str]) -> tuple[str, bool]:
    """The code asked for, and whether the person asked for it by name (`--lang`)."""
    if option:
        return option, True
    for name in LANGUAGE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return value.split(":")[0], False
    return ENGLISH, False


def candidates(code: str) -> list[str]:
    """`de_DE.UTF-8@euro` → ["de_DE", "de"]: the most specific catalogue first."""
    bare = code.split(".")[0].split("@")[0]
    return [bare, bare.split("_")[0]] if "_" in bare else [bare]


class Catalogue(gettext.GNUTranslations):
    """A language's words, with its content catalogue behind them as a fallback (their
    keys, "context\x04English", never meet the app's), so that `speaking(catalogue)`
    brings both. `content_damaged` says its content.mo could not be read: then the
    content is English and the rest of the language is spoken."""

    content_damaged = False


def _read_mo(path: Path) -> Catalogue:
    try:
        with path.open("rb") as file:
            return Catalogue(file)
    except (ValueError, LookupError, struct.error) as error:
        raise OSError(f"damaged catalogue {path}") from error


def offered(code: str) -> bool:
    """The language of `code` is offered to everyone whose system speaks it."""
    return any(name in SHIPPED for name in candidates(code))


def load(code: str, locale_dir: Path = LOCALE_DIR) -> gettext.NullTranslations | None:
    """The catalogue for `code`; None when there is none. Raises OSError when damaged."""
    if code.lower() in (PSEUDO, PSEUDO_RTL):
        return PseudoTranslations(right_to_left=code.lower() == PSEUDO_RTL)
    for name in candidates(code):
        folder = locale_dir / name / "LC_MESSAGES"
        if (folder / f"{DOMAIN}.mo").exists():
            found = _read_mo(folder / f"{DOMAIN}.mo")
            _add_content(found, folder / f"{CONTENT_DOMAIN}.mo")
            return found
    return None


def _add_content(catalogue: Catalogue, path: Path) -> None:
    if not path.exists():
        return  # no prompts translated yet: they are English, as the app's words are not
    try:
        catalogue.add_fallback(_read_mo(path))
    except OSError:
        catalogue.content_damaged = True


def choose(
    option: str | None, environ: Mapping[str, str], locale_dir: Path = LOCALE_DIR
) -> str | None:
    """Speak the language asked for; English when it cannot be, with the one line to say
    why (None when all is well). A language asked for only by the system's locale and
    not offered yet (not in SHIPPED, even with a catalogue on its way) is quietly
    English; --lang and TRUSTJOURNAL_LANG ask by name and take any catalogue."""
    global _chosen, _chosen_code
    code, by_name = requested(option, environ)
    _chosen, _chosen_code = gettext.NullTranslations(), ENGLISH
    if candidates(code)[-1].lower() in _ENGLISH_NAMES:
        return None
    if not (by_name or environ.get(LANGUAGE_VARIABLES[0]) or offered(code)):
        return None  # a catalogue on its way is for those who ask for it by name
    try:
        found = load(code, locale_dir)
    except OSError:
        return texts.CATALOGUE_DAMAGED.format(code=code)
    if found is None:
        codes = ", ".join((ENGLISH, *SHIPPED))
        return texts.NO_SUCH_LANGUAGE.format(code=code, codes=codes) if by_name else None
    _chosen, _chosen_code = found, candidates(code)[0]
    if isinstance(found, Catalogue) and found.content_damaged:
        return texts.CONTENT_DAMAGED.format(code=code)
    return None


@contextlib.contextmanager
def speaking(translations: gettext.NullTranslations) -> Iterator[None]:
    """Words said inside this block come from `translations` (this thread only)."""
    token = _for_now.set(translations)
    try:
        yield
    finally:
        _for_now.reset(token)


class _SpokenModule(types.ModuleType):
    """A texts module whose public `str` constants are read in the language of the moment."""

    def __getattribute__(self, name: str) -> object:
        value = super().__getattribute__(name)
        if type(value) is str and not name.startswith("_"):
            return current().gettext(value)
        return value


def spoken(module_name: str) -> None:
    """Make the texts module `module_name` speak the chosen language (its last line)."""
    sys.modules[module_name].__class__ = _SpokenModule
