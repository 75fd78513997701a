"""`trustjournal export --lang CODE` (issue 22, item 6): the export speaks the language
asked for (its headings and its dates), while a JSON export stays ISO and language-free."""

from __future__ import annotations

import json
from pathlib import Path

from cli_kit import RunCli, ok


def test_export_lang_speaks_that_language(unlocked: RunCli, tmp_path: Path) -> None:
    ok(unlocked("add", "--date", "2026-03-08", "--title", "Walk", "A slow walk."))
    target = tmp_path / "notes.md"
    options = ("--from", "2026-03-08", "--to", "2026-03-08")
    ok(unlocked("export", "--lang", "pseudo", "--format", "md", "-o", str(target), *options))
    text = target.read_text(encoding="utf-8")
    assert "[Ĵöûŕñàļ ñöţéš ƒöŕ ţĥéŕàþý" in text
    assert "[Šûñđàý" in text and "[Ḿàŕçĥ" in text  # the day's names in the language too
    assert "Journal notes for therapy" not in text and "Sunday" not in text


def test_a_json_export_in_another_language_stays_iso(unlocked: RunCli, tmp_path: Path) -> None:
    ok(unlocked("add", "--date", "2026-03-08", "--title", "Walk", "A slow walk."))
    target = tmp_path / "notes.json"
    options = ("--from", "2026-03-08", "--to", "2026-03-08")
    ok(unlocked("export", "--lang", "pseudo", "--format", "json", "-o", str(target), *options))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["entries"][0]["day"] == "2026-03-08"
    assert data["entries"][0]["title"] == "Walk"
