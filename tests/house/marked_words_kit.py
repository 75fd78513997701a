"""Finding words a person reads that are not marked for translation (issue 22, item 8).

The app and the command line say their words through gettext (docs/words.md, "Speaking
another language"). A literal string given straight to something that shows it (a Qt
text setter or constructor, one of our own builders, `print`, argparse's help) is English
under every language. This reads the code with `ast` and lists each such literal as
`path:line: text`, so tests/house/test_marked_words.py can fail on it.

A literal is fine when it is wrapped (`_("...")`, `N_("...")`, `pgettext(...)`,
`counted(...)`), when it has
no letters once its `{placeholders}` are taken out (punctuation, numbers, spaces), or when
it is on the reviewed allow list (the product's name).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

# Reviewed: words that are the same in every language (the app's name, the shape of a
# recovery code, the name the core gives a backup file).
ALLOWED = frozenset(
    {"TrustJournal", "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", "TrustJournal-backup-….tjbackup"}
)

# Qt methods whose every string argument is shown or spoken.
QT_SETTERS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setStatusTip",
        "setWhatsThis",
        "setTitle",
        "setInformativeText",
        "setDetailedText",
        "setLabelText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setTabText",
        "setTabToolTip",
        "addTab",
        "insertTab",
        "showMessage",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setButtonText",
        "setNameFilter",
        "setNameFilters",
        "setItemText",
        "addItems",
        "addRow",
        "setHtml",
        "setToolTipText",
    }
)
# Qt methods whose first string argument is the words (the others are data or names).
QT_FIRST_WORDS = frozenset({"addItem", "insertItem", "addAction", "addButton", "addMenu"})
# Qt classes whose constructor shows its string arguments.
QT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
        "QMenu",
        "QCommandLinkButton",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QInputDialog",
    }
)
# Qt calls whose words are at fixed places: QFileDialog(parent, caption, folder, filter),
# QMessageBox.question(parent, title, text, ...) and its kin.
QT_PLACED = {
    "QFileDialog": (1, 3),
    "question": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
}
# Keywords whose value a person reads, in the command line (argparse) and anywhere.
WORD_KEYWORDS = frozenset({"help", "description", "epilog", "title", "usage"})
# Parameters of our own functions that take words (label(text), button(text, tip=...)):
# a call to a function defined in the scanned code is checked at these parameters.
WORD_PARAMETERS = frozenset(
    {
        "text",
        "title",
        "caption",
        "tip",
        "accessible",
        "placeholder",
        "question",
        "help_text",
        "suffix",
        "filters",
        "heading",
        "prompt",
        "when_empty",
        "busy",
        "go",
        "message",
    }
)
# Names that hold a place a sentence names ("entry 12 (line 340)", "the folder Notes"):
# in the files that name places (the importers), a value set to one of them, given as
# one (`.format(where=...)`, `read_file(path, what)`) or returned by a property of that
# name is put into a sentence a person reads, so it is words too.
PLACE_NAMES = frozenset({"where", "what"})
# Writing to the terminal: print(...), sys.stderr.write(...), parser.error(...).
OUTPUT_CALLS = frozenset({"print"})
# How a line is put together from parts in a function that returns it.
PART_ADDERS = frozenset({"append", "extend", "insert"})
STREAM_WRITERS = frozenset({"stdout", "stderr"})

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# An option as it is typed (`--data-dir DIR`): the same in every language.
_OPTION = re.compile(r"--?[a-z][a-z-]*( [A-Z]+)?")


def has_words(text: str) -> bool:
    """A letter outside `{placeholders}`, and not a reviewed name."""
    if text.strip() in ALLOWED or _OPTION.fullmatch(text.strip()):
        return False
    return any(c.isalpha() for c in _PLACEHOLDER.sub("", text))


def unmarked_in(node: ast.expr | None) -> Iterator[tuple[int, str]]:
    """The literal words in `node` that reach a person as they are (not through `_()`)."""
    if node is None:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if has_words(node.value):
            yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        fixed = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if has_words(fixed):
            yield node.lineno, fixed
    elif isinstance(node, ast.BinOp):
        yield from unmarked_in(node.left)
        yield from unmarked_in(node.right)
    elif isinstance(node, ast.IfExp):
        yield from unmarked_in(node.body)
        yield from unmarked_in(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from unmarked_in(element)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "replace", "strip", "upper", "lower")
    ):
        yield from unmarked_in(node.func.value)


def called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _is_stream_write(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "write"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in STREAM_WRITERS
    )


def word_parameters(trees: Iterable[ast.Module]) -> dict[str, tuple[set[int], set[str]]]:
    """For each function defined in `trees`, the positions and names of its word parameters."""
    found: dict[str, tuple[set[int], set[str]]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            positional = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
            if positional and positional[0] in ("self", "cls"):
                positional = positional[1:]
            names = [*positional, *(a.arg for a in node.args.kwonlyargs)]
            places, keywords = found.setdefault(node.name, (set(), set()))
            places.update(i for i, name in enumerate(positional) if name in WORD_PARAMETERS)
            keywords.update(name for name in names if name in WORD_PARAMETERS)
    return found


def _is_marked_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and called_name(node) in ("_", "N_", "pgettext")


def _first_literal(args: list[ast.expr]) -> list[ast.expr]:
    """The first argument that is words: a literal, or words already marked (`addItem(
    _("High contrast"), "contrast-light")` says the first; the second is data)."""
    kinds = ast.Constant | ast.JoinedStr | ast.BinOp
    words = [a for a in args if isinstance(a, kinds) or _is_marked_call(a)]
    words = [a for a in words if not isinstance(a, ast.Constant) or isinstance(a.value, str)]
    return [a for a in words[:1] if not _is_marked_call(a)]


def shown_arguments(
    call: ast.Call, ours: dict[str, tuple[set[int], set[str]]], terminal: bool
) -> list[ast.expr]:
    """The arguments of `call` that a person reads."""
    name = called_name(call)
    shown: list[ast.expr] = [k.value for k in call.keywords if k.arg in WORD_KEYWORDS]
    if name in QT_SETTERS or name in QT_CONSTRUCTORS:
        shown += call.args
    elif name in QT_FIRST_WORDS:
        shown += _first_literal(call.args)
    elif name in QT_PLACED:
        shown += [a for i, a in enumerate(call.args) if i in QT_PLACED[name]]
    elif name in ours:
        places, keywords = ours[name]
        shown += [a for i, a in enumerate(call.args) if i in places]
        shown += [k.value for k in call.keywords if k.arg in keywords]
    if terminal and (name in OUTPUT_CALLS or name == "error" or _is_stream_write(call)):
        shown += call.args
    return shown


def returned_words(tree: ast.Module) -> Iterator[ast.expr]:
    """The words the functions of a command-line module build into the text they return
    or yield: a line made there (`return f"review {day}"`) is printed by its caller, so
    it is read as shown, and so are the pieces it is made of (a local set to words, an
    `append`ed part, the `or` of an empty value). Only functions said to return text
    (`-> str`, `-> Iterator[str]`) are read, so ids and paths returned by others are not
    taken for words."""
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not _returns_text(function):
            continue
        for node in _own_nodes(function):
            if isinstance(node, ast.Return | ast.Yield | ast.Assign) and node.value is not None:
                yield node.value
            elif isinstance(node, ast.BoolOp):
                yield from node.values
            elif isinstance(node, ast.Call) and called_name(node) in PART_ADDERS:
                yield from node.args


def place_parameters(trees: Iterable[ast.Module]) -> dict[str, set[int]]:
    """For each function defined in `trees`, the positions of its parameters that take a
    place (see PLACE_NAMES)."""
    found: dict[str, set[int]] = {}
    for node in (n for tree in trees for n in ast.walk(tree)):
        if isinstance(node, ast.FunctionDef):
            names = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
            names = names[1:] if names and names[0] in ("self", "cls") else names
            places = found.setdefault(node.name, set())
            places.update(i for i, name in enumerate(names) if name in PLACE_NAMES)
    return found


def named_places(tree: ast.Module, parameters: dict[str, set[int]]) -> Iterator[ast.expr]:
    """The values that name a place for a sentence (see PLACE_NAMES)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id in PLACE_NAMES for target in node.targets
        ):
            yield node.value
        elif isinstance(node, ast.Call):
            yield from (k.value for k in node.keywords if k.arg in PLACE_NAMES)
            places = parameters.get(called_name(node), set())
            yield from (a for i, a in enumerate(node.args) if i in places)
        elif isinstance(node, ast.FunctionDef) and node.name in PLACE_NAMES:
            yield from (n.value for n in _own_nodes(node) if isinstance(n, ast.Return) and n.value)


