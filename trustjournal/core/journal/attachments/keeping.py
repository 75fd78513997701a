"""Attachments of an unlocked journal: attach, list, read, caption, turn, remove, save out.

Each file is read safely (intake.py), cleaned (pictures.py, documents.py) and kept in
one transaction (the vault's AttachmentStore): a kill or a full disk leaves the journal
as it was or with the attachment whole. Each change is published as an update of its
entry, so views showing the entry refresh.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.attachments import texts
from trustjournal.core.journal.attachments.intake import AttachmentRefused, read_chosen_file
from trustjournal.core.journal.attachments.names import free_path, kept_name, media_type_of
from trustjournal.core.records.attachments import Attachment, HeldAttachment, Intake
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.attachments import AttachmentStore


def prepared(data: bytes, name: str) -> Intake:
    """A file made ready to keep: pictures written anew without their record, PDFs
    without their author fields, anything else as it came."""
    # Pillow and pypdf load only when a file is attached: every command and the app's
    # start would otherwise pay for them (pypdf alone is a large import).
    from trustjournal.core.journal.attachments.documents import is_pdf, pdf_without_author
    from trustjournal.core.journal.attachments.pictures import clean_picture, is_uncleanable_picture

    name = kept_name(name)
    if is_uncleanable_picture(data):
        raise AttachmentRefused(texts.UNCLEANABLE_PICTURE.format(name=name))
    picture = clean_picture(data, name)
    if picture is not None:
        return Intake(
            name=picture.name,
            media_type=picture.media_type,
            data=picture.data,
            thumbnail=picture.thumbnail,
            width=picture.width,
            height=picture.height,
            taken=picture.taken,
        )
    if is_pdf(data):
        cleaned = pdf_without_author(data)
        return Intake(
            name=name,
            media_type="application/pdf",
            data=data if cleaned is None else cleaned,
            cleaned=cleaned is not None,
        )
    media_type = media_type_of(name)
    if media_type.startswith("image/"):  # named as a picture, but no picture is in it
        media_type = "application/octet-stream"
    return Intake(name=name, media_type=media_type, data=data)


def turned_picture(data: bytes, name: str, quarter_turns: int) -> Intake:
    """A kept picture's bytes turned clockwise by quarter turns and written anew, with a
    new thumbnail: the slow part of a turn, safe on any thread (the app runs it on its
    background helper, then stores it with `Attachments.keep_turned`)."""
    from trustjournal.core.journal.attachments.pictures import turned  # see `prepared`

    picture = turned(data, name, quarter_turns)
    return Intake(
        name=name,
        media_type=picture.media_type,
        data=picture.data,
        thumbnail=picture.thumbnail,
        width=picture.width,
        height=picture.height,
    )


def prepared_file(path: Path) -> Intake:
    """The file at `path` read safely (an ordinary file, within the limit) and prepared."""
    return prepared(read_chosen_file(path), path.name)


Apart = Callable[[], AbstractContextManager[Database]]  # Vault.apart: a connection of its own


class Attachments:
    def __init__(
        self, store: AttachmentStore, changes: ChangeHub, clock: Clock, apart: Apart | None = None
    ) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock
        self._apart = apart

    # -- changing -------------------------------------------------------------------

    def attach_file(self, entry_id: int, path: Path) -> Attachment:
        """Attach the file at `path`, read safely and cleaned."""
        return self.keep(entry_id, prepared_file(path))

    def attach_bytes(self, entry_id: int, data: bytes, name: str) -> Attachment:
        """Attach bytes that came without a file (pasted, dropped, imported)."""
        return self.keep(entry_id, prepared(data, name))

    def keep(self, entry_id: int, intake: Intake) -> Attachment:
        """Store a prepared file with its entry, in one transaction."""
        attachment_id = self._store.add(entry_id, intake, self._clock.now())
        self._announce(entry_id)
        return self._store.get(attachment_id)

    def keep_apart(self, entry_id: int, intake: Intake) -> Attachment:
        """`keep` on a connection of its own, safe on another thread while the app's own
        connection serves the window (the app's helper stores a large picture this way).
        Nothing is announced here: views listen on the GUI thread, where the app then calls
        `announce_kept`."""
        if self._apart is None:
            raise RuntimeError("no connection apart was given")
        with self._apart() as database:
            store = AttachmentStore(database)
            return store.get(store.add(entry_id, intake, self._clock.now()))

    def announce_kept(self, attachment: Attachment) -> None:
        """Tell the views the attachment kept by `keep_apart` is there."""
        self._announce(attachment.entry_id)

    def set_caption(self, attachment_id: int, caption: str) -> Attachment:
        self._store.set_caption(attachment_id, caption.strip())
        attachment = self._store.get(attachment_id)
        self._announce(attachment.entry_id)
        return attachment

    def turn(self, attachment_id: int, quarter_turns: int = 1) -> Attachment:
        """Turn a picture clockwise by quarter turns (its thumbnail made again)."""
        attachment = self.picture(attachment_id)
        data = self._store.content(attachment_id)
        return self.keep_turned(attachment_id, turned_picture(data, attachment.name, quarter_turns))

    def picture(self, attachment_id: int) -> Attachment:
        """The attachment, if it is a picture; a file that is not one cannot be turned."""
        attachment = self._store.get(attachment_id)
        if not attachment.is_picture:
            raise AttachmentRefused(texts.NOT_A_PICTURE.format(name=attachment.name))
        return attachment

    def keep_turned(self, attachment_id: int, turned: Intake) -> Attachment:
        """Keep a picture turned by `turned_picture` in place of the one it was made from."""
        self._store.replace_bytes(attachment_id, turned)
        attachment = self._store.get(attachment_id)
        self._announce(attachment.entry_id)
        return attachment

    def remove(self, attachment_id: int) -> Attachment:
        attachment = self._store.get(attachment_id)
        self._store.remove(attachment_id)
        self._announce(attachment.entry_id)
        return attachment

    def remove_held(self, attachment_id: int) -> HeldAttachment:
        """Remove an attachment and return it whole, so the app can offer to undo."""
        held = self.held(attachment_id)
        self.remove(attachment_id)
        return held

    def held(self, attachment_id: int) -> HeldAttachment:
        """The attachment with its bytes and thumbnail, as `bring_back` needs them."""
        attachment = self._store.get(attachment_id)
        intake = Intake(
            name=attachment.name,
            media_type=attachment.media_type,
            data=self._store.content(attachment_id),
            thumbnail=self._store.thumbnail(attachment_id),
            width=attachment.width,
            height=attachment.height,
            taken=attachment.taken,
        )
        return HeldAttachment(attachment, intake)

    def held_of_entry(self, entry_id: int) -> tuple[HeldAttachment, ...]:
        """Every attachment of an entry, whole: deleting the entry takes them with it (the
        cascade), and undoing the delete brings them back from these."""
        return tuple(self.held(attachment.id) for attachment in self._store.of_entry(entry_id))

    def bring_back(self, held: HeldAttachment) -> Attachment:
        """Keep a held attachment again (a new id), with its caption; the bytes were cleaned
        when it first came in."""
        attachment_id = self._store.add(held.attachment.entry_id, held.intake, self._clock.now())
        if held.attachment.caption:
            self._store.set_caption(attachment_id, held.attachment.caption)
        self._announce(held.attachment.entry_id)
        return self._store.get(attachment_id)

    # -- reading --------------------------------------------------------------------

    def get(self, attachment_id: int) -> Attachment:
        return self._store.get(attachment_id)

    def of_entry(self, entry_id: int) -> list[Attachment]:
        return self._store.of_entry(entry_id)

    def of_entries(self, entry_ids: list[int]) -> dict[int, list[Attachment]]:
        return self._store.of_entries(entry_ids)

    def counts(self, entry_ids: list[int]) -> dict[int, int]:
        """How many attachments each entry has; an entry with none is left out."""
        return self._store.counts(entry_ids)

    def content(self, attachment_id: int) -> bytes:
        return self._store.content(attachment_id)

    def thumbnail(self, attachment_id: int) -> bytes | None:
        return self._store.thumbnail(attachment_id)

    def save_to(self, attachment_id: int, folder: Path) -> Path:
        """Write the attachment into `folder` under its name made safe, never over a file
        already there; 0600, written under a temporary name and renamed, so a kill leaves
        no half file under the real name."""
        attachment = self._store.get(attachment_id)
        target = free_path(folder, attachment.name)
        temporary = target.with_name(f".{target.name}.part")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                for chunk in self._store.chunks(attachment_id):
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            os.link(temporary, target)  # fails rather than replace a file made meanwhile
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        return target

    def _announce(self, entry_id: int) -> None:
        self._changes.publish(Change(Topic.ENTRIES, Action.UPDATED, ids=(entry_id,)))
