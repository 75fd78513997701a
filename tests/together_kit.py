"""A check-in done together with canaries in every part, for tests of storing and exporting."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.records.together import TogetherAnswers, TogetherDraft

# Words that must never leave in an export when the partner said no.
PARTNER_CANARIES = (
    "PARTNERHELPEDCANARY",
    "PARTNERMORECANARY",
    "PARTNERTHANKSCANARY",
    "PARTNERTRYCANARY",
    "PARTNERCAREDCANARY",
    "WENTWELLCANARY",
    "TALKABOUTCANARY",
)
OWNER_WORDS = ("OWNERHELPEDWORDS", "OWNERMOREWORDS")


def together_draft(day: dt.date, partner_consents: bool = False) -> TogetherDraft:
    return TogetherDraft(
        day=day,
        owner=TogetherAnswers(
            needs_met="partly",
            scores={"safety": 7, "honesty": 3, "closeness": 6},
            helped="OWNERHELPEDWORDS: our walk",
            need_more="OWNERMOREWORDS: patience",
            appreciations="You made tea",
            try_this="A walk on Sunday",
            closing="Ask me how my day was",
        ),
        partner=TogetherAnswers(
            needs_met="yes",
            scores={"safety": 8, "honesty": 9, "closeness": 6, "sexual": 4},
            helped="PARTNERHELPEDCANARY",
            need_more="PARTNERMORECANARY",
            appreciations="PARTNERTHANKSCANARY",
            try_this="PARTNERTRYCANARY",
            closing="PARTNERCAREDCANARY",
        ),
        went_well="WENTWELLCANARY",
        talk_about="TALKABOUTCANARY",
        partner_consents=partner_consents,
    )
