"""A new passphrase typed twice, with a live hint about how hard it would be to guess."""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.keys.strength import strength
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.widgets.controls import SPACING, label, passphrase_field

NOT_THE_SAME = N_("The two passphrases are not the same yet.")


class NewPassphraseForm(QtWidgets.QWidget):
    """Emits `changed` on every keystroke; `ready()` says when both fields agree and are strong.

    `submitted` is emitted when Enter is pressed in either field while the form is ready,
    so the person can finish with the keyboard as they would in any form.
    """

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = passphrase_field(
            "new_passphrase", _("New passphrase"), _("A passphrase only you know")
        )
        self.second = passphrase_field(
            "confirm_passphrase", _("Type the passphrase again"), _("The same passphrase again")
        )
        self.meter = QtWidgets.QProgressBar()
        self.meter.setObjectName("strength_meter")
        self.meter.setAccessibleName(_("Passphrase strength"))
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.verdict = label("", "subheading", "strength_label")
        self.hint = label("", "muted", "strength_hint")
        self.show_box = QtWidgets.QCheckBox(_("Show what I type"))
        self.show_box.setObjectName("show_passphrase")
        self.show_box.setAccessibleName(_("Show what I type"))
        self._build()
        for field in (self.first, self.second):
            field.textChanged.connect(self._update)
            field.returnPressed.connect(self._submit_if_ready)
        self.show_box.toggled.connect(self._show_text)
        self._update()

    def _build(self) -> None:
        form = QtWidgets.QFormLayout()
        form.setSpacing(SPACING)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(_("&Passphrase"), self.first), self.first)
        form.addRow(self._buddy(_("&Again"), self.second), self.second)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.meter)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hint)

    @staticmethod
    def _buddy(text: str, field: QtWidgets.QWidget) -> QtWidgets.QLabel:
        result = QtWidgets.QLabel(text)
        result.setBuddy(field)
        return result

    def _submit_if_ready(self) -> None:
        if self.ready():
            self.submitted.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def ready(self) -> bool:
        return strength(self.first.text()).acceptable and self.first.text() == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.first, self.second, self.show_box):
            widget.setEnabled(enabled)

    def _show_text(self, shown: bool) -> None:
        mode = QtWidgets.QLineEdit.EchoMode
        for field in (self.first, self.second):
            field.setEchoMode(mode.Normal if shown else mode.Password)

    def _update(self) -> None:
        verdict = strength(self.first.text())
        self.meter.setValue(verdict.score)
        self.meter.setProperty("strength", "ok" if verdict.acceptable else "low")
        self.meter.style().polish(self.meter)
        shown = _("Strength: {verdict}").format(verdict=verdict.label)
        self.verdict.setText(shown if self.first.text() else "")
        self.verdict.setVisible(bool(self.first.text()))
        hint = verdict.hint
        if verdict.acceptable and self.second.text() != self.first.text():
            hint = f"{verdict.hint} {_(NOT_THE_SAME)}"
        self.hint.setText(hint)
        self.meter.setAccessibleDescription(
            _("{verdict}. {hint}").format(verdict=verdict.label, hint=hint)
        )
        self.changed.emit()
