"""Where words live (docs/words.md), held by tests rather than memory.

- user-facing text lives in modules named `texts` (a `texts.py`, or a `texts/` package
  with one module per topic), never in modules named some other way;
- each texts module says at its top what it holds, and points to docs/words.md;
- no sentence is made plural by hand (`"1 entry" if n == 1 else ...`): every counted
  sentence is one function taking the count, calling `trustjournal.core.texts.counted`,
  so the translation work replaces that one place;
- no error a person reads is given a sentence where it is raised
  (`raise InvalidInput("...")`): its words come from a texts module.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import trustjournal
from trustjournal.cli import texts as cli_texts
from trustjournal.core.exchange.texts import importing, summary
from trustjournal.core.texts import counted
from trustjournal.ui.journal import texts as journal_texts
from trustjournal.ui.qt import QtCore
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.hard_days.texts import helped_ask
from trustjournal.ui.widgets.throttle import wait_text

PACKAGE = Path(trustjournal.__file__).parent
OLD_NAMES = ("wording", "_text", "_texts")
# Compared with 1 without being a count: January starts a new year on the chart's axis.
NOT_COUNTS = {"month"}


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def texts_modules() -> list[Path]:
    return [p for p in sources() if p.stem == "texts" or p.parent.name == "texts"]


def is_words(node: ast.expr) -> bool:
    """A string, an f-string, or a string being filled in (`X.format(...)`)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    )


def is_count_of_one(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and ast.unparse(test.left) not in NOT_COUNTS
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq | ast.NotEq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value == 1
    )


def hand_built_plurals(path: Path) -> Iterator[int]:
    """Lines that choose between words by whether a count is one."""
    return plurals_in(path.read_text(encoding="utf-8"))


def plurals_in(source: str) -> Iterator[int]:
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.IfExp)
            and is_count_of_one(node.test)
            and (is_words(node.body) or is_words(node.orelse))
        ):
            yield node.lineno


# The errors a person reads: the app and the command line show `str()` of a
# TrustJournalError (core/errors.py `as_plain_error`; any other error is named only by its
# kind), and argparse prints an ArgumentTypeError's words after the option's name. Others
# (ValueError, TypeError, RuntimeError, ...) say a programmer's mistake and may keep
# their words inline.
SHOWN_ROOTS = {"TrustJournalError", "ArgumentTypeError"}


def errors_shown(trees: list[ast.Module]) -> set[str]:
    """The names of the errors a person reads: the roots and every class built on them."""
    bases = {
        node.name: {ast.unparse(base).split(".")[-1] for base in node.bases}
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    shown = set(SHOWN_ROOTS)
    while more := {name for name, of in bases.items() if of & shown} - shown:
        shown |= more
    return shown


def makers_of(trees: list[ast.Module], shown: set[str]) -> set[str]:
    """Functions that build such an error from what they are given (`def too_long(where)
    -> InvalidInput`): words given to them are words given to the error."""
    return {
        node.name
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and node.returns is not None
        and ast.unparse(node.returns).split(".")[-1] in shown
    }


def is_sentence(node: ast.expr) -> bool:
    """Words written here: a string or f-string with letters of its own (an f-string of
    values only, `f"{date} {time}"`, is not), joined with `+`, or filled in with format."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(is_sentence(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return is_sentence(node.left) or is_sentence(node.right)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and is_sentence(node.func.value)
    )


def sentences_given_to_errors(tree: ast.Module, shown: set[str], makers: set[str]) -> Iterator[int]:
    """Lines where a shown error (or a maker of one) is given words written in place."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = ast.unparse(node.func).split(".")[-1]
            given = [*node.args, *(keyword.value for keyword in node.keywords)]
            if called in shown | makers and any(is_sentence(value) for value in given):
                yield node.lineno


def test_the_rules_see_real_files() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in texts_modules()}
    assert {"core/texts.py", "cli/texts.py", "ui/trust/together/texts.py"} <= names
    assert "core/exchange/texts/export.py" in names
    planted = 'days = 3\nsaid = "1 day" if days == 1 else f"{days} days"\n'
    assert list(plurals_in(planted)) == [2]
    trees = [ast.parse(path.read_text("utf-8")) for path in sources()]
    shown = errors_shown(trees)
    assert {"InvalidInput", "WrongPassphrase", "ExportNotWritten", "ArgumentTypeError"} <= shown
    assert {"ValueError", "RuntimeError"}.isdisjoint(shown)
    assert {"unreadable", "too_long"} <= makers_of(trees, shown)


