"""What stands between a place and the unit written after it to hold it: 'Rafah, North Sinai',
'Zabid district of Al Hudaydah', 'Samawa city (Muthanna', 'Kajo areas of Yei County'.

Several readings ask whether a second name is the unit holding the first; they share this one
definition so that a settlement or unit noun, a link word and its article are read alike
everywhere. The pattern is case-sensitive where a name goes on ('Lashkar Gah' matched as 'Lashkar')
and case-blind on the nouns and link words (wire copy writes 'DISTRICT OF').
"""

from __future__ import annotations

import functools
import re

from eventcoder.text.words import word_list

# Settlement and unit nouns a writer puts between a place and its holder ('X district, Y').
UNIT_NOUNS = ("city", "town", "village", "villages", "district", "county", "state", "province",
              "region", "area", "areas", "locality", "sub-county", r"sub-?district", "subdivision",
              "lga", "camp", r"neighbou?rhood", "township", "suburb", "municipality", "commune",
              "island")


@functools.cache
def place_unit_gap(
    *, name_rest: int = 0, near: bool = False, words: int = 0, unit_between: bool = False,
    sites: bool = False,
) -> re.Pattern[str]:
    """The text between a place and the unit holding it: an optional unit noun, then a comma, a
    bracket, 'of' or 'in' (and 'near' with near=True), then 'the'.

    name_rest: capitalised words of the place's name that the gazetteer match left out, allowed
    before the noun; words: lower-case words allowed after the link ('in the countryside of');
    unit_between: a lower unit's name may stand between them, after a comma and before the bracket
    that opens the holder ('Kampung Baru, Tanah Merah (Kelantan'); sites: the noun may be a site's
    ('the Kariakoo market in Dodoma') and one lower-case word may stand before it ('the Ifo
    refugee camp in Garissa', 'a fishing village of Lamu')."""
    rest = rf"(?:\s+[A-Z][\w'’-]*){{0,{name_rest}}}" if name_rest else ""
    link = r"(?i:in|of|near)" if near else r"(?i:in|of)"
    if words:
        tail = rf"(?:(?:(?i:the)|[a-z]+)\s+){{0,{words}}}?(?:(?:of|in)\s+)?"
    else:
        tail = r"(?:(?i:the)\s+)?"
    nouns = "|".join(UNIT_NOUNS + (tuple(sorted(word_list("site_nouns"))) if sites else ()))
    modifier = r"(?:\s+[a-z][a-z-]+(?=\s+(?i:" + nouns + r")\b))?" if sites else ""
    between = r"|,\s*(?:[A-Z][\w'’-]*\s+){1,2}\(" if unit_between else ""
    return re.compile(rf"^{rest}{modifier}(?:\s*\b(?i:{nouns})\b)?\s*(?:,|\(|\b{link}\b{between})\s*{tail}$")
