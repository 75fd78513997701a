"""The chart data in a JSON export: each moment's title is cleaned like every other text."""

from __future__ import annotations

import json

import pytest
from test_export_choosing import d, fill

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.exchange.redaction import REDACTED, WITHHELD
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import EventDraft


@pytest.mark.parametrize("chosen_word", [False, True])
def test_moment_titles_in_the_json_chart_lose_names_and_withheld_passages(
    journal: Journal, chosen_word: bool
) -> None:
    fill(journal)  # redacts "Jordan" in the settings
    journal.events.add(
        EventDraft(
            day=d(3, 11),
            kind="breakthrough",
            title="Jordan told me [[withhold]]MOMENT-CANARY[[/withhold]] Kim",
        )
    )
    # The word to redact comes from the settings, or from this export's own choice.
    options = ExportOptions(chart=True, redact=("Kim",) if chosen_word else ())
    data = json.loads(render(build_export(journal, options), "json"))

    titles = [event["title"] for event in data["chart"]["events"]]
    name = REDACTED if chosen_word else "Kim"
    assert f"{REDACTED} told me {WITHHELD} {name}" in titles
    flat = json.dumps(data["chart"])
    for secret in ("Jordan", "MOMENT-CANARY", "withhold]]"):
        assert secret not in flat, secret
