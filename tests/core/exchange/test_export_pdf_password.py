"""The password of a protected PDF: the weakest are refused with the passphrase's hint."""

from __future__ import annotations

import io

import pytest
from export_kit import POEM, write
from pypdf import PdfReader

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal

pytestmark = pytest.mark.usefixtures("painting_application")


# -- the password of a protected PDF -------------------------------------------------------


@pytest.mark.parametrize("weak", ["a", "secret", "tide7", "password1"])
def test_the_weakest_pdf_passwords_are_refused_with_the_passphrase_hint(
    journal: Journal, weak: str
) -> None:
    from trustjournal.core.exchange.pdf_password import WeakPdfPassword
    from trustjournal.core.vault.keys.strength import strength

    write(journal, POEM)
    with pytest.raises(WeakPdfPassword) as refused:
        render(build_export(journal, ExportOptions()), "pdf", password=weak)
    assert strength(weak).hint.rstrip(".") in str(refused.value)


def test_a_fair_pdf_password_is_enough(journal: Journal) -> None:
    write(journal, POEM)
    data = render(build_export(journal, ExportOptions()), "pdf", password="amber tide")
    assert PdfReader(io.BytesIO(data)).is_encrypted