def test_the_error_rule_sees_a_sentence_written_where_it_is_raised() -> None:
    planted = ast.parse(
        "raise InvalidInput(f'{name} is not a feeling.')\n"  # 1: an f-string
        "raise model.unreadable(where, 'holds no entries')\n"  # 2: words given to a maker
        "raise argparse.ArgumentTypeError('use YYYY-MM-DD')\n"  # 3: argparse prints it
        "raise InvalidInput('A mood goes ' + 'from 1 to 5.')\n"  # 4: joined
        "raise InvalidInput('{what} is too long.'.format(what=what))\n"  # 5: filled in
        "raise InvalidInput(texts.MOOD_RANGE.format(low=1, high=5))\n"  # words from texts
        "raise ValueError('a window is at least one day')\n"  # a programmer's mistake
        "raise model.unreadable(where, texts.NO_SUCH_DATE, found=f'{date} {time}')\n"
    )
    found = sentences_given_to_errors(
        planted, {"InvalidInput", "ArgumentTypeError"}, {"unreadable"}
    )
    assert list(found) == [1, 2, 3, 4, 5]


def test_words_live_in_modules_named_texts() -> None:
    misnamed = [
        p.relative_to(PACKAGE).as_posix()
        for p in sources()
        if any(old in p.stem for old in OLD_NAMES)
        and p.stem not in {"jrnl_text"}  # an importer, named after jrnl's plain-text format
    ]
    assert misnamed == []


def test_every_texts_module_says_what_it_holds() -> None:
    silent = [
        p.relative_to(PACKAGE).as_posix()
        for p in texts_modules()
        if "docs/words.md" not in (ast.get_docstring(ast.parse(p.read_text("utf-8"))) or "")
    ]
    assert silent == []


def test_no_sentence_is_made_plural_by_hand() -> None:
    found = {
        path.relative_to(PACKAGE).as_posix(): len(list(hand_built_plurals(path)))
        for path in sources()
    }
    found = {name: count for name, count in found.items() if count}
    assert found == {}


def test_no_error_is_given_a_sentence_where_it_is_raised() -> None:
    """An error's words live in a texts module (docs/words.md), so the translation work
    finds each once: `raise InvalidInput(texts.MOOD_RANGE.format(...))`, never
    `raise InvalidInput(f"A mood goes from {low} to {high}.")`."""
    trees = {path: ast.parse(path.read_text("utf-8")) for path in sources()}
    shown = errors_shown(list(trees.values()))
    makers = makers_of(list(trees.values()), shown)
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line}"
        for path, tree in trees.items()
        for line in sentences_given_to_errors(tree, shown, makers)
    ]
    assert found == []


def test_counted_fills_in_the_sentence_for_one_or_many() -> None:
    assert counted(1, "{count} day, {who}", "{count} days, {who}", who="you") == "1 day, you"
    assert counted(0, "{count} day", "{count} days") == "0 days"
    assert counted(2_500, "{count:,} day", "{count:,} days") == "2,500 days"


