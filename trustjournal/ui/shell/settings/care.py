"""The settings for gentle extras, all off until chosen: "on this day" on Today (kept in
the vault), and reminders (kept in QSettings, since they show while the journal is locked)."""

from __future__ import annotations

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.care.reminders import (
    REMINDER_TEXTS,
    Reminder,
    ReminderChoices,
)
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.settings import Settings
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.widgets.controls import SPACING, button, button_row, heading, label, show_text
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog

WIDTH = 560  # px at the usual text size

REMINDER_HELP_SENTENCE = N_(
    "Reminders only say \u201c{writing}\u201d, \u201c{checkin}\u201d or "
    "\u201c{review}\u201d, never anything from your journal."
)


def reminder_help() -> str:
    """Filled with the reminders' own words, so the help cannot promise other words than
    they say."""
    return _(REMINDER_HELP_SENTENCE).format(
        writing=_(REMINDER_TEXTS[Reminder.WRITING]),
        checkin=_(REMINDER_TEXTS[Reminder.CHECKIN]),
        review=_(REMINDER_TEXTS[Reminder.REVIEW]),
    )


def check_box(text: str, name: str) -> QtWidgets.QCheckBox:
    box = QtWidgets.QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(text)
    return box


def side_by_side(*widgets: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    row.setSpacing(SPACING * 2)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class CareSettings:
    """The controls, added as rows to the settings dialog's own form so they line up."""

    def __init__(self, settings: Settings, reminders: ReminderPreferences) -> None:
        self._settings = settings
        self._reminders = reminders
        self.on_this_day = check_box(
            _("Good days from earlier years, on Today"), "on_this_day_check"
        )
        self.on_this_day_private = check_box(
            _("Include private entries"), "on_this_day_private_check"
        )
        self.writing = check_box(_("A daily moment to write"), "writing_reminder_check")
        self.checkin = check_box(_("A check-in, on its rhythm"), "checkin_reminder_check")
        self.reviews = check_box(
            _("A transparency arrangement's review day"), "review_reminder_check"
        )
        self.hour = QtWidgets.QSpinBox()
        self.hour.setObjectName("reminder_hour")
        self.hour.setAccessibleName(_("Remind me from this hour"))
        self.hour.setRange(0, 23)
        self.hour.setSuffix(":00")
        self.in_tray = check_box(_("From an icon in the system tray"), "reminder_tray_check")
        self.on_this_day.toggled.connect(self.on_this_day_private.setEnabled)
        self.load()

    def add_to(self, form: QtWidgets.QFormLayout) -> None:
        form.addRow(_("On this day"), self.on_this_day)
        form.addRow("", self.on_this_day_private)
        form.addItem(QtWidgets.QSpacerItem(0, SPACING))
        form.addRow(_("Reminders"), self.writing)
        form.addRow("", self.checkin)
        form.addRow("", self.reviews)
        form.addRow(_("From"), side_by_side(self.hour))
        form.addRow("", self.in_tray)
        form.addRow("", label(reminder_help(), "muted"))

    def load(self) -> None:
        self.on_this_day.setChecked(self._settings.on_this_day)
        self.on_this_day_private.setChecked(self._settings.on_this_day_private)
        self.on_this_day_private.setEnabled(self.on_this_day.isChecked())
        choices = self._reminders.choices()
        self.writing.setChecked(choices.writing)
        self.checkin.setChecked(choices.checkin)
        self.reviews.setChecked(choices.reviews)
        self.hour.setValue(choices.hour)
        self.in_tray.setChecked(choices.in_tray)

    def save(self) -> None:
        for key, box in (
            ("on_this_day", self.on_this_day),
            ("on_this_day_private", self.on_this_day_private),
        ):
            self._settings.change(key, box.isChecked())
        self._reminders.set_choices(
            ReminderChoices(
                writing=self.writing.isChecked(),
                checkin=self.checkin.isChecked(),
                hour=self.hour.value(),
                checkin_every_days=self._settings.checkin_cadence_days,
                in_tray=self.in_tray.isChecked(),
                reviews=self.reviews.isChecked(),
            )
        )


class CareSettingsDialog(QtWidgets.QDialog):
    """ "On this day and reminders…" from Settings: its own small dialog, so Settings
    stays short enough for a small screen."""

    def __init__(
        self,
        settings: Settings,
        reminders: ReminderPreferences,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("care_settings_dialog")
        self.setWindowTitle(_("On this day and reminders"))
        self.setAccessibleName(self.windowTitle())
        self.care = CareSettings(settings, reminders)
        self.message = label("", "error", "care_settings_message")
        self.message.setVisible(False)
        save = button(_("Save"), "save_care_settings_button", primary=True)
        cancel = button(_("Cancel"), "cancel_care_settings_button")
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        form = QtWidgets.QFormLayout()
        form.setSpacing(SPACING)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.care.add_to(form)
        body, outer = dialog_body(self, "care_settings_scroll")
        body.addWidget(heading(self.windowTitle()))
        body.addLayout(form)
        body.addStretch(1)
        outer.addWidget(self.message)
        outer.addLayout(button_row(cancel, save))

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # At least this wide, wider with the text or when a longer language's check box
        # needs it (a fixed width cut its words and the form's labels short).
        fit_dialog(self, WIDTH)
        super().showEvent(event)

    def save(self) -> None:
        try:
            self.care.save()
        except TrustJournalError as error:
            show_text(self.message, str(error))
            return
        self.accept()
