"""Settings: idle lock, quick-hide key, neutral title, theme, text size, reduced motion,
prompt role, backups.

The vault keeps everything except the neutral title, which must be known
before unlocking and so lives in the app's QSettings (`Preferences`).
"""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import N_, _, pgettext
from trustjournal.core.settings import DECLARED, Settings
from trustjournal.ui.qt import Qt, QtGui, QtWidgets, Signal
from trustjournal.ui.shell.settings.about_you import PHASE_CHOICES, ROLE_CHOICES
from trustjournal.ui.shell.settings.care import CareSettingsDialog
from trustjournal.ui.shell.settings.language_choice import LanguageChoice
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.widgets.access.tab_order import let_tab_leave
from trustjournal.ui.widgets.controls import (
    SPACING,
    button,
    heading,
    label,
    scrolls_to_its_controls,
    show_text,
)
from trustjournal.ui.widgets.dialog_fit import fit_dialog


@dataclass(frozen=True)
class SettingsDraft:
    """What Settings showed, saved or not, when it was left for a dialog of its own
    (backups, the passphrase), so that it comes back as it was."""

    values: dict[str, object]
    neutral: bool
    title: str
    left_by: str  # the objectName of the button that left: focus goes back to it


THEMES = (("system", N_("Same as my computer")), ("light", N_("Light")), ("dark", N_("Dark")))
ROLES = ROLE_CHOICES  # the same words as onboarding's
MIN_CHOICE_LETTERS = 16
NEUTRAL_EXAMPLE = N_("Notes")
TITLE_HELP = N_("Shown in the taskbar and on the lock screen.")
ROOM_AROUND_FORM = 240  # px: the heading, buttons, margins and the window's frame
LEAST_FORM_HEIGHT = 240
WIDTH = 700  # px at the usual text size: the longest "Who is writing" choice, whole


def _spin(name: str, accessible: str, key: str, suffix: str) -> QtWidgets.QSpinBox:
    setting = DECLARED[key]
    spin = QtWidgets.QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(setting.minimum or 0, setting.maximum or 999)
    spin.setSuffix(suffix)
    return spin


