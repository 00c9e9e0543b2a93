"""JSONL and JSON inputs: text kept exactly, html cleaned, malformed lines reported and skipped."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.ingest import article_from_record, read_paths


def _write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_given_text_is_kept_exactly(tmp_path: Path) -> None:
    """Given text is kept exactly."""
    text = "  Gunmen  killed 3 people in Kano.\n\nLeave a Reply\r\nObserver News Service  "
    path = _write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": "a1", "text": text})])
    [article] = list(read_paths([path]))
    assert article.text == text
    assert article.id == "a1"
    assert article.status == "ok"
    assert article.origin == f"{path}:1"


def test_record_fields_are_carried(tmp_path: Path) -> None:
    """Record fields are carried."""
    record = {
        "id": "acled:NIG1",
        "text": "Boko Haram militants attacked Dikwa on Monday, killing five soldiers.",
        "url": "https://example.org/a",
        "title": "Dikwa attack",
        "published": "2018-01-14",
        "source": "Premium Times",
    }
    article = article_from_record(record)
    assert (article.id, article.url, article.title, article.published, article.source) == (
        "acled:NIG1",
        "https://example.org/a",
        "Dikwa attack",
        "2018-01-14",
        "Premium Times",
    )


def test_malformed_line_is_an_error_and_the_rest_continues(tmp_path: Path) -> None:
    """Malformed line is an error and the rest continues."""
    path = _write_jsonl(
        tmp_path / "batch.jsonl",
        [
            json.dumps({"id": "a1", "text": "Police fired tear gas at protesters in Nairobi."}),
            '{"id": "a2", "text": "unterminated',
            "",
            "[1, 2]",
            json.dumps({"id": "a4"}),
            json.dumps({"id": "a5", "text": "Soldiers clashed with militants near Beni."}),
        ],
    )
    articles = list(read_paths([path]))
    assert [a.status for a in articles] == ["ok", "error", "error", "error", "ok"]
    assert [a.id for a in articles][0] == "a1" and articles[-1].id == "a5"
    bad = articles[1]
    assert bad.reason.startswith(f"{path}:2: not valid JSON")
    assert bad.origin == f"{path}:2"
    assert articles[2].reason.startswith(f"{path}:4:")
    assert "neither 'text' nor 'html'" in articles[3].reason
    assert articles[3].id == "a4"


def test_html_field_is_cleaned(seed_html: str) -> None:
    """HTML field is cleaned."""
    article = article_from_record({"id": "page", "html": seed_html})
    assert article.id == "page"
    assert article.publisher == "Kashmir Observer"
    assert "Leave a Reply" not in article.text


def test_wrong_types_are_errors_not_crashes() -> None:
    """Wrong types are errors not crashes."""
    assert article_from_record({"id": "x", "text": 42}).status == "error"
    article = article_from_record(["not", "a", "dict"], origin="f.jsonl:3")  # type: ignore[arg-type]
    assert article.status == "error" and article.reason.startswith("f.jsonl:3:")


def test_cp1252_line_is_decoded(tmp_path: Path) -> None:
    """A cp1252-encoded JSONL line is decoded."""
    path = tmp_path / "win.jsonl"
    line = (
        '{"id": "w1", "text": "\u201cWe were attacked,\u201d said a caf\u00e9 owner in Bamako."}\n'
    )
    path.write_bytes(line.encode("cp1252"))
    [article] = list(read_paths([path]))
    assert article.text == "\u201cWe were attacked,\u201d said a caf\u00e9 owner in Bamako."


def test_json_array_file(tmp_path: Path) -> None:
    """A .json file holding an array gives one article per element."""
    path = tmp_path / "two.json"
    path.write_text(
        json.dumps(
            [
                {"id": "j1", "text": "Rebels shelled Aleppo."},
                {"id": "j2", "text": "Police arrested ten protesters in Harare."},
            ]
        ),
        encoding="utf-8",
    )
    assert [a.id for a in read_paths([path])] == ["j1", "j2"]


def test_blank_published_is_null() -> None:
    """Blank published is null."""
    assert article_from_record({"id": "p", "text": "x y z", "published": ""}).published is None
    assert (
        article_from_record(
            {"id": "p", "text": "x", "published": "2015-06-03T01:12:00+05:30"}
        ).published
        == "2015-06-03"
    )
