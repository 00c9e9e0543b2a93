"""Text helpers shared by every stage (accent folding, name patterns, word lists)."""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "strip_accents": "fold",
    "folded_trie_regex": "alias_regex",
    "pick_regex": "alias_regex",
    "word_list": "words",
    "words_pattern": "words",
    "MONTHS": "words",
    "WEEKDAYS": "words",
})
