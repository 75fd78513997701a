"""The command line's lines in German (issue 22): a kind of moment and a mood said inside
a line keep German's capitals (no `.lower()` on a translated label), and the error for a
phase the path does not have lists the ids `path move` takes, in any language."""

from __future__ import annotations

from cli_kit import RunCli, assert_plain_failure, ok


def test_an_event_line_says_the_kind_as_german_writes_it(unlocked: RunCli) -> None:
    said = ok(unlocked("--lang", "de", "event", "--kind", "therapy", "--date", "2026-03-08", "S"))
    assert "Therapiesitzung" in said and "therapiesitzung" not in said


def test_an_entry_line_says_the_mood_word_inside_the_line(unlocked: RunCli) -> None:
    ok(unlocked("add", "--mood", "2", "--date", "2026-03-08", "A day."))
    assert "(low)" in ok(unlocked("list"))
    assert "(gedrückt)" in ok(unlocked("--lang", "de", "list"))


def test_no_such_phase_lists_the_ids_the_command_takes(unlocked: RunCli) -> None:
    ok(unlocked("settings", "role", "individual"))
    for lang in ("en", "de"):
        result = unlocked("--lang", lang, "path", "move", "atone")
        assert_plain_failure(result, "safety, grief, rebuilding")
