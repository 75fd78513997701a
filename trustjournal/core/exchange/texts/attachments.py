"""What an export says about an entry's pictures and files, in the export's language
(docs/words.md): a file by its name and size, a picture by its caption or else its name.
Each sentence is whole and marked where it is said."""

from __future__ import annotations

from trustjournal.core.exchange.model import ExportAttachment
from trustjournal.core.language.numbers import Number
from trustjournal.core.language.speaking import _

_KILO = 1000
_MEGA = 1000 * 1000


def file_line(attachment: ExportAttachment) -> str:
    """A file that is not a picture, by name and size: "File: letter.pdf, 120 KB"."""
    if attachment.size >= _MEGA:
        megabytes = f"{Number(attachment.size / _MEGA):.1f}"
        return _("File: {name}, {size} MB").format(name=attachment.name, size=megabytes)
    kilobytes = f"{Number(max(1, round(attachment.size / _KILO))):,}"
    return _("File: {name}, {size} KB").format(name=attachment.name, size=kilobytes)


def picture_line(attachment: ExportAttachment) -> str:
    """A picture where it cannot be shown (plain text), by name: "Picture: beach.jpg"."""
    return _("Picture: {name}").format(name=attachment.name)


def picture_words(attachment: ExportAttachment) -> str:
    """What stands for a picture where it cannot be seen: its caption, else its name."""
    return attachment.caption or attachment.name
