"""'Months after the agreement, a car bomb killed 29 people in Omagh': a sentence told from a
distance of months or years.

A report's background names earlier incidents by their distance from some other past event
('Months after the agreement', 'Two years later', 'a decade before the war', 'years ago') rather
than by a year. Such a sentence is not about the day the report's news happened ('on Thursday
night'): for the grouping of mentions into incidents it counts as dated before the publication
year, so its violence does not join the news incident (whose toll and place it would take over).
Weeks and days are left out: 'days after the attack' is still the news. So is a closed era of
years ('heavy fighting during the 2013-2018 civil war'): a war that ended is background
(spaCy reads 'during the 2013-2018 ...' as a duration, so no year dates the sentence).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from eventcoder.extract import grammar
from eventcoder.nlp.doc_cache import doc_text, span_ents, span_text
from eventcoder.text.words import MONTH_FULL_NAMES, MONTHS

_FROM_AFAR = re.compile(
    r"\b(?:months|years|decades|(?:a|one|\w+)\s+(?:year|decade)s?)\s+"
    r"(?:after|before|later|earlier|ago)\b", re.IGNORECASE)


# "two decades ago", "more than 20 years ago": a deed counted back from the report's day
_YEARS_BACK = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|several|many)\s+(?:years?|decades?)\s+ago\b", re.IGNORECASE)


# "during the 2013-2018 civil war", "in the 1991-2002 conflict": a range of years that closed.
_PAST_ERA = re.compile(
    r"\b(?:during|throughout|in)\s+(?:the\s+)?(?:19|20)\d\d\s*[-\u2013]\s*(?:(?:19|20)?\d\d)\s+"
    r"(?:\w+\s+){0,2}(?:war|conflict|crisis|insurgency|fighting|uprising|rebellion|violence|"
    r"genocide|occupation)\b", re.IGNORECASE)


def told_from_afar(sent: Span) -> bool:
    """The sentence places its content months or years away from another time, and dates it no
    other way ('On 9 June, ... after it had shut four months before' is dated news)."""
    dates = grammar.specific_dates(sent)
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # sent.text joins every token
    if (era := _PAST_ERA.search(text)) is not None:
        # the era's own years are no date of the sentence's news
        start, end = sent.start_char + era.start(), sent.start_char + era.end()
        return not any(d.start_char < start or d.end_char > end for d in dates)
    return _FROM_AFAR.search(text) is not None and not dates


# "Last month, militants attacked a government building": a period before the news week.
_LAST_PERIOD = re.compile(r"\b(?:last|past)\s+(?:month|year)\b(?!['’]s)", re.IGNORECASE)


def grouping_years(sent: Span, pub_year: int | None, pub_month: int | None = None) -> set[int]:
    """The sentence's explicit years; for one told from afar, or dated only "last month", "last
    year" or an earlier month of the year ("in May", published in June), with none, the year
    before publication (it is no incident of the report's recent news, which a weekday dates)."""
    years = grammar.explicit_years(sent, pub_year)
    if not years and pub_year is not None and (told_from_afar(sent) or _last_period_only(sent)
                                               or _earlier_month_only(sent, pub_month)):
        return {pub_year - 1}
    return years


# "in May", "early March", "mid-January": a month named alone, no day of it
_MONTH_ONLY = re.compile(rf"(?:(?:early|late|mid)[\s-]+)?({'|'.join(sorted(MONTH_FULL_NAMES))})",
                         re.IGNORECASE)


def _earlier_month_only(sent: Span, pub_month: int | None) -> bool:
    """Every date of the sentence is a month alone before the month of publication ("had killed
    eight people in a nearby village in May", published in June): an earlier deed of the year."""
    if pub_month is None or grammar.specific_dates(sent):
        return False  # a day, a weekday or a year of its own dates the sentence
    months = [m for e in span_ents(sent) if e.label_ == "DATE"
              and (m := _MONTH_ONLY.fullmatch(e.text.strip())) is not None]
    return bool(months) and all(MONTHS[m.group(1).lower()] < pub_month
                                for m in months)


def _last_period_only(sent: Span) -> bool:
    """Every date of the sentence is "last month" (or "past month"): none of the news week."""
    dates = grammar.specific_dates(sent)
    return bool(dates) and all(_LAST_PERIOD.search(d.text) for d in dates)


def afar_incident(mentions: list[Any], recent: bool) -> bool:
    """Every mention of the incident lies in a sentence told from afar, and none dates it by a
    day or a relative expression of the news ('on Thursday'): background, not the report's news."""
    return bool(mentions) and not recent and all(
        told_from_afar(grammar.unit(m.token)) for m in mentions)


# Verbs of a verdict or a trial: what they are "for" or "of" is a crime tried, told from the day
# of the verdict ("sentenced ... for his part in the killing of 60 civilians").
VERDICT_VERBS = frozenset({"sentence", "convict", "acquit", "jail", "imprison", "try", "indict",
                           "condemn"})
_TRIED_LINKS = frozenset({"for", "of", "over"})


def _verdict_over(token: Any) -> bool:
    """The token lies in the for/of-phrase of a verdict ("sentenced X for the killing",
    "convicted of murdering", "found guilty of the massacre")."""
    t = token
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ in {"pobj", "pcomp"} and head.lower_ in _TRIED_LINKS:
            gov = head.head
            if gov.dep_ == "dobj" and gov.pos_ in {"NOUN", "PROPN"}:
                gov = gov.head  # "convicted a former mayor for the massacre": on the convict
            if gov.lemma_.lower() in VERDICT_VERBS and gov.pos_ == "VERB":
                return True
            if gov.lemma_.lower() == "guilty" and gov.head.lemma_.lower() == "find":
                return True
        if head.pos_ in {"VERB", "AUX"} and t.dep_ not in {"pobj", "pcomp", "prep"}:
            return False  # a clause of its own: the deed is told, not tried
        t = head
    return False


def tried_long_ago(mentions: list[Any], pub_year: int | None) -> bool:
    """Every mention is a crime a verdict is for, lies in a sentence of earlier years or refers
    back to the deed, and the verdict's sentence dates the crime by a closed era, an earlier year
    or years ago ("sentenced ... for the killing of 60 civilians ... during the 1992-95 war",
    "... for his role in the massacre ... two decades ago"): a trial's background, not news."""
    if not mentions or pub_year is None:
        return False
    tried = False
    for m in mentions:
        sent = grammar.unit(m.token)
        years = grammar.explicit_years(sent, pub_year)
        if _verdict_over(m.token):
            # "for his role in the massacre of 47 peasants more than two decades ago"
            if not (_PAST_ERA.search(span_text(sent)) or (years and max(years) < pub_year)
                    or _YEARS_BACK.search(span_text(sent))):
                return False
            tried = True
        elif (not years or max(years) >= pub_year) and not refers_back(m.token):
            return False
    return tried


def refers_back(token: Any) -> bool:
    """A deed named by a noun in a sentence with no date of its own ("the names of the dead",
    "took part in the shootings"): it names the incident told elsewhere, it dates nothing."""
    return token.pos_ in {"NOUN", "PROPN", "ADJ"} and not grammar.specific_dates(
        grammar.unit(token))
