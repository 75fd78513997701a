"""The person's prompts: the shipped library plus their own, the prompt of the day,
and which prompts they have written from."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from trustjournal.core import texts
from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.prompts import of_day as prompt_of_day
from trustjournal.core.journal.prompts.library import (
    PHASES,
    ROLES,
    PromptLibrary,
    daily_pool,
    for_role,
    load_library,
)
from trustjournal.core.journal.trust_checks import one_of
from trustjournal.core.language import content
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.path import ALONE, PHASES_OF
from trustjournal.core.records.prompts import Prompt, PromptAnswer, own_id, own_number
from trustjournal.core.settings import Settings
from trustjournal.core.vault.stores.prompts import PromptStore

OWN_PROMPT_MAX_CHARS = 1000
PARTNER_ROLES = ("hurt", "involved")


class Prompts:
    def __init__(
        self,
        store: PromptStore,
        changes: ChangeHub,
        clock: Clock,
        settings: Settings,
        library: PromptLibrary | None = None,
        path_phase: Callable[[], str] | None = None,
    ) -> None:
        self._store = store
        # The phase of the person's recovery path (None: a library alone, in tests).
        self._path_phase = path_phase
        self._changes = changes
        self._clock = clock
        self._settings = settings
        self._library = library

    @property
    def library(self) -> PromptLibrary:
        """The shipped library, read when first needed (tests may pass their own)."""
        if self._library is None:
            self._library = load_library()
        return self._library

    # -- reading --------------------------------------------------------------------

    def all(self) -> list[Prompt]:
        return [*self.library.prompts, *self._store.own()]

    def get(self, prompt_id: str) -> Prompt:
        # Own prompts are found without the library, so they work even if it is missing.
        mine = own_number(prompt_id) is not None
        for prompt in self._store.own() if mine else self.library.prompts:
            if prompt.id == prompt_id:
                return prompt
        raise NotFound()

    def listed(
        self, theme: str | None = None, role: str | None = None, phase: str | None = None
    ) -> list[Prompt]:
        """Library and own prompts, narrowed to a theme, to whom they are for and to a
        stage (prompts for no particular stage fit every stage)."""
        prompts = self.all()
        if theme is not None:
            one_of(theme, self.library.theme_ids, "a prompt theme")
            prompts = [p for p in prompts if p.theme == theme]
        if role is not None:
            prompts = for_role(prompts, one_of(role, ROLES, "a role"))
        if phase is not None:
            one_of(phase, PHASES, "a phase")
            prompts = [p for p in prompts if p.phase in (None, phase)]
        return prompts

    def chosen_filters(self) -> tuple[str | None, str | None]:
        """Whom the prompts are for and the phase of the person's path, as filters for
        `listed` (as on the app's Prompts page): both None when they have not said who is
        writing, so every prompt shows."""
        role, phase = self.lens()
        if role == "any":
            # Without knowing who is writing, the path's phase is only a guess: every prompt.
            return None, None
        return role, phase

    def lens(self) -> tuple[str, str | None]:
        """The role the prompts are chosen for and the phase of the recovery path.

        Once a couple's path has become the path on one's own (they separated, or the
        person left), the prompts for healing on one's own fit, whoever was writing."""
        role = self._settings.prompt_role
        phase = self._path_phase() if self._path_phase is not None else None
        if phase in PHASES_OF[ALONE] and role in PARTNER_ROLES:
            role = "individual"
        return role, phase

    def own(self) -> list[Prompt]:
        return self._store.own()

    def answered(self) -> list[PromptAnswer]:
        """Which prompts were written from, by which entry, on which day; oldest first."""
        return self._store.answers()

    def shown_between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        """The prompt of each day from `start` to `end` that had one, oldest first."""
        return self._store.shown_between(start, end)

    # -- the prompt of the day ------------------------------------------------------

    def daily_pool(self) -> list[Prompt]:
        """What the prompt of the day and "Show another" choose from: the person's role
        and the phase of their recovery path, never an anniversary prompt."""
        role, phase = self.lens()
        return daily_pool(self.all(), role, phase)

    def of_the_day(self) -> Prompt | None:
        """The same prompt all day, for the person's role; None only with no prompts at all."""
        today = self._clock.today()
        pool = self.daily_pool()
        by_id = {p.id: p for p in pool}
        kept = self._store.shown_on(today)
        if kept in by_id:
            return by_id[kept]
        history = prompt_of_day.PromptHistory(
            answered=self._store.last_answered(), shown=self._store.last_shown_before(today)
        )
        chosen = prompt_of_day.choose(pool, history, today)
        if chosen is not None:
            self._store.record_shown(today, chosen.id, self._clock.now())
            self._publish(Action.UPDATED, chosen.id)
        return chosen

    def another(self, after_id: str) -> Prompt | None:
        """The prompt after `after_id` on a walk through the daily pool (the person's role
        and stage) that is the same all day and leaves out prompts already written from;
        None when the pool holds nothing else to offer."""
        answered = {a.prompt_id for a in self._store.answers()}
        pool = sorted(self.daily_pool(), key=lambda p: p.id)
        fresh = [p for p in pool if p.id not in answered or p.id == after_id]
        day = self._clock.today().toordinal()
        walk = random.Random(day).sample(fresh, len(fresh))  # noqa: S311 (not a secret)
        if not walk:
            return None
        ids = [p.id for p in walk]
        after = ids.index(after_id) + 1 if after_id in ids else 0
        return walk[after % len(walk)]

    def draft_from(self, prompt_id: str, day: dt.date | None = None) -> EntryDraft:
        """A new entry written from a prompt: linked to it, with the prompt as its title."""
        prompt = self.get(prompt_id)
        return EntryDraft(
            day=day or self._clock.today(), title=content.prompt_text(prompt), prompt_id=prompt.id
        )

    # -- the person's own prompts ---------------------------------------------------

    def add_own(self, text: str, theme: str | None = None) -> Prompt:
        number = self._store.insert_own(*self._checked(text, theme), self._clock.now())
        prompt = self.get(own_id(number))
        self._publish(Action.ADDED, prompt.id)
        return prompt

    def update_own(self, prompt_id: str, text: str, theme: str | None = None) -> Prompt:
        self._store.update_own(_own(prompt_id), *self._checked(text, theme), self._clock.now())
        self._publish(Action.UPDATED, prompt_id)
        return self.get(prompt_id)

    def remove_own(self, prompt_id: str) -> Prompt:
        """Remove an own prompt; entries written from it keep their words and link."""
        prompt = self.get(prompt_id)
        self._store.delete_own(_own(prompt_id))
        self._publish(Action.DELETED, prompt_id)
        return prompt

    def _checked(self, text: str, theme: str | None) -> tuple[str | None, str]:
        tidy = text.strip()
        if not tidy:
            raise InvalidInput(texts.PROMPT_NEEDS_WORDS)
        if len(tidy) > OWN_PROMPT_MAX_CHARS:
            raise InvalidInput(texts.PROMPT_TOO_LONG.format(most=OWN_PROMPT_MAX_CHARS))
        if theme is not None:
            one_of(theme, self.library.theme_ids, "a prompt theme")
        return theme, tidy

    def _publish(self, action: Action, prompt_id: str) -> None:
        self._changes.publish(Change(Topic.PROMPTS, action, keys=(prompt_id,)))


def _own(prompt_id: str) -> int:
    number = own_number(prompt_id)
    if number is None:
        raise InvalidInput(texts.ONLY_OWN_PROMPTS)
    return number
