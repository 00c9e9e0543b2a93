"""In-memory uploads (read_bytes) and standard input ("-") go through the same readers as files."""

from __future__ import annotations

import json
import subprocess
import sys

from eventcoder.ingest import read_bytes

GOOD = "Gunmen killed three villagers in Zamfara on Sunday, police said."
READ_STDIN = (
    "import json\n"
    "from eventcoder.ingest import read_paths\n"
    "for a in read_paths(['-']):\n"
    "    print(json.dumps([a.id, a.status, a.origin, a.text]))\n"
)


def test_uploaded_jsonl_keeps_text_and_reports_bad_lines() -> None:
    """Uploaded JSONL keeps text and reports bad lines."""
    data = (json.dumps({"id": "u1", "text": GOOD}) + "\nnot json\n").encode()
    first, second = read_bytes(data, "batch.jsonl")
    assert (first.id, first.text, first.origin) == ("u1", GOOD, "batch.jsonl:1")
    assert second.status == "error" and second.reason.startswith("batch.jsonl:2: not valid JSON")


def test_uploaded_page_is_cleaned(seed_html: str) -> None:
    """Uploaded page is cleaned."""
    [article] = read_bytes(seed_html.encode(), "page.html")
    assert article.publisher == "Kashmir Observer"
    assert "Leave a Reply" not in article.text


def test_uploaded_binary_is_an_error() -> None:
    """Uploaded binary is an error."""
    [article] = read_bytes(b"\x00\x01binary", "x.txt")
    assert article.status == "error" and article.reason.startswith("x.txt: file looks binary")


def _stdin(data: bytes) -> list[list]:
    done = subprocess.run(
        [sys.executable, "-c", READ_STDIN], input=data, capture_output=True, check=True, timeout=60
    )
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def test_stdin_jsonl_is_streamed_line_by_line() -> None:
    """JSONL on stdin is streamed line by line."""
    data = "\n".join(json.dumps({"id": f"s{i}", "text": GOOD}) for i in range(3)).encode()
    rows = _stdin(data)
    assert [r[0] for r in rows] == ["s0", "s1", "s2"]
    assert [r[2] for r in rows] == ["-:1", "-:2", "-:3"]


def test_stdin_plain_text_is_one_article() -> None:
    """Plain text on stdin is one article."""
    [row] = _stdin(("Raid on Kano market\n\n" + GOOD + "\n").encode())
    assert row[1:] == ["ok", "-", GOOD]
