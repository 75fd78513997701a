"""argparse's own words ("usage:", "options:", "show this help message and exit", its
error prefix) come from our catalogue in the chosen language (issue 22): under the
pseudo-locale none of them is left in English."""

from __future__ import annotations

import subprocess
import sys

ARGPARSE_ENGLISH = ("usage:", "options:", "show this help message and exit", "error:")


def trustjournal_says(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "trustjournal", *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def test_a_commands_help_speaks_argparses_words_in_the_language(cli_env: dict[str, str]) -> None:
    english = trustjournal_says(cli_env, "--lang", "en", "list", "--help")
    pseudo = trustjournal_says(cli_env, "--lang", "pseudo", "list", "--help")
    assert "usage:" in english.stdout and "show this help message and exit" in english.stdout
    assert "[ûšàĝé: " in pseudo.stdout and "[šĥöŵ ţĥîš ĥéļþ ḿéššàĝé àñđ éẋîţ" in pseudo.stdout
    assert not [words for words in ARGPARSE_ENGLISH if words in pseudo.stdout]


def test_an_argparse_error_speaks_the_language(cli_env: dict[str, str]) -> None:
    pseudo = trustjournal_says(cli_env, "--lang", "pseudo", "list", "--no-such-option")
    assert pseudo.returncode == 2
    assert "[ûñŕéçöĝñîžéđ àŕĝûḿéñţš: --no-such-option" in pseudo.stderr
    assert not [words for words in ARGPARSE_ENGLISH if words in pseudo.stderr]
