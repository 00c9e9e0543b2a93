"""Two clauses joined by a semicolon are two statements: in "Indian troops shelled Pakistani
posts on Sunday; Islamabad denied that any of its soldiers had fired first" the parser hangs the
shelling under "denied", which made the Indian army's deed a denied one. A capital the tagger
takes for a person ("Yerevan said ...") stands for its government, as a capital tagged as a
place does. Sentences written for India and Pakistan, Azerbaijan and Armenia, DR Congo."""

from __future__ import annotations

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _actors(text: str) -> list[tuple[str, str, str]]:
    doc = default_pipeline()(Article(id="t", text=text, published="2023-09-14"))
    event = primary_event(doc)
    assert event is not None
    return [(a.acled_name or a.name, a.role, a.attribution) for a in event.actors]


def test_a_denial_after_a_semicolon_denies_only_its_own_part() -> None:
    actors = _actors("Indian troops shelled Pakistani posts along the Line of Control on Sunday; "
                     "Islamabad denied that any of its soldiers had fired first.")
    india = [a for a in actors if a[0].startswith("Military Forces of India")]
    assert india and india[0][1:] == ("perpetrator", "stated")


def test_the_group_itself_may_still_deny_after_a_semicolon() -> None:
    actors = _actors("Rebels attacked an army base near Beni on Sunday; the ADF denied any "
                     "involvement.")
    assert any(a[1:] == ("perpetrator", "denied") for a in actors)


def test_a_capital_tagged_as_a_person_is_its_government() -> None:
    actors = _actors("Azerbaijani forces shelled Armenian positions near Jermuk on Wednesday; "
                     "Yerevan said three soldiers were killed.")
    assert any(a[0].startswith("Government of Armenia") for a in actors)
    assert not any(a[0] == "Yerevan" for a in actors)
