"""The entry editor: every field of an entry, a Markdown preview, and autosave.

The editor saves by itself after a pause in typing, and whenever it is asked to
(`save_now`): the page does that when switching entries, and the app on lock and
quit. A save is one core call; nothing is written anywhere but the vault.
"""
# size: one widget whose fields, preview and autosave share one draft and one save timer;
# splitting it means putting a draft object between them, not cutting the file, and is
# left until the desktop app is typed (issue 19, point 5) so the two changes do not collide.

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.exchange.markdown import keep_line_breaks
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.vocabulary import suggested_activities
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import Entry, EntryDraft
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.editor.body import WritingSurface
from trustjournal.ui.journal.editor.emotions import EmotionChips
from trustjournal.ui.journal.editor.help import help_button, with_help
from trustjournal.ui.journal.editor.mood import MoodPicker
from trustjournal.ui.journal.editor.withheld import (
    is_withheld,
    mark_runs,
    shared_format,
    shown_text,
    stored_text,
    style_sentinels,
    with_sentinels,
    withheld_format,
)
from trustjournal.ui.journal.editor.words import WordsField
from trustjournal.ui.journal.flow_layout import FlowLayout
from trustjournal.ui.journal.naming import named
from trustjournal.ui.journal.pictures.strip import PictureStrip
from trustjournal.ui.journal.search_marks import mark_format, matching_spans
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.access.labelling import say_role
from trustjournal.ui.widgets.beside_or_below import BesideOrBelow
from trustjournal.ui.widgets.dates import pydate, qdate, short_date_pattern

AUTOSAVE_MS = 1500
# An autosave is said at most once in this time: each pause in typing saves, and a screen
# reader saying "Saved" after every one talked over the person's own words.
QUIET_PERIOD = dt.timedelta(minutes=2)
_TABS_MAY_NEED_ROOM = (QtCore.QEvent.Type.Resize, QtCore.QEvent.Type.LayoutRequest)
SIDE_BY_SIDE_WIDTH = 640  # narrower, the details get a tab of their own beside the text
_WRITE_TAB, _PREVIEW_TAB = 0, 1
FLAGS_SPACING = 8


WITHHOLD_KEYS = "Ctrl+Shift+W"


