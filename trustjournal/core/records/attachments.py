"""Pictures and files attached to entries, as the app and the command line see them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Attachment:
    """One attached file: what it is called and holds, never its bytes."""

    id: int
    entry_id: int
    name: str
    media_type: str
    size: int
    caption: str = ""
    width: int | None = None
    height: int | None = None
    # When the picture was taken, from its own record: a suggestion for the entry's day.
    taken: dt.date | None = None
    has_thumbnail: bool = False

    @property
    def is_picture(self) -> bool:
        return self.width is not None

    def fields(self) -> dict[str, object]:
        """What `list --json` and `attachments --json` print about it (never its bytes)."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.media_type,
            "size": self.size,
            "caption": self.caption,
            "width": self.width,
            "height": self.height,
            "taken": None if self.taken is None else self.taken.isoformat(),
        }


@dataclass(frozen=True)
class Intake:
    """A file made ready to keep: its bytes stripped, its thumbnail made, nothing stored yet."""

    name: str
    media_type: str
    data: bytes
    thumbnail: bytes | None = None
    width: int | None = None
    height: int | None = None
    taken: dt.date | None = None
    # False when a file kind that can carry an author (a PDF) could not be cleaned.
    cleaned: bool = True
    caption: str = ""  # kept with it when it is inserted (an import of our own export)


@dataclass(frozen=True)
class HeldAttachment:
    """An attachment removed (or about to go with its entry), held in memory so an undo
    can bring it back: its row as it was and its cleaned bytes, never written elsewhere."""

    attachment: Attachment
    intake: Intake
