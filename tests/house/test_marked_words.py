"""Every word the app and the command line show is marked for translation (issue 22,
item 8; docs/words.md "Speaking another language").

The lint (marked_words_kit.py) reads `trustjournal/ui/**` and `trustjournal/cli/**` and
fails on a literal string a person reads that does not go through `_()`: given to a Qt
text setter or constructor, to one of our builders' word parameters, printed or written
to a terminal stream, given to argparse as help, or (in cli/) built into a line that a
function returns or yields. Each failure says `path:line: text`.
"""

from __future__ import annotations

import ast
from pathlib import Path

from marked_words_kit import unmarked_words

import trustjournal
from trustjournal.core.language.catalogue import is_spoken

ROOT = Path(trustjournal.__file__).resolve().parents[1]
PACKAGE = ROOT / "trustjournal"
# Rooms another branch (h-mark_rooms) is marking at the same time: the integrator empties
# this at the merge that brings both, and the lint then covers every room.
ROOMS_BEING_MARKED: tuple[str, ...] = ()


def watched(root: Path = ROOT) -> list[Path]:
    ui = (root / "trustjournal" / "ui").rglob("*.py")
    paths = [*ui, *cli_files(root), *importer_files(root), *core_texts(root)]
    return [
        p
        for p in sorted(paths)
        if not p.relative_to(root).as_posix().startswith(ROOMS_BEING_MARKED)
    ]


def cli_files(root: Path = ROOT) -> list[Path]:
    return sorted((root / "trustjournal" / "cli").rglob("*.py"))


def importer_files(root: Path = ROOT) -> list[Path]:
    """The importers: they name the places their sentences speak of (`{where}`)."""
    return sorted((root / "trustjournal" / "core" / "exchange" / "importers").rglob("*.py"))


def core_texts(root: Path = ROOT) -> list[Path]:
    """The core's texts modules: their constants are marked by `spoken()`, but a line a
    function there builds and returns is read as shown, as in cli/."""
    core = root / "trustjournal" / "core"
    return sorted({*core.rglob("texts.py"), *core.rglob("texts/*.py")})


def test_every_word_the_app_and_the_command_line_show_is_marked() -> None:
    terminal = [*cli_files(), *core_texts()]
    found = unmarked_words(watched(), ROOT, terminal=terminal, naming=importer_files())
    assert not found, "not marked for translation:\n" + "\n".join(found)


def plant(tmp_path: Path, where: str, source: str) -> Path:
    path = tmp_path / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return path


def test_an_unmarked_label_and_an_unmarked_print_are_found(tmp_path: Path) -> None:
    ui = plant(
        tmp_path,
        "trustjournal/ui/shell/hello.py",
        "from trustjournal.ui.qt import QtWidgets\n"
        "def greet() -> None:\n"
        "    QtWidgets.QLabel(_('Hello.'))\n"
        "    QtWidgets.QLabel('Hello there')\n",
    )
    cli = plant(tmp_path, "trustjournal/cli/done.py", 'print(_("Saved."))\nprint("Done.")\n')
    found = unmarked_words([ui, cli], tmp_path, terminal=[cli])
    assert found == [
        "trustjournal/cli/done.py:2: 'Done.'",
        "trustjournal/ui/shell/hello.py:4: 'Hello there'",
    ]


def test_setters_builders_argparse_and_streams_are_read(tmp_path: Path) -> None:
    source = (
        "def label(text: str, role: str = '', name: str = '') -> None: ...\n"
        "def button(text: str, name: str, *, tip: str = '') -> None: ...\n"
        "widget.setToolTip(f'Saved at {when}')\n"
        "widget.setWindowTitle('Settings' if a else _('Other'))\n"
        "box.addItem('Every day', 'daily')\n"
        "QtWidgets.QMessageBox.question(parent, 'Delete?', question)\n"
        "label('Where you are', 'muted', 'placeName')\n"
        "button(_('Save'), 'saveButton', tip='Keeps it')\n"
        "parser.add_argument('--lang', help='The language')\n"
        "sys.stderr.write('Oops\\n')\n"
    )
    assert unmarked_in_command_line(tmp_path, "many.py", source) == [
        "'Delete?'",
        "'Every day'",
        "'Keeps it'",
        "'Oops\\n'",
        "'Saved at '",
        "'Settings'",
        "'The language'",
        "'Where you are'",
    ]


