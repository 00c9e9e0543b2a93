"""Language: non-English articles are skipped with a reason; short English notes are not misjudged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.ingest import article_from_input, article_from_record

FRENCH = (
    "Des hommes armés ont attaqué lundi soir un poste de police dans le nord du pays, tuant "
    "trois agents et blessant plusieurs civils, selon des sources sécuritaires. Les assaillants, "
    "arrivés à moto, ont pris la fuite avant l'arrivée des renforts. Une enquête a été ouverte "
    "par le parquet et les autorités locales ont décrété un couvre-feu dans la ville."
)


def test_french_article_is_skipped_with_reason() -> None:
    """French article is skipped with reason."""
    article = article_from_input(FRENCH)
    assert article.status == "skipped"
    assert article.reason.startswith("not English (detected 'fr')")
    assert article.language == "fr"
    assert article.text == FRENCH  # not mangled, just not coded


def test_french_jsonl_line_is_skipped_and_keeps_its_id() -> None:
    """French JSONL line is skipped and keeps its id."""
    article = article_from_record({"id": "fr1", "text": FRENCH}, origin="in.jsonl:1")
    assert article.status == "skipped"
    assert article.id == "fr1"
    assert article.reason.startswith("in.jsonl:1: not English")


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram militants raided Dikwa.",
        "Al Shabaab attacked AMISOM in Mogadishu.",
        "Nigerian Air Force jets bomb an Boko Haram convoy in Doron Naira, fifteen dead.",
        "Fulanis attack and kill a woman, destroy her farm in Adodoye on 04/01.",
    ],
)
def test_short_name_heavy_english_is_not_skipped(text: str) -> None:
    """Short English text heavy with names is not skipped as another language."""
    article = article_from_input(text)
    assert article.status == "ok"
    assert article.language == "en"


def test_english_seed_is_english(seed_txt: str) -> None:
    """The seed article is detected as English."""
    assert article_from_input(seed_txt).language == "en"


def test_no_dev_line_is_skipped(shared_dir: Path) -> None:
    """No dev line is skipped."""
    lines = (shared_dir / "eval/acled_dev.jsonl").read_text("utf-8").splitlines()[:300]
    skipped = [
        r["id"]
        for r in map(json.loads, lines)
        if article_from_record({"id": r["id"], "text": r["text"]}).status != "ok"
    ]
    assert skipped == []
