"""A "# Translators:" comment above marked words reaches the translator (gettext's `#.`
lines): extracted into the template, kept through a `.po` file, and carried to every
language's catalogue by `tools/words.py update` (issue 22: what `{where}` is)."""

from __future__ import annotations

from trustjournal.core.language.catalogue import extract_from
from trustjournal.core.language.po_files import po_text, read_po

SOURCE = """\
from trustjournal.core.language.speaking import _, spoken

# Places a sentence names.
# Translators: {number} counts the entries
# of the source from 1.
ENTRY = "entry {number}"
# A comment for developers only.
LINE = "line {line}"


def said() -> str:
    # Translators: a time of day.
    return _("{hour}:{minute}")


spoken(__name__)
"""


def test_the_translators_comment_above_a_constant_or_a_call_is_extracted() -> None:
    found = {m.msgid: m.comments for m in extract_from(SOURCE, "x.py")}
    assert found == {
        "entry {number}": ["{number} counts the entries", "of the source from 1."],
        "line {line}": [],
        "{hour}:{minute}": ["a time of day."],
    }


def test_the_comments_survive_a_po_file() -> None:
    messages = extract_from(SOURCE, "x.py")
    text = po_text(messages, template=True)
    assert "#. {number} counts the entries\n#. of the source from 1.\n#: x.py ENTRY" in text
    _header, read = read_po(text)
    assert [m.comments for m in read] == [m.comments for m in messages]
