"""The trust rooms' words (docs/words.md): the sentences that count something, one
function per message taking the count, so the translation work (issue 22) marks each
once; sentences shared by more than one trust room belong here too. "Check in together"
and "When it's hard" keep their many words in their own `together/texts.py` and
`hard_days/texts.py`. Short labels that belong to one widget stay beside it.
"""

from __future__ import annotations

from trustjournal.core.texts import counted

# The agreements page's banner (agreements/page.py).
DUE_ONE = "One agreement is ready to be looked at again together, whenever you are both ready."
DUE_MANY = "{n} agreements are ready to be looked at again together, whenever you are both ready."


def agreements_due(count: int) -> str:
    return counted(count, DUE_ONE, DUE_MANY, n=count)


def prompts_found(count: int) -> str:
    """How many prompts the prompts page lists."""
    return counted(count, "1 prompt", "{count} prompts")


def mood_on_day(day: str, mood: float, label: str, count: int) -> str:
    """The timeline's tooltip for a day's mood."""
    return counted(
        count,
        "Mood on {day}: {mood:.1f} of 5 ({label}), 1 entry",
        "Mood on {day}: {mood:.1f} of 5 ({label}), {count} entries",
        day=day,
        mood=mood,
        label=label,
    )


def together_average(whose: str, value: float, count: int) -> str:
    """The timeline's tooltip line for one person's answers in a check-in done together."""
    return counted(
        count,
        "{whose}: {value:.1f} of 10 on average ({count} question)",
        "{whose}: {value:.1f} of 10 on average ({count} questions)",
        whose=whose,
        value=value,
    )