def _returns_text(function: ast.FunctionDef) -> bool:
    returns = function.returns
    return returns is not None and "str" in ast.unparse(returns)


def _own_nodes(function: ast.FunctionDef) -> Iterator[ast.AST]:
    """The nodes of `function` outside any function or lambda defined inside it."""
    waiting: list[ast.AST] = list(function.body)
    while waiting:
        node = waiting.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            waiting += ast.iter_child_nodes(node)


def unmarked_words(
    paths: Iterable[Path], root: Path, terminal: Iterable[Path] = (), naming: Iterable[Path] = ()
) -> list[str]:
    """Every unmarked literal a person reads in `paths`, as `path:line: text`.
    Files in `terminal` also count what they print and write to a stream, and what
    their functions return or yield as text; files in `naming` the places they name."""
    sources = {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    ours = word_parameters(sources.values())
    naming_files = set(naming)
    places = place_parameters(t for p, t in sources.items() if p in naming_files)
    terminal_files = set(terminal)
    found: list[str] = []
    for path, tree in sources.items():
        place = path.relative_to(root).as_posix()
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            for argument in shown_arguments(call, ours, path in terminal_files):
                found += [f"{place}:{line}: {text!r}" for line, text in unmarked_in(argument)]
        for value in named_places(tree, places) if path in naming_files else ():
            found += [f"{place}:{line}: {text!r}" for line, text in unmarked_in(value)]
        if path in terminal_files:
            for value in returned_words(tree):
                found += [f"{place}:{line}: {text!r}" for line, text in unmarked_in(value)]
    return sorted(set(found))
