"""The guided prompt library in resources/prompts.json: its shape, its counts and its tone.

Other code (the loader, the prompt of the day, the command line) relies on the format checked
here, and the people reading these prompts may be in distress, so the wording rules are tested
too: nothing shaming, diagnosing or pushy, nothing too long, every prompt a question or a
gentle invitation.
"""

from __future__ import annotations

import difflib
import re
import string
from collections import Counter, defaultdict
from typing import Any

import pytest

from trustjournal.core.resources import load_json

THEMES = [
    ("safety", "Safety and security"),
    ("boundaries", "Boundaries and agreements"),
    ("communication", "Communication"),
    ("honesty", "Honesty and transparency"),
    ("connection", "Emotional connection"),
    ("nonsexual_intimacy", "Non-sexual intimacy: touch, cuddling, massage, time together"),
    ("sexual_trust", "Sexual trust"),
    ("triggers", "Triggers and hurt"),
    ("shame", "Shame and self-compassion"),
    ("relational_trauma", "Relational trauma"),
    ("hope", "Hope and growth"),
    # For the weeks around a hard date; kept out of the prompt of the day (see test_prompts).
    ("anniversaries", "Anniversaries and hard dates"),
]
THEME_IDS = [theme_id for theme_id, _label in THEMES]
ROLES = {"hurt", "involved", "individual", "any"}
PERSON_ROLES = ("hurt", "involved", "individual")
TOGETHER_PHASES = ("atone", "attune", "attach")
ALONE_PHASES = ("safety", "grief", "rebuilding")
PHASES = {*TOGETHER_PHASES, *ALONE_PHASES, None}
# Which path's phases a prompt for each person is written for (issue 24).
PHASES_OF_ROLE = {"hurt": TOGETHER_PHASES, "involved": TOGETHER_PHASES, "individual": ALONE_PHASES}

MIN_PROMPTS = 165
MIN_PER_THEME = 12
MIN_THEMES_PER_ROLE = 8
MIN_CHARS, MAX_CHARS = 20, 300
# Two texts this alike (difflib ratio on normalised text) read as the same prompt twice.
NEAR_DUPLICATE_RATIO = 0.85

# Words and phrases that shame, blame, diagnose, minimise or push toward forgiving or staying.
# Matched case-insensitively on word boundaries, so "crazy" does not flag "crazyweave" but
# does flag "Crazy,".
FORBIDDEN = [
    "should have",
    "shouldn't have",
    "you should",
    "you must",
    "your fault",
    "blame yourself",
    "narcissist",
    "narcissistic",
    "crazy",
    "insane",
    "psycho",
    "hysterical",
    "paranoid",
    "delusional",
    "overreacting",
    "overreact",
    "too sensitive",
    "drama",
    "dramatic",
    "get over it",
    "get over",
    "move on",
    "let it go",
    "just forgive",
    "forgive and forget",
    "forgive them",
    "give them another chance",
    "stay together",
    "everything happens for a reason",
    "silver lining",
    "toxic",
    "borderline",
    "bipolar",
    "disorder",
    "codependent",
    "pathetic",
    "stupid",
    "weak",
    "failure",
]
FORBIDDEN_PATTERNS = [
    (phrase, re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)) for phrase in FORBIDDEN
]

_PUNCTUATION = str.maketrans("", "", string.punctuation)


def normalise(text: str) -> str:
    """Lowercase, punctuation stripped, whitespace collapsed: how near-duplicates are compared."""
    return " ".join(text.lower().translate(_PUNCTUATION).split())


@pytest.fixture(scope="module")
def library() -> dict[str, Any]:
    data = load_json("prompts.json")
    assert isinstance(data, dict), "prompts.json must hold one JSON object"
    return data


@pytest.fixture(scope="module")
def prompts(library: dict[str, Any]) -> list[dict[str, Any]]:
    items = library.get("prompts")
    assert isinstance(items, list), '"prompts" must be a list'
    assert all(isinstance(item, dict) for item in items), "every prompt must be an object"
    return items


def test_top_level_format(library: dict[str, Any]) -> None:
    assert set(library) == {"version", "themes", "prompts"}, sorted(library)
    assert library["version"] == 1
    assert type(library["version"]) is int


