"""The command line: a second client of the same core as the desktop app."""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import os
import sys
import types
from collections.abc import Sequence

from trustjournal import __version__
from trustjournal.cli import texts
from trustjournal.cli.context import Context, default_data_dir
from trustjournal.cli.terminal import stdin
from trustjournal.core.errors import as_plain_error
from trustjournal.core.hardening import harden_process
from trustjournal.core.language import speaking

# Each module adds its subcommands, and here says which: a command loads only its own
# module (loading all of them, the export stack and every importer among them, was a
# tenth of a second of every command). A new group of commands is one more line here;
# tests/cli/test_cli_commands_load_lazily.py holds these names to what each module adds.
COMMANDS_OF: dict[str, tuple[str, ...]] = {
    "vault_commands": ("init", "passwd", "recover", "recovery-code", "doctor"),
    "backup_commands": ("backup", "restore", "rekey"),
    "entry_commands": ("add", "list"),
    "trust_commands": ("timeline", "prompt", "prompts", "checkin", "event", "agreement"),
    "settings_commands": ("settings",),
    "export_commands": ("export",),
    "import_commands": ("import",),
    "inbox_commands": ("capture", "inbox"),
    "recovery.path_commands": ("path", "score"),
    "attachment_commands": ("attach", "attachments"),
    "recovery.disclosure_commands": ("disclosure", "letter"),
}
_MODULE_OF = {command: module for module, commands in COMMANDS_OF.items() for command in commands}
# Options before the command's name, and whether each takes a value (see _add_global_options).
_LEADING_OPTIONS = {
    "--data-dir": True,
    "--passphrase-fd": True,
    "--lang": True,
    "--check-start": False,
}


def command_modules(argv: Sequence[str] | None = None) -> list[types.ModuleType]:
    """The modules whose commands `argv` may name: the one that adds its command, or
    every module when that cannot be told for sure (help, an unknown or abbreviated
    option before the command, no command at all), so argparse says what it always said.
    Without `argv`, every module."""
    command = None if argv is None else _command_named(argv)
    names = [_MODULE_OF[command]] if command in _MODULE_OF else list(COMMANDS_OF)
    return [importlib.import_module(f"trustjournal.cli.{name}") for name in names]


def _command_named(argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not a leading option or its value."""
    words = iter(argv)
    for word in words:
        option = word.split("=", 1)[0]
        if not word.startswith("-"):
            return word
        if option not in _LEADING_OPTIONS:
            return None  # -h, --version, an abbreviation: argparse decides, with everything
        if _LEADING_OPTIONS[option] and "=" not in word:
            next(words, None)
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; given `argv`, with only the commands it may name
    (the same parse of that `argv`, loaded in a fraction of the time)."""
    parser = argparse.ArgumentParser(
        prog="trustjournal",
        usage=texts.USAGE,
        description=texts.COMMANDS + texts.ATTACHMENT_COMMANDS,
        epilog=texts.options() + "\n" + texts.EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=argparse.SUPPRESS)
    parser.add_argument(
        "--version", action="version", version=f"TrustJournal {__version__}", help=argparse.SUPPRESS
    )
    # For packagers: open the app until its first window shows, name that window, and close.
    parser.add_argument("--check-start", action="store_true", help=argparse.SUPPRESS)
    # For the desktop entry's "New note": the capture window alone, the journal left locked.
    parser.add_argument("--capture", action="store_true", help=argparse.SUPPRESS)
    _add_global_options(parser, default=None)
    # The same options are also understood after the command's name.
    after_command = argparse.ArgumentParser(add_help=False)
    _add_global_options(after_command, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", help=argparse.SUPPRESS, prog="trustjournal"
    )
    commands.add_parser = functools.partial(commands.add_parser, parents=[after_command])  # type: ignore[method-assign]
    for module in command_modules(argv):
        module.register(commands)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    # The main help prints these in its own OPTIONS block; each command's help lists them.
    shown = default is argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=texts.DATA_DIR_OPTION if shown else argparse.SUPPRESS,
    )
    parser.add_argument(
        "--passphrase-fd",
        metavar="N",
        type=int,
        default=default,
        help=texts.DESCRIPTOR_OPTION if shown else argparse.SUPPRESS,
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=default,
        help=texts.LANG_OPTION if shown else argparse.SUPPRESS,
    )


def choose_language(argv: Sequence[str] | None) -> None:
    """Speak the language asked for before any word is said (`--help` included)."""
    problem = speaking.choose(lang_asked(sys.argv[1:] if argv is None else argv), os.environ)
    argparse_speaks_ours()
    if problem is not None:
        print(problem, file=sys.stderr)


def argparse_speaks_ours() -> None:
    """argparse's own words ("usage:", "options:", its errors) in the chosen language.

    argparse says them through the `_` and `ngettext` it imported from gettext, which read
    the system's catalogues for the domain `argparse` and know nothing of `--lang`; ours
    hold them (cli/texts.py, ARGPARSE_WORDS) and follow the language chosen."""
    vars(argparse).update(_=speaking._, ngettext=speaking.plural)


def lang_asked(argv: Sequence[str]) -> str | None:
    """The value of `--lang` anywhere before `--`; the parser itself checks the rest."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before any secret is read: no core dumps holding the key
    choose_language(argv)
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        return open_desktop_app(arguments)
    context = Context.from_arguments(arguments)
    try:
        stdin.resolve(arguments)
        result: int = arguments.run(context, arguments)
        sys.stdout.flush()  # a reader gone shows here, not in the interpreter's last flush
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        return _fail(texts.STOPPED, status=130)
    except Exception as error:  # the last word must stay one plain line
        return _fail(str(as_plain_error(error)))
    return result


def _reader_gone() -> int:
    """`trustjournal prompts | head -1`: the reader had enough, which is no error.

    Standard output is pointed at /dev/null so the interpreter's own flush at exit finds
    nothing left to write and says nothing either (as Python's documentation advises).
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return 0


def _fail(message: str, status: int = 1) -> int:
    print(message, file=sys.stderr)
    return status


def open_desktop_app(arguments: argparse.Namespace) -> int:
    from trustjournal.ui.shell.guards.display_check import why_no_window  # imports no Qt

    # Qt aborts the process when it cannot show a window; say why first, in one sentence.
    problem = why_no_window()
    if problem is not None:
        return _fail(problem)
    data_dir = arguments.data_dir or default_data_dir()
    if arguments.capture:
        from trustjournal.ui.shell.capture.standalone import run as run_capture

        return run_capture(data_dir, check_start=arguments.check_start, lang=arguments.lang)
    from trustjournal.ui.shell.app import run  # Qt is imported only when the app is wanted

    return run(data_dir, check_start=arguments.check_start, lang=arguments.lang)
