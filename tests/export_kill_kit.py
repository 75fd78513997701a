"""A test helper: an export killed between writing its temporary file and renaming it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from testkit import PASSPHRASE

CANARY = "cobalt-heron-unfinished-export"

# A child writes an export and dies at the worst moment: the temporary file is
# full and flushed, and the rename into place never happens.
KILLED_EXPORT = textwrap.dedent(
    """
    import datetime as dt, os, sys
    from pathlib import Path
    from trustjournal.core.exchange.export import ExportOptions, export_to_file
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.records.entries import EntryDraft
    from trustjournal.core.vault.vault import Vault

    journal = Journal(Vault.unlock(Path(sys.argv[1]), sys.argv[2]))
    journal.add_entry(EntryDraft(day=dt.date.today(), title="t", body=sys.argv[4]))
    Path.replace = lambda self, target: os._exit(9)
    export_to_file(journal, ExportOptions(), "md", Path(sys.argv[3]))
    """
)


def kill_an_export(folder: Path, target: Path) -> Path:
    """Run the killed export; gives the temporary file it left (holding the canary)."""
    result = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(folder), PASSPHRASE, str(target), CANARY],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 9, result.stderr
    (left,) = target.parent.glob(f".{target.name}.*.tmp")
    assert CANARY in left.read_text()
    return left
