"""The reference article gives exactly its six claims, every field right (issue 2)."""

from __future__ import annotations

from casualty_cli import extract

EXPECTED = [
    # span, figure, qualifier, category, victims, source, as_of, scope, location
    (
        "more than 90",
        90,
        "more_than",
        "killed",
        "people",
        "Gaza health ministry",
        "2024-07-13",
        "incident",
        "Al-Mawasi",
    ),
    ("1,195", 1195, "exact", "killed", "people", "AFP", "2023-10-07", "incident", None),
    ("251", 251, "exact", "hostages", "hostages", None, "2023-10-07", "incident", None),
    ("116", 116, "exact", "hostages", "hostages", None, "2024-07-16", "cumulative", "Gaza"),
    ("42", 42, "exact", "killed", "hostages", "Israeli military", "2024-07-16", "cumulative", "Gaza"),
    (
        "at least 38,584",
        38584,
        "at_least",
        "killed",
        "people",
        "Gaza health ministry",
        "2024-07-16",
        "cumulative",
        "Gaza",
    ),
]
FIELDS = ["span", "figure", "qualifier", "category", "victims", "source", "as_of", "scope", "location"]


def test_seed_claims_exactly(seed_text: str) -> None:
    got = [tuple(c.to_dict()[f] for f in FIELDS) for c in extract(seed_text)]
    assert got == EXPECTED


def test_seed_offsets_and_source_text(seed_text: str) -> None:
    claims = extract(seed_text)
    for c in claims:
        assert seed_text[c.start : c.end] == c.span
        assert c.span in c.sentence
    texts = {c.span: c.source_text for c in claims}
    assert texts["more than 90"] == "the health ministry in Hamas-run Gaza"
    assert texts["42"] == "the military"
