"""The words that belong to one event's clause: where its date and place may hang."""

from __future__ import annotations

from .. import wordlists
from ..records import ParsedDoc, Token
from ..rules import RuleSwitches, rule, rule_id

# Dependents that describe a noun with a clause: "a meeting held in Washington".
DESCRIBING_DEPS = frozenset({"acl", "relcl"})


def anchors(doc: ParsedDoc, trigger: Token, switches: RuleSwitches | None = None) -> set[int]:
    """The trigger; for a nominal trigger, the verb it is the object or subject of ("held talks
    on Monday") and the verbs that describe it ("a meeting held in Washington"); for a verb
    controlled by another ("agreed to meet on Friday"), that verb; for a verb, the occasion it
    happened at. `switches` may turn the hosting-verb and occasion rules off."""
    on = (switches or RuleSwitches()).on
    hosting = on(rule_id(hosting_verbs_within))
    found = {trigger.i}
    if trigger.pos == "NOUN":
        if (
            trigger.dep in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
            and trigger.head != trigger.i
        ):
            governor = doc.tokens[trigger.head]
            if governor.dep == "prep" and governor.head != governor.i:
                governor = doc.tokens[governor.head]
            found.add(governor.i)
        found.update(c for c in doc.children[trigger.i] if doc.tokens[c].dep in DESCRIBING_DEPS)
        if hosting:
            found.update(hosting_verbs_within(doc, trigger.i))
    else:
        if trigger.dep == "xcomp" and trigger.head != trigger.i:
            found.add(trigger.head)
        # A verb of a list shares the clause of the verbs before it: "In 2019 Peru praised
        # Chile, criticized Bolivia and recalled its envoy".
        current = trigger
        while current.dep == "conj" and current.head != current.i:
            current = doc.tokens[current.head]
            found.add(current.i)
        if hosting and on(rule_id(occasion)):
            found.update(occasion(doc, trigger))
    return found


@rule("events.clause.occasion.v1")
def occasion(doc: ParsedDoc, trigger: Token) -> list[int]:
    """An act done at an occasion happens when and where the occasion is held: "At a meeting
    held in Washington on Thursday, the US reassured Japan" -> Thursday, Washington. The
    hosting verbs of the occasions the verb `trigger` is set at ("at", "during", "in")."""
    found: list[int] = []
    preps = _words(rule_id(occasion), "prepositions")
    for prep in doc.children[trigger.i]:
        if doc.tokens[prep].dep == "prep" and doc.tokens[prep].text.lower() in preps:
            for noun in doc.children[prep]:
                if doc.tokens[noun].dep == "pobj":
                    found += hosting_verbs_within(doc, noun, include_own=True)
    return found


@rule("events.clause.hosting-verb.v1")
def hosting_verbs_within(doc: ParsedDoc, noun: int, include_own: bool = False) -> list[int]:
    """A verb that says where and when an event noun took place carries its time and place: "a
    meeting held in Washington on Thursday", "talks hosted by Qatar in Doha". The parser often
    hangs the verb on the nearest noun ("ministers held in Washington"); people are not held,
    meetings are, so inside the event noun's own phrase it still describes the event. The
    hosting verbs hung on a noun of the phrase of `noun` ("a meeting between their ministers
    held in Washington"); with `include_own`, also on `noun` itself."""
    hosting_verbs = _words(rule_id(hosting_verbs_within), "verbs")
    found: list[int] = []
    if include_own:
        found += [
            c
            for c in doc.children[noun]
            if doc.tokens[c].dep in DESCRIBING_DEPS and doc.tokens[c].lemma.lower() in hosting_verbs
        ]
    frontier = [noun]
    for _ in range(2):
        nouns = [
            p
            for n in frontier
            for prep in doc.children[n]
            if doc.tokens[prep].dep == "prep"
            for p in doc.children[prep]
            if doc.tokens[p].dep == "pobj"
        ]
        for n in nouns:
            found += [
                c
                for c in doc.children[n]
                if doc.tokens[c].dep in DESCRIBING_DEPS
                and doc.tokens[c].lemma.lower() in hosting_verbs
            ]
        frontier = nouns
    return found


def purpose_infinitive(doc: ParsedDoc, clause: int) -> bool:
    """Whether the adverbial clause headed by `clause` is a bare infinitive ("sent troops to
    the north to fight rebels"), not one opened by a subordinator ("after Peru replied")."""
    children = [doc.tokens[c] for c in doc.children[clause]]
    return any(c.dep == "aux" and c.text.lower() == "to" for c in children) and not any(
        c.dep == "mark" for c in children
    )


def _words(rule: str, name: str) -> frozenset[str]:
    """A word list of `data/events/words.yaml`, by the id of the rule that reads it."""
    return wordlists.words("events/words.yaml", rule, name)
