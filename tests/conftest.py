"""Shared test setup: no display, cheap key derivation, fixed time, fresh vaults."""

from __future__ import annotations

import os

# Before anything imports Qt or the vault: draw offscreen, and let new vaults use the
# Argon2id floor (64 MiB, 3 passes, 4 lanes) instead of calibrating to half a second.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRUSTJOURNAL_KDF_TARGET_SECONDS"] = "0"
# German and Spanish are shipped, so a system locale picks them: the suite speaks English
# whatever the machine's locale (tests ask for another language by name).
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("TRUSTJOURNAL_LANG", None)

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import crash_dump_kit
import pytest
from coverage_floors_kit import Floor, measured_floors
from random_order.config import Config as RandomOrder
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

__all__ = ["NEW_PASSPHRASE", "PASSPHRASE"]


@pytest.fixture(autouse=True)
def garbage_collected_between_tests() -> Iterator[None]:
    """Once a test has made the app, Python's automatic collection is off for the rest of
    the worker (ui/widgets/garbage.py): the app collects from its event loop, and tests
    between their steps. What a test left in cycles is collected here, on the main thread,
    as Python would have by now (a core test after a Qt one too)."""
    yield
    if not gc.isenabled():
        from trustjournal.ui.widgets.garbage import collect_if_due  # only once Qt is in

        collect_if_due()


@pytest.fixture(autouse=True)
def english_spoken() -> None:
    """Each test starts in English, whatever the test before it chose: the command line's
    and the app's start choose a language for the whole process, and a test that runs
    either in-process leaves it chosen (`import --lang de` run in-process by cli_here_kit
    left the next test's progress line in German: CI seed 668698)."""
    if speaking.spoken_code() != speaking.ENGLISH:
        speaking.choose(None, {})


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "coverage_floors",
        type="linelist",
        help="per part of the code: 'NAME FLOOR PATTERN...'; the whole suite fails below one",
    )


def whole_suite(config: pytest.Config) -> bool:
    """A run of the whole suite. A run of chosen files or `-k` measures only part of the
    code, so the coverage floors are lifted: the report still shows, nothing fails."""
    return config.args_source == pytest.Config.ArgsSource.TESTPATHS and not config.option.keyword


@pytest.hookimpl(trylast=True)  # after pytest's own fault handler, which this one replaces
def pytest_configure(config: pytest.Config) -> None:
    crash_dump_kit.start(config)
    # pytest-cov's own floor (`--cov-fail-under`) is for the whole of what it measures;
    # the floors per part (`coverage_floors`) are held below, in pytest_runtestloop.
    coverage = config.pluginmanager.get_plugin("_cov")
    if coverage is not None and not whole_suite(config):
        coverage.options.cov_fail_under = None


FLOORS = pytest.StashKey[list[Floor]]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> Iterator[object]:
    """After pytest-cov has gathered its data (its own wrapper runs inside this one), each
    part's figure against its own floor: the app's windows have a floor of their own,
    which a figure for the whole would hide, beside the core's and the command line's."""
    result = yield
    plugin = session.config.pluginmanager.get_plugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    worker = hasattr(session.config, "workerinput")  # pytest-xdist: the part one worker ran
    if controller is None or controller.cov is None or session.config.option.collectonly:
        return result
    if worker:  # the floors are read on the controller, from every worker's data combined
        return result
    floors = measured_floors(controller.cov, session.config.getini("coverage_floors"))
    session.config.stash[FLOORS] = floors
    if whole_suite(session.config) and any(floor.below for floor in floors):
        session.testsfailed += 1  # the run fails, as pytest-cov's own floor makes it
    return result


@pytest.hookimpl(trylast=True)  # after pytest-cov's table
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    config = terminalreporter.config
    floors = config.stash.get(FLOORS, [])
    if floors:
        terminalreporter.write_sep("-", "coverage floors (whole suite only)")
        for floor in floors:
            failing = floor.below and whole_suite(config)
            said = f"ERROR: {floor}, below its floor" if failing else str(floor)
            terminalreporter.write_line(said, red=failing, bold=failing)
    order = RandomOrder(config)
    if order.is_enabled and order.bucket_type != "none" and not config.option.collectonly:
        # Also at the end, where a failure is read: the header may have scrolled away.
        terminalreporter.write_line(
            f"Tests ran in random order, seed {order.seed}: "
            f"replay with --random-order-seed={order.seed}"
        )
    crash_dump_kit.print_reports(terminalreporter)
