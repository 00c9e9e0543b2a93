"""Installations and bodies of an armed force (post, base, checkpoint, convoy) as participants.

A site cannot act: a past-form attack verb whose subject is a site and that has no object is a
headline passive ("Gendarmerie post near Markala attacked around 21h"), and the site is the
target. A site word that only modifies another noun names no side ("a post office", "camp
residents"): the noun it modifies decides. The words are in ``data/armed_sites.yaml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from eventcoder.datafiles import load_data

_MODIFIER_DEPS = {"compound", "amod", "nmod"}


@functools.cache
def site_lemmas() -> frozenset[str]:
    """Lemmas of the installations and bodies that belong to an armed force."""
    return frozenset(str(entry[0]).lower() for entry in load_data("armed_sites.yaml")["sites"])


def is_site(token: Token) -> bool:
    """True when the token names an armed force's installation or moving body."""
    return token.lemma_.lower() in site_lemmas() or token.lower_ in site_lemmas()


def site_as_modifier(token: Token) -> bool:
    """True for a site word that modifies another noun ("post office"): it names no side."""
    return token.dep_ in _MODIFIER_DEPS and token.head is not token and \
        token.head.pos_ in {"NOUN", "PROPN"} and is_site(token)


def hit_site(verb: Token, subjects: list[Token], objects: list[Token]) -> bool:
    """True when a past-form verb with no object has only sites as its subject: the headline
    passive "Army checkpoint attacked overnight", where the site is what was hit."""
    return bool(subjects) and not objects and verb.tag_ in {"VBD", "VBN"} \
        and all(is_site(s) for s in subjects)
