"""settings: the journal's own settings, and the two the prompts follow (who is writing and
roughly where they are), set with the same values as the app's Settings."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TypeAlias

from trustjournal.cli import texts
from trustjournal.cli.context import Context
from trustjournal.core.exchange.texts.dates import day_and_time
from trustjournal.core.journal.backups import LAST, last_backup
from trustjournal.core.language.speaking import _
from trustjournal.core.settings import DECLARED, Settings

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

# The command line says "unsaid" for a role, as it does for a phase; the journal keeps
# "any" for it (the prompts' own word for "for anyone").
ROLE_KEY, PHASE_KEY = "prompt_role", "recovery_phase"
ROLE_VALUES = {"hurt": "hurt", "involved": "involved", "individual": "individual", "unsaid": "any"}
PHASE_VALUES = tuple(DECLARED[PHASE_KEY].choices)  # early, middle, later, unsaid
NAMES = {ROLE_KEY: "role", PHASE_KEY: "phase"}


def register(commands: Commands) -> None:
    settings = commands.add_parser("settings", help=_("the journal's own settings"))
    settings.add_argument("--json", action="store_true", help=_("print one JSON object instead"))
    settings.set_defaults(run=run_list)
    which = settings.add_subparsers(dest="setting", metavar="SETTING")
    role = which.add_parser("role", help=_("who is writing: the prompts follow it"))
    role.add_argument(
        "value", choices=tuple(ROLE_VALUES), metavar="ROLE", help="|".join(ROLE_VALUES)
    )
    role.set_defaults(run=run_role)
    phase = which.add_parser("phase", help=_("roughly where you are: the prompts follow it"))
    phase.add_argument("value", choices=PHASE_VALUES, metavar="PHASE", help="|".join(PHASE_VALUES))
    phase.set_defaults(run=run_phase)


def run_list(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        values = listed(journal.settings)
        last = last_backup(journal.settings)
    if arguments.json:
        json.dump(values, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if last is not None:  # stored as "ISO-moment path"; said as a person reads a moment
        values[LAST] = f"{day_and_time(last.made_at.astimezone())}  {last.path}"
    width = max(len(name) for name in values)
    for name, value in values.items():
        print(f"{name:<{width}}  {shown(value)}")
    return 0


def listed(settings: Settings) -> dict[str, Any]:
    """Every setting the journal keeps, by the names this command uses, role and phase
    first, with the values the command line takes."""
    values: dict[str, Any] = {
        "role": role_name(settings.prompt_role),
        "phase": settings.recovery_phase,
    }
    for key in DECLARED:
        if key not in NAMES:
            values[key] = settings.get(key)
    return values


def role_name(stored: str) -> str:
    return next(name for name, value in ROLE_VALUES.items() if value == stored)


def shown(value: Any) -> str:
    """One setting's value on a line: lists as words, switches as on or off."""
    if isinstance(value, bool):
        return _("on") if value else _("off")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return str(value) or _("(none)")


def run_role(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        journal.settings.change(ROLE_KEY, ROLE_VALUES[arguments.value])
    print(texts.role_set(arguments.value))
    return 0


def run_phase(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        journal.settings.change(PHASE_KEY, arguments.value)
    print(texts.phase_set(arguments.value))
    return 0