def test_marked_empty_punctuation_names_and_allowed_words_pass(tmp_path: Path) -> None:
    source = (
        "def label(text: str, role: str = '', name: str = '') -> None: ...\n"
        "label('', 'muted', 'emptyName')\n"
        "label('…')\n"
        "label(f'{count} / {total}')\n"
        "label(_('Fine.').format(n=1))\n"
        "widget.setWindowTitle('TrustJournal')\n"
        "widget.setObjectName('lockScreen')\n"
        "QIcon.fromTheme('document-save')\n"
        "combo.addItem(_('High contrast, light'), 'contrast-light')\n"
        "print('Not the command line, so not read.')\n"
    )
    path = plant(tmp_path, "trustjournal/ui/fine.py", source)
    assert unmarked_words([path], tmp_path) == []


def test_the_rooms_being_marked_are_only_the_two_named() -> None:
    left_out = {p.relative_to(ROOT).parts[:3] for p in PACKAGE.rglob("*.py")} - {
        p.relative_to(ROOT).parts[:3] for p in watched()
    }
    rooms = {"/".join(parts) + "/" for parts in left_out if parts[1] in ("ui", "cli")}
    assert rooms <= set(ROOMS_BEING_MARKED)


def test_the_shell_texts_are_spoken() -> None:
    source = (PACKAGE / "ui" / "shell" / "texts.py").read_text(encoding="utf-8")
    assert is_spoken(ast.parse(source))


def test_lines_a_command_line_function_returns_or_yields_are_read(tmp_path: Path) -> None:
    source = (
        "from collections.abc import Iterator\n"
        "def review(day: str) -> str:\n"
        "    return f'review {day}'\n"
        "def lines(start: str) -> Iterator[str]:\n"
        "    yield _('Your timeline from {start}').format(start=start)\n"
        "    yield 'Nothing recorded yet.'\n"
        "    yield f'  {start}  '\n"
        "def marked(answer: str) -> str:\n"
        "    return _('needs met: {answer}').format(answer=answer)\n"
        "def key(name: str) -> str:\n"
        "    def inner() -> int:\n"
        "        return 'not text, not read'  # type: ignore\n"
        "    return name\n"
        "def path_of(name: str) -> object:\n"
        "    return 'a path, not text'\n"
        "def checkin(scores: str, met: str) -> str:\n"
        "    parts = ['check-in', scores or 'no scores', '--lang CODE']\n"
        "    parts.append(f'needs met: {met}')\n"
        "    review = f'review {met}' if met else _('no review date')\n"
        "    return '  '.join([*parts, review])\n"
    )
    assert unmarked_in_command_line(tmp_path, "lines.py", source) == [
        "'Nothing recorded yet.'",
        "'check-in'",
        "'needs met: '",
        "'no scores'",
        "'review '",  # the first function's
        "'review '",  # the last one's
    ]
    path = plant(tmp_path, "trustjournal/cli/lines.py", source)
    assert unmarked_words([path], tmp_path) == []  # not taken as terminal output: not read


def unmarked_in_command_line(tmp_path: Path, name: str, source: str) -> list[str]:
    """The unmarked words the lint finds in `source` as a command-line module, sorted,
    without their place."""
    path = plant(tmp_path, f"trustjournal/cli/{name}", source)
    found = unmarked_words([path], tmp_path, terminal=[path])
    return sorted(line.split(": ", 1)[1] for line in found)


def test_the_places_an_importer_names_and_a_texts_modules_lines_are_read(
    tmp_path: Path,
) -> None:
    importer = plant(
        tmp_path,
        "trustjournal/core/exchange/importers/diary.py",
        "def read_file(path: str, what: str) -> bytes: ...\n"
        "def entries(name: str, number: int) -> None:\n"
        "    what = f'the diary {name}'\n"
        "    where = _('entry {number}').format(number=number)\n"
        "    read_file(name, f'The file {name}')\n"
        "    raise Bad(SENTENCE.format(where=f'line {number}'))\n"
        "class Part:\n"
        "    @property\n"
        "    def where(self) -> str:\n"
        "        return f'entry {self.number} (line {self.line})'\n"
        "    def key(self) -> str:\n"
        "        return f'uuid:{self.number}'\n",
    )
    texts = plant(
        tmp_path,
        "trustjournal/core/exchange/texts/done.py",
        "def done_lines(path: str) -> list[str]:\n"
        "    return [_('Imported.'), f'The source is still at {path}.']\n",
    )
    found = unmarked_words([importer, texts], tmp_path, terminal=[texts], naming=[importer])
    assert sorted(line.split(": ", 1)[1] for line in found) == [
        "'The file '",
        "'The source is still at .'",
        "'entry  (line )'",
        "'line '",
        "'the diary '",
    ]
    assert unmarked_words([importer], tmp_path) == []  # a place is read only where named