@pytest.mark.parametrize(
    ("said", "one", "many"),
    [
        (summary.entries_shared, "1 entry shared.", "2 entries shared."),
        (
            summary.checkins_in_period,
            "1 check-in in this period; averages out of 10.",
            "2 check-ins in this period; averages out of 10.",
        ),
        (summary.calm_again_after, "calm again after 1 minute", "calm again after 2 minutes"),
        (
            importing.imported,
            "Imported 1 entry; your journal keeps them encrypted.",
            "Imported 2 entries; your journal keeps them encrypted.",
        ),
        (
            importing.could_not_be_read,
            "1 entry could not be read; nothing can be imported until it is corrected or "
            "removed in the source:",
            "2 entries could not be read; nothing can be imported until they are corrected "
            "or removed in the source:",
        ),
        (
            importing.already_in_journal,
            "1 entry is already in your journal and will be skipped.",
            "2 entries are already in your journal and will be skipped.",
        ),
        (importing.tags_found, "1 tag", "2 different tags"),
        (cli_texts.triggers, "1 trigger", "2 triggers"),
        (
            importing.pictures_coming,
            "1 picture comes with them, cleaned of its location on the way in.",
            "2 pictures come with them, cleaned of their location on the way in.",
        ),
        (
            importing.media_left_out,
            "1 picture or file cannot come along; its entry is imported without it:",
            "2 pictures or files cannot come along; their entries are imported without them:",
        ),
        (journal_texts.word_count, "1 word", "2 words"),
        (journal_texts.entries_deleted, "Entry deleted.", "2 entries deleted."),
        (trust_texts.prompts_found, "1 prompt", "2 prompts"),
        (
            trust_texts.agreements_due,
            "One agreement is ready to be looked at again together, whenever you are both ready.",
            "2 agreements are ready to be looked at again together, whenever you are both ready.",
        ),
        (
            trust_texts.days_since_discovery,
            "1 day since the discovery. Healing keeps its own pace; be gentle with yourself.",
            "2 days since the discovery. Healing keeps its own pace; be gentle with yourself.",
        ),
        (
            helped_ask,
            "You spent about 1 minute here. Keep that as the time it took to feel calmer?",
            "You spent about 2 minutes here. Keep that as the time it took to feel calmer?",
        ),
        (
            wait_text,
            "Take a breath. You can try again in 1 second.",
            "Take a breath. You can try again in 2 seconds.",
        ),
    ],
)
def test_each_counted_sentence_has_its_one_and_its_many(
    said: Callable[[int], str], one: str, many: str
) -> None:
    assert (said(1), said(2)) == (one, many)


@pytest.fixture
def british_dates() -> Iterator[None]:
    """The app's days said in British English, whatever the machine's locale."""
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("en_GB"))
    yield
    QtCore.QLocale.setDefault(before)


@pytest.mark.usefixtures("british_dates")
def test_counted_sentences_with_more_to_say() -> None:
    day = dt.date(2026, 3, 8)
    assert (
        summary.period_from_to(day, day, 1)
        == "From Sunday 8 March 2026 to Sunday 8 March 2026 (1 day)."
    )
    assert summary.average_mood("3.5", "okay", 12) == (
        "Average mood 3.5 of 5 (okay), from 12 days with a mood."
    )
    assert cli_texts.mood_of_day(3.25, 1) == "mood 3.2 (1 entry)"
    assert cli_texts.exported(3, day, day, "out.pdf") == (
        "Exported 3 entries from 8 March 2026 to 8 March 2026 to out.pdf."
    )
    assert trust_texts.mood_on_day("Sunday 8 March", 4.0, "good", 2) == (
        "Mood on Sunday 8 March: 4.0 of 5 (good), 2 entries"
    )
    assert trust_texts.together_average("You", 7.5, 1) == "You: 7.5 of 10 on average (1 question)"
    assert trust_texts.years_ago_today(1, "The call") == (
        "The call: a year ago today. Whatever you feel today is allowed."
    )
    assert trust_texts.years_on(2, "The call", trust_texts.day_ahead(1, day)) == (
        "The call: 2 years on, tomorrow. Days like this can bring a lot back; "
        "it is all right to go gently."
    )
    assert trust_texts.day_ahead(3, day) == "on Sunday, 8 March"


def test_a_score_slider_has_one_name_in_both_check_ins() -> None:
    """The guided check-in and "Check in together" name their sliders with one sentence."""
    assert trust_texts.scale_name("Safety") == "Safety, from 0 (not at all) to 10 (fully)"
