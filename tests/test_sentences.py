"""The sentence table (issue 3): every case in sentence_cases.CASES, run through `extract`."""

from __future__ import annotations

from typing import Any

import pytest
from sentence_cases import CASES, Case

from casualty_cli import extract

MIN_CASES = 320


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


def _brief(found: list[dict[str, Any]]) -> list[str]:
    """Found claims in a line each, for a readable failure when the counts differ."""
    return [f"{d['span']!r} {d['figure']} {d['qualifier']} {d['category']} {d['victims']}" for d in found]


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_sentence(case: Case) -> None:
    claims = extract(case.text, date=case.date)

    # Offsets are sacred (STYLE.md habit 7).
    for c in claims:
        assert case.text[c.start : c.end] == c.span

    found = [c.to_dict() for c in claims]
    assert len(found) == len(case.claims), f"expected {len(case.claims)} claims, found {_brief(found)}"
    got = [{k: d[k] for k in want} for d, want in zip(found, case.claims, strict=True)]
    assert got == case.claims


def test_table_is_large_and_well_formed() -> None:
    assert len(CASES) >= MIN_CASES
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert sum(1 for c in CASES if not c.claims) >= 40, "keep plenty of must-not-match rows"
    for case in CASES:
        pos = 0
        for want in case.claims:
            assert {"span", "figure", "category"} <= want.keys(), case.id
            at = case.text.find(want["span"], pos)
            assert at >= 0, f"{case.id}: span {want['span']!r} is not in the text, in order"
            pos = at + len(want["span"])
