"""The Prompts page: browse by theme and by whom a prompt is for, search, write from one.

Each prompt shows when the person wrote from it; their own prompts can be
added, changed and removed (the app's prompts stay as written).
"""

from __future__ import annotations

from collections import defaultdict

from trustjournal.core.changes import Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.prompts import Prompt, PromptAnswer
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.prompts import texts
from trustjournal.ui.trust.prompts.dialog import OwnPromptDialog
from trustjournal.ui.trust.timeline.data import long_day, short_day
from trustjournal.ui.trust.trust_page import TrustPage, details_panel, list_beside_details
from trustjournal.ui.widgets.access.labelling import say_what_it_chooses
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import (
    WholeChoices,
    button,
    confirmed,
    heading,
    label,
    show_text,
)

OWN = "own"


class PromptsPage(TrustPage):
    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(journal, parent, clock, "promptsPage", _("Prompts"))
        self._prompts: dict[str, Prompt] = {}
        self._answers: dict[str, list[PromptAnswer]] = {}
        self._build(journal)
        self._connect()
        topics = (Topic.PROMPTS, Topic.ENTRIES, Topic.SETTINGS, Topic.PATH)
        self.watcher = ChangeWatcher(journal, topics, self)
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self, journal: Journal) -> None:
        self.search = QtWidgets.QLineEdit()
        self.search.setObjectName("promptsSearch")
        self.search.setAccessibleName(_("Search prompts"))
        self.search.setPlaceholderText(_("Search prompts"))
        self.search.setClearButtonEnabled(True)
        self.theme = _combo("promptsTheme", _("Theme"))
        self.theme.addItem(_("All themes"), None)
        for theme in journal.prompts.library.themes:
            self.theme.addItem(content.theme_label(theme), theme.id)
        self.theme.addItem(_("Your own prompts"), OWN)
        self.role = _combo("promptsRole", _("Whom the prompts are for"))
        self.role.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, text in texts.PROMPT_ROLE_CHOICES:
            self.role.addItem(_(text), key)
        self.phase = _combo("promptsPhase", _("Which phase of the path the prompts are for"))
        for key, text in texts.PROMPT_PHASE_CHOICES:
            self.phase.addItem(_(text), key)
        # What Settings and the path said when the page last followed them: a choice made
        # here stays until either changes.
        self._applied_role: object = None
        self._applied_phase: object = None
        self.unanswered = QtWidgets.QCheckBox(_("Only ones I have not written from"))
        self.unanswered.setObjectName("promptsUnanswered")
        self.unanswered.setAccessibleName(_("Only prompts I have not written from"))
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("promptsList")
        self.list.setAccessibleName(_("Prompts"))
        self.list.setWordWrap(True)
        # Rows are as tall as their wrapped text; eliding cut some mid-sentence with "…"
        # above a blank line (their height was measured at another width) and left a
        # stray "…" after others. Re-measured whenever the width changes.
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(WrappedRows(self.list))
        self.list.setSpacing(5)
        self.list.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.role_note = label("", "muted", "promptsRoleNote")
        self.show_all = button(
            _("Show every prompt"),
            "promptsShowAll",
            tip=_("Every prompt, for anyone and any stage"),
        )
        self.empty = label(texts.PROMPTS_NOTHING_FOUND, "muted", "promptsEmpty")
        self.count = label("", "muted", "promptsCount")
        self.count.setWordWrap(False)
        filters = QtWidgets.QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.theme, 1)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(heading(_("Prompts")))
        left.addLayout(filters)
        whom = QtWidgets.QHBoxLayout()
        whom.addWidget(self.role, 3)
        whom.addWidget(self.phase, 2)
        left.addLayout(whom)
        note = QtWidgets.QHBoxLayout()
        note.addWidget(self.role_note, 1)
        note.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(note)
        under = QtWidgets.QHBoxLayout()
        under.addWidget(self.unanswered)
        under.addStretch(1)
        under.addWidget(self.count)
        left.addLayout(under)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        list_beside_details(self, left, self._details())

    def _details(self) -> QtWidgets.QWidget:
        panel, layout = details_panel("promptsDetailsPanel")
        self.text = label("", "subheading", "promptsText")
        self.meta = label("", "muted", "promptsMeta")
        self.answered = label("", "", "promptsAnswered")
        self.write_button = button(_("Write about this"), "promptsWrite", primary=True)
        self.open_entry_button = button(_("Open what I wrote"), "promptsOpenEntry")
        self.edit_button = button(_("Change…"), "promptsEdit")
        self.remove_button = button(_("Remove…"), "promptsRemove")
        self.add_button = button(_("Add your own prompt…"), "promptsAdd")
        for widget in (self.text, self.meta, self.answered):
            layout.addWidget(widget)
        layout.addWidget(self.write_button)
        layout.addWidget(self.open_entry_button)
        own_row = QtWidgets.QHBoxLayout()
        own_row.addWidget(self.edit_button)
        own_row.addWidget(self.remove_button)
        layout.addLayout(own_row)
        layout.addStretch(1)
        layout.addWidget(self.add_button)
        self.details_panel = panel
        return panel

    def _connect(self) -> None:
        self.search.textChanged.connect(self._fill)
        self.theme.currentIndexChanged.connect(self._fill)
        self.role.currentIndexChanged.connect(self._fill)
        self.phase.currentIndexChanged.connect(self._fill)
        self.show_all.clicked.connect(self.widen)
        self.unanswered.toggled.connect(self._fill)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(lambda *_: self.write_current())
        self.write_button.clicked.connect(self.write_current)
        self.open_entry_button.clicked.connect(self._open_entry)
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current_id()))
        self.remove_button.clicked.connect(self._remove_current)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))

    # -- the contract with the app shell -----------------------------------------------------

    def clear_for_lock(self) -> None:
        self.watcher.stop()
        self._prompts, self._answers = {}, {}
        self.list.clear()
        self.search.clear()
        self._show(None)
        super().clear_for_lock()

    # -- reading and showing -----------------------------------------------------------------

    def refresh(self) -> None:
        if self._journal is None:
            return
        self._prompts = {p.id: p for p in self._journal.prompts.all()}
        answers: dict[str, list[PromptAnswer]] = defaultdict(list)
        for answer in self._journal.prompts.answered():
            answers[answer.prompt_id].append(answer)
        self._answers = dict(answers)
        self._follow_role_setting()
        self._fill()

    def _follow_role_setting(self) -> None:
        """Filter by whom the person said they are (Settings, onboarding) and the phase of
        their recovery path when either changes; a choice made here stays until then."""
        if self._journal is None:
            return
        role, phase = self._journal.prompts.chosen_filters()
        if role != self._applied_role:
            self._applied_role = role
            _choose_quietly(self.role, role)
        if phase != self._applied_phase:
            self._applied_phase = phase
            _choose_quietly(self.phase, phase)

    def widen(self) -> None:
        """Every prompt, in one click: for anyone, in any phase."""
        _choose_quietly(self.role, None)
        _choose_quietly(self.phase, None)
        self._fill()

    def _show_role_note(self) -> None:
        role, phase = self.role.currentData(), self.phase.currentData()
        self.show_all.setVisible(role is not None or phase is not None)
        if role is None and phase is None:
            said = self._applied_role is not None or self._applied_phase is not None
            every = texts.PROMPTS_FILTER_NOTE_EVERY if said else texts.PROMPTS_FILTER_NOTE_ALL
            show_text(self.role_note, every)
            return
        settled = (role, phase) == (self._applied_role, self._applied_phase)
        show_text(self.role_note, texts.prompts_filter_note(role, phase, settled))

    def shown_ids(self) -> list[str]:
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, prompt_id: str | None) -> None:
        ids = self.shown_ids()
        if prompt_id in ids:
            self.list.setCurrentRow(ids.index(prompt_id))
        elif ids:
            self.list.setCurrentRow(0)
        self._show_current()

    def _matching(self) -> list[Prompt]:
        theme, role, phase = (
            self.theme.currentData(),
            self.role.currentData(),
            self.phase.currentData(),
        )
        words = self.search.text().strip().casefold()
        skip = set(self._answers) if self.unanswered.isChecked() else set()
        return [
            p
            for p in self._prompts.values()
            if _in_theme(p, theme)
            and _for_role(p, role)
            and _for_phase(p, phase)
            and (words in p.text.casefold() or words in content.prompt_text(p).casefold())
            and p.id not in skip
        ]

    def _fill(self) -> None:
        chosen = self.current_id()
        found = self._matching()
        self.list.blockSignals(True)
        self.list.clear()
        for prompt in found:
            shown, spoken = self._row(prompt)
            item = QtWidgets.QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, prompt.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_role_note()
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))
        self.count.setText(trust_texts.prompts_found(len(found)))
        self.select(chosen)

    def _for_another(self, prompt: Prompt) -> str:
        """A line naming whom a prompt is for when that is not the person (every prompt
        shown, or none said in Settings): a prompt for the other partner, unmarked, can
        read as meant for them."""
        said = self._journal.settings.prompt_role if self._journal is not None else "any"
        if prompt.own or prompt.audience in ("any", said):
            return ""
        return texts.PROMPT_ROW_FOR.format(whom=texts.prompt_audience(prompt.audience))

    def _row(self, prompt: Prompt) -> tuple[str, str]:
        """A row's lines as shown, and as a screen reader says them."""
        text = content.prompt_text(prompt)
        first = texts.PROMPT_ROW_OWN.format(prompt=text) if prompt.own else text
        lines = [first, self._for_another(prompt)]
        answers = self._answers.get(prompt.id)
        day = short_day(answers[-1].day) if answers else ""
        shown = [*lines, texts.PROMPT_ROW_WRITTEN.format(day=day) if answers else ""]
        spoken = [*lines, texts.PROMPT_ROW_WRITTEN_SPOKEN.format(day=day) if answers else ""]
        return "\n".join(filter(None, shown)), "\n".join(filter(None, spoken))

    def _show_current(self) -> None:
        chosen = self.current_id()
        self._show(self._prompts.get(chosen) if chosen else None)

    def _show(self, prompt: Prompt | None) -> None:
        for widget in (self.write_button, self.edit_button, self.remove_button):
            widget.setEnabled(prompt is not None)
        if prompt is None or self._journal is None:
            for shown in (self.text, self.meta, self.answered):
                shown.clear()
            self.open_entry_button.setVisible(False)
            return
        self.text.setText(content.prompt_text(prompt))
        self.meta.setText(self._meta(prompt))
        answers = self._answers.get(prompt.id, [])
        lines = [texts.PROMPT_WRITTEN_ON.format(day=long_day(a.day)) for a in answers[-3:]]
        show_text(self.answered, "\n".join(lines) or texts.PROMPT_NOT_YET)
        self.open_entry_button.setVisible(bool(answers))
        self.edit_button.setVisible(prompt.own)
        self.remove_button.setVisible(prompt.own)

    def _meta(self, prompt: Prompt) -> str:
        assert self._journal is not None
        labels = {t.id: content.theme_label(t) for t in self._journal.prompts.library.themes}
        theme = labels.get(prompt.theme or "", "")
        return texts.prompt_meta(prompt.own, prompt.audience, theme)

    # -- actions -----------------------------------------------------------------------------

    def write_current(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.write_requested.emit(chosen)

    def _open_entry(self) -> None:
        answers = self._answers.get(self.current_id() or "", [])
        if answers:
            self.open_entry_requested.emit(answers[-1].entry_id)

    def open_dialog(self, prompt_id: str | None) -> OwnPromptDialog | None:
        if self._journal is None:
            return None
        dialog = OwnPromptDialog(self._journal, self, prompt_id)
        self.dialogs.open(dialog, lambda: self._saved(dialog))
        return dialog

    def _saved(self, dialog: OwnPromptDialog) -> None:
        self.refresh()
        self.select(dialog.prompt_id)

    def _remove_current(self) -> None:
        chosen = self.current_id()
        if self._journal is None or chosen is None or not self._prompts[chosen].own:
            return
        if confirmed(self, _("Remove prompt"), texts.PROMPT_REMOVE_QUESTION):
            self._journal.prompts.remove_own(chosen)


class WrappedRows(QtWidgets.QStyledItemDelegate):
    """Each row as tall as its text wrapped to the list's current width (the list alone
    measured some rows at another width)."""

    def __init__(self, view: QtWidgets.QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 (Qt's name)
        self,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> QtCore.QSize:
        wrapped = QtWidgets.QStyleOptionViewItem(option)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        wrapped.rect = QtCore.QRect(0, 0, max(width, 1), option.rect.height())
        wrapped.features |= QtWidgets.QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(wrapped, index)


def _in_theme(prompt: Prompt, theme: str | None) -> bool:
    if theme == OWN:
        return prompt.own
    return theme is None or prompt.theme == theme


def _for_role(prompt: Prompt, role: str | None) -> bool:
    return role is None or prompt.audience in (role, "any")


def _for_phase(prompt: Prompt, phase: str | None) -> bool:
    """Prompts for no particular phase fit every phase."""
    return phase is None or prompt.phase in (None, phase)


def _choose_quietly(combo: QtWidgets.QComboBox, data: object) -> None:
    """Show a choice without refilling the list (the caller fills it once)."""
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(data), 0))
    combo.blockSignals(False)


def _combo(name: str, accessible: str) -> QtWidgets.QComboBox:
    # Never narrower than its longest choice (or 12 letters): a cut-off "For the partner w…"
    # says nothing.
    combo = WholeChoices()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(
        QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    combo.setMinimumContentsLength(12)
    say_what_it_chooses(combo)
    return combo
