"""The words of pictures and files in the editor (docs/words.md): what a screen reader hears
for each thumbnail, what the editor says after attaching, removing or saving a copy, the
caption's question and the full view's place in the row. Short labels stay beside their
widgets."""

from __future__ import annotations

from trustjournal.core.language.speaking import _, spoken
from trustjournal.core.texts import counted


def attached(count: int) -> str:
    """Under the text, after files came in (each refusal is said on its own)."""
    return counted(count, "1 file attached.", "{count} files attached.")


def thumbnail_name(name: str, caption: str, picture: bool) -> str:
    """What a screen reader says for a thumbnail: what it is, its name, its caption."""
    if picture:
        said = _(PICTURE_CAPTIONED) if caption else _(PICTURE_NAMED)
    else:
        said = _(FILE_CAPTIONED) if caption else _(FILE_NAMED)
    return said.format(name=name, caption=caption)


# A thumbnail to a screen reader (thumbnail_name), and what its keys do.
PICTURE_NAMED = "Picture \u201c{name}\u201d"
PICTURE_CAPTIONED = "Picture \u201c{name}\u201d: {caption}"
FILE_NAMED = "File \u201c{name}\u201d"
FILE_CAPTIONED = "File \u201c{name}\u201d: {caption}"
THUMBNAIL_KEYS = "Enter opens it, F2 gives it a caption, Delete removes it (it can be undone)."
PICTURE_KEYS = (
    "Enter opens it, F2 gives it a caption, [ and ] turn it left or right, Delete removes "
    "it (it can be undone)."
)
# What a file loses on its way in, on "Attach…" (issue 26); and short, once, under the
# text after the journal's first attach (the status line is a narrow column).
WHAT_WAS_REMOVED = "Hidden details, like where it was taken, were removed; what it shows stays."
WHAT_IS_REMOVED = (
    "Before a picture is kept, where it was taken, the camera's serial number and its "
    "other hidden records (XMP, IPTC) are taken out of it; a PDF loses its author fields. "
    "What cannot be taken out is what the picture shows: a street sign, a house number, "
    "a face."
)
# The editor's status line and the undo bar.
ATTACHING = "Attaching \u201c{name}\u201d\u2026"
COMING = "Adding\u2026"  # in the frame where a file being attached will show
REMOVED = "\u201c{name}\u201d removed."
SAVED_COPY = "A copy of \u201c{name}\u201d was saved as {path}."
NOT_SAVED_COPY = "A copy of \u201c{name}\u201d could not be saved: {reason}"
TURNED = "\u201c{name}\u201d turned. To undo it, turn it back."
NOT_SHOWN = "\u201c{name}\u201d could not be shown: the picture may be damaged."
CAPTION_QUESTION = (
    "A few words about \u201c{name}\u201d. They are found by the journal's search, like "
    "the entry's text."
)
# The full view.
POSITION = "Picture {number} of {count}"
VIEW_KEYS = (
    "Left and right arrows step through the entry's pictures; [ and ] turn the picture "
    "left or right; Escape closes."
)

spoken(__name__)
