"""Sources stage: who said what (reported speech, quotes) in the article.

Fills ``Document.sources`` with speakers, their kinds and quotes.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "sources_stage": "stage",
    "direct_quotes": "stage",
})