def test_themes_are_the_twelve_in_order(library: dict[str, Any]) -> None:
    themes = library["themes"]
    assert isinstance(themes, list)
    for theme in themes:
        assert isinstance(theme, dict)
        assert set(theme) == {"id", "label", "description"}, theme
    assert [(theme["id"], theme["label"]) for theme in themes] == THEMES


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_theme_description_is_one_sentence(library: dict[str, Any], theme_id: str) -> None:
    (theme,) = [theme for theme in library["themes"] if theme["id"] == theme_id]
    description = theme["description"]
    assert isinstance(description, str)
    assert description == description.strip()
    assert MIN_CHARS <= len(description) <= MAX_CHARS, description
    assert description[0].isupper() and description.endswith("."), description
    assert description.count(".") == 1 and "?" not in description, description


def test_every_prompt_has_exactly_the_known_fields(prompts: list[dict[str, Any]]) -> None:
    wrong = [p for p in prompts if set(p) != {"id", "theme", "for", "phase", "text"}]
    assert not wrong, f"prompts with missing or extra fields: {wrong[:5]}"


def test_ids_are_unique_and_name_their_theme(prompts: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in prompts]
    repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
    assert not repeated, f"ids used more than once: {repeated}"
    malformed = [
        p["id"]
        for p in prompts
        if not isinstance(p["id"], str)
        or re.fullmatch(rf"{re.escape(str(p['theme']))}-\d{{3}}", p["id"]) is None
    ]
    assert not malformed, f'ids not of the form "<theme>-NNN" for their own theme: {malformed}'


def test_theme_role_and_phase_values_are_valid(prompts: list[dict[str, Any]]) -> None:
    bad_theme = [p["id"] for p in prompts if p["theme"] not in THEME_IDS]
    bad_role = [(p["id"], p["for"]) for p in prompts if p["for"] not in ROLES]
    bad_phase = [(p["id"], p["phase"]) for p in prompts if p["phase"] not in PHASES]
    assert not bad_theme, f"unknown themes: {bad_theme}"
    assert not bad_role, f'"for" must be one of {sorted(ROLES)}: {bad_role}'
    assert not bad_phase, f'"phase" must be a phase of the path or null: {bad_phase}'


def test_prompts_are_grouped_by_theme_in_theme_order(prompts: list[dict[str, Any]]) -> None:
    order = [p["theme"] for p in prompts]
    groups = [theme for i, theme in enumerate(order) if i == 0 or order[i - 1] != theme]
    assert groups == THEME_IDS, "prompts should be listed theme by theme, in theme order"


def test_enough_prompts_in_all_and_in_every_theme(prompts: list[dict[str, Any]]) -> None:
    assert len(prompts) >= MIN_PROMPTS, f"{len(prompts)} prompts, want at least {MIN_PROMPTS}"
    per_theme = Counter(p["theme"] for p in prompts)
    thin = {t: per_theme[t] for t in THEME_IDS if per_theme[t] < MIN_PER_THEME}
    assert not thin, f"themes with fewer than {MIN_PER_THEME} prompts: {thin}"


@pytest.mark.parametrize("role", PERSON_ROLES)
def test_every_role_is_served_across_the_themes(prompts: list[dict[str, Any]], role: str) -> None:
    themes = {p["theme"] for p in prompts if p["for"] == role}
    assert len(themes) >= MIN_THEMES_PER_ROLE, (
        f'"{role}" prompts appear in only {len(themes)} themes: {sorted(themes)}'
    )


def test_relational_trauma_is_mostly_for_the_individual(prompts: list[dict[str, Any]]) -> None:
    roles = Counter(p["for"] for p in prompts if p["theme"] == "relational_trauma")
    assert roles["individual"] >= MIN_PER_THEME // 2, roles


def test_no_duplicate_or_near_duplicate_texts(prompts: list[dict[str, Any]]) -> None:
    seen: dict[str, str] = {}
    exact = []
    for p in prompts:
        key = normalise(p["text"])
        if key in seen:
            exact.append((seen[key], p["id"]))
        seen.setdefault(key, p["id"])
    assert not exact, f"the same text appears twice: {exact}"

    texts = [(p["id"], normalise(p["text"])) for p in prompts]
    near = []
    for i, (id_a, a) in enumerate(texts):
        for id_b, b in texts[i + 1 :]:
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if matcher.quick_ratio() >= NEAR_DUPLICATE_RATIO and (
                matcher.ratio() >= NEAR_DUPLICATE_RATIO
            ):
                near.append((id_a, id_b, round(matcher.ratio(), 2)))
    assert not near, f"texts that read as the same prompt: {near}"


