"""The export dialog's PDF password: typed twice, with a live hint of its strength, asked
again after every try (never kept), and dimmed with its names when it does not apply."""

from __future__ import annotations

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.exchange.pdf_password import (
    acceptable_pdf_password,
    pdf_password_strength,
    require_pdf_password,
)
from trustjournal.core.exchange.texts import export as export_texts
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.controls import label, passphrase_field


class PdfLock:
    """The password fields and their names, for the dialog's form."""

    def __init__(self) -> None:
        self.password = passphrase_field("export_password", _("Password for the PDF"))
        self.again = passphrase_field("export_password_again", _("The password again"))
        self.strength = label("", role="hint", name="export_password_strength")
        # The fields' names are dimmed with them, so a field off reads as off.
        self.password_label = label(_("Password"), name="export_password_label")
        self.again_label = label(_("Once more"), name="export_password_again_label")
        self.password.textChanged.connect(self._show_strength)

    def add_rows(self, form: QtWidgets.QFormLayout) -> None:
        form.addRow(self.password_label, self.password)
        form.addRow("", self.strength)
        form.addRow(self.again_label, self.again)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.password, self.again, self.password_label, self.again_label):
            widget.setEnabled(enabled)

    def chosen(self) -> str:
        """The password typed, the same twice and strong enough; else why not, as one
        sentence (TrustJournalError)."""
        first, second = self.password.text(), self.again.text()
        if not first:
            raise TrustJournalError(export_texts.NO_PDF_LOCK)
        if first != second:
            raise TrustJournalError(export_texts.PDF_LOCKS_DIFFER)
        require_pdf_password(first)
        return first

    def forget(self) -> None:
        self.password.clear()
        self.again.clear()

    def _show_strength(self, password: str) -> None:
        """The passphrase's kind of hint, live, as the password is typed."""
        verdict = pdf_password_strength(password)
        text = ""
        if password and not acceptable_pdf_password(password):
            text = _("{verdict}: {hint} A stronger password is needed to save.").format(
                verdict=verdict.label, hint=verdict.hint
            )
        elif password:
            text = _("{verdict}: {hint}").format(verdict=verdict.label, hint=verdict.hint)
        self.strength.setText(text)
