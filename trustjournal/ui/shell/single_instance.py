"""One running app per journal folder: a second launch asks the first to come forward.

The first instance listens on a local socket named after a hash of the data
folder's path (the path itself never appears in the name). A second launch
connects, says "activate", and exits.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from trustjournal.identity import APP_ID
from trustjournal.ui.qt import QtCore, QtNetwork, Signal

ACTIVATE = b"activate\n"
_WAIT_MS = 1000


def server_name(data_dir: str | Path) -> str:
    resolved = str(Path(data_dir).expanduser().resolve())
    return f"{APP_ID}-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]


def notify_running(data_dir: str | Path) -> bool:
    """True when another instance holds this folder (it has been asked to come forward)."""
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(server_name(data_dir))
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
