"""Read bytes safely: refuse binaries and oversized files, decode with encoding fallbacks."""

from __future__ import annotations

import re

from eventcoder.errors import InputError

MAX_BYTES = 10 * 1024 * 1024  # one page or text; a news article is well under 1 MB
MAX_JSON_BYTES = 200 * 1024 * 1024  # a .json array is loaded whole; JSONL streams instead

_MAGIC = {
    b"%PDF": "a PDF document; convert it to text or HTML first",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx); unpack or convert it to text first",
    b"\x1f\x8b": "gzip-compressed; decompress it first",
    b"\x89PNG": "a PNG image, not an article",
    b"\xff\xd8\xff": "a JPEG image, not an article",
    b"GIF8": "a GIF image, not an article",
    b"SQLite format 3": "an SQLite database, not an article",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control characters that never occur in text (tab, newline, CR and form feed excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def check_size(size: int, *, json: bool = False) -> None:
    """Refuse inputs over :data:`MAX_BYTES` with a message saying what to do."""
    if json and size > MAX_JSON_BYTES:
        raise InputError(
            f"JSON file is {size / 1_048_576:.1f} MB, too large to load at once; "
            "convert it to JSONL (one article a line)"
        )
    if not json and size > MAX_BYTES:
        raise InputError(
            f"file is {size / 1_048_576:.1f} MB, over the {MAX_BYTES // 1_048_576} MB limit "
            "for one article; save the article alone (or as JSONL, one article a line)"
        )


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode file bytes to text: BOMs, declared charset, UTF-8, then cp1252/latin-1.

    Raises :class:`InputError` for empty or binary content.
    """
    if not data.strip():
        raise InputError("file is empty; nothing to extract")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"file is {what}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"file has a UTF-16 mark but is not valid UTF-16 ({exc.reason})"
            ) from exc
    if b"\x00" in data[:8192]:
        raise InputError(
            "file looks binary (contains NUL bytes); pass a .txt, .html, .jsonl or feed file"
        )
    text = _decode_text(data, html=html)
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise InputError(
            "file looks binary (many control characters); pass a .txt, .html, .jsonl or feed file"
        )
    return text


def _decode_text(data: bytes, *, html: bool) -> str:
    """Try UTF-8 (with or without BOM), a declared HTML charset, then Windows-1252, latin-1."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        match = _CHARSET.search(data[:4096])
        if match:
            try:
                return data.decode(match.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        # Most non-UTF-8 news text is Windows-1252 (curly quotes in 0x80-0x9F), a superset of
        # latin-1 for printable characters.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode_line(data: bytes) -> str:
    """Decode one JSONL line: UTF-8, else Windows-1252, else latin-1 (never raises)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
