"""`eventcoder extract`: documents in json, jsonl and csv; bad inputs reported, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.export.rows import CSV_COLUMNS

GOOD = "Gunmen killed three villagers in Zamfara on Sunday, police said."


def test_extract_seed_page_as_json(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Extract seed page as JSON."""
    page = shared_dir / "fixtures/seed/karachi_bus_attack.html"
    assert main(["extract", str(page), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    article = document["article"]
    assert article["title"] == "Karachi bus attack points to growing IS influences"
    assert article["publisher"] == "Kashmir Observer"
    assert article["byline"] == "Observer News Service"
    assert article["published"] == "2015-06-03"
    assert "Be Part of Quality Journalism" not in article["text"]
    for event in document["events"]:
        for evidence in event["evidence"]:
            assert article["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_extract_seed_text_has_no_publication_date(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Extract seed text has no publication date."""
    path = shared_dir / "fixtures/seed/karachi_bus_attack.txt"
    assert main(["extract", str(path)]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert article["published"] is None
    assert article["title"] == "Karachi bus attack points to growing IS influences"
    assert "Leave a Reply" not in article["text"]


def test_jsonl_gives_one_line_per_input_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSONL gives one line per input in order."""
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "z9", "text": GOOD, "published": "2024-03-05"}),
        "{broken",
        json.dumps({"id": "a1", "text": "Police dispersed protesters in Lagos with tear gas."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl", "--batch-size", "2"]) == 0
    captured = capsys.readouterr()
    documents = [json.loads(line) for line in captured.out.splitlines()]
    assert len(documents) == 3
    assert documents[0]["article"]["id"] == "z9"
    assert documents[0]["article"]["text"] == GOOD
    assert documents[1]["article"]["status"] == "error"
    assert documents[2]["article"]["id"] == "a1"
    assert f"{path}:2: not valid JSON" in captured.err
    assert len([line for line in captured.err.splitlines() if line.strip()]) == 1


def test_several_inputs_give_a_json_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several inputs give a JSON array."""
    one, two = tmp_path / "1.txt", tmp_path / "2.txt"
    one.write_text(GOOD)
    two.write_text("Soldiers clashed with rebels near Beni on Friday.")
    assert main(["extract", str(one), str(two)]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert [d["article"]["origin"] for d in documents] == [str(one), str(two)]


def test_csv_has_acled_like_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """CSV has ACLED like columns."""
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    assert main(["extract", str(path), "--format", "csv"]) == 0
    reader = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    for row in reader:
        assert row["article_id"].startswith("t:")


def test_nothing_processed_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit status is non-zero when no input could be processed."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(empty), str(tmp_path / "missing.html"), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2  # error documents are still printed
    errors = captured.err.splitlines()
    assert errors[0] == f"eventcoder: error: {empty}: file is empty; nothing to extract"
    assert str(tmp_path / "missing.html") in errors[1]
    assert "nothing could be processed" in errors[-1]


def test_one_good_input_among_bad_ones_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One good input among bad ones exits zero."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert main(["extract", str(tmp_path / "missing.txt"), str(good), "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_output_file_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes the output to a file and nothing to stdout."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(good), "--format", "jsonl", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text())["article"]["text"] == GOOD


def test_bad_worker_count_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad worker count is a clean error."""
    assert main(["extract", str(tmp_path), "--workers", "0"]) == 1
    assert "--workers" in capsys.readouterr().err


def test_parsing_processes_give_the_same_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Parsing in two worker processes gives byte-identical documents to one process."""
    import eventcoder.samples

    reports = Path(eventcoder.samples.__file__).parent / "borno_reports.jsonl"
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        args = ["extract", str(reports), "--format", "jsonl", "--batch-size", "2", "-o", str(out)]
        assert main([*args, "--workers", workers]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert sum(len(json.loads(line)["events"]) for line in outputs[1].splitlines()) > 0


def test_workers_takes_auto_or_a_count(capsys: pytest.CaptureFixture[str]) -> None:
    """`--workers` takes auto or a count; anything else is refused by the parser."""
    with pytest.raises(SystemExit):
        main(["extract", "x.txt", "--workers", "many"])
    assert "'auto'" in capsys.readouterr().err


def test_unknown_format_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown format is refused."""
    with pytest.raises(SystemExit):
        main(["extract", "x.txt", "--format", "xml"])
