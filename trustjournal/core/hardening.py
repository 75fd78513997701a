"""Keeping the unlocked journal's key out of crash dumps.

While the journal is open its data key is in memory; a crash would write that
memory to a core file on disk, where it outlives the session. So both the app
and the command line start by asking the system for no core files at all
(RLIMIT_CORE 0) and, on Linux, by marking the process not dumpable
(PR_SET_DUMPABLE 0), which also keeps other processes of the same user from
attaching a debugger to read its memory. On macOS only the core limit exists;
on Windows neither does, and this is a no-op (Windows Error Reporting is
configured per machine). Memory and swap of an unlocked computer remain out of
any app's reach; the app says so in its words about what it cannot protect.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """No core dumps, and not dumpable; quietly does what the platform allows."""
    if sys.platform == "win32":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(_PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool:
    """Whether this process may still be dumped or traced (Linux; False elsewhere)."""
    if not sys.platform.startswith("linux"):
        return False
    return _prctl(_PR_GET_DUMPABLE, 0) != 0


def _prctl(option: int, value: int) -> int:
    # The C library this process already runs on (dlopen of no file): finding it by name
    # (ctypes.util.find_library) runs ldconfig in a child process, a cost paid by every
    # command, `trustjournal capture` among them, before it has done anything.
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(option, value, 0, 0, 0))
