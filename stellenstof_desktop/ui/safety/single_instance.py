"""One running app per data folder: a second start brings the first window to the front.

The first instance holds a lock file beside the database, in the data folder itself:
every start on that folder finds it, whatever its temporary folder (TMPDIR) says. It is a
QLockFile, so the lock of a crashed run is stale: Qt checks the process id it names, and
that this process runs the same program on the same machine since the same boot, so a
process id reused by another program (or after a restart) does not block the start.
Once its window has painted, the first instance listens on a local socket. A second start
finds the lock taken, tells the first over that socket to raise its window, and ends
without opening the database. QtNetwork is imported only for the socket, after the first
paint or in the second instance: it costs ~25 ms.

The socket's name derives from the data folder and the user, so two folders (or two
users on one machine) never block each other.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "stellenstof.lock"  # in the data folder, beside the database
RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500
WAIT_FOR_FIRST_MS = 5000  # the first instance listens once its window has painted


def instance_key(data_dir: Path) -> str:
    """A short name for this user's app on this data folder (no personal data in it)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment (a bare container)
        user = ""
    digest = hashlib.sha256(f"{user}\0{data_dir}".encode()).hexdigest()[:20]
    return f"stellenstof-{digest}"


class SingleInstance(QObject):
    """Claims the data folder for this process, or hands the start over to the owner."""

    activated = Signal()  # a second start asked this instance to come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(data_dir)
        self.data_dir = data_dir
        self.lock_path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # held for the whole run; only a dead owner is stale
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this process is the first; the lock is kept until `release()`.

        A lock left by a crashed run is stale (its process is gone, or the id now belongs
        to another program, or the machine restarted since): Qt removes it here. A folder
        that cannot hold the lock (missing and not creatable, read-only) is no second
        start: opening the data says what is wrong with the folder.
        """
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if self._lock.tryLock(0):
            return True
        return self._lock.error() is not QLockFile.LockError.LockFailedError

    def listen(self) -> bool:
        """Accept "come to the front" requests from later starts (call after first paint)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a socket file left by a crashed run (Unix)
        if not server.listen(self.key):
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: object) -> None:
        from PySide6.QtNetwork import QLocalSocket

        assert isinstance(socket, QLocalSocket)
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.activated.emit()

    def notify_first(self, wait_ms: int | None = None) -> bool:
        """Ask the running instance to come to the front; True when it was reached.

        Retries while the first instance is still starting (it listens after its paint).
        """
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(WAIT_FOR_FIRST_MS if wait_ms is None else wait_ms)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(RAISE)
                socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return True
            if deadline.hasExpired():
                return False
            QThread.msleep(100)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
