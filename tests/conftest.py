"""Tests never touch real state: every test gets its own store path and working folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", max_examples=150, deadline=None)
settings.register_profile("fuzz", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_0f657989a024d12e.txt"
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASUALTY_DB", str(tmp_path / "test.db"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the reference article (../shared/seeds) is not beside this checkout")
    return SEED.read_text(encoding="utf-8")
