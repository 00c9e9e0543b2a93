"""Bad inputs never raise: each becomes an error article naming the file, and the batch goes on."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from eventcoder.ingest import MAX_BYTES, read_paths

GOOD = "Gunmen killed three villagers in Zamfara on Sunday, police said."


def _only(paths):
    return list(read_paths(paths))


def test_missing_path(tmp_path: Path) -> None:
    """A missing path is an error article that names the path and the fix."""
    missing = tmp_path / "nope.txt"
    [article] = _only([missing])
    assert article.status == "error"
    assert article.reason == f"{missing}: no such file or directory; check the path"
    assert article.origin == str(missing)


def test_empty_file(tmp_path: Path) -> None:
    """An empty file is an error article, not a crash."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    [article] = _only([path])
    assert article.status == "error"
    assert article.reason == f"{path}: file is empty; nothing to extract"


def test_whitespace_only_file(tmp_path: Path) -> None:
    """A file of only white space is skipped with a reason."""
    path = tmp_path / "blank.html"
    path.write_bytes(b" \n\n\t \n")
    [article] = _only([path])
    assert article.status == "error" and "empty" in article.reason


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("nul.txt", b"abc\x00\x01\x02" * 100, "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("noise.txt", bytes(range(1, 32)) * 50, "binary"),
    ],
)
def test_binary_files(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    """Binary files (images, archives, PDF) are error articles with a reason."""
    path = tmp_path / name
    path.write_bytes(data)
    [article] = _only([path])
    assert article.status == "error"
    assert article.reason.startswith(f"{path}: ")
    assert expected in article.reason


def test_binary_jsonl_is_one_error_not_one_per_line(tmp_path: Path) -> None:
    """Binary JSONL is one error not one per line."""
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 50)
    [article] = _only([path])
    assert article.status == "error" and "binary" in article.reason


def test_twenty_megabyte_page_is_refused_quickly(tmp_path: Path) -> None:
    """A twenty-megabyte page is refused quickly."""
    path = tmp_path / "huge.html"
    paragraph = b"<p>Soldiers and rebels clashed near the border on Monday, officials said.</p>\n"
    with path.open("wb") as handle:
        handle.write(b"<html><body>")
        for _ in range(20 * 1024 * 1024 // len(paragraph) + 1):
            handle.write(paragraph)
        handle.write(b"</body></html>")
    assert path.stat().st_size > MAX_BYTES
    start = time.monotonic()
    [article] = _only([path])
    assert time.monotonic() - start < 2
    assert article.status == "error"
    assert "MB" in article.reason and "limit" in article.reason


def test_text_over_the_parser_limit_is_an_error(tmp_path: Path) -> None:
    """Text over the parser limit is an error."""
    path = tmp_path / "dump.txt"
    path.write_text((GOOD + " ") * 6000, encoding="utf-8")  # ~400,000 characters
    [article] = _only([path])
    assert article.status == "error"
    assert "split it" in article.reason
    assert article.text == ""


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_wrong_encoding_is_decoded(tmp_path: Path, encoding: str) -> None:
    """Latin-1 and cp1252 files (not UTF-8) are decoded, not refused."""
    text = "Protesters clashed with police in Bogot\u00e1 on Friday; a caf\u00e9 was set on fire."
    if encoding == "cp1252":
        text = "\u201c" + text + "\u201d said the mayor."
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [article] = _only([path])
    assert article.status == "ok"
    assert article.text == text


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    """HTML declared charset is used."""
    html = (
        '<html><head><meta charset="iso-8859-1"><title>t</title></head><body><article>'
        "<p>Rebels attacked the town of Bunia at dawn, and residents fled to the "
        "Ituri provincial capital\u2019s outskirts, a priest said.</p></article></body></html>"
    ).replace("\u2019", "'") + "<!-- caf\u00e9 -->"
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("iso-8859-1"))
    [article] = _only([path])
    assert "Rebels attacked the town of Bunia" in article.text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    """UTF-16 text with a BOM is decoded."""
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    [article] = _only([path])
    assert article.text == GOOD


def test_batch_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    """Batch goes on after bad inputs."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    jsonl = tmp_path / "lines.jsonl"
    jsonl.write_text(
        json.dumps({"id": "l1", "text": GOOD})
        + "\n{oops\n"
        + json.dumps({"id": "l3", "text": GOOD})
        + "\n"
    )
    articles = _only([tmp_path / "missing.txt", empty, good, jsonl])
    assert [a.status for a in articles] == ["error", "error", "ok", "ok", "error", "ok"]
    assert [a.origin for a in articles][-3:] == [f"{jsonl}:1", f"{jsonl}:2", f"{jsonl}:3"]


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    """Directory is read recursively in sorted order."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second. " + GOOD)
    (tmp_path / "a.txt").write_text("First. " + GOOD)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "third", "text": GOOD}) + "\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # unsupported: ignored in a directory
    (tmp_path / ".hidden.txt").write_text("ignored")
    articles = _only([tmp_path])
    assert [a.origin for a in articles] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "2.txt"),
        f"{tmp_path / 'c.jsonl'}:1",
    ]
    assert articles[2].id == "third"


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    """Empty directory is an error."""
    [article] = _only([tmp_path])
    assert article.status == "error"
    assert "no article files" in article.reason


def test_unknown_extension_given_explicitly_is_sniffed(tmp_path: Path) -> None:
    """Unknown extension given explicitly is sniffed."""
    path = tmp_path / "story.dat"
    path.write_text("<html><body><article><p>" + GOOD + "</p></article></body></html>")
    [article] = _only([path])
    assert article.text == GOOD


def test_unlabelled_text_opening_with_a_bracket_is_text(tmp_path: Path) -> None:
    """Unlabelled text opening with a bracket is text."""
    path = tmp_path / "story"
    path.write_text("[Reuters] " + GOOD + "\nTwo more died later.")
    [article] = _only([path])
    assert article.status == "ok"
    assert article.text.startswith("[Reuters] Gunmen killed")


def test_unlabelled_jsonl_is_read_as_jsonl(tmp_path: Path) -> None:
    """Unlabelled JSONL is read as JSONL."""
    path = tmp_path / "batch"
    path.write_text(
        json.dumps({"id": "n1", "text": GOOD}) + "\n" + json.dumps({"id": "n2", "text": GOOD})
    )
    assert [a.id for a in _only([path])] == ["n1", "n2"]
