"""A kill while an import keeps its pictures leaves the journal as it was: the entries and
their pictures are written in one transaction (the process dies on the second picture)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from pictures_import_kit import dayone_entry, dayone_zip, gps_jpeg
from testkit import PASSPHRASE

from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.doctor import check_database
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

KILLED_IMPORT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from trustjournal.core.exchange import importing
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.vault.vault import Vault

    journal = Journal(Vault.unlock(Path(sys.argv[1]), sys.argv[2]))
    kept = importing.prepared
    seen = []

    def dies_on_the_second(data, name):
        seen.append(name)
        if len(seen) == 2:
            os._exit(9)
        return kept(data, name)

    importing.prepared = dies_on_the_second
    importing.Import(journal, "dayone", sys.argv[3]).run()
    """
)


def test_a_kill_while_pictures_are_kept_leaves_the_journal_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, params=FLOOR)[0].close()
    entries = [
        dayone_entry("First.", "A1", photos=[gps_jpeg(10), gps_jpeg(70)]),
        dayone_entry("Second.", "B2", photos=[gps_jpeg(140)]),
    ]
    (tmp_path / "from").mkdir()
    source = dayone_zip(tmp_path / "from" / "Export.zip", entries)
    child = [sys.executable, "-c", KILLED_IMPORT, str(folder), PASSPHRASE, str(source)]
    result = subprocess.run(child, capture_output=True, text=True, check=False)
    assert result.returncode == 9, result.stderr
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert journal.count() == 0
        database = journal.vault.database
        assert database.query("SELECT count(*) FROM attachments") == [(0,)]
        assert database.query("SELECT count(*) FROM attachment_blobs") == [(0,)]
        assert all(finding.ok for finding in check_database(journal.vault))
        # The same source imports whole afterwards: nothing half-kept stands in the way.
        summary = Import(journal, "dayone", str(source)).run()
        assert (summary.new, summary.brought) == (2, 3)
    finally:
        journal.close()
