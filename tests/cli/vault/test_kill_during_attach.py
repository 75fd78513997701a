"""A kill at any moment of an attach leaves the journal as it was, or with the attachment
whole: never a part of its bytes, never a row without them; both as the command line
attaches (on the journal's connection) and as the app stores a picture on its helper
(`keep_apart`, on a connection of its own).

The child process attaches a 5 MiB file (five chunks) and kills itself from inside
SQLite's progress handler after a chosen number of steps, so the kill lands in the
middle of writing the chunks, the row or the commit; the last runs are not killed."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault import doctor
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.vault.vault import Vault

    from trustjournal.core.journal.attachments.keeping import prepared_file
    from trustjournal.core.vault.database import Database

    folder, file, ticks, secret, way = sys.argv[1:6]
    journal = Journal(Vault.unlock(Path(folder), secret))
    count = 0

    def tick():
        global count
        count += 1
        if count == int(ticks):
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    if way == "apart":  # every SQLite step of the connection opened for the store
        opening = Database.open

        def opened(*arguments, **options):
            database = opening(*arguments, **options)
            database.connection.set_progress_handler(tick, 1)
            return database

        Database.open = opened
        journal.attachments.keep_apart(1, prepared_file(Path(file)))
    else:
        journal.vault.database.connection.set_progress_handler(tick, 1)  # every step
        journal.attachments.attach_file(1, Path(file))
    print("attached", count, flush=True)
    """
)


@pytest.mark.slow  # a dozen interpreters
@pytest.mark.parametrize("way", ["journal", "apart"])
def test_a_kill_during_attach_leaves_nothing_or_the_whole_attachment(
    tmp_path: Path, way: str
) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, params=FLOOR)[0].close()
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    journal.add_entry(EntryDraft(day=dt.date(2026, 1, 1), title="kept", body="words"))
    journal.close()
    data = os.urandom(5 * 1024 * 1024)
    chosen = tmp_path / "voice.ogg"
    chosen.write_bytes(data)
    outcomes = []
    for ticks in (1, 10, 40, 80, 110, 125, 10**9):  # an attach is about 130 steps
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), str(chosen), str(ticks), PASSPHRASE, way],
            capture_output=True,
            text=True,
            env=dict(os.environ, TRUSTJOURNAL_KDF_TARGET_SECONDS="0"),
            timeout=120,
            check=False,
        )
        assert "Traceback" not in child.stderr, child.stderr
        outcomes.append(_attachments_after(folder, data))
    assert outcomes[0] == 0  # killed before anything was kept
    assert {after - before for before, after in itertools.pairwise(outcomes)} <= {0, 1}
    assert outcomes[-1] > outcomes[-2]  # not killed: attached


def _attachments_after(folder: Path, data: bytes) -> int:
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert doctor.check_database(journal.vault)[0].ok
        assert [journal.entry(i).title for i in journal.entry_ids()] == ["kept"]
        attachments = journal.attachments.of_entry(1)
        assert all(journal.attachments.content(a.id) == data for a in attachments)
        return len(attachments)
    finally:
        journal.close()
