"""The rule registry: every rule named, documented, ordered by data and switchable."""

from __future__ import annotations

import re

import pytest

import dyads.coder  # noqa: F401 - importing the coder registers every rule
from dyads.config import Settings
from dyads.errors import ConfigError
from dyads.events.chains import Chains
from dyads.rules import RuleSwitches, load_chain, registered


def test_every_rule_has_a_versioned_id_and_a_docstring_with_an_example():
    rules = registered()
    assert len(rules) >= 40
    for rule in rules.values():
        assert re.fullmatch(r"[a-z]+(\.[a-z0-9-]+)+\.v\d+", rule.id)
        assert rule.stage in {"roles", "speech", "modality", "codes", "filters", "triggers",
                              "events", "actors", "stances", "places"}, rule.id  # fmt: skip
        assert len(rule.doc) > 40, f"{rule.id}: say what generalisation it implements"


def test_chains_name_registered_rules_in_order():
    chains = Chains.load()
    assert chains.source[0].id == "roles.source.between.v1"
    assert "roles.target.location.v1" in [link.id for link in chains.target]
    # A place the sentence names first; GDELT's fallbacks last.
    places = [link.id for link in chains.places]
    assert places[0] == "places.sentence.v1"
    assert places[-2:] == ["places.source-country.v1", "places.target-country.v1"]
    ids = [i for i, _ in load_chain("actors/recognisers.yaml")]
    # An armed group's name may open with a people's name: it is read first.
    assert ids[:2] == ["actors.recognise.armed-group-name.v1", "actors.recognise.ethnic-group.v1"]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "disabled, rule, on",
    [
        ({"roles.target.location.v1"}, "roles.target.location.v1", False),
        ({"roles.target"}, "roles.target.prep.v1", False),
        ({"roles.target"}, "roles.source.subject.v1", True),
        ({"trigger.11"}, "trigger.111.criticize", False),
        ({"trigger.11"}, "trigger.011.decline-comment", True),
    ],
)
def test_switches_by_id_and_by_prefix(disabled, rule, on):
    assert RuleSwitches(frozenset(disabled)).on(rule) is on


def test_unknown_rule_id_is_a_config_error():
    with pytest.raises(ConfigError, match="roles.target.telepathy.v1"):
        RuleSwitches.parse(["roles.target.telepathy.v1"], registered())


@pytest.mark.parametrize(
    "disabled, text, want",
    [
        # No trigger: the condemnation is gone.
        ((), "Chile condemned Peru.", [("111", "CHL", "PER")]),
        (("trigger.111",), "Chile condemned Peru.", []),
        # No object rule: no other rule finds the target, and an act at no one is not coded.
        (("roles.target.object.v1",), "Chile condemned Peru.", []),
        # Without that filter the targetless act is kept.
        (("roles.target.object.v1", "filters.needs-target.v1"), "Chile condemned Peru.",
         [("111", "CHL", None)]),
        # No subject rule: no source, no event.
        (("roles.source.subject.v1",), "Chile condemned Peru.", []),
        # An academic's statement is commentary; their accusation is an event.
        ((), "A Chilean professor said Peru's economy would slow.", []),
        (("filters.commentator-statement.v1",),
         "A Chilean professor said Peru's economy would slow.",
         [("010", "CHLEDU", "PER")]),
        ((), "A Chilean professor accused Peru of lying.", [("112", "CHLEDU", "PER")]),
        # Nor is a researcher's warning a threat.
        ((), "Chilean researchers warned that the drought could spread to Peru.", []),
    ],
)
def test_disabled_rules_change_what_is_coded(disabled, text, want):
    from dyads import Coder
    from dyads.ingest import article_from_text

    coder = Coder(Settings(disabled_rules=disabled))
    coded = coder.code(article_from_text(text, id="t"))
    got = [(e.cameo, e.source.code, e.target.code if e.target else None) for e in coded.events]
    assert got == want


