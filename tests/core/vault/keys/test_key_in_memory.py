"""The hex form of the data key handed to SQLCipher does not stay behind in memory.

A core dump of an unlocked journal once held the `PRAGMA key` string twice. A
child process opens a vault and searches its own memory for the hex key: only
the search's own needle may be found.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.vault.keys.memory import wipe_text

SCAN = textwrap.dedent(
    """
    import re, sys
    from pathlib import Path
    from trustjournal.core.vault.vault import Vault

    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
    needle = vault.data_key().hex().encode()  # this one is expected

    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as memory:
        for line in maps:
            start, end, mode = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\\S+)", line).groups()
            if "r" not in mode or "[v" in line:
                continue
            try:
                memory.seek(int(start, 16))
                found += memory.read(int(end, 16) - int(start, 16)).count(needle)
            except (OSError, ValueError, OverflowError):
                pass
    print(found)
    vault.close()
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mem")
def test_no_hex_key_string_is_left_in_memory(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    result = subprocess.run(
        [sys.executable, "-c", SCAN, str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout) == 1, "the hex key was found besides the search's own copy"


def test_wiping_a_string_zeroes_its_characters() -> None:
    secret = "".join(["ab", "cd"]) * 8  # built at run time, not a shared constant
    wipe_text(secret)
    assert secret == "\0" * 32
