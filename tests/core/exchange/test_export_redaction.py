"""Withheld passages and redacted names never leave in an export, whatever the input."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.exchange.redaction import (
    CLOSE_MARKER,
    OPEN_MARKER,
    REDACTED,
    WITHHELD,
    Redactor,
    count_withheld,
    redact_words,
    withhold_passages,
    wrap_withheld,
)

# Shared text is lowercase; withheld text is made of capitals only, so any capital in
# the output is a leak. Markers come in any case, as a person might type them.
SHARED = st.text(alphabet="abc de\n.,[]/", max_size=8)
SECRET = st.text(alphabet="QXZ", min_size=1, max_size=6)
OPEN = st.sampled_from([OPEN_MARKER, "[[WITHHOLD]]", "[[Withhold]]"])
CLOSE = st.sampled_from([CLOSE_MARKER, "[[/WITHHOLD]]"])
TOKENS = st.lists(
    st.one_of(
        st.tuples(st.just("open"), OPEN),
        st.tuples(st.just("close"), CLOSE),
        st.tuples(st.just("text"), SHARED),
        st.tuples(st.just("text"), SECRET),
    ),
    max_size=14,
)


def assemble(tokens: list[tuple[str, str]]) -> tuple[str, list[str], list[str]]:
    """The text, the parts that must be withheld, the parts that must stay."""
    text, withheld, shared, depth = "", [], [], 0
    for kind, value in tokens:
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif depth > 0 or value.isupper():
            withheld.append(value)
        else:
            shared.append(value)
        if kind == "text" and depth == 0 and value.isupper():
            # A capital word outside markers: wrap it, so every capital is withheld.
            value = wrap_withheld(value)
        text += value
    return text, withheld, shared


@given(TOKENS)
def test_withheld_text_never_leaks_for_any_nesting(tokens: list[tuple[str, str]]) -> None:
    text, withheld, shared = assemble(tokens)
    out = withhold_passages(text)
    assert not any(c in out for c in "QXZ"), (text, out)
    # Everything outside the markers is kept, in order; each passage leaves a marker.
    assert out.replace(WITHHELD, "") == "".join(shared)
    if withheld:
        assert WITHHELD in out


@given(st.text(max_size=60))
def test_no_marker_survives_any_text(text: str) -> None:
    out = withhold_passages(text)
    assert re.search(r"\[\[/?withhold\]\]", out, re.IGNORECASE) is None
    assert withhold_passages(out) == out


@given(SHARED, SECRET)
def test_an_unclosed_marker_withholds_to_the_end(before: str, secret: str) -> None:
    out = withhold_passages(f"{before}{OPEN_MARKER}{secret}\n{secret} and more")
    assert out == before + WITHHELD


def test_examples_read_as_a_person_would_expect() -> None:
    assert withhold_passages("I felt [[withhold]]that he[[/withhold]] alone.") == (
        f"I felt {WITHHELD} alone."
    )
    spanning = "One.\n[[withhold]]two\n\nthree[[/withhold]]\nFour."
    assert withhold_passages(spanning) == f"One.\n{WITHHELD}\nFour."
    nested = "a [[withhold]]b [[withhold]]c[[/withhold]] d[[/withhold]] e"
    assert withhold_passages(nested) == f"a {WITHHELD} e"
    assert withhold_passages("stray [[/withhold]] close") == "stray  close"
    assert count_withheld("[[withhold]]x[[/withhold]] y [[withhold]]z") == 2
    assert withhold_passages("no markers [here]") == "no markers [here]"


WORD = st.text(alphabet="abcdefghijklmnoéü", min_size=2, max_size=7).filter(lambda w: w != "name")
SEPARATOR = st.sampled_from([" ", ", ", ".\n", "'s ", " — ", "!", "("])


@given(WORD, st.lists(st.tuples(st.booleans(), WORD, SEPARATOR), max_size=10))
def test_a_redacted_word_is_gone_in_any_case(word: str, parts: list[tuple[bool, str, str]]) -> None:
    pieces = []
    for index, (use_word, other, separator) in enumerate(parts):
        chosen = word if use_word else other
        cased = (chosen.upper(), chosen.title(), chosen.swapcase())[index % 3]
        pieces.append(cased + separator)
    text = "".join(pieces)
    out = redact_words(text, [word])
    whole = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    assert whole.search(out) is None, (text, out)
    for token in re.findall(r"\w+", out):
        assert token.lower() != word.lower()


@given(WORD, WORD)
def test_only_whole_words_are_redacted(word: str, suffix: str) -> None:
    longer = word + suffix
    assert redact_words(f"{longer} and {word}", [word]) == f"{longer} and {REDACTED}"


def test_redactor_cleans_names_but_not_its_own_marker() -> None:
    redactor = Redactor(words=("Mark", "passage", "Anna Lee"))
    out = redactor.clean("MARK said [[withhold]]Mark[[/withhold]]; anna lee's passage. Marker")
    assert out == f"{REDACTED} said {WITHHELD}; {REDACTED}'s {REDACTED}. Marker"
    assert (redactor.passages_withheld, redactor.names_redacted) == (1, 3)
    # A name split by a stray closing marker is still one word.
    assert Redactor(words=("Anna",)).clean("Ann[[/withhold]]a") == REDACTED


@given(TOKENS, WORD)
def test_cleaning_keeps_out_both_passages_and_names(
    tokens: list[tuple[str, str]], name: str
) -> None:
    text, _withheld, _shared = assemble(tokens)
    mixed = f"{name.title()} said: {text} ({name.upper()})"
    out = Redactor(words=(name,)).clean(mixed)
    assert not any(c in out for c in "QXZ")
    assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", out, re.IGNORECASE) is None
    assert out.startswith(REDACTED)


@given(st.text(max_size=40), st.lists(st.sampled_from(["", " ", "\t "]), max_size=3))
def test_no_names_to_redact_leaves_the_text_as_it_is(text: str, blanks: list[str]) -> None:
    assert redact_words(text, blanks) == text
    assert redact_words(text, []) == text


def test_a_longer_name_wins_over_a_shorter_one_inside_it() -> None:
    """ "Ann" alone must not take the first word of "Ann Lee" and leave "Lee" behind,
    whatever order the names were given in."""
    for names in (["Ann", "Ann Lee"], ["Ann Lee", "Ann"], ["ann", "ANN LEE", "Ann"]):
        assert (
            redact_words("Ann Lee came, then Ann.", names) == f"{REDACTED} came, then {REDACTED}."
        )
        redactor = Redactor(words=tuple(names))
        assert redactor.clean("Ann Lee came, then Ann.") == f"{REDACTED} came, then {REDACTED}."
