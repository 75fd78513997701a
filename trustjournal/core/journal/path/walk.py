"""The recovery path in the domain: where the person is, moves on and back, parting ways,
and the signposts they check. Each change publishes a `Change`, like every other part.

The hurt partner decides when to move on, and nothing blocks a move: signposts are for
seeing, not gates. In the involved partner's journal a move on along the path together is
recorded as "my partner said they are ready", since it is their partner's call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.path import phases, texts
from trustjournal.core.journal.path.days import FirstDay, checked_day
from trustjournal.core.records.path import (
    ALONE,
    BACK,
    FORWARD,
    LEFT,
    PARTNER_READY,
    PHASES_OF,
    SEPARATED,
    TOGETHER,
    PathMove,
    Signpost,
    WhereYouAre,
)
from trustjournal.core.texts import day_in_words
from trustjournal.core.vault.stores.recovery.path import PathStore

INVOLVED = "involved"
# The older "roughly where you are" setting (onboarding, Settings) names a place along the
# path: until the path has a step of its own, the path begins there.
SAID_PLACES: tuple[str, ...] = ("early", "middle", "later")


def current_of(
    history: list[PathMove], role: str, said: str = "unsaid"
) -> tuple[str, str, dt.date | None]:
    """(route, phase, since) after `history`; before any move, the phase of the path that
    fits `role` at the place the person said (its first phase when they said nothing)."""
    if history:
        last = history[-1]
        return last.route, last.phase, last.day
    route = phases.route_of_role(role)
    place = SAID_PLACES.index(said) if said in SAID_PLACES else 0
    return route, PHASES_OF[route][place], None


def kind_of_move(route: str, here: str, there: str, role: str) -> str:
    """How a move from `here` to `there` is kept: on, back, or the partner's word."""
    order = PHASES_OF[route]
    if order.index(there) < order.index(here):
        return BACK
    return PARTNER_READY if role == INVOLVED and route == TOGETHER else FORWARD


class RecoveryPath:
    def __init__(
        self,
        store: PathStore,
        changes: ChangeHub,
        clock: Clock,
        role: Callable[[], str],
        first_day: FirstDay,
        said_place: Callable[[], str] = lambda: "unsaid",
    ) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock
        self._role = role
        self._first_day = first_day
        self._said_place = said_place

    def _current(self, history: list[PathMove]) -> tuple[str, str, dt.date | None]:
        return current_of(history, self._role(), self._said_place())

    def where(self) -> WhereYouAre:
        """The path as it stands, with every signpost of its route and the whole history."""
        history = self._store.moves()
        route, phase, since = self._current(history)
        partner = self._role() == INVOLVED and route == TOGETHER
        return WhereYouAre(
            route=route,
            phase=phase,
            since=since,
            name=phases.phase_name(phase),
            explanation=phases.phase_explanation(phase),
            decides="partner" if partner else "self",
            signposts=self._signposts(route),
            history=tuple(history),
        )

    def phase(self) -> str:
        """The phase the person is in, the one thing the prompts need."""
        return self._current(self._store.moves())[1]

    def together_offered(self, role: str | None) -> bool:
        """Whether a check-in together is offered to who is writing (`role`): not to
        someone healing on their own, nor to a partner whose path became the path on
        their own (they separated, or left)."""
        parted = role in ("hurt", "involved") and self.where().route == ALONE
        return role != "individual" and not parted

    def move(self, phase: str, day: dt.date | None = None) -> tuple[PathMove, str]:
        """Move to `phase` of the current path, on or back; returns the move and the
        sentence that says it. Anything that does not fit is InvalidInput, nothing kept."""
        history = self._store.moves()
        role = self._role()
        route, here, since = self._current(history)
        order = PHASES_OF[route]
        if phase not in order:
            ids = ", ".join(order)  # as `path move` takes them, in every language
            raise InvalidInput(texts.NO_SUCH_PHASE.format(phase=phase, phases=ids))
        if phase == here:
            raise InvalidInput(texts.ALREADY_IN_PHASE.format(phase=phases.phase_name(phase)))
        day = self._move_day(day, since)
        kind = kind_of_move(route, here, phase, role)
        move = self._record(day, route, phase, kind)
        return move, _said(kind).format(phase=phases.phase_name(phase))

    def part(self, i_left: bool = False, day: dt.date | None = None) -> tuple[PathMove, str]:
        """ "We separated" (or, with `i_left`, "I left"): a path together becomes the path
        on your own, from its first phase; the history before stays as it was."""
        history = self._store.moves()
        route, _, since = self._current(history)
        if route == ALONE:
            raise InvalidInput(texts.ALREADY_ON_YOUR_OWN)
        day = self._move_day(day, since)
        move = self._record(day, ALONE, PHASES_OF[ALONE][0], LEFT if i_left else SEPARATED)
        return move, texts.PARTED

    def check(self, signpost_id: str, done: bool = True, day: dt.date | None = None) -> str:
        """Check a signpost of the current path with its day (or take the check back)."""
        route = self._current(self._store.moves())[0]
        belongs = phases.route_of_signpost(signpost_id)
        if belongs is None:
            raise InvalidInput(texts.NO_SUCH_SIGNPOST.format(signpost=signpost_id))
        if belongs != route:
            raise InvalidInput(
                texts.SIGNPOST_OF_TOGETHER_PATH
                if belongs == TOGETHER
                else texts.SIGNPOST_OF_ALONE_PATH
            )
        words = phases.signpost_text(signpost_id)
        if not done:
            self._store.uncheck(signpost_id)
            self._publish(Action.UPDATED)
            return texts.SIGNPOST_UNCHECKED.format(signpost=words)
        checked = checked_day(day, self._clock.today(), self._first_day)
        self._store.check(signpost_id, checked, self._clock.now())
        self._publish(Action.UPDATED)
        return texts.SIGNPOST_CHECKED.format(signpost=words)

    def _signposts(self, route: str) -> tuple[Signpost, ...]:
        checked = self._store.checked()
        return tuple(
            Signpost(s.id, s.route, s.phase, s.text, checked.get(s.id))
            for s in phases.signposts_of(route)
        )

    def _move_day(self, day: dt.date | None, since: dt.date | None) -> dt.date:
        # A move is never put before the last one: the history reads in the order lived.
        day = checked_day(day, self._clock.today(), self._first_day)
        if since is not None and day < since:
            raise InvalidInput(texts.MOVE_BEFORE_LAST.format(day=day_in_words(since)))
        return day

    def _record(self, day: dt.date, route: str, phase: str, kind: str) -> PathMove:
        move_id = self._store.add_move(day, route, phase, kind, self._clock.now())
        self._publish(Action.ADDED, move_id)
        return next(m for m in self._store.moves() if m.id == move_id)

    def _publish(self, action: Action, *ids: int) -> None:
        self._changes.publish(Change(Topic.PATH, action, ids=ids))


def _said(kind: str) -> str:
    return {BACK: texts.MOVED_BACK, PARTNER_READY: texts.PARTNER_SAID_READY}.get(
        kind, texts.MOVED_ON
    )


def step_words(kind: str) -> str:
    """How one step of the history reads ("Moved on", "My partner said they are ready")."""
    return str(getattr(texts, f"STEP_{kind.upper()}"))


__all__ = ["RecoveryPath", "current_of", "kind_of_move", "step_words"]
