"""The editor's row under the title: the day, "Private entry", "Bring to therapy" and the
"?" that explains them. (That they fit one line at every size: test_layout_journal.py.)"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustjournal.ui.journal.editor.entry_editor import EntryEditor
from trustjournal.ui.journal.editor.help import GAP
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtWidgets


def _place(widget: QtWidgets.QWidget, editor: EntryEditor) -> QtCore.QRect:
    return QtCore.QRect(widget.mapTo(editor, QtCore.QPoint(0, 0)), widget.size())


def test_the_question_mark_never_wraps_away_from_its_choice(
    page: JournalPage, qtbot: QtBot
) -> None:
    """However narrow the editor, the "?" sits just after "Bring to therapy", on its line,
    and nothing in the row runs past the editor's edge."""
    editor = page.editor
    page.new_entry()
    widths_seen = set()
    narrowest = page.minimumSizeHint().width()
    for width in range(narrowest, narrowest + 760, 6):  # the editor about 360 to 1100 px wide
        page.resize(width, 800)
        qtbot.waitUntil(lambda width=width: page.width() == width)
        QtCore.QCoreApplication.processEvents()
        widths_seen.add(editor.width())
        discuss, explain = _place(editor.discuss, editor), _place(editor.explain_button, editor)
        at = f"with the editor {editor.width()} px wide"
        assert abs(explain.center().y() - discuss.center().y()) <= 1, f"the '?' wrapped {at}"
        assert explain.left() - discuss.right() - 1 == GAP, f"the '?' moved away {at}"
        for widget in (editor.day, editor.private, editor.discuss, editor.explain_button):
            assert _place(widget, editor).right() < editor.width(), f"{widget.objectName()} {at}"
    assert min(widths_seen) < 480 and max(widths_seen) > 1000  # narrow enough to wrap, and wide


def test_tab_reaches_both_privacy_choices_and_their_explanation_in_reading_order(
    page: JournalPage,
) -> None:
    page.new_entry()
    order = []
    widget: QtWidgets.QWidget = page.editor.title
    while len(order) < 8:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    names = [name for name in order if not name.startswith("qt_")]  # the date's own field
    assert names[:5] == [
        "editorTitle",
        "editorDay",
        "editorPrivate",
        "editorDiscuss",
        "editorExplainPrivacy",
    ]