def _choice(
    name: str, accessible: str, options: tuple[tuple[str, str], ...]
) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    # Its longest choice does not set the dialog's width: in a longer language it pushed
    # the form past the right edge. A choice too long to show whole is elided.
    combo.setSizeAdjustPolicy(
        QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    combo.setMinimumContentsLength(MIN_CHOICE_LETTERS)
    for value, text in options:
        combo.addItem(_(text), value)  # the options are marked with N_() at import
    return combo


class SettingsDialog(QtWidgets.QDialog):
    """Emits `saved` after the changed values were written."""

    saved = Signal()
    change_passphrase_requested = Signal()
    backups_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        preferences: Preferences,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(_("Settings"))
        self.setAccessibleName(_("Settings"))
        self._settings = settings
        self._preferences = preferences
        self.idle_minutes = _spin(
            "idle_minutes", _("Lock after minutes without use"), "idle_lock_minutes", _(" min")
        )
        self.quick_hide_key = QtWidgets.QKeySequenceEdit()
        self.quick_hide_key.setObjectName("quick_hide_key")
        self.quick_hide_key.setAccessibleName(_("Quick-hide key"))
        self.quick_hide_key.setMaximumSequenceLength(1)
        let_tab_leave(self.quick_hide_key)
        # Focus goes to the field inside it, which a screen reader would read unnamed.
        inner = self.quick_hide_key.findChild(QtWidgets.QLineEdit)
        assert inner is not None  # QKeySequenceEdit is built around one
        inner.setAccessibleName(self.quick_hide_key.accessibleName())
        self.neutral_check = QtWidgets.QCheckBox(_("Use a neutral window title"))
        self.neutral_check.setObjectName("neutral_title_check")
        self.neutral_check.setAccessibleName(_("Use a neutral window title"))
        # Only as wide as its words: a click far to their right does not toggle it.
        self.neutral_check.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.neutral_title = QtWidgets.QLineEdit()
        self.neutral_title.setObjectName("neutral_title_field")
        self.neutral_title.setAccessibleName(_("Neutral window title"))
        self.neutral_title.setPlaceholderText(_(NEUTRAL_EXAMPLE))
        self.theme = _choice("theme_choice", pgettext("look", "Theme"), THEMES)
        self._add_contrast_themes()
        self.text_size = _spin("text_size", _("Text size"), "text_size", _(" pt"))
        self.reduce_motion = QtWidgets.QCheckBox(_("Reduce motion"))
        self.reduce_motion.setObjectName("reduce_motion_check")
        self.reduce_motion.setAccessibleName(_("Reduce motion"))
        self.reduce_motion.setAccessibleDescription(
            _("The breathing circle changes in steps and counts in words; nothing slides or fades.")
        )
        self.reduce_motion.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.prompt_role = _choice("prompt_role", _("Which prompts to suggest"), ROLES)
        self.recovery_phase = _choice("recovery_phase", _("Roughly where you are"), PHASE_CHOICES)
        self.language = LanguageChoice(preferences)
        self.care_button = button(_("On this day and reminders…"), "care_settings_button")
        self.care_dialog: CareSettingsDialog | None = None
        self.care_button.clicked.connect(self.open_care)
        self.change_passphrase = button(_("Change passphrase…"), "change_passphrase_open_button")
        self.backups_button = button(_("Backups and key…"), "backups_open_button")
        self.message = label("", "error", "settings_message")
        self.message.setVisible(False)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self._name_buttons()
        self._build()
        self.load()
        self.neutral_check.toggled.connect(self.neutral_title.setEnabled)
        self.change_passphrase.clicked.connect(self.change_passphrase_requested)
        self.backups_button.clicked.connect(self.backups_requested)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _add_contrast_themes(self) -> None:
        self.theme.addItem(_("High contrast, light"), "contrast-light")
        self.theme.addItem(_("High contrast, dark"), "contrast-dark")
        self.theme.setAccessibleDescription(
            _("Same as my computer follows its high-contrast setting too, where it has one.")
        )

    def _name_buttons(self) -> None:
        standard = QtWidgets.QDialogButtonBox.StandardButton
        for which, name, text in (
            (standard.Save, "save_settings_button", _("Save")),
            (standard.Cancel, "cancel_settings_button", _("Cancel")),
        ):
            found = self.buttons.button(which)
            found.setObjectName(name)
            found.setAccessibleName(text)
            found.setIcon(QtGui.QIcon())
        self.buttons.button(standard.Save).setProperty("role", "primary")

    def _build(self) -> None:
        form = QtWidgets.QFormLayout()  # one form, so every field starts at the same line
        form.setSpacing(SPACING)
        form.addRow(label(_("Privacy"), "subheading"))
        form.addRow(_("Lock after"), self.idle_minutes)
        form.addRow(_("Quick-hide key"), self.quick_hide_key)
        form.addRow("", self.neutral_check)
        form.addRow(_("Window title"), self.neutral_title)
        form.addRow("", label(_(TITLE_HELP), "muted"))
        passphrase_row = QtWidgets.QHBoxLayout()
        passphrase_row.addWidget(self.change_passphrase)
        passphrase_row.addStretch(1)
        form.addRow(_("Passphrase"), passphrase_row)
        backups_row = QtWidgets.QHBoxLayout()
        backups_row.addWidget(self.backups_button)
        backups_row.addStretch(1)
        form.addRow(_("Backups"), backups_row)
        form.addItem(QtWidgets.QSpacerItem(0, SPACING))
        form.addRow(label(_("Look and prompts"), "subheading"))
        form.addRow(pgettext("look", "Theme"), self.theme)
        form.addRow(_("Language"), self.language)
        form.addRow(_("Text size"), self.text_size)
        form.addRow(_("Motion"), self.reduce_motion)
        form.addRow(_("Who is writing"), self.prompt_role)
        form.addRow(_("Where you are"), self.recovery_phase)
        care_row = QtWidgets.QHBoxLayout()
        care_row.addWidget(self.care_button)
        care_row.addStretch(1)
        form.addRow(_("Extras"), care_row)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(_("Settings")))
        layout.addWidget(_scrolling(self.parentWidget(), form), 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        # As wide as the longest "Who is writing" choice at this text size, as tall as the
        # wrapped help needs at that width; the form scrolls on a short screen.
        fit_dialog(self, WIDTH)
        super().showEvent(event)

    def load(self) -> None:
        self.idle_minutes.setValue(self._settings.idle_lock_minutes)
        self.quick_hide_key.setKeySequence(QtGui.QKeySequence(self._settings.quick_hide_key))
        title = self._preferences.neutral_title()
        self.neutral_check.setChecked(bool(title))
        self.neutral_title.setText(title or _(NEUTRAL_EXAMPLE))
        self.neutral_title.setEnabled(bool(title))
        _select(self.theme, self._settings.theme)
        self.text_size.setValue(self._settings.text_size)
        self.reduce_motion.setChecked(self._settings.reduce_motion)
        _select(self.prompt_role, self._settings.prompt_role)
        _select(self.recovery_phase, self._settings.recovery_phase)

    def values(self) -> dict[str, object]:
        keys = self.quick_hide_key.keySequence().toString(
            QtGui.QKeySequence.SequenceFormat.PortableText
        )
        return {
            "idle_lock_minutes": self.idle_minutes.value(),
            "quick_hide_key": keys or DECLARED["quick_hide_key"].default,
            "theme": self.theme.currentData(),
            "text_size": self.text_size.value(),
            "reduce_motion": self.reduce_motion.isChecked(),
            "prompt_role": self.prompt_role.currentData(),
            "recovery_phase": self.recovery_phase.currentData(),
        }

    def draft(self, left_by: str) -> SettingsDraft:
        return SettingsDraft(
            self.values(), self.neutral_check.isChecked(), self.neutral_title.text(), left_by
        )

    def restore_draft(self, draft: SettingsDraft) -> None:
        """Show `draft` instead of what is saved, with the focus where Settings was left."""
        values = draft.values
        self.idle_minutes.setValue(int(str(values["idle_lock_minutes"])))
        self.quick_hide_key.setKeySequence(QtGui.QKeySequence(str(values["quick_hide_key"])))
        self.neutral_check.setChecked(draft.neutral)
        self.neutral_title.setText(draft.title)
        self.neutral_title.setEnabled(draft.neutral)
        _select(self.theme, values["theme"])
        self.text_size.setValue(int(str(values["text_size"])))
        self.reduce_motion.setChecked(bool(values["reduce_motion"]))
        _select(self.prompt_role, values["prompt_role"])
        _select(self.recovery_phase, values["recovery_phase"])
        left_by = self.findChild(QtWidgets.QPushButton, draft.left_by)
        if left_by is not None:
            left_by.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_care(self) -> CareSettingsDialog:
        """On this day and reminders, in a small dialog of their own (saved on its own)."""
        dialog = CareSettingsDialog(self._settings, ReminderPreferences(), self)
        dialog.accepted.connect(self.saved)
        dialog.finished.connect(dialog.deleteLater)
        self.care_dialog = dialog
        dialog.open()
        return dialog

    def save(self) -> None:
        try:
            for key, value in self.values().items():
                self._settings.change(key, value)
        except TrustJournalError as error:
            show_text(self.message, str(error))
            return
        title = self.neutral_title.text() if self.neutral_check.isChecked() else ""
        self._preferences.set_neutral_title(title)
        self.language.save()
        self.saved.emit()
        self.accept()


def _scrolling(
    parent: QtWidgets.QWidget | None, form: QtWidgets.QFormLayout, *below: QtWidgets.QWidget
) -> QtWidgets.QScrollArea:
    """The settings (the form and the sections `below` it) scroll up and down on a short
    screen instead of squashing each field."""
    holder = QtWidgets.QWidget()
    holder.setObjectName("settings_form")
    column = QtWidgets.QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(SPACING)
    column.addLayout(form)
    for section in below:
        column.addWidget(section)
    area = QtWidgets.QScrollArea()
    area.setObjectName("settings_scroll")
    scrolls_to_its_controls(area)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(holder)
    # As tall as the fields, so nothing scrolls where the window it opens over (or the
    # screen) has room for them all.
    if parent is not None and parent.window().isVisible():
        tallest = parent.window().height()
    else:
        tallest = QtGui.QGuiApplication.primaryScreen().availableSize().height()
    room = max(tallest - ROOM_AROUND_FORM, LEAST_FORM_HEIGHT)
    area.setMinimumHeight(min(holder.sizeHint().height(), room))
    return area


def _select(combo: QtWidgets.QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
