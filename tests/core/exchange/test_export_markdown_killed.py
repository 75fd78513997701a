"""A Markdown export killed while its folder of pictures is written leaves no half folder
in sight, and the next unlock removes the temporary one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from testkit import PASSPHRASE

from trustjournal.core.vault.vault import Vault

# The child keeps a picture with an entry, then exports and dies at the worst moment:
# the folder's files are written and synced, and the rename into place never happens.
KILLED_WHILE_THE_FOLDER_GOES_IN = textwrap.dedent(
    """
    import datetime as dt, io, os, sys
    from pathlib import Path
    from PIL import Image
    from trustjournal.core.exchange.export import ExportOptions, export_to_file
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.records.entries import EntryDraft
    from trustjournal.core.vault.vault import Vault

    journal = Journal(Vault.unlock(Path(sys.argv[1]), sys.argv[2]))
    entry = journal.add_entry(EntryDraft(day=dt.date.today(), title="t", body="words"))
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "JPEG")
    journal.attachments.attach_bytes(entry.id, out.getvalue(), "beach.jpg")
    Path.rename = lambda self, target: os._exit(9)
    export_to_file(journal, ExportOptions(), "md", Path(sys.argv[3]))
    """
)


def test_a_kill_before_the_folder_is_in_place_leaves_it_only_as_a_temporary_one(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    chosen = tmp_path / "usb stick"
    chosen.mkdir()
    target = chosen / "notes.md"
    script = KILLED_WHILE_THE_FOLDER_GOES_IN
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder), PASSPHRASE, str(target)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 9, result.stderr
    (left,) = chosen.iterdir()  # no notes.md, no "notes files": only the temporary folder
    assert left.name.startswith(".notes files.") and left.name.endswith(".tmp")
    assert [p.name for p in left.iterdir()] == ["beach.jpg"]
    Vault.unlock(folder, PASSPHRASE).close()
    assert list(chosen.iterdir()) == []
