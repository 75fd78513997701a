"""Extract the marked words into the template and compile every language's catalogue
(docs/decisions/0005-translations.md).

    python tools/words.py extract    # trustjournal/locale/trustjournal.pot from the code
    python tools/words.py compile    # each locale/<code>/LC_MESSAGES/trustjournal.po -> .mo
    python tools/words.py pseudo     # how `--lang pseudo` says each marked sentence

Run `extract` after changing a marked sentence (tests/house/test_catalogues.py fails
until you do), and `compile` after changing a translation.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from trustjournal.core.language.catalogue import extract
from trustjournal.core.language.checks import TEMPLATE
from trustjournal.core.language.po_files import compile_po, po_text
from trustjournal.core.language.pseudo import pseudo_translated
from trustjournal.core.language.speaking import LOCALE_DIR

ROOT = Path(__file__).resolve().parents[1]


def write_template() -> None:
    (LOCALE_DIR / TEMPLATE).write_text(po_text(extract(ROOT), template=True), encoding="utf-8")


def compile_all() -> None:
    for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        compile_po(po, po.with_suffix(".mo"))
        print(po.with_suffix(".mo").relative_to(ROOT))


def show_pseudo() -> None:
    for message in extract(ROOT):
        print(pseudo_translated(message.msgid))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("extract", "compile", "pseudo"))
    step = parser.parse_args().step
    {"extract": write_template, "compile": compile_all, "pseudo": show_pseudo}[step]()


if __name__ == "__main__":
    main()
