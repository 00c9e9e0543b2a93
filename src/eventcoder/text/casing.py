"""The casing table (data/casing.tsv.gz, built from spaCy's lexeme probabilities by
``nlp/casing_build.py``): how a word is usually written and how frequent its lower-case form is.

Read by the truecaser, the gazetteer's district filter and the place recogniser; kept apart from
``nlp/truecase.py`` so that the geoparser can read it without importing the truecaser's KB names.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.disk_cache import cached_table, files_key


@functools.cache
def casing_table() -> dict[str, tuple[str, int]]:
    """Lower-case word → (casing code l/t/u, log-probability of its lower-case form)."""
    path = resources.files("eventcoder.data").joinpath("casing.tsv.gz")
    # 250,000 lines take about a second to parse: kept on disk, keyed by the file's identity
    key = f"v1|{files_key(Path(str(path)))}"
    return cached_table("casing_table", key, lambda: _read(path))


def _read(path: Any) -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, code, prob = line.rstrip("\n").split("\t")
            table[word] = (code[0], int(prob))
    return table


def casing_of(word: str) -> tuple[str, int] | None:
    """(casing code, log-probability of the lower form) of a word, None when unknown."""
    return casing_table().get(word.lower().strip("'-"))


def usually_lower(word: str) -> bool:
    """True for a word English writes in lower case ('federal', 'national', 'town')."""
    return (casing_of(word) or ("t", 0))[0] == "l"
