"""The command line speaks the chosen language (`--lang CODE`, then the environment):
under the pseudo-locale no marked English sentence is left in what it prints, and a
language it cannot speak is English with one line on stderr."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from cli_kit import RunCli

import trustjournal
from trustjournal.cli import lang_asked
from trustjournal.core.language.catalogue import extract

ROOT = Path(trustjournal.__file__).resolve().parents[1]
FIELDS = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sd]|\n")


def trustjournal_says(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "trustjournal", *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def marked_pieces() -> set[str]:
    """Each marked sentence's runs of words between its placeholders and line breaks."""
    pieces = set()
    for message in extract(ROOT):
        for text in (message.msgid, message.plural or ""):
            pieces |= {p.strip() for p in FIELDS.split(text) if len(p.strip()) >= 12}
    return pieces


def english_left(english: str, pseudo: str) -> tuple[list[str], list[str]]:
    shown = [p for p in marked_pieces() if p in english]
    return shown, [p for p in shown if p in pseudo]


def test_help_under_pseudo_leaves_no_marked_english(cli_env: dict[str, str]) -> None:
    english = trustjournal_says(cli_env, "--lang", "en", "--help")
    pseudo = trustjournal_says(cli_env, "--lang", "pseudo", "--help")
    assert english.returncode == pseudo.returncode == 0
    shown, left = english_left(english.stdout, pseudo.stdout)
    assert len(shown) > 20 and not left
    assert "Ḿöṽîñĝ ţö à ñéŵ çöḿþûţéŕ" in pseudo.stdout


def test_an_error_under_pseudo_leaves_no_marked_english(
    cli_env: dict[str, str], run_cli: RunCli
) -> None:
    english = run_cli("--lang", "en", "list", secrets=["a passphrase"])
    cli_env["TRUSTJOURNAL_LANG"] = "pseudo"
    pseudo = run_cli("list", secrets=["a passphrase"])
    assert english.returncode == pseudo.returncode == 1
    shown, left = english_left(english.stderr, pseudo.stderr)
    assert shown and not left
    assert pseudo.stderr.startswith("[Ţĥéŕé îš ñö ĵöûŕñàļ")


def test_a_language_it_cannot_speak_is_english_with_one_line(cli_env: dict[str, str]) -> None:
    result = trustjournal_says(cli_env, "--lang", "xx", "--help")
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1 and "'xx'" in result.stderr
    assert "Moving to a new computer" in result.stdout


def test_a_system_language_not_offered_yet_says_nothing(cli_env: dict[str, str]) -> None:
    result = trustjournal_says({**cli_env, "LC_ALL": "fr_FR.UTF-8"}, "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert "Moving to a new computer" in result.stdout


def test_lang_is_found_before_or_after_the_command_but_not_after_two_dashes() -> None:
    assert lang_asked(["--lang", "de", "list"]) == "de"
    assert lang_asked(["list", "--lang=es", "-n", "2"]) == "es"
    assert lang_asked(["add", "--", "--lang", "de"]) is None
    assert lang_asked(["list", "--lang"]) is None


def test_lang_after_the_command_is_spoken(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = trustjournal_says(
        cli_env, "--data-dir", str(tmp_path), "list", "--help", "--lang", "pseudo"
    )
    assert result.returncode == 0 and "[" in result.stdout and "--lang CODE" in result.stdout
