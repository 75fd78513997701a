"""Where attachment bytes live (docs/decisions/0007-attachments.md): both ways measured.

Writes N files of SIZE random bytes (random, as a JPEG does not compress) (a) inside the
SQLCipher database as 1 MiB chunks, one transaction each, and (b) beside it as
content-addressed AES-256-GCM files (key from HKDF of the data key, the id in the
associated data, each written to a temporary name, synced and renamed). Then opens each
store and reads one file back, and copies each whole store as a backup would (the
database's file; the database plus the folder of files).

    python benchmarks/bench_attachment_storage.py [N] [SIZE_MB]
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.vault.database import Database

CHUNK = 1 << 20


def in_database(folder: Path, blobs: list[bytes], key: bytes) -> dict[str, float]:
    path = folder / "journal.db"
    path.touch(mode=0o600)
    db = Database.open(path, key, new=True)
    db.connection.execute("CREATE TABLE chunks (blob INTEGER, seq INTEGER, data BLOB)")
    start = time.perf_counter()
    for number, blob in enumerate(blobs):
        with db.transaction() as cursor:
            cursor.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?)",
                [
                    (number, i, blob[at : at + CHUNK])
                    for i, at in enumerate(range(0, len(blob), CHUNK))
                ],
            )
    written = time.perf_counter() - start
    db.close()
    start = time.perf_counter()
    db = Database.open(path, key)
    data = b"".join(r[0] for r in db.query("SELECT data FROM chunks WHERE blob = 7 ORDER BY seq"))
    opened = time.perf_counter() - start
    assert data == blobs[7]
    db.close()
    start = time.perf_counter()
    shutil.copyfile(path, folder / "backup.db")
    os.fsync(os.open(folder / "backup.db", os.O_RDONLY))
    copied = time.perf_counter() - start
    return {
        "write": written,
        "open+read one": opened,
        "backup copy": copied,
        "bytes on disk": path.stat().st_size,
    }


def beside(folder: Path, blobs: list[bytes], key: bytes) -> dict[str, float]:
    path = folder / "journal.db"
    path.touch(mode=0o600)
    db = Database.open(path, key, new=True)
    db.connection.execute("CREATE TABLE files (blob INTEGER, digest TEXT)")
    store = folder / "attachments"
    store.mkdir(mode=0o700)
    file_key = HKDF(hashes.SHA256(), 32, None, b"attachments").derive(key)
    aead = AESGCM(file_key)
    start = time.perf_counter()
    for number, blob in enumerate(blobs):
        digest = hashlib.sha256(blob).hexdigest()
        nonce = os.urandom(12)
        sealed = nonce + aead.encrypt(nonce, blob, digest.encode())
        temporary = store / f".{digest}.tmp"
        with temporary.open("wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.rename(store / digest)
        with db.transaction() as cursor:
            cursor.execute("INSERT INTO files VALUES (?, ?)", (number, digest))
    written = time.perf_counter() - start
    db.close()
    start = time.perf_counter()
    db = Database.open(path, key)
    digest = str(db.query("SELECT digest FROM files WHERE blob = 7")[0][0])
    raw = (store / digest).read_bytes()
    assert aead.decrypt(raw[:12], raw[12:], digest.encode()) == blobs[7]
    opened = time.perf_counter() - start
    db.close()
    start = time.perf_counter()
    shutil.copyfile(path, folder / "backup.db")
    shutil.copytree(store, folder / "backup-files")
    copied = time.perf_counter() - start
    size = path.stat().st_size + sum(p.stat().st_size for p in store.iterdir())
    return {"write": written, "open+read one": opened, "backup copy": copied, "bytes on disk": size}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    size = int(float(sys.argv[2]) * (1 << 20)) if len(sys.argv) > 2 else 3 << 20
    blobs = [os.urandom(size) for _ in range(count)]
    key = os.urandom(32)
    for name, way in (("inside SQLCipher", in_database), ("files beside", beside)):
        with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as folder:
            figures = way(Path(folder), blobs, key)
        print(name, {k: round(v, 3) for k, v in figures.items()})


if __name__ == "__main__":
    main()
