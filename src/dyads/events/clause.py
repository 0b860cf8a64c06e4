"""The words that belong to one event's clause: where its date and place may hang."""

from __future__ import annotations

from ..records import ParsedDoc, Token

# Dependents that describe a noun with a clause: "a meeting held in Washington".
DESCRIBING_DEPS = frozenset({"acl", "relcl"})
# Prepositions that set an act at an occasion: "at a meeting held ...", "during talks held ...".
_OCCASION = frozenset({"in", "at", "during"})
# Verbs that say where and when an event noun took place ("a meeting ... held in Washington").
# The parser often hangs them on the nearest noun ("ministers held in Washington"); people are
# not held, meetings are, so inside the event noun's own phrase they still describe it.
HOSTING_VERBS = frozenset(
    {"hold", "convene", "host", "stage", "organize", "organise", "schedule", "conduct", "open"}
)


def anchors(doc: ParsedDoc, trigger: Token) -> set[int]:
    """The trigger; for a nominal trigger, the verb it is the object or subject of ("held talks
    on Monday") and the verbs that describe it ("a meeting held in Washington"); for a verb
    controlled by another ("agreed to meet on Friday"), that verb."""
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
        found.update(_hosting_verbs_within(doc, trigger.i))
    else:
        if trigger.dep in ("xcomp", "conj") and trigger.head != trigger.i:
            found.add(trigger.head)
        # "At a meeting held in Washington on Thursday, the US reassured Japan": the occasion's
        # time and place are the act's.
        for prep in doc.children[trigger.i]:
            if doc.tokens[prep].dep == "prep" and doc.tokens[prep].text.lower() in _OCCASION:
                for noun in doc.children[prep]:
                    if doc.tokens[noun].dep == "pobj":
                        found.update(_hosting_verbs_within(doc, noun, include_own=True))
    return found


def _hosting_verbs_within(doc: ParsedDoc, noun: int, include_own: bool = False) -> list[int]:
    """Hosting verbs hung on a noun of the event noun's own phrase: "a meeting between their
    ministers held in Washington"; with `include_own`, also on the noun itself."""
    found: list[int] = []
    if include_own:
        found += [
            c
            for c in doc.children[noun]
            if doc.tokens[c].dep in DESCRIBING_DEPS and doc.tokens[c].lemma.lower() in HOSTING_VERBS
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
                and doc.tokens[c].lemma.lower() in HOSTING_VERBS
            ]
        frontier = nouns
    return found
