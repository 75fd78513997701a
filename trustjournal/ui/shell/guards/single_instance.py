"""One running app per journal folder: a second launch asks the first to come forward.

The first instance listens on a local socket named after a hash of the data
folder's path (the path itself never appears in the name). A second launch
connects, says "activate", and exits. The socket lives in the user's runtime
folder ($XDG_RUNTIME_DIR, private to them and emptied at logout), not in the
shared /tmp; sockets a crashed instance left there are removed at start.

Without $XDG_RUNTIME_DIR the socket goes in a folder of our own in the temp
folder, used only when it is a real folder owned by this user with mode 0700.
Anyone can make that folder first (or a socket in its place) to stop the app
from starting; then the app says so in one sentence and starts without the
check, never falling back to a name in the shared /tmp.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path

from trustjournal.core.language.speaking import N_, _
from trustjournal.identity import APP_ID
from trustjournal.ui.qt import QtCore, QtNetwork, Signal

ACTIVATE = b"activate\n"
_WAIT_MS = 1000


SOCKET_PREFIX = f"{APP_ID}-"
_MAX_SOCKET_PATH = 100  # sockaddr_un holds 104-108 bytes
_PRIVATE_MODE = 0o700
NO_PRIVATE_PLACE = N_(
    "TrustJournal is starting without its check for a second window of this journal, "
    "because its private folder {folder} belongs to someone else or is open to others."
)


def server_name(data_dir: str | Path) -> str | None:
    """The socket's name, or None when there is no private place for it (start unguarded)."""
    resolved = str(Path(data_dir).expanduser().resolve())
    name = SOCKET_PREFIX + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]
    if sys.platform == "win32":
        return name  # a named pipe, made for this user only (UserAccessOption)
    folder = runtime_folder()
    if folder is None or len(str(folder / name)) > _MAX_SOCKET_PATH:
        return None  # never Qt's own place: that is the shared /tmp, open to squatting
    return str(folder / name)


def fallback_folder() -> Path:
    """Where the socket goes without $XDG_RUNTIME_DIR (short: a socket path fits ~100 bytes)."""
    return Path(tempfile.gettempdir()) / f"trustjournal-{os.getuid()}"


def runtime_folder() -> Path | None:
    """The user's private runtime folder, a private one made in the temp folder, or None."""
    if sys.platform == "win32":
        return None  # named pipes there, not files
    configured = os.environ.get("XDG_RUNTIME_DIR")
    if configured and Path(configured).is_dir():
        return Path(configured)
    folder = fallback_folder()
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=_PRIVATE_MODE)
        folder.chmod(_PRIVATE_MODE)  # made just now by us: the umask may have narrowed it
    return folder if is_private(folder) else None


def is_private(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, that nobody else may enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) == _PRIVATE_MODE
    )


def say_if_unguarded(data_dir: str | Path) -> bool:
    """True (after one sentence on stderr) when this start goes without the instance check."""
    if server_name(data_dir) is not None:
        return False
    print(_(NO_PRIVATE_PLACE).format(folder=fallback_folder()), file=sys.stderr, flush=True)
    return True


def remove_stale_sockets() -> list[str]:
    """Sockets of instances that are gone (nobody answers); gives the names removed."""
    folder = runtime_folder()
    if folder is None:
        return []
    removed: list[str] = []
    for path in folder.glob(SOCKET_PREFIX + "*"):
        if not path.is_socket() or _answers(str(path)):
            continue
        QtNetwork.QLocalServer.removeServer(str(path))
        removed.append(path.name)
    return removed


def _answers(name: str) -> bool:
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(name)
    answered = socket.waitForConnected(_WAIT_MS)
    socket.abort()
    return answered


def notify_running(data_dir: str | Path) -> bool:
    """True when another instance holds this folder (it has been asked to come forward)."""
    name = server_name(data_dir)
    if name is None:
        return False
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(_WAIT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QtCore.QObject):
    """Listens for later launches; emits `activated` when one asks to come forward."""

    activated = Signal()

    def __init__(self, data_dir: str | Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QtNetwork.QLocalServer(self)
        self._server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._name = server_name(data_dir)

    def listen(self) -> bool:
        """False when there is no private place to listen in (the app starts unguarded)."""
        if self._name is None:
            return False
        if self._server.listen(self._name):
            return True
        # A socket left behind by an instance that crashed: nobody answered, so take it over.
        QtNetwork.QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QtNetwork.QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
            self.activated.emit()