def test_events_name_the_rules_that_made_them(code_text):
    (event,) = code_text("Chile condemned Peru.").events
    assert event.rules == (
        "trigger.111.criticize", "roles.source.subject.v1", "roles.target.object.v1",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text, cameo",
    [
        # Calling charges baseless rejects them.
        ('"The charges against Peru are baseless," the Chilean foreign minister said.', "120"),
        ("The Chilean foreign minister said Peru's claims were nonsense.", "120"),
        # A quotation that opens with a command appeals.
        ('"Release the detained truck drivers now," the Chilean minister told Bolivia.', "020"),
        ('"Do not close the border," the Chilean minister told Bolivia.', "020"),
        # Words of exploiting another, or of being another's tool, accuse.
        ('"Peru has robbed our fishermen for decades," the Chilean minister said.', "112"),
        ('"The rebels are Bolivian puppets," the Chilean president said.', "112"),
        ("The Chilean foreign minister said Peru had reopened the border.", "010"),
        # A negated word of approval criticises; a negated "true" rejects.
        ("The Chilean foreign minister said the Peruvian decision was not fair.", "111"),
        ("The Chilean foreign minister said Peru's account was not true.", "120"),
        # Insisting that another do something demands it.
        ("The Chilean foreign minister insisted that Peru pay compensation.", "100"),
        # The verdict an adjective after "as" gives, and the "to" phrase of likening.
        ("The Chilean minister described the Bolivian vote as illegitimate.", "111"),
        ("The Chilean minister likened Bolivia's president to a despot.", "111"),
        # A breach of a law or a truce is a charge.
        ("The Chilean minister said Bolivia's conduct was a grave breach of the truce.", "112"),
        # Charges of spying and silencing accuse.
        ("Chile's foreign minister said Peru was trying to silence opposition newspapers.",
         "112"),
        # Verdicts of prejudice and harm criticise.
        ("Chile's foreign minister said Peru's report was prejudiced and detrimental to trade.",
         "111"),
        # What is out of the question is refused.
        ("Chilean officials said that lifting the sanctions on Peru is out of the question.",
         "120"),
        # Words of approval praise; denied, they criticise, also through the noun they describe.
        ("The Chilean foreign minister said Peru was a reliable partner.", "051"),
        ("The Chilean foreign minister said Peru was not a reliable partner.", "111"),
        # "Wrong" judges when said of something, not before a noun ("the wrong papers").
        ("The Chilean foreign minister said Peru's decision was wrong.", "111"),
        ("The Chilean foreign minister said Peru had sent the wrong papers.", "010"),
        # "No" before a word of appeal denies it: no need to talk asks nothing.
        ("The Chilean foreign minister said there was no need to reopen talks with Peru.",
         "010"),
        # Breaking or failing a promise or a duty, said of another, criticises it; so does
        # denying it a right.
        ("The Chilean foreign minister said Peru had broken its pledge to open the port.",
         "111"),
        ("The Chilean foreign minister said Peru failed to protect Chilean truckers.", "111"),
        ("The Chilean foreign minister said Peru had no right to seize the trucks.", "111"),
        # Charges of domination, deceit and obstruction criticise.
        ("The Chilean foreign minister said Peru was obstructing the border inquiry.", "111"),
        ("The Chilean foreign minister said Peru's policy was deceitful.", "111"),
        # Verdicts of harm and flagrancy criticise.
        ("The Chilean foreign minister said Peru's new decree was unconstitutional.", "111"),
        ("The Chilean foreign minister said the Peruvian treatment of migrants was callous.",
         "111"),
        # "Need" asks as a verb or with an infinitive, not as a bare noun of wants.
        ("The Chilean foreign minister told reporters there was a need to reopen talks with "
         "Peru.", "020"),
        ("The Chilean foreign minister said Peru's flood victims had urgent needs.", "010"),
        # Nouns of ruin and danger judge only as what something is said to be.
        ("The Chilean foreign minister said Peru's fishing policy was a failure.", "111"),
        ("The Chilean foreign minister said Bolivia was a menace to the region.", "111"),
        ("The Chilean foreign minister said there was a danger of floods in Peru.", "010"),
        ("The Chilean foreign minister said the disaster had hit Peruvian ports.", "010"),
        # Bad faith, lost credibility and a denied democracy criticise; backing terror accuses.
        ("The Chilean foreign minister said Peru was negotiating in bad faith.", "111"),
        ("The Chilean foreign minister said Peru had lost its credibility.", "111"),
        ("The Chilean foreign minister said Bolivia was not a democracy.", "111"),
        ("The Chilean foreign minister said Bolivia was a sponsor of terrorism.", "112"),
        # Wrecking democracy or freedoms criticises; wrecking a thing is told.
        ("The Chilean foreign minister said Peru's rulers were destroying democracy.", "111"),
        ("The Chilean foreign minister told Peru that the storm had destroyed crops.", "010"),
        # Holding people to trade them accuses; a chip or a pawn alone names a thing.
        ("The Chilean foreign minister said Peru uses detained fishermen as bargaining chips.",
         "112"),
        ("The Chilean foreign minister said Peru's chip makers had opened plants in Bolivia.",
         "010"),
        # A participle used as an adjective performs nothing: no one calls for anything here.
        ("The Chilean foreign minister said Peru's so-called reform had reopened the border.",
         "010"),
    ],
)
def test_a_statement_is_coded_as_the_act_its_words_perform(code_text, text, cameo):
    events = [e for e in code_text(text).events if e.source.country == "CHL"]
    assert [e.cameo for e in events] == [cameo]


def test_a_named_party_s_speech_act_in_a_quotation_is_reported_not_performed(code_text):
    # speech.content-act.v1: Peru refuses; the minister who says so rejects nothing.
    text = '"Peru is refusing to reopen the border," the Chilean foreign minister said.'
    assert not [e for e in code_text(text).events if e.root == "12" and e.source.country == "CHL"]


def test_a_speaker_s_own_act_in_the_first_person_is_coded_once(code_text):
    # speech.content-act.v1: the verb codes the rejection; the saying does not code it again.
    text = '"We reject the Peruvian claims," the Chilean foreign minister said.'
    assert [e.cameo for e in code_text(text).events] == ["016"]
