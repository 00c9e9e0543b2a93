"""Shared fixtures. Area-specific fixtures live in the test modules that use them."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared/ folder beside the checkout (skip when absent)."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_txt(shared_dir: Path) -> str:
    """The reference article as plain text."""
    return (shared_dir / "fixtures/seed/karachi_bus_attack.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_html(shared_dir: Path) -> str:
    """The reference article inside a full news page."""
    return (shared_dir / "fixtures/seed/karachi_bus_attack.html").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline (spaCy model loaded once per test session)."""
    from eventcoder.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session", autouse=True)
def ui_vocabulary_module() -> None:
    """The UI module `make web` generates from eventcoder.vocabulary (static/js/vocabulary.js)."""
    from eventcoder.web.vocabulary_js import write_module

    write_module()
