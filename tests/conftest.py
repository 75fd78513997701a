"""Shared test setup: no display, cheap key derivation, fixed time, fresh vaults."""

from __future__ import annotations

import os

# Before anything imports Qt or the vault: draw offscreen, and let new vaults use the
# Argon2id floor (64 MiB, 3 passes, 4 lanes) instead of calibrating to half a second.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRUSTJOURNAL_KDF_TARGET_SECONDS"] = "0"

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

__all__ = ["NEW_PASSPHRASE", "PASSPHRASE"]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created_vault(data_dir: Path) -> tuple[Path, str]:
    """A vault created and closed again; gives its folder and recovery code."""
    vault, code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    vault.close()
    return data_dir, code


@pytest.fixture
def journal(data_dir: Path, clock: ManualClock) -> Iterator[Journal]:
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    opened = Journal(vault, clock=clock)
    yield opened
    if opened.vault.is_open:
        opened.close()


def pytest_configure(config: pytest.Config) -> None:
    """The coverage floor (`--cov-fail-under` in addopts) holds for a run of the whole
    suite. A run of chosen files or `-k` measures only part of the code, so its floor
    is lifted: the report still shows, and nothing fails for what was not run."""
    coverage = config.pluginmanager.get_plugin("_cov")
    chosen = config.args_source != pytest.Config.ArgsSource.TESTPATHS or config.option.keyword
    if coverage is not None and chosen:
        coverage.options.cov_fail_under = None
