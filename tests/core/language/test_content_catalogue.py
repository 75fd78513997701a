"""The content catalogue's shape (core/language/content_catalogue.py), agreed with the
Spanish translation: a context naming what each entry is, the English exactly as the
resource files say it, in their order; and msgctxt through .po, .mo and gettext."""

from __future__ import annotations

import gettext
import io
from typing import Any

from trustjournal.core.language.catalogue import Message
from trustjournal.core.language.content_catalogue import content_messages
from trustjournal.core.language.po_files import mo_bytes, po_text, read_po
from trustjournal.core.resources import load_json


def contexts_of(messages: list[Message]) -> list[str]:
    return [m.context or "" for m in messages]


def test_every_resource_word_has_its_agreed_context_in_file_order() -> None:
    messages = content_messages()
    library = load_json("prompts.json")
    prompts = [m for m in messages if (m.context or "").startswith("prompt:")]
    assert [(m.context, m.msgid) for m in prompts] == [
        (f"prompt:{p['id']}", p["text"]) for p in library["prompts"]
    ]
    assert len(prompts) == 211  # 196, and 15 where a phase of the path was thin (issue 24)
    themes = [m.msgid for m in messages if (m.context or "").startswith("theme:")]
    assert themes == [t["label"] for t in library["themes"]] and len(themes) == 12
    described = [m for m in messages if (m.context or "").startswith("theme-description:")]
    assert [m.msgid for m in described] == [t["description"] for t in library["themes"]]
    starters = load_json("together_starters.json")["starters"]
    assert [(m.context, m.msgid) for m in messages if (m.context or "").startswith("starter:")] == [
        (f"starter:{key}", text) for key, texts in starters.items() for text in texts
    ]
    families = load_json("emotions.json")["families"]
    assert [m.msgid for m in messages if m.context == "emotion"] == [
        word for family in families for word in family["emotions"]
    ]
    assert [m.msgid for m in messages if m.context == "emotion-family"] == [
        family["label"] for family in families
    ]
    assert [m.msgid for m in messages if m.context == "activity"] == list(
        load_json("activities.json")["activities"]
    )


def test_a_word_in_two_files_is_an_entry_in_each() -> None:
    files: dict[str, Any] = {
        "prompts.json": {"themes": [], "prompts": []},
        "together_starters.json": {"starters": {"general": ["Hi.", "Hi."]}},
        "emotions.json": {"families": [{"label": "Calm", "emotions": ["calm"]}]},
        "activities.json": {"activities": ["calm"]},
    }
    messages = content_messages(files.__getitem__)
    assert [(m.context, m.msgid) for m in messages] == [
        ("starter:general", "Hi."),
        ("emotion-family", "Calm"),
        ("emotion", "calm"),
        ("activity", "calm"),
    ]


def test_a_context_reads_back_and_compiles_as_gettext_stores_it() -> None:
    messages = [
        Message("calm", translations=["ruhig"], context="emotion"),
        Message("calm", translations=["Ruhe finden"], context="activity"),
        Message("calm", translations=["Ruhig."]),
    ]
    header, back = read_po(po_text(messages))
    assert [(m.context, m.msgid, m.translations) for m in back] == [
        (m.context, m.msgid, m.translations) for m in messages
    ]
    compiled = gettext.GNUTranslations(io.BytesIO(mo_bytes(header, back)))
    assert compiled.pgettext("emotion", "calm") == "ruhig"
    assert compiled.pgettext("activity", "calm") == "Ruhe finden"
    assert compiled.gettext("calm") == "Ruhig."
    assert compiled.pgettext("starter:general", "calm") == "calm"
