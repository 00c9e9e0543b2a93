"""Groups named by a date: "November 17", "17 November" (Greece's Revolutionary Organisation 17
November). The same words are a date far more often than the group, so a known name that reads as
a day of a month counts as the group only where the sentence uses it as a name: beside a word for
a group ("the urban guerrilla group November 17", "a November 17 hit squad"), or as the subject of
a verb or an owner ("November 17 said", "November 17's proclamation", "November 17, named after
the uprising"). After a preposition, a weekday or before a year it is the date. Names that carry
a group word of their own ("March 23 Movement", "26th of July Movement") are no dates at all.
"""

from __future__ import annotations

import re

from eventcoder.text.words import MONTH_FULL_NAMES

_MONTH = "(?:" + "|".join(sorted(MONTH_FULL_NAMES)) + ")"
_DATE_LIKE = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|"
                        rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)$", re.IGNORECASE)
_GROUP_WORD = (r"(?:group|organi[sz]ation|guerrillas?|guerrilla\s+group|terrorists?|movement|"
               r"members?|militants?|gunmen|hit\s+squad|commandos?|cells?|urban\s+guerrillas)")
_GROUP_BEFORE = re.compile(rf"\b{_GROUP_WORD}\s+$", re.IGNORECASE)
_GROUP_AFTER = re.compile(rf"^\s+{_GROUP_WORD}\b", re.IGNORECASE)
# A date's own company: "on November 17", "Monday, November 17", "November 17, 1973".
_DATE_BEFORE = re.compile(r"\b(?:on|since|until|till|before|after|from|to|of|between|and|in|"
                          r"last|this|next|every|early|late|mid|(?:mon|tues|wednes|thurs|fri|"
                          r"satur|sun)day,?)\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^,?\s*(?:(?:19|20)\d\d\b|and\s+\d)", re.IGNORECASE)
# A name's own company: an owner's 's, a clause about it, a verb it does.
_NAME_AFTER = re.compile(
    r"^(?:['’]s\b|,?\s+(?:named|which|who|whose|said|says|claimed|claims|has|had|have|is|was|"
    r"took|killed|shot|carried|issued|denied|sent|left|also|warned|threatened|admitted)\b)",
    re.IGNORECASE)


def date_like(surface: str) -> bool:
    """Whether a name reads as a day of a month ("November 17", "17th of November")."""
    return _DATE_LIKE.match(surface.strip()) is not None


def named_as_group(text: str, start: int, end: int) -> bool:
    """Whether a date-like name at [start, end) is used as a group's name, not as a date."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if _GROUP_BEFORE.search(before) or _GROUP_AFTER.match(after):
        return True
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return False
    return _NAME_AFTER.match(after) is not None
