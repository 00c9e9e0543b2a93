"""Build data/casing.tsv.gz, the casing table the truecaser reads, from spaCy's lexeme probabilities.

Source: the English ``lexeme_prob`` table of the ``spacy-lookups-data`` package (MIT licence,
Explosion AI), log-probabilities of case-sensitive word forms. Per lower-cased alphabetic word the
table keeps its most probable casing (l = lower, t = Title, u = UPPER) and whether the Title form
is common enough to stand inside a name ("national", "front"). Words at the table's floor in
every casing are left out: the truecaser treats them as unknown.

Usage: python -m eventcoder.nlp.casing_build [OUT]   (needs spacy-lookups-data installed)
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib import resources
from pathlib import Path

# Log-probability below which a form is too rare to tell anything (the table's floor is -19.5).
RARE = -19.0
# A Title form at most this far (natural log) below the lower form can be part of a name.
NAME_GAP = 4.0
_ALPHA = re.compile(r"^[A-Za-z]+$")


def _forms(probs: dict[str, float]) -> dict[str, dict[str, float]]:
    by_word: dict[str, dict[str, float]] = {}
    for form, prob in probs.items():
        if not _ALPHA.match(form):
            continue
        low = form.lower()
        code = "l" if form == low else "t" if form == form.title() else \
            "u" if form == form.upper() else ""
        if code:
            by_word.setdefault(low, {})[code] = prob
    return by_word


def build(out: Path) -> int:
    """Write the casing table; return the number of words kept."""
    source = resources.files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz")
    with gzip.open(source.open("rb"), "rt", encoding="utf-8") as fh:
        probs = json.load(fh)
    rows = []
    for word, forms in sorted(_forms(probs).items()):
        if max(forms.values()) <= RARE:
            continue
        best = max(forms, key=lambda c: forms[c])
        lower, title = forms.get("l", -30.0), forms.get("t", -30.0)
        name_ok = "n" if best != "l" or title >= lower - NAME_GAP else ""
        rows.append(f"{word}\t{best}{name_ok}\t{round(max(lower, -30.0))}")
    header = ("# word<TAB>casing (l lower, t Title, u UPPER; n = may stand in a name)<TAB>"
              "log-probability of the lower form (rounded). Derived by eventcoder.nlp.casing_build "
              "from spacy-lookups-data en_lexeme_prob (MIT, Explosion AI)")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "\n" + "\n".join(rows) + "\n")
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parents[1] / "data" / "casing.tsv.gz"
    print(f"{build(target)} words -> {target}")