def test_texts_are_short_and_end_as_a_question_or_invitation(
    prompts: list[dict[str, Any]],
) -> None:
    problems = []
    for p in prompts:
        text = p["text"]
        if not isinstance(text, str):
            problems.append((p["id"], "text is not a string"))
            continue
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            problems.append((p["id"], f"{len(text)} characters"))
        if not text.endswith(("?", ".")):
            problems.append((p["id"], "does not end with ? or ."))
        if text != text.strip() or "  " in text or "\n" in text:
            problems.append((p["id"], "stray whitespace"))
        if not text[:1].isupper():
            problems.append((p["id"], "does not start with a capital letter"))
        sentences = len(re.findall(r"[.?!](?:\s|$)", text))
        if not 1 <= sentences <= 2:
            problems.append((p["id"], f"{sentences} sentences, want one or two"))
    assert not problems, problems


def test_no_shaming_diagnosing_or_pushy_words(prompts: list[dict[str, Any]]) -> None:
    found = [
        (p["id"], phrase)
        for p in prompts
        for phrase, pattern in FORBIDDEN_PATTERNS
        if pattern.search(p["text"])
    ]
    assert not found, f"forbidden words in prompts: {found}"


def test_forbidden_word_check_catches_what_it_should() -> None:
    caught = [
        "Why are you still overreacting?",
        "It was partly your fault.",
        "Maybe you should have known.",
        "Time to Get Over It.",
        "Were they a narcissist?",
    ]
    for text in caught:
        assert any(pattern.search(text) for _phrase, pattern in FORBIDDEN_PATTERNS), text
    assert not any(
        pattern.search("A weakness? No: a weekday.") for _p, pattern in FORBIDDEN_PATTERNS
    )


def test_prompts_for_individuals_do_not_assume_a_partner(prompts: list[dict[str, Any]]) -> None:
    # Someone healing from relational trauma may be on their own now, and a relational trauma
    # prompt must never assume the person is still with the one who hurt them.
    assuming = [
        p["id"]
        for p in prompts
        if (p["for"] == "individual" or p["theme"] == "relational_trauma")
        and re.search(r"\b(your partner|between you two|your relationship)\b", p["text"], re.I)
    ]
    assert not assuming, f"prompts that assume a current partner: {assuming}"


def test_some_prompts_say_a_little_is_enough(prompts: list[dict[str, Any]]) -> None:
    # On hard days writing a single line has to be allowed, and said so.
    permissive = [
        p["id"]
        for p in prompts
        if re.search(r"\b(one line|one sentence|a single word|as little)\b", p["text"], re.I)
    ]
    assert len(permissive) >= 3, permissive


def test_hard_days_have_grounding_and_a_pointer_to_help(prompts: list[dict[str, Any]]) -> None:
    triggers_for_anyone = [p for p in prompts if p["theme"] == "triggers" and p["for"] == "any"]
    assert len(triggers_for_anyone) >= 3, "the triggers theme needs grounding prompts for anyone"
    helpers = [p["id"] for p in prompts if re.search(r"\b(counsellor|helpline)\b", p["text"])]
    assert helpers, "some prompt should mention that a counsellor or a local helpline can help"


def test_every_role_has_a_prompt_of_the_day_pool_in_every_phase(
    prompts: list[dict[str, Any]],
) -> None:
    # The prompt of the day chooses among a role's prompts (its own and "any") and must not
    # repeat within 30 days while others remain: give every role a generous pool.
    for role in PERSON_ROLES:
        pool = [p for p in prompts if p["for"] in (role, "any")]
        assert len(pool) >= 60, (role, len(pool))
    by_role_phase: defaultdict[str, set[str]] = defaultdict(set)
    for p in prompts:
        if p["phase"] is not None:
            by_role_phase[p["for"]].add(p["phase"])
    for role in PERSON_ROLES:
        assert by_role_phase[role] == set(PHASES_OF_ROLE[role]), (role, by_role_phase[role])


@pytest.mark.parametrize(
    ("role", "phase"),
    [(role, phase) for role, phases in PHASES_OF_ROLE.items() for phase in phases],
)
def test_every_phase_of_the_path_has_fifteen_prompts_of_its_own(
    prompts: list[dict[str, Any]], role: str, phase: str
) -> None:
    # Each phase of the recovery path has prompts written for it (issue 24): at least
    # fifteen for that person and that phase, besides those for anyone.
    own = [p["id"] for p in prompts if p["for"] == role and p["phase"] == phase]
    assert len(own) >= 15, (role, phase, len(own))