class EntryEditor(QtWidgets.QWidget):
    """Edits one entry at a time; a fresh one is only stored once something is written."""

    saved = Signal(int)  # the id of the entry just written to the vault
    delete_requested = Signal(int)

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.setAccessibleName(_("Entry editor"))
        self._journal = journal
        self._entry_id: int | None = None
        self._prompt_id: str | None = None
        self._dirty = False
        self._loading = False
        self._saving = False
        self._has_withheld = False  # any passage withheld since loading: saving reads formats
        self._search = ""  # the list's search: its words are marked in the text
        self.autosave_timer = QtCore.QTimer(self)
        self.autosave_timer.setObjectName("editorAutosaveTimer")
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave)
        self._said_at: dt.datetime | None = None  # when an autosave was last announced
        self.rearrange_timer = QtCore.QTimer(self)
        self.rearrange_timer.setSingleShot(True)
        self.rearrange_timer.setInterval(0)
        self.rearrange_timer.timeout.connect(self._arrange_details)
        self._build()
        self._connect_edits()
        self.clear()

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)  # 16 at the sides left 1 px too few at 200 % text
        layout.setSpacing(10)
        layout.addLayout(self._header_row())
        self.mood = MoodPicker(self)
        layout.addWidget(self.mood)
        self.prompt_banner = named(
            QtWidgets.QLabel(self), "editorPrompt", _("Writing from a prompt")
        )
        self.prompt_banner.setWordWrap(True)
        self.prompt_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_banner.setProperty("role", "prompt")
        self.prompt_banner.setVisible(False)
        layout.addWidget(self.prompt_banner)
        self.pictures = PictureStrip(self._journal, self.stored_entry_id, self)
        split = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("editorSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self._writing_tabs())
        split.addWidget(self._details_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.split = split
        layout.addWidget(split, 1)
        layout.addWidget(self.pictures)  # the thumbnails, under the text
        layout.addWidget(self._footer_row())

    def _header_row(self) -> QtWidgets.QVBoxLayout:
        """The title on a row of its own, so a long title stays in sight; below it the day
        and the two flags, with one short explanation of the privacy choices."""
        rows = QtWidgets.QVBoxLayout()
        rows.setSpacing(6)
        self.title = named(QtWidgets.QLineEdit(self), "editorTitle", _("Title"))
        self.title.setPlaceholderText(_("Title (optional)"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        rows.addWidget(self.title)
        day_name = _("The day this entry is about")
        self.day = named(QtWidgets.QDateEdit(self), "editorDay", day_name)
        self.day.setCalendarPopup(True)
        # The short month, as the list shows it ("14 Sep 2026"): with it, the day, both
        # privacy choices and their "?" fit one row at the smallest window (1024x640).
        self.day.setDisplayFormat(short_date_pattern())
        private, discuss = texts.PRIVATE_NAME, texts.DISCUSS_NAME
        self.private = named(QtWidgets.QCheckBox(private, self), "editorPrivate", private)
        self.private.setToolTip(texts.PRIVATE_HELP)
        self.discuss = named(QtWidgets.QCheckBox(discuss, self), "editorDiscuss", discuss)
        self.discuss.setToolTip(texts.DISCUSS_HELP)
        self.explain_button = help_button(
            self,
            "editorExplainPrivacy",
            _("What these choices mean"),
            _("What do these choices mean?"),
        )
        flags = QtWidgets.QWidget(self)
        row = FlowLayout(flags, spacing=FLAGS_SPACING)  # wraps in a narrow window, never widens it
        for widget in (self.day, self.private, with_help(self.discuss, self.explain_button, flags)):
            row.addWidget(widget)
        rows.addWidget(flags)
        self.privacy_help = named(
            QtWidgets.QLabel(texts.PRIVACY_EXPLAINED, self),
            "editorPrivacyHelp",
            _("Privacy choices"),
        )
        self.privacy_help.setWordWrap(True)
        self.privacy_help.setProperty("role", "hint")
        self.privacy_help.setVisible(False)
        self.explain_button.toggled.connect(self.privacy_help.setVisible)
        rows.addWidget(self.privacy_help)
        return rows

    def _writing_tabs(self) -> QtWidgets.QTabWidget:
        tabs = QtWidgets.QTabWidget(self)
        say_role(tabs, QtGui.QAccessible.Role.Grouping)  # Qt's generic role: a "filler"
        self.tabs = named(tabs, "editorTabs", _("Write or preview"))
        self.body = named(WritingSurface(self), "editorBody", _("Entry text"))
        self.body.setPlaceholderText(
            _(
                "Write whatever is here for you today. "
                "Markdown works: *gentle*, **strong**, - lists."
            )
        )
        self.body.setTabChangesFocus(True)
        self.body.document().setDocumentMargin(12)
        self.preview = named(QtWidgets.QTextEdit(self), "editorPreview", _("Preview"))
        self.preview.setReadOnly(True)
        self.preview.document().setDocumentMargin(12)
        self.tabs.addTab(self.body, _("Write"))
        self.tabs.addTab(self.preview, _("Preview"))
        self.tabs.currentChanged.connect(self._tab_changed)
        return self.tabs

    def _details_panel(self) -> QtWidgets.QScrollArea:
        panel = QtWidgets.QWidget(self)
        form = QtWidgets.QVBoxLayout(panel)
        form.setContentsMargins(8, 0, 4, 0)
        form.setSpacing(6)
        self.emotions = EmotionChips(panel)
        self.tags = named(WordsField(panel), "editorTags", _("Tags"))
        self.tags.setPlaceholderText(_("work, family, …"))
        self.activities = named(WordsField(panel), "editorActivities", _("Connection activities"))
        self.activities.setPlaceholderText(_("a walk together, talked openly, …"))
        # "Attach…" sits with the details: the row under the text, and the tabs' corner,
        # had no room for another button in the smallest window (1024x640).
        for label, field in (
            (_("Tags"), self.tags),
            (_("Things we did together"), self.activities),
            (_("Pictures and files"), self.pictures.attach_button),
            (_("Emotions"), self.emotions),
        ):
            form.addWidget(_caption(label, field, panel))
            form.addWidget(field)
        form.setAlignment(self.pictures.attach_button, Qt.AlignmentFlag.AlignLeading)
        form.addStretch(1)
        # A stop of its own (which keeps Tab in reading order): said as the group it is.
        area = QtWidgets.QScrollArea(self)
        say_role(area, QtGui.QAccessible.Role.Grouping)  # before its name: see say_role
        scroll = named(area, "editorDetails", _("Emotions, tags, activities"))
        self.details = scroll
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(240)
        return scroll

    def _footer_row(self) -> QtWidgets.QWidget:
        """Under the text, one row: the actions on the entry with what happened between
        them (a message wraps, never widening the page); Delete goes on a line of its own
        when the row has no room for it (longer words at 1024 px). The word count sits
        beside the Write and Preview tabs, so the text keeps the height, or in this row
        when the tabs need that room (`_place_word_count`)."""
        self.word_count = named(QtWidgets.QLabel(self), "editorWordCount", _("Word count"))
        self.word_count.setContentsMargins(8, 0, 4, 0)
        self.tabs.setCornerWidget(self.word_count, Qt.Corner.TopRightCorner)
        # Placed again whenever the tabs or the count change size, not only when the editor
        # does: a new text size, language or count in a window of the same size left the
        # count beside tabs that then had no room and scrolled (CI, pseudo at 1024x640).
        self.tabs.installEventFilter(self)
        self.word_count_below = named(
            QtWidgets.QLabel(self), "editorWordCountBelow", _("Word count")
        )
        self.word_count_below.setVisible(False)
        self.status = named(QtWidgets.QLabel(self), "editorStatus", _("Save status"))
        self.status.setWordWrap(True)
        self.status.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
        )
        self.delete_button = named(
            QtWidgets.QPushButton(_("Delete entry…"), self), "editorDelete", _("Delete entry")
        )
        self.delete_button.clicked.connect(self._ask_delete)
        self.withhold_button = named(
            QtWidgets.QPushButton(texts.WITHHOLD_NAME, self),
            "editorWithhold",
            _("Keep the selected text out of exports"),
        )
        self.withhold_button.setToolTip(texts.WITHHOLD_TIP.format(keys=WITHHOLD_KEYS))
        self.withhold_button.clicked.connect(self.withhold_selection)
        shortcut = QtGui.QShortcut(QtGui.QKeySequence(WITHHOLD_KEYS), self.body)
        shortcut.setWhatsThis(_("Keep the selected text out of exports"))
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.withhold_selection)
        # The status beside the button, or under it when a short one ("Saved") has no
        # room there: at 200 % text it was squeezed to 7 px, and the row's least width
        # (button, gap and status) kept the editor from fitting beside a wider sidebar.
        actions = BesideOrBelow(self.withhold_button, self.status, stretch=(0, 1))
        actions.setObjectName("editorActions")
        ends = QtWidgets.QWidget(self)  # the count and Delete: beside the row, or below it
        ending = QtWidgets.QHBoxLayout(ends)
        ending.setContentsMargins(0, 0, 0, 0)
        ending.addWidget(self.word_count_below)
        ending.addStretch(1)
        ending.addWidget(self.delete_button)
        row = BesideOrBelow(actions, ends, stretch=(1, 0))
        row.setObjectName("editorFooter")
        return row

    def _connect_edits(self) -> None:
        # textChanged, not textEdited: a screen reader or voice control sets the text
        # through Qt's accessibility interface (setText), which emits only textChanged.
        # What the editor fills in itself is held off by `_loading`.
        self.title.textChanged.connect(self._edited)
        self.day.dateChanged.connect(self._edited)
        self.private.toggled.connect(self._edited)
        self.discuss.toggled.connect(self._edited)
        self.mood.mood_changed.connect(self._edited)
        self.emotions.changed.connect(self._edited)
        self.tags.textChanged.connect(self._edited)
        self.activities.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._body_changed)
        self.body.passage_withheld.connect(self._passage_withheld)
        self.body.files_arrived.connect(self.pictures.take_mime)
        self.pictures.said.connect(self._say)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange_details()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            # A new text size: the tabs' names may fit, or not. After the event, not in it:
            # moving the details between tabs and splitter while the app's style sheet
            # re-polished every widget crashed Qt.
            self.rearrange_timer.start()

    def _arrange_details(self) -> None:
        """Feelings, tags and activities beside the text when there is room for both, else
        in a tab of their own beside Write and Preview: the text is never squeezed to a
        few words a line, nor to a few lines on a short screen."""
        beside = self.width() >= SIDE_BY_SIDE_WIDTH
        in_tab = self.tabs.indexOf(self.details) >= 0
        if beside and in_tab:
            self.tabs.removeTab(self.tabs.indexOf(self.details))
            self.split.addWidget(self.details)
            self.details.show()
            self.split.setSizes([self.split.width() * 3 // 4, self.split.width() // 4])
        elif not beside and not in_tab:
            index = self.tabs.addTab(self.details, texts.DETAILS_TAB)
            self.tabs.setTabToolTip(index, texts.DETAILS_TAB)
        self._name_details_tab()
        self._place_word_count()
        # The least room for the status beside the button, at this text size.
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance(texts.SAVED))

    def _name_details_tab(self) -> None:
        """The details' tab by its whole name when the three tabs fit, else by its short
        one: at 200 % text "Feelings and tags" needed 41 px more than the editor had beside
        the month, and the tabs scrolled behind Qt's arrows."""
        index = self.tabs.indexOf(self.details)
        if index < 0:
            return
        self.tabs.setTabText(index, texts.DETAILS_TAB)
        if self.tabs.tabBar().sizeHint().width() > self.tabs.width():
            self.tabs.setTabText(index, texts.DETAILS_TAB_SHORT)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is self.tabs and event.type() in _TABS_MAY_NEED_ROOM:
            self._place_word_count()
        return super().eventFilter(watched, event)

    def _place_word_count(self) -> None:
        """The count beside the tabs when they leave room for it, else under the text: in
        longer words the three tabs and the count did not fit, and the tabs scrolled."""
        tabs = self.tabs.tabBar().sizeHint().width()
        beside = tabs + self.word_count.sizeHint().width() <= self.tabs.width()
        self.word_count.setVisible(beside)
        self.word_count_below.setVisible(not beside)

    # -- what is being edited -------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, entry: Entry) -> None:
        """Show an entry; the one shown before should be saved first (the page does that)."""
        self._fill(entry.id, entry.draft())

    def start_new(self, day: dt.date, prompt_id: str | None = None, focus: bool = True) -> None:
        """A fresh entry; from a prompt, it is linked to it and shows it above the text."""
        self._fill(None, EntryDraft(day=day, prompt_id=prompt_id or None))
        if focus:
            self.title.setFocus()

    def clear(self) -> None:
        """Empty every field and every undo history, so nothing can bring text back."""
        self._fill(None, EntryDraft(day=dt.date(2000, 1, 1)))
        self.pictures.clear()
        self.emotions.clear()
        self.preview.document().clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.document().clearUndoRedoStacks()
        self.setEnabled(False)

    def set_known_words(
        self, tags: Sequence[str], activities: Sequence[str], suggest: bool = True
    ) -> None:
        """What the tag and activity fields complete from (and the suggested activities)."""
        self.tags.set_known(tags)
        suggested = suggested_activities() if suggest else ()
        self.activities.set_known(content.activities([*activities, *suggested]))

    def saving_known_words(self) -> bool:
        """True while this editor is saving an entry whose tags and activities are all known,
        so a change it causes needs no new completion lists."""
        if not self._saving:
            return False
        known = set(self.tags.known()) | set(self.activities.known())
        return known.issuperset(self.tags.words() + self.activities.words())

    def _fill(self, entry_id: int | None, draft: EntryDraft) -> None:
        self.autosave_timer.stop()
        self._loading = True
        try:
            self._entry_id = entry_id
            self.pictures.show_entry(entry_id)
            self._prompt_id = draft.prompt_id
            self._show_prompt(draft.prompt_id)
            self.title.setText(draft.title)  # setText also empties the field's undo
            self.day.setDate(qdate(draft.day))
            self.private.setChecked(draft.private)
            self.discuss.setChecked(draft.discuss)
            self.mood.set_mood(draft.mood)
            self.emotions.set_selected(draft.emotions)
            self.tags.set_words(draft.tags)
            self.activities.set_words(content.activities(draft.activities))
            text, runs = shown_text(draft.body)
            self.body.setPlainText(text)
            self._has_withheld = mark_runs(self.body.document(), runs, self.body.palette())
            self.body.document().clearUndoRedoStacks()  # marking is no edit to undo
            self.body.moveCursor(QtGui.QTextCursor.MoveOperation.End)
            self.tabs.setCurrentIndex(_WRITE_TAB)
        finally:
            self._loading = False
        self._dirty = False
        self._show_search_marks()
        self.setEnabled(True)
        self.delete_button.setEnabled(entry_id is not None)
        self._show_status("")
        self._count_words()

    def draft(self) -> EntryDraft:
        return EntryDraft(
            day=pydate(self.day.date()),
            title=self.title.text(),
            body=self.body_text(),
            mood=self.mood.mood(),
            emotions=self.emotions.selected(),
            tags=self.tags.words(),
            activities=tuple(content.activity_kept(w) for w in self.activities.words()),
            private=self.private.isChecked(),
            discuss=self.discuss.isChecked(),
            prompt_id=self._prompt_id,
        )

    def mark_search(self, search: str) -> None:
        """Mark the words the list's search matched (as the search folds them) in the text."""
        self._search = search
        self._show_search_marks()

    def _show_search_marks(self) -> None:
        marks = []
        text = self.body.toPlainText()
        for start, end in matching_spans(text, self._search) if self._search else ():
            mark = QtWidgets.QTextEdit.ExtraSelection()
            mark.cursor = QtGui.QTextCursor(self.body.document())
            mark.cursor.setPosition(start)
            mark.cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
            mark.format = mark_format()
            marks.append(mark)
        self.body.setExtraSelections(marks)

    def body_text(self) -> str:
        """The text as stored: withheld passages between their markers again."""
        if not self._has_withheld:
            return self.body.toPlainText()
        return stored_text(self.body.document())

    def _show_prompt(self, prompt_id: str | None) -> None:
        text = ""
        if prompt_id:
            try:
                text = content.prompt_text(self._journal.prompts.get(prompt_id))
            except TrustJournalError:
                text = ""  # an own prompt that was removed since: the link stays, quietly
        self.prompt_banner.setText(text)
        self.prompt_banner.setAccessibleDescription(text)
        self.prompt_banner.setVisible(bool(text))

    def withhold_selection(self) -> None:
        """Keep the selected words out of exports, or share them again when all of them
        were kept out: one undo step either way. The words stay as they are, styled."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            self._show_status(texts.SELECT_FIRST)
            return
        if self._all_withheld(cursor):
            cursor.mergeCharFormat(shared_format())
            self._show_status(texts.SHARED_AGAIN)
        else:
            cursor.mergeCharFormat(withheld_format(self.body.palette()))
            self._has_withheld = True
            self._show_status(texts.KEPT_OUT)

    def _passage_withheld(self) -> None:
        self._has_withheld = True  # saving reads the formats from now on

    def _all_withheld(self, selection: QtGui.QTextCursor) -> bool:
        """True when every character of the selection is kept out (read by runs of one
        format, not character by character)."""
        start, end = selection.selectionStart(), selection.selectionEnd()
        block = self.body.document().findBlock(start)
        while block.isValid() and block.position() < end:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                inside = (
                    fragment.position() < end and fragment.position() + fragment.length() > start
                )
                if inside and not is_withheld(fragment.charFormat()):
                    return False
                fragments += 1
            block = block.next()
        return True

    # -- saving ---------------------------------------------------------------------

    def _autosave(self) -> None:
        now = self._journal.clock.now()
        quiet = self._said_at is not None and now - self._said_at < QUIET_PERIOD
        if self.save_now(said=not quiet) is not None and not quiet:
            self._said_at = now

    def stored_entry_id(self) -> int | None:
        """The id of the entry shown, storing it first (even with nothing written yet) so a
        picture has an entry to belong to; None when it cannot be stored."""
        self.save_now(keep_blank=True)
        return self._entry_id

    def save_now(self, said: bool = True, keep_blank: bool = False) -> Entry | None:
        """Write what changed to the vault now; None when there was nothing to write.
        `said`: announced to a screen reader (always, unless an autosave while typing).
        `keep_blank`: a new entry is stored even with nothing in it (a picture came)."""
        self.autosave_timer.stop()
        new = self._entry_id is None
        if not self._dirty and not (new and keep_blank):
            return None
        draft = self.draft()
        if new and _is_blank(draft) and not keep_blank:
            return None
        try:
            self._saving = True
            entry = self._store(draft)
        except TrustJournalError as error:
            self._show_status(texts.NOT_SAVED.format(reason=error))
            return None
        finally:
            self._saving = False
        self._entry_id = entry.id
        self.pictures.entry_stored(entry.id)
        self._dirty = False
        self.delete_button.setEnabled(True)
        self._show_status(texts.SAVED)
        if said:
            announce(self, self.status.text())
        self.saved.emit(entry.id)
        return entry

    def _store(self, draft: EntryDraft) -> Entry:
        if self._entry_id is None:
            return self._journal.add_entry(draft)
        return self._journal.update_entry(self._entry_id, draft)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_status(texts.EDITING)
        self.autosave_timer.start()

    def _body_changed(self) -> None:
        self._count_words()
        if self.tabs.currentIndex() == _PREVIEW_TAB:
            self._render_preview()
        self._edited()

    def _count_words(self) -> None:
        words = len(self.body.toPlainText().split())
        self.word_count.setText(texts.word_count(words))
        self.word_count_below.setText(self.word_count.text())

    def _tab_changed(self, index: int) -> None:
        if index == _PREVIEW_TAB:
            self._render_preview()

    def _render_preview(self) -> None:
        """The Markdown as it will read, one Enter one new line, withheld passages styled."""
        document = self.preview.document()
        document.setMarkdown(keep_line_breaks(with_sentinels(self.body_text())))
        style_sentinels(document, self.preview.palette())

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _say(self, text: str) -> None:
        """What the pictures' strip reports, shown under the text and said aloud."""
        self._show_status(text)
        announce(self, text)

    def _ask_delete(self) -> None:
        if self._entry_id is not None:
            self.delete_requested.emit(self._entry_id)


def _is_blank(draft: EntryDraft) -> bool:
    return not (
        draft.title.strip()
        or draft.body.strip()
        or draft.mood
        or draft.emotions
        or draft.tags
        or draft.activities
    )


def _caption(text: str, buddy: QtWidgets.QWidget, parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text, parent)  # bold by its font: the words stay plain text
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)  # a longer language's caption wraps instead of widening the panel
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    label.setBuddy(buddy)
    return label
