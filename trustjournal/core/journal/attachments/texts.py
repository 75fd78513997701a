"""The attachments' words (docs/words.md): one plain sentence for each file refused, naming
the file, saying what happened (nothing was attached) and, where it helps, what to do."""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

TOO_LARGE = (
    "\u201c{name}\u201d is larger than {limit} MB, the most TrustJournal keeps in one "
    "attachment; nothing was attached."
)
TOO_MANY_PIXELS = (
    "\u201c{name}\u201d is a picture of {width} \u00d7 {height} pixels, more than "
    "TrustJournal opens safely ({limit} million pixels, {side} pixels a side); "
    "make it smaller first. Nothing was attached."
)
NOT_A_FILE = "\u201c{name}\u201d is a folder, not a file; nothing was attached."
NOT_REGULAR = (
    "\u201c{name}\u201d is not an ordinary file (a pipe, a device or a socket); "
    "nothing was attached."
)
A_LINK = (
    "\u201c{name}\u201d is a link to another file. Attach the file it points to instead; "
    "nothing was attached."
)
MISSING = "\u201c{name}\u201d could not be found; nothing was attached."
UNREADABLE = (
    "\u201c{name}\u201d could not be read (check that you may open it); nothing was attached."
)
DAMAGED_PICTURE = (
    "\u201c{name}\u201d looks like a picture but is damaged or cut short, so it could not "
    "be cleaned of its location; nothing was attached."
)
UNCLEANABLE_PICTURE = (
    "\u201c{name}\u201d is a kind of picture (HEIC or AVIF) TrustJournal cannot clean of "
    "its location yet. Save it as JPEG or PNG first; nothing was attached."
)
NOT_A_PICTURE = "\u201c{name}\u201d is not a picture, so it cannot be turned."

spoken(__name__)
