"""Check-ins done together from the command line: the timeline shows them, exports hold them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from testkit import PASSPHRASE
from together_kit import OWNER_WORDS, PARTNER_CANARIES, together_draft

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def _vault_with_two(data_dir: Path) -> None:
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    journal = Journal(vault)
    journal.together.add(together_draft(dt.date(2026, 3, 10), partner_consents=False))
    journal.together.add(together_draft(dt.date(2026, 3, 12), partner_consents=True))
    journal.close()


def test_together_in_the_timeline_json_and_text(run_cli: RunCli, data_dir: Path) -> None:
    _vault_with_two(data_dir)
    window = ("timeline", "--from", "2026-03-01", "--to", "2026-03-31")
    result = run_cli(*window, "--json", secrets=[PASSPHRASE])
    assert result.returncode == 0, result.stderr
    together = json.loads(result.stdout)["together"]
    assert [t["date"] for t in together] == ["2026-03-10", "2026-03-12"]
    assert together[0]["partner"]["helped"] == "PARTNERHELPEDCANARY"  # the owner's own journal
    assert [t["partner_consents_to_exports"] for t in together] == [False, True]
    shown = run_cli(*window, secrets=[PASSPHRASE]).stdout
    assert "10 March 2026  together" in shown


def test_together_export_keeps_out_what_the_partner_did_not_share(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    _vault_with_two(data_dir)
    out = tmp_path / "notes.json"
    result = run_cli(
        "export", "--format", "json", "-o", str(out), "--from", "2026-03-01",
        "--to", "2026-03-31", secrets=[PASSPHRASE],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))["together"]
    assert [t["day"] for t in exported] == ["2026-03-10", "2026-03-12"]
    assert exported[0]["partner"] is None
    assert exported[1]["partner"]["helped"] == "PARTNERHELPEDCANARY"
    first = json.dumps(exported[0])
    assert all(words in first for words in OWNER_WORDS)
    assert not any(canary in first for canary in PARTNER_CANARIES)
