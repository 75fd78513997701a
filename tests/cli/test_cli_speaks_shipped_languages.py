"""German and Spanish are shipped (issue 22): a system whose locale is German or Spanish
gets the command line in that language without asking, and `--lang` asks for one by name;
a catalogue that is not shipped is still not picked by the system's locale alone."""

from __future__ import annotations

import subprocess
import sys


def trustjournal_says(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "trustjournal", *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def test_a_german_system_gets_german_help(cli_env: dict[str, str]) -> None:
    result = trustjournal_says({**cli_env, "LANG": "de_DE.UTF-8"}, "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("Aufruf: trustjournal")
    assert "legt ein Tagebuch an" in result.stdout


def test_lang_es_speaks_spanish_in_a_commands_help(cli_env: dict[str, str]) -> None:
    result = trustjournal_says(cli_env, "--lang", "es", "list", "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("uso: trustjournal list")
    assert "mostrar este mensaje de ayuda y salir" in result.stdout


def test_a_spanish_system_gets_spanish_help(cli_env: dict[str, str]) -> None:
    result = trustjournal_says({**cli_env, "LC_ALL": "es_MX.UTF-8"}, "--help")
    assert result.returncode == 0 and result.stdout.startswith("uso: trustjournal")
