"""First run: a warm welcome, what is and is not private, a passphrase, the recovery code.

The vault is created off the GUI thread (the key derivation is slow on
purpose). The window emits `finished(vault)` only after the person has said
their recovery code is stored.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.clock import SystemClock
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import _
from trustjournal.core.settings import Settings
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtGui, QtWidgets, Signal
from trustjournal.ui.shell import texts
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.passphrase_form import NewPassphraseForm
from trustjournal.ui.shell.keys.recovery_code_view import RecoveryCodeView
from trustjournal.ui.shell.keys.restore_dialog import RestoreDialog
from trustjournal.ui.shell.settings.about_you import AboutYouStep, keep_answers
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    busy_bar,
    button,
    button_row,
    card,
    centered,
    heading,
    label,
    link_button,
    show_text,
)

ABOUT = 2  # the step that asks who is writing, after what stays private


class OnboardingWindow(QtWidgets.QWidget):
    finished = Signal(object)  # the open Vault
    restored = Signal(str)  # a backup was restored here instead; the sentence to show

    def __init__(
        self, data_dir: str | Path, clipboard: ClipboardGuard, title: str = "TrustJournal"
    ) -> None:
        super().__init__()
        self.setObjectName("onboarding")
        self.setAccessibleName(_("Set up TrustJournal"))
        self.setWindowTitle(title)
        self._data_dir = Path(data_dir)
        self._vault: Vault | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.steps = QtWidgets.QStackedWidget()
        self.steps.setObjectName("onboarding_steps")
        self.form = NewPassphraseForm()
        self.create_button = button(_("Create my journal"), "create_button", primary=True)
        self.create_busy = busy_bar("create_busy", _("Creating your journal"))
        self.create_message = label("", "error", "create_message")
        self.create_message.setVisible(False)
        self.code_view = RecoveryCodeView(clipboard)
        self.about_you = AboutYouStep()
        pages = (
            self._welcome(),
            self._limits(),
            self._about(),
            self._passphrase(),
            self._recovery(),
        )
        for page in pages:
            self.steps.addWidget(page)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        self.form.changed.connect(self._form_changed)
        self.create_button.clicked.connect(self.create_vault)
        self.form.submitted.connect(self.create_vault)
        self.code_view.confirmed.connect(self._confirmed)
        self._form_changed()

    # -- the four steps --------------------------------------------------------------

    def _step(self, name: str, *parts: QtWidgets.QWidget | QtWidgets.QLayout) -> QtWidgets.QWidget:
        frame, layout = card(f"{name}_card", max_width=620)
        for part in parts:
            if isinstance(part, QtWidgets.QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        page = centered(frame)
        page.setObjectName(name)
        return page

    def _welcome(self) -> QtWidgets.QWidget:
        begin = button(_("Begin"), "begin_button", primary=True)
        begin.clicked.connect(lambda: self.go_to(1))
        restore = link_button(
            _("Moving from another computer? Restore a backup…"), "restore_open_button"
        )
        restore.clicked.connect(self.open_restore)
        return self._step(
            "welcome_step",
            heading(_("Welcome to TrustJournal")),
            label(texts.WELCOME),
            label(texts.WELCOME_MORE, "muted"),
            button_row(begin),
            # A row of its own: beside Begin, a longer language cut it short at both ends.
            button_row(leading=restore),
        )

    def open_restore(self) -> None:
        self.restore_dialog = RestoreDialog(self._data_dir, SystemClock(), self, open_after=True)
        self.restore_dialog.restored.connect(self.restored)
        self.restore_dialog.opened.connect(self.finished)  # no second ask on a lock screen
        self.restore_dialog.open()

    def _limits(self) -> QtWidgets.QWidget:
        back = button(_("Back"), "limits_back_button")
        go_on = button(_("I understand"), "limits_next_button", primary=True)
        back.clicked.connect(lambda: self.go_to(0))
        go_on.clicked.connect(lambda: self.go_to(ABOUT))
        return self._step(
            "limits_step",
            heading(_("What stays private")),
            label(texts.KEPT_PRIVATE),
            label(_("What no app can protect against"), "subheading"),
            label(texts.NOT_PRIVATE, name="limits_list"),
            label(inbox_texts.WHAT_SEALING_PROTECTS, "muted", "limits_sealed_notes"),
            label(texts.ADVICE, "muted"),
            button_row(go_on, leading=back),
        )

    def _about(self) -> QtWidgets.QWidget:
        """Who is writing, roughly where they are: kept in memory until the journal exists."""
        self.about_you.back.connect(lambda: self.go_to(ABOUT - 1))
        self.about_you.done.connect(lambda: self.go_to(ABOUT + 1))
        return self._step("about_step", self.about_you)

    def _passphrase(self) -> QtWidgets.QWidget:
        back = button(_("Back"), "passphrase_back_button")
        back.clicked.connect(lambda: self.go_to(ABOUT))
        self._passphrase_back = back
        return self._step(
            "passphrase_step",
            heading(_("Choose your passphrase")),
            label(texts.CHOOSE),
            self.form,
            self.create_message,
            self.create_busy,
            button_row(self.create_button, leading=back),
        )

    def _recovery(self) -> QtWidgets.QWidget:
        return self._step("recovery_step", self.code_view)

    # -- moving through ----------------------------------------------------------------

    def go_to(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self._focus_step()

    def _focus_step(self) -> None:
        """The focus on the step's way on (or its first field), so Space or typing works."""
        index = self.steps.currentIndex()
        page = self.steps.currentWidget()
        assert page is not None  # every index go_to is given is a step
        first = {
            0: "begin_button",
            1: "limits_next_button",
            ABOUT: "about_next_button",
            ABOUT + 1: "new_passphrase",
        }.get(index)
        target = page.findChild(QtWidgets.QWidget, first) if first else self.code_view.copy_button
        if target is not None:
            target.setFocus()

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        # Without this the first Tab stop (the page's scroll area) had the focus at first.
        super().showEvent(event)
        self._focus_step()

    def _form_changed(self) -> None:
        self.create_button.setEnabled(self.form.ready() and self._vault is None)

    def create_vault(self) -> None:
        if not self.form.ready() or not self.create_button.isEnabled():
            return
        passphrase = self.form.passphrase()
        self._set_busy(True)
        show_text(self.create_message, "")
        folder = self._data_dir
        run_in_background(
            lambda: Vault.create(folder, passphrase),
            self._created,
            self._create_failed,
            owner=self,  # a window gone meanwhile: the new vault is closed, not dropped open
        )

    def _set_busy(self, busy: bool) -> None:
        self.create_busy.setVisible(busy)
        self.form.set_enabled(not busy)
        self.create_button.setEnabled(not busy and self.form.ready())
        self._passphrase_back.setEnabled(not busy)

    def _created(self, result: tuple[Vault, str]) -> None:
        self._vault, code = result
        self.form.clear()
        self._set_busy(False)
        self.code_view.show_code(code)
        self.go_to(self.steps.count() - 1)

    def _create_failed(self, error: TrustJournalError) -> None:
        self._set_busy(False)
        show_text(self.create_message, str(error))

    def _confirmed(self) -> None:
        vault, self._vault = self._vault, None
        self.code_view.forget_code()
        if vault is not None:
            keep_answers(Settings.for_vault(vault), self.about_you.answers())
            self.finished.emit(vault)

    def discard(self) -> None:
        """Close a vault created but not yet handed on (the window is going away)."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.discard()
        super().closeEvent(event)
