"""Each role rule alone, on parses built by hand (see the `hand_parse` fixture)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dyads.events import sources, targets
from dyads.events.roles import ActorIndex, Roles, Site


def _site(doc, i, *, root="11", reciprocal=False, light=True, preps=(), object_preps=()):
    token = doc.tokens[i]
    return Site(
        token=token, pattern_tokens=(i,), root=root, is_verb=token.pos in ("VERB", "ADJ"),
        light=light, reciprocal=reciprocal, quoted=False, speakers=(), restrainers=(),
        first_person=False, preps=preps, object_preps=object_preps,
    )  # fmt: skip


def _codes(found):
    return [f.actor.code for f in found]


SOURCE_CASES = [
    # rule, words, heads, deps, pos, actor spans, trigger, options, expected codes
    (sources.subject, "Japan condemned China", [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["PROPN", "VERB", "PROPN"], {(0, 1): "JPN", (2, 3): "CHN"}, 1, {}, ["JPN"]),
    # A subject the parser hangs on the auxiliary is the verb's.
    (sources.subject, "Peru was shelling Chile", [1, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"],
     ["PROPN", "AUX", "VERB", "PROPN"], {(0, 1): "PER", (3, 4): "CHL"}, 2, {}, ["PER"]),
    (sources.passive_agent, "The border was closed by Turkey", [1, 3, 3, 3, 3, 4],
     ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
     ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"], {(5, 6): "TUR"}, 3, {}, ["TUR"]),
    (sources.controller, "Iran agreed to release the sailors", [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
     ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], {(0, 1): "IRN"}, 3, {}, ["IRN"]),
    # A passive subject above stops the climb: the talks are no agent.
    (sources.controller, "Talks were expected to resume", [2, 2, 2, 4, 2],
     ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp"],
     ["NOUN", "AUX", "VERB", "PART", "VERB"], {}, 4, {}, []),
    # The small parser's reduced-relative reading of a plain sentence.
    (sources.reduced_relative, "The envoys condemned the launch", [1, 1, 1, 4, 2],
     ["det", "ROOT", "acl", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
     {(1, 2): "JPNGOV"}, 2, {}, ["JPNGOV"]),
    (sources.between, "talks between Armenia and Azerbaijan", [0, 0, 1, 2, 2],
     ["ROOT", "prep", "pobj", "cc", "conj"], ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
     {(2, 3): "ARM", (4, 5): "AZE"}, 0, {"reciprocal": True}, ["ARM", "AZE"]),
    (sources.possessor, "Pyongyang 's threat", [2, 0, 2], ["poss", "case", "ROOT"],
     ["PROPN", "PART", "NOUN"], {(0, 1): "PRK"}, 2, {}, ["PRK"]),
    (sources.by_phrase, "a visit by Egypt", [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     ["DET", "NOUN", "ADP", "PROPN"], {(3, 4): "EGY"}, 1, {}, ["EGY"]),
    (sources.light_verb, "Egypt issued a warning", [1, 1, 3, 1],
     ["nsubj", "ROOT", "det", "dobj"], ["PROPN", "VERB", "DET", "NOUN"],
     {(0, 1): "EGY"}, 3, {}, ["EGY"]),
    # A verb that is an event itself lends no subject: the offer is not Pakistan's.
    (sources.light_verb, "Pakistan rejected an offer", [1, 1, 3, 1],
     ["nsubj", "ROOT", "det", "dobj"], ["PROPN", "VERB", "DET", "NOUN"],
     {(0, 1): "PAK"}, 3, {"light": False}, []),
]  # fmt: skip


TARGET_CASES = [
    (targets.direct_object, "Japan condemned China", [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["PROPN", "VERB", "PROPN"], {(0, 1): "JPN", (2, 3): "CHN"}, 1, {}, ["CHN"]),
    (targets.direct_object, "Japan promised Kyiv aid", [1, 1, 1, 1],
     ["nsubj", "ROOT", "dative", "dobj"], ["PROPN", "VERB", "PROPN", "NOUN"],
     {(0, 1): "JPN", (2, 3): "UKR"}, 1, {}, ["UKR"]),
    (targets.object_phrase, "Canada imposed sanctions on Iran", [1, 1, 1, 2, 3],
     ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
     {(0, 1): "CAN", (4, 5): "IRN"}, 1, {"object_preps": ("of", "on")}, ["IRN"]),
    (targets.prepositional, "Chile met with Peru", [1, 1, 1, 2],
     ["nsubj", "ROOT", "prep", "pobj"], ["PROPN", "VERB", "ADP", "PROPN"],
     {(0, 1): "CHL", (3, 4): "PER"}, 1, {"preps": ("with",)}, ["PER"]),
    (targets.passive_subject, "Greece was attacked", [2, 2, 2],
     ["nsubjpass", "auxpass", "ROOT"], ["PROPN", "AUX", "VERB"], {(0, 1): "GRC"}, 2, {},
     ["GRC"]),
    (targets.condition_subject, "There will be consequences if Iran attacks",
     [2, 2, 2, 2, 6, 6, 2], ["expl", "aux", "ROOT", "attr", "mark", "nsubj", "advcl"],
     ["PRON", "AUX", "VERB", "NOUN", "SCONJ", "PROPN", "VERB"], {(5, 6): "IRN"}, 3,
     {"root": "13"}, ["IRN"]),
    (targets.content, "Turkey demanded that Syria withdraw", [1, 1, 4, 4, 1],
     ["nsubj", "ROOT", "mark", "nsubj", "ccomp"], ["PROPN", "VERB", "SCONJ", "PROPN", "VERB"],
     {(0, 1): "TUR", (3, 4): "SYR"}, 1, {"root": "10"}, ["SYR"]),
    (targets.location, "Israel imposed a curfew in Lebanon", [1, 1, 3, 1, 1, 4],
     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
     ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"], {(0, 1): "ISR", (5, 6): "LBN"}, 1,
     {"root": "17"}, ["LBN"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "find, text, heads, deps, pos, spans, trigger, options, want", SOURCE_CASES + TARGET_CASES
)
def test_role_rule(hand_parse, actors_at, find, text, heads, deps, pos, spans, trigger,
                   options, want):  # fmt: skip
    doc = hand_parse(text.split(), heads, deps, pos)
    roles = Roles(doc, ActorIndex(actors_at(doc, spans)))
    assert _codes(find(roles, _site(doc, trigger, **options))) == want


def test_target_rule_leaves_the_source_out(hand_parse, actors_at):
    """Tokens in `skip` (the source's own mention) are never a target."""
    doc = hand_parse(
        "Japan condemned Japan".split(), [1, 1, 1], ["nsubj", "ROOT", "dobj"],
        ["PROPN", "VERB", "PROPN"],
    )  # fmt: skip
    roles = Roles(doc, ActorIndex(actors_at(doc, {(0, 1): "JPN", (2, 3): "CHN"})))
    site = replace(_site(doc, 1), skip=frozenset({2}))
    assert targets.direct_object(roles, site) == []


@pytest.mark.parametrize(
    "words, lemmas, pos, disabled, want",
    [
        (["Thousands", "of", "Iranians", "protested"], ["thousand", "of", "Iranians", "protest"],
         ["NOUN", "ADP", "PROPN", "VERB"], (), ["IRN"]),
        (["Dozens", "of", "Iranians", "protested"], ["dozen", "of", "Iranians", "protest"],
         ["NOUN", "ADP", "PROPN", "VERB"], (), ["IRN"]),
        (["300", "of", "Iranians", "protested"], ["300", "of", "Iranians", "protest"],
         ["NUM", "ADP", "PROPN", "VERB"], (), ["IRN"]),
        # A noun that counts nothing does not stand for its "of" phrase.
        (["Songs", "of", "Iranians", "protested"], ["song", "of", "Iranians", "protest"],
         ["NOUN", "ADP", "PROPN", "VERB"], (), []),
        (["Thousands", "of", "Iranians", "protested"], ["thousand", "of", "Iranians", "protest"],
         ["NOUN", "ADP", "PROPN", "VERB"], ("roles.phrase.quantity.v1",), []),
    ],
)  # fmt: skip
def test_quantity_stands_for_its_of_phrase(hand_parse, actors_at, words, lemmas, pos, disabled,
                                           want):  # fmt: skip
    from dyads.rules import RuleSwitches

    doc = hand_parse(words, [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"], pos, lemmas=lemmas)
    index = ActorIndex(actors_at(doc, {(2, 3): "IRN"}))
    roles = Roles(doc, index, RuleSwitches(frozenset(disabled)))
    assert _codes(roles.actors_at(0, "test")) == want


# words, heads, deps, pos, tags, actor spans, trigger, expected source, expected target
MISREAD_CASES = [
    # The name read as the root verb, the real verb as its adverbial clause.
    ("Boric later raised duties", [0, 2, 0, 2], ["ROOT", "advmod", "advcl", "dobj"],
     ["VERB", "ADV", "VERB", "NOUN"], ["VB", "RB", "VBN", "NNS"], {(0, 1): "CHLGOV"}, 2,
     ["CHLGOV"], []),
    # The name read as the root noun, the real verb as a clause under it.
    ("Boric at first raised duties", [0, 2, 3, 0, 3], ["ROOT", "advmod", "advmod", "ccomp", "dobj"],
     ["NOUN", "ADP", "ADV", "VERB", "NOUN"], ["NN", "IN", "RB", "VBN", "NNS"], {(0, 1): "CHLGOV"},
     3, ["CHLGOV"], []),
    # The verb read as an adjective between two names.
    ("Boric hosted Lula", [2, 2, 2], ["nmod", "amod", "ROOT"], ["PROPN", "VERB", "PROPN"],
     ["NNP", "VBN", "NNP"], {(0, 1): "CHLGOV", (2, 3): "BRAGOV"}, 1, ["CHLGOV"], ["BRAGOV"]),
    # An acronym read as an adverb of the verb.
    ("USAID provided aid", [1, 1, 1], ["advmod", "ROOT", "dobj"], ["ADV", "VERB", "NOUN"],
     ["RB", "VBD", "NN"], {(0, 1): "USAGOV"}, 1, ["USAGOV"], []),
    # The subject read as an appositive of the opening phrase's object.
    ("In talks with Peru , Alves rejected offers", [6, 0, 1, 2, 6, 1, 6, 6],
     ["prep", "pobj", "prep", "pobj", "punct", "appos", "ROOT", "dobj"],
     ["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN"],
     ["IN", "NNS", "IN", "NNP", ",", "NNP", "VBD", "NNS"], {(3, 4): "PER", (5, 6): "CHLGOV"}, 6,
     ["CHLGOV"], []),
    # A participle before a common noun is an adjective: "the Hamas held hostages".
    ("the Hamas held hostages", [3, 3, 3, 3], ["det", "compound", "amod", "ROOT"],
     ["DET", "PROPN", "VERB", "NOUN"], ["DT", "NNP", "VBN", "NNS"], {(1, 2): "PSEREB"}, 2, [],
     []),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, heads, deps, pos, tags, spans, trigger, source, target", MISREAD_CASES
)
def test_a_misread_clause_keeps_its_subject_and_object(
    hand_parse, actors_at, text, heads, deps, pos, tags, spans, trigger, source, target
):
    doc = hand_parse(text.split(), heads, deps, pos, tags=tags)
    roles = Roles(doc, ActorIndex(actors_at(doc, spans)))
    site = _site(doc, trigger)
    assert _codes(sources.misread_clause(roles, site)) == source
    assert _codes(targets.misread_object(roles, site)) == target
