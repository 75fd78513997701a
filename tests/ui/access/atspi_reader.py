"""Reads TrustJournal from the AT-SPI bus as a screen reader does, and drives it there.

Run by test_access_bus.py under the *system* Python (it needs `gi` and Atspi, which the
project's venv has not), inside Xvfb and a D-Bus session with the accessibility bus
started. It prints one JSON object on stdout: the tree of each screen it visited and
every announcement heard. The checks are the test's, not this script's.

    atspi_reader.py onboarding CANARY
        the first window of a new journal: walked at each step up to the passphrase,
        where CANARY is typed into both fields before the walk;
    atspi_reader.py journey CANARY PASSPHRASE
        the lock screen walked with CANARY typed, then unlocked with PASSPHRASE, the
        journal walked, an entry titled (autosave), the journal locked, and the
        announcements heard until today's backup is written;
    atspi_reader.py places PASSPHRASE
        unlocked with PASSPHRASE, each place chosen from the Go menu and walked.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402 (after require_version, as gi needs)

APP = "TrustJournal"
STATE = Atspi.StateType


def find_app(timeout: float = 60) -> Atspi.Accessible:
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(index)
            if child is not None and (child.get_name() or "") == APP:
                return child
        time.sleep(0.3)
    raise SystemExit(f"{APP} did not appear on the accessibility bus in {timeout:.0f} s")


def node(obj: Atspi.Accessible, depth: int) -> dict[str, object]:
    states = obj.get_state_set()
    text = ""
    if "Text" in obj.get_interfaces():
        text = Atspi.Text.get_text(obj, 0, Atspi.Text.get_character_count(obj)) or ""
    return {
        "depth": depth,
        "role": obj.get_role_name(),
        "name": obj.get_name() or "",
        "description": obj.get_description() or "",
        "text": text,
        "focusable": states.contains(STATE.FOCUSABLE),
        "showing": states.contains(STATE.SHOWING),
    }


def walk(obj: Atspi.Accessible, depth: int = 0) -> list[dict[str, object]]:
    try:
        found = [node(obj, depth)]
        for index in range(obj.get_child_count()):
            child = obj.get_child_at_index(index)
            if child is not None:
                found += walk(child, depth + 1)
    except GLib.Error:  # gone mid-walk (a window closing): what was read stays
        return []
    return found


def each(obj: Atspi.Accessible) -> list[Atspi.Accessible]:
    found = [obj]
    for index in range(obj.get_child_count()):
        child = obj.get_child_at_index(index)
        if child is not None:
            found += each(child)
    return found


def showing(app: Atspi.Accessible, role: str, name: str = "") -> list[Atspi.Accessible]:
    try:
        return [
            obj
            for obj in each(app)
            if obj.get_role_name() == role
            and (not name or obj.get_name() == name)
            and obj.get_state_set().contains(STATE.SHOWING)
        ]
    except GLib.Error:  # a window went away mid-search (the lock screen, unlocking)
        return []


def wait_for(app: Atspi.Accessible, role: str, name: str = "", timeout: float = 30) -> list:
    end = time.time() + timeout
    while time.time() < end:
        found = showing(app, role, name)
        if found:
            return found
        time.sleep(0.3)
    raise SystemExit(f"no showing {role} {name!r} in {timeout:.0f} s")


def passphrase_fields(app: Atspi.Accessible, timeout: float = 30) -> list:
    """Found by name, not by the password role: a field that lost its role is typed into
    too, so the test sees the passphrase in the tree and says so."""
    end = time.time() + timeout
    while time.time() < end:
        found = [
            obj
            for role in ("password text", "text")
            for obj in showing(app, role)
            if "passphrase" in (obj.get_name() or "").lower()
        ]
        if found:
            return found
        time.sleep(0.3)
    raise SystemExit(f"no showing passphrase field in {timeout:.0f} s")


def press(app: Atspi.Accessible, name: str) -> None:
    button = wait_for(app, "push button", name)[0]
    Atspi.Action.do_action(button, 0)


def type_into(field: Atspi.Accessible, text: str) -> None:
    Atspi.EditableText.set_text_contents(field, text)


def onboarding(canary: str) -> dict[str, object]:
    app = find_app()
    screens = {"onboarding-welcome": walk(app)}
    press(app, "Begin")
    screens["onboarding-limits"] = walk(app)
    press(app, "I understand")
    press(app, "Skip")
    for field in passphrase_fields(app):
        type_into(field, canary)
    time.sleep(1)
    screens["onboarding-passphrase"] = walk(app)
    return {"screens": screens, "announcements": []}


def journey(canary: str, passphrase: str) -> dict[str, object]:
    app = find_app()
    field = passphrase_fields(app)[0]
    type_into(field, canary)
    time.sleep(0.5)
    screens = {"lock-screen": walk(app)}
    type_into(field, passphrase)
    press(app, "Unlock")
    wait_for(app, "push button", "Lock", timeout=60)
    screens["journal"] = walk(app)
    heard: list[str] = []
    listener = Atspi.EventListener.new(lambda event: heard.append(str(event.any_data)))
    listener.register("object:announcement")
    steps = [
        lambda: press(app, "New entry"),
        lambda: type_into(wait_for(app, "text", "Title")[0], "An evening"),
        lambda: None,  # the autosave, 1.5 s after the last change
        lambda: press(app, "Lock"),
    ]

    def next_step() -> bool:
        if steps:
            steps.pop(0)()
            return True
        if "Backup written" in heard or time.time() > deadline:
            Atspi.event_quit()
            return False
        return True

    deadline = time.time() + 60
    GLib.timeout_add(1500, next_step)
    Atspi.event_main()
    listener.deregister("object:announcement")
    return {"screens": screens, "announcements": heard}


def places(passphrase: str) -> dict[str, object]:
    """Unlocked, each place chosen in turn from the Go menu and walked once it shows."""
    app = find_app()
    type_into(passphrase_fields(app)[0], passphrase)
    press(app, "Unlock")
    wait_for(app, "push button", "Lock", timeout=60)
    go = [item for item in each(app) if item.get_role_name() == "menu item" and in_go(item)]
    screens = {}
    for item in go:
        Atspi.Action.do_action(item, 0)  # the Go menu's place, as a screen reader chooses it
        time.sleep(1.5)  # the page shows and settles
        screens[f"place-{item.get_name()}"] = walk(app)
    return {"screens": screens, "announcements": []}


def in_go(item: Atspi.Accessible) -> bool:
    """An item of the Go menu: under the menu bar's "Go", itself or its popup menu."""
    parent = item.get_parent()
    above = [parent, parent.get_parent()] if parent is not None else []
    return any(p is not None and p.get_name() == "Go" for p in above)


def main() -> None:
    command, *given = sys.argv[1:]
    readers = {"onboarding": onboarding, "journey": journey, "places": places}
    print(json.dumps(readers[command](*given)))


if __name__ == "__main__":
    main()
