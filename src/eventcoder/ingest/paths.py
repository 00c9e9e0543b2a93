"""Read articles from paths: files, directories (recursive, sorted) and ``-`` for stdin.

:func:`read_paths` never raises on bad input: an unreadable file, an empty or binary file, an
oversized page or a malformed line becomes an article with ``status="error"`` and a one-line
reason that names the file (and line), and the batch goes on.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventcoder.document import Article
from eventcoder.errors import InputError
from eventcoder.ingest.article import build_article, error_article
from eventcoder.ingest.decode import MAX_BYTES, check_size, decode_bytes
from eventcoder.ingest.feeds import looks_like_feed, read_feed
from eventcoder.ingest.html import looks_like_html
from eventcoder.ingest.jsonl import read_json, read_jsonl, read_jsonl_lines

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
JSON_EXTENSIONS = frozenset({".json"})
FEED_EXTENSIONS = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | JSON_EXTENSIONS | FEED_EXTENSIONS
)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Stream articles from files and directories in input order; bad inputs become error articles."""
    for path in paths:
        yield from read_path(path)


def read_path(path: str | Path) -> Iterator[Article]:
    """Yield the articles of one path (a file, a directory, or ``-`` for standard input)."""
    label = str(path)
    if label == "-":
        yield from _guard(label, lambda: _read_stdin(label))
        return
    target = Path(path)
    try:
        if target.is_dir():
            yield from _read_directory(target, label)
            return
        if not target.exists():
            yield error_article(label, "no such file or directory; check the path")
            return
    except OSError as exc:
        yield error_article(label, f"cannot access ({exc.strerror or exc}); check the path")
        return
    yield from _guard(label, lambda: _read_file(target, label))


def _guard(label: str, read: Callable[[], Iterator[Article]]) -> Iterator[Article]:
    """Run a reader, turning any exception into an error article for that input."""
    try:
        yield from read()
    except InputError as exc:
        yield error_article(label, str(exc))
    except PermissionError:
        yield error_article(label, "permission denied; make the file readable")
    except IsADirectoryError:
        yield error_article(label, "is a directory that cannot be listed")
    except OSError as exc:
        yield error_article(label, f"cannot read file ({exc.strerror or exc})")
    except Exception as exc:  # a reader bug must cost one input, not the batch
        log.exception("failed to read %s", label)
        yield error_article(
            label, f"unexpected error while reading ({exc.__class__.__name__}: {exc})"
        )


def _read_directory(directory: Path, label: str) -> Iterator[Article]:
    """Yield the articles of every supported file under a directory, in sorted path order."""
    found = False
    for file_path in _walk_sorted(directory):
        found = True
        file_label = os.path.join(label, os.path.relpath(file_path, directory))
        yield from _guard(file_label, lambda p=file_path, lab=file_label: _read_file(p, lab))
    if not found:
        exts = " ".join(sorted(SUPPORTED_EXTENSIONS))
        yield error_article(label, f"directory has no article files ({exts})")


def _walk_sorted(directory: Path) -> Iterator[Path]:
    """Supported files under a directory, depth first, entries sorted by name (hidden skipped)."""
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", directory, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # a link back up the tree would never end
                yield from _walk_sorted(entry)
        elif entry.suffix.lower() in SUPPORTED_EXTENSIONS:
            yield entry


def _read_file(path: Path, label: str) -> Iterator[Article]:
    """Yield the articles of one file, chosen by extension, then by content."""
    suffix = path.suffix.lower()
    if suffix in JSONL_EXTENSIONS:
        with path.open("rb") as handle:
            head = handle.read(8192)
        if head.strip():
            decode_bytes(head)  # refuses binary content before any line is parsed
        yield from read_jsonl(path, label)
        return
    size = path.stat().st_size
    if size == 0:
        raise InputError("file is empty; nothing to extract")
    check_size(size, json=suffix in JSON_EXTENSIONS)
    yield from _read_content(path.read_bytes(), label, suffix)


def read_bytes(data: bytes, name: str) -> Iterator[Article]:
    """Yield the articles of file content held in memory (an upload), typed by its file name."""
    label = name or "upload"
    suffix = Path(name).suffix.lower() if name else ""

    def read() -> Iterator[Article]:
        if suffix in JSONL_EXTENSIONS:
            if data[:8192].strip():
                decode_bytes(data[:8192])
            yield from read_jsonl_lines(data.splitlines(), label)
            return
        check_size(len(data), json=suffix in JSON_EXTENSIONS)
        yield from _read_content(data, label, suffix)

    yield from _guard(label, read)


def _read_content(data: bytes, label: str, suffix: str) -> Iterator[Article]:
    """Decode content and route it to the JSON, feed or page/text reader."""
    text = decode_bytes(data, html=suffix in HTML_EXTENSIONS or suffix in FEED_EXTENSIONS)
    if suffix in JSON_EXTENSIONS or (suffix not in SUPPORTED_EXTENSIONS and _looks_like_json(text)):
        yield from read_json(text, label)
        return
    if suffix in FEED_EXTENSIONS or (suffix not in TEXT_EXTENSIONS and looks_like_feed(text)):
        if looks_like_feed(text):
            yield from read_feed(text, label)
            return
        if suffix in FEED_EXTENSIONS and not looks_like_html(text):
            raise InputError("XML file is not an RSS or Atom feed; pass a feed, page or text file")
    yield build_article(text, origin=label)


def _read_stdin(label: str) -> Iterator[Article]:
    """Read standard input: JSONL is streamed line by line, anything else read whole."""
    stream = sys.stdin.buffer
    first = stream.readline(MAX_BYTES + 1)
    if _is_json_object(first):
        yield from read_jsonl_lines(itertools.chain([first], stream), label)
        return
    data = first + stream.read(MAX_BYTES + 1)
    check_size(len(data))
    yield from _read_content(data, label, "")


def _looks_like_json(text: str) -> bool:
    """True when unlabelled content is a JSON document or JSON Lines (not text opening with '[')."""
    if not text.lstrip().startswith(("{", "[")):
        return False
    first_line = text.lstrip().split("\n", 1)[0]
    if _is_json_object(first_line.encode("utf-8")):
        return True
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_json_object(line: bytes) -> bool:
    """True when a line is one complete JSON object (so the input is JSON Lines)."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
