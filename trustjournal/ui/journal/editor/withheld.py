"""Passages kept out of exports, shown styled in the editor and the preview, never as markup.

The vault stores such a passage between `[[withhold]]` markers (core/exchange/redaction).
In the editor the markers are taken out and the passage carries a character format
instead: a property that says "withheld", a muted background and a dotted underline.
Saving turns the formatted runs back into markers, so the stored text keeps them, and
since a format change is an ordinary edit, Undo and Redo take it back and forth too.
"""

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.core.exchange.redaction import Piece, passages, with_markers, without_markers
from trustjournal.ui.journal import texts
from trustjournal.ui.qt import Qt, QtCore, QtGui

WITHHELD_PROPERTY = int(QtGui.QTextFormat.Property.UserProperty) + 1
# The clipboard's copy with its markers, read only by this app: pasted here, a passage
# kept out of exports stays kept out. Other apps get the plain words, never the markup.
PASSAGE_MIME = "application/x-trustjournal-passage"
OPEN_SENTINEL, CLOSE_SENTINEL = "\ue000", "\ue001"  # private use: never typed, never shown
_Role = QtGui.QPalette.ColorRole


def withheld_format(palette: QtGui.QPalette) -> QtGui.QTextCharFormat:
    """A muted background and a dotted underline: visible in light and dark, calm."""
    chars = QtGui.QTextCharFormat()
    chars.setProperty(WITHHELD_PROPERTY, True)
    tint = QtGui.QColor(palette.color(_Role.PlaceholderText))
    tint.setAlphaF(0.22)
    chars.setBackground(tint)
    chars.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.DotLine)
    chars.setUnderlineColor(palette.color(_Role.PlaceholderText))
    chars.setToolTip(texts.WITHHELD_TIP)
    return chars


def shared_format() -> QtGui.QTextCharFormat:
    """What undoes `withheld_format`: no property, no background, no underline."""
    chars = QtGui.QTextCharFormat()
    chars.setProperty(WITHHELD_PROPERTY, False)
    chars.setBackground(QtGui.QBrush(Qt.BrushStyle.NoBrush))
    chars.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.NoUnderline)
    chars.setToolTip("")
    return chars


def is_withheld(chars: QtGui.QTextCharFormat) -> bool:
    return bool(chars.boolProperty(WITHHELD_PROPERTY))


def shown_text(stored: str) -> tuple[str, list[Piece]]:
    """The text without markers, and its runs, for `mark_runs` after it is shown."""
    runs = passages(stored)
    return "".join(run.text for run in runs), runs


def mark_runs(
    document: QtGui.QTextDocument, runs: Iterable[Piece], palette: QtGui.QPalette
) -> bool:
    """Give each withheld run its format; the document must hold the runs' text. True when
    any run was withheld."""
    cursor = QtGui.QTextCursor(document)
    chars = withheld_format(palette)
    position, marked = 0, False
    for run in runs:
        if run.withheld:
            cursor.setPosition(position)
            cursor.setPosition(position + len(run.text), QtGui.QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(chars)
            marked = True
        position += len(run.text)
    return marked


def stored_text(document: QtGui.QTextDocument) -> str:
    """The document's text with each withheld run between markers again.

    A line break between two withheld pieces belongs to the passage (a selection over
    several paragraphs is one passage); anywhere else it is shared."""
    runs: list[Piece] = []
    breaks, previous = 0, False
    block = document.begin()
    while block.isValid():
        if block != document.begin():
            breaks += 1
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            withheld = is_withheld(fragment.charFormat())
            if breaks:
                runs.append(Piece("\n" * breaks, withheld and previous))
                breaks = 0
            runs.append(Piece(_plain(fragment.text()), withheld))
            previous = withheld
            fragments += 1
        block = block.next()
    if breaks:
        runs.append(Piece("\n" * breaks))
    return with_markers(runs)


def _plain(text: str) -> str:
    """As QPlainTextEdit.toPlainText gives it: line breaks as newlines, plain spaces."""
    return text.replace("\u2028", "\n").replace("\u00a0", " ")


def with_sentinels(stored: str) -> str:
    """The text with each withheld run between two private-use characters, for a preview
    that renders the Markdown first and styles the passages after (`style_sentinels`)."""
    return "".join(
        f"{OPEN_SENTINEL}{run.text}{CLOSE_SENTINEL}" if run.withheld else run.text
        for run in passages(stored)
    )


def style_sentinels(document: QtGui.QTextDocument, palette: QtGui.QPalette) -> None:
    """Style what lies between the sentinels as withheld, then take the sentinels out."""
    chars = withheld_format(palette)
    edit = QtGui.QTextCursor(document)
    edit.beginEditBlock()  # one layout after all the changes
    cursor = QtGui.QTextCursor(document)
    while True:
        opening = document.find(OPEN_SENTINEL, cursor)
        if opening.isNull():
            break
        closing = document.find(CLOSE_SENTINEL, opening)
        end = closing.selectionStart() if not closing.isNull() else document.characterCount() - 1
        passage = QtGui.QTextCursor(document)
        passage.setPosition(opening.selectionEnd())
        passage.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        passage.mergeCharFormat(chars)
        if not closing.isNull():
            closing.removeSelectedText()
        opening.removeSelectedText()
        cursor = opening
    stray = document.find(CLOSE_SENTINEL)
    while not stray.isNull():
        stray.removeSelectedText()
        stray = document.find(CLOSE_SENTINEL, stray)
    edit.endEditBlock()


# -- copy, cut, paste and drag -------------------------------------------------------------


def selection_mime(selection: QtGui.QTextCursor) -> QtCore.QMimeData:
    """The selected words for the clipboard or a drag: plain for every app, and with the
    markers of their withheld passages for this one."""
    copy = QtGui.QTextDocument()
    QtGui.QTextCursor(copy).insertFragment(selection.selection())
    stored = stored_text(copy)
    data = QtCore.QMimeData()
    data.setText(without_markers(stored))
    if stored != data.text():
        data.setData(PASSAGE_MIME, QtCore.QByteArray(stored.encode("utf-8")))
    return data


def pasted_runs(source: QtCore.QMimeData) -> list[Piece] | None:
    """What pasting or dropping `source` inserts, as runs, when it holds withheld passages
    (from this app, or typed elsewhere between markers); None for ordinary text."""
    if source.hasFormat(PASSAGE_MIME):
        stored = bytes(source.data(PASSAGE_MIME).data()).decode("utf-8", errors="replace")
    elif source.hasText():
        stored = source.text()
    else:
        return None
    runs = passages(stored)
    if not any(run.withheld for run in runs) and stored == source.text():
        return None
    return runs


def insert_runs(cursor: QtGui.QTextCursor, runs: Iterable[Piece], palette: QtGui.QPalette) -> bool:
    """Insert the runs at the cursor as one undo step, withheld ones styled, the others
    shared. True when any run was withheld."""
    withheld, shared = withheld_format(palette), shared_format()
    marked = False
    cursor.beginEditBlock()
    for run in runs:
        cursor.insertText(run.text, withheld if run.withheld else shared)
        marked = marked or run.withheld
    cursor.endEditBlock()
    return marked
