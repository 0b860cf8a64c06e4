"""Events from a parsed article and its actors: triggers, roles, speakers and modality."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass, replace
from typing import Any

from .. import wordlists
from ..actors.resolve import dominant_country
from ..geo import REGION_CODES
from ..records import Actor, Event, EventActor, Location, ParsedDoc, Token, Trigger
from ..rules import TRIGGER_PREFIX, RuleSwitches, rule, rule_id
from .chains import Chains
from .codebook import CameoCode, codebook
from .dates import event_date
from .lexicon import (
    COPULA,
    DEFAULT_TARGET_PREPS,
    WORD_CLASS_RULE,
    TriggerEntry,
    TriggerLexicon,
)
from .modality import (
    Reading,
    modality_words,
    negating_phrase,
    read_modality,
    unrealised_aim,
)
from .places import PlaceResolver, PlaceRule, PlaceSite, place_event
from .roles import (
    RELATIVE_PRONOUN_TAGS,
    ActorIndex,
    Filler,
    Roles,
    Site,
    cargo_of,
    event_words,
)
from .sources import agent_of
from .speech import (
    Attribution,
    according_source,
    attributions,
    cue_lemmas,
    reported_clauses,
    reports_speech,
    says_that_clause,
)
from .speech_acts import (
    SpeechActs,
    blame_predicate,
    content_act,
    prosecution_charge,
    tokens_by_cue,
    verdict_predicates,
)
from .targets import (
    FORCE_ROOTS,
    SPEECH_ROOTS,
    STATE_SECTORS,
    content,
    home_fight,
    implied_state,
    location,
    own_people,
    own_state,
    supported_party,
)

# Dependencies of "be" as a helper of another verb, not the head of its clause.
_AUX_DEPS = frozenset({"aux", "auxpass"})
# Roots whose acts a state may direct at its own country and people.
DOMESTIC_ROOTS = frozenset({"02", "08", "10", "11", "12", "17", "18", "19", "20"})
# What a statement's words may do beside the act it reports: accuse or criticise, reject.
SPEAKERS_OWN_ROOTS = frozenset({"11", "12"})
# Alarm or worry voiced about an act: the speaker's own comment on it.
PESSIMISM = "012"
PROTEST_ROOT = "14"
CONSULT_ROOT = "04"
# Sanctions, bans and other measures that a later easing may lift (`prior_measure`).
MEASURE_ROOTS = frozenset({"16", "17"})
# Assault, fighting and mass violence: reported, they are the news whoever did them.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# Of those, closures and blockades harm no one by themselves: "the agency said Chile closed
# its border" stays the agency's statement when the closure names no target.
_RESTRICTION_CODES = frozenset({"191"})
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# A bare statement, which speech.content-act.v1 may read as a more specific act.
STATEMENT = "010"
# A charge of crime, what prosecutors' account of a crime is (speech.prosecution-charge.v1).
_CHARGE = "112"
# Appeals, and rallying support on a party's behalf (codes.rally-support.v1).
APPEAL_ROOT = "02"
RALLY_SUPPORT = "053"
# Defying norms or law ("violated the treaty"), a deed among the rejections of root 12.
DEFIANCE = "128"
# Conventional force, and the unconventional violence of irregulars against civilians.
FIGHT_ROOT = "19"
ASSAULT = "180"
# The statement entry a verdict given with "call" is coded by (`verdict_call`).
_VERDICT_ENTRY = "010.characterize"
# The statement entry words reported "according to" someone are coded by (`according_verdict`).
_SAY_ENTRY = "010.say"
_ACCORDING_PATTERN = ("accord",)
# Shows of force, whose alerts and mobilisations also have a sense in public health.
POSTURE_ROOT = "15"
# Make a visit: a verb of travel that carries an object is none (events.trigger.carried-object.v1).
VISIT = "042"
# Give an ultimatum: a span of time given is one only with a task (events.trigger.deadline-task.v1).
ULTIMATUM = "139"
# Denials and rejections, which may answer the noun a relative clause describes ("a charge
# that Chile denies", `_pattern_words`).
_ANSWER_ROOTS = frozenset({"01", "12"})
# Protests: a state's protest is a complaint (`official_protest`).
PROTEST_ROOT = "14"
_COMPLAINT_ENTRY = "114.complain"
# The entry a verbal attack is coded by (`verbal_attack`).
_CRITICISM_ENTRY = "111.criticize"
# The entry that killing or shooting down a proposal is coded by (`verbal_rejection`).
_REJECTION_ENTRY = "120.reject"
# Relief workers who arrive somewhere deliver humanitarian aid there (`relief_arrival`).
_RELIEF_ENTRY = "073.humanitarian-aid"
# The meeting entry officials who gather are coded by (`official_gathering`).
_MEET_ENTRY = "040.meet"
# The entries a directive ("told Peru to withdraw") and a wish that another act ("wants Peru
# to withdraw") are coded by (`directive`).
_DEMAND_ENTRY = "100.demand"
_APPEAL_ENTRY = "020.appeal"
_DENIAL_ENTRY = "016.deny-allegation"
# The entry a verb that reports speech only with a clause is coded by (`reporting_clause`).
_STATEMENT_ENTRY = "010.say"
# A bare threat or warning, and the pessimism a warning of a danger is (`danger_warning`).
_THREAT_ENTRY = "130.threaten"
_PESSIMISM_ENTRY = "012.pessimism"
# The entry that leaving an international organisation is coded by (`organisation_exit`).
_EXIT_ENTRY = "160.reduce-relations"
# The entry that coming under fire in the literal sense is coded by (`under_fire`).
_ATTACK_ENTRY = "190.attack"
# Attacks by the weapons that hit (`armed_strike`).
_AERIAL_ENTRY = "195.aerial-weapons"
_ARTILLERY_ENTRY = "194.artillery"
# Shows of force by military craft passing near another (`military_passage`).
_POSTURE_ENTRY = "150.force-posture"
# The entry arms received from another are coded by (`received_aid`).
_ARMS_ENTRY = "072.military-aid"
# Codes of international actors, placed by what they are rather than by a country.
INTERNATIONAL_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
ACT_ROOTS = frozenset({f"{n:02d}" for n in (*range(4, 9), *range(14, 21))})
# Formal acts among the verbal roots, done by filing rather than by saying: an official
# complaint (114), a lawsuit (115), a verdict (116).
_FORMAL_VERBAL_ACTS = frozenset({"114", "115", "116"})
_PATTERN_DEPTH = 3
_BASE_CONFIDENCE = 0.95
_INDIRECT_PENALTY = 0.1
_NOUN_PENALTY = 0.05

# Rules that say who speaks, and how a pair of parties is completed; recorded on the events
# they shape.
RECIPROCAL_RULE = "roles.pair.reciprocal.v1"
LOCALISED_RULE = "roles.pair.localised.v1"
MODALITY_RULE = rule_id(read_modality)
POSSESSOR_RULE = "roles.source.possessor.v1"
REDUCED_RELATIVE_RULE = "roles.source.reduced-relative.v1"
ATTRIBUTION_RULE = rule_id(attributions)
PRIOR_ACCUSER = "roles.target.prior-accuser.v1"
# Role rules that read the parse directly; any other lowers an event's confidence.
DIRECT_RULES = frozenset(
    {
        "roles.source.subject.v1",
        "roles.source.passive-agent.v1",
        "roles.source.possessor.v1",
        "roles.target.passive-subject.v1",
        "roles.target.object.v1",
        "roles.target.object-phrase.v1",
        "roles.target.prep.v1",
    }
)
Pair = tuple[tuple[EventActor, tuple[str, ...]], tuple[EventActor | None, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class _Match:
    token: int
    entry: TriggerEntry
    pattern: tuple[str, ...]
    tokens: tuple[int, ...]


class EventExtractor:
    """Codes the events of parsed articles. Build once and pass it in."""

    def __init__(
        self,
        lexicon: TriggerLexicon,
        places: PlaceResolver,
        switches: RuleSwitches | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.places = places
        self.codes = codebook()
        self.chains = Chains.load()
        self.speech_acts = SpeechActs.load()
        self.switches = switches or RuleSwitches()

    def extract(
        self,
        doc: ParsedDoc,
        actors: tuple[Actor, ...],
        article_date: dt.date | None = None,
        dateline: Location | None = None,
    ) -> tuple[Event, ...]:
        """Every event of the article, with its modality (the caller filters by it), date and
        place. `article_date` dates events whose own words give no date and reads relative
        dates; `dateline` (the story's resolved dateline) places events that happened there and
        helps settle ambiguous place names."""
        index = ActorIndex(actors)
        setting = _Setting(
            article_date, _story_countries(actors, dateline.country if dateline else None), dateline
        )
        roles = Roles(doc, index, self.switches)
        said = attributions(doc) if self.switches.on(ATTRIBUTION_RULE) else {}
        said_by_cue = tokens_by_cue(said)
        matches = [
            m for t in doc.tokens if t.i not in index.at and (m := self._match(doc, t, index))
        ]
        if self.switches.on(rule_id(pattern_word_no_trigger)):
            matches = pattern_word_no_trigger(doc, matches)
        by_token = {m.token: m for m in matches}
        roles.trigger_roots = {m.token: m.entry.cameo[:2] for m in matches}
        roles.noun_roots = self.lexicon.noun_roots
        roles.story_country = _story_country(actors)
        roles.dateline_country = dateline.country if dateline else None
        drafts: list[tuple[int, Event]] = []
        announcers: set[int] = set()
        # The verbs of saying that report a violent act as done (`statement_of_an_act`).
        violence_reports: set[int] = set()
        for match in matches:
            attribution = said.get(match.token)
            reported = attribution is not None and not attribution.quoted
            reading = (
                read_modality(doc, match.token, reported)
                if self.switches.on(MODALITY_RULE)
                else Reading("asserted", False, None, False)
            )
            if (
                reported
                and reading.modality == "asserted"
                and match.entry.cameo[:2] in VIOLENCE_ROOTS
                and match.entry.cameo not in _RESTRICTION_CODES
                and doc.tokens[match.token].pos == "VERB"
            ):
                violence_reports.add(attribution.cue)
            found = self._events(doc, match, reading, roles, index, said, said_by_cue, by_token)
            for event in self._placed_in_time(doc, match, reading, index, setting, found):
                drafts.append((match.token, event))
                if (reading.announced or reading.refused) and reading.announcer not in (
                    None,
                    match.token,
                ):
                    announcers.add(reading.announcer)
        if self.switches.on(rule_id(quoted_sentence)):
            drafts += quoted_sentence(self, doc, roles, index, said, drafts)
        events: list[Event] = []
        seen: set[tuple[str, str | None, str, int]] = set()
        if self.switches.on(rule_id(announced_act)):
            drafts = announced_act(drafts, announcers)
        # A noun that names a situation and a clause that describes a noun report no act, so
        # what a speaker says of them stays a statement ("said Peru's crackdown broke the
        # law"); a tally, a habit or history is an act reported, though not the story's news.
        if self.switches.on(rule_id(named_situation)):
            drafts = [(t, e) for t, e in drafts if not named_situation(doc, t, e)]
        if self.switches.on(rule_id(setting_phrase)):
            drafts = [(t, e) for t, e in drafts if not setting_phrase(doc, t, e.root)]
        if self.switches.on(rule_id(descriptive_clause)):
            drafts = [(t, e) for t, e in drafts if not descriptive_clause(doc, t, e.root)]
        if self.switches.on(rule_id(statement_of_an_act)):
            drafts = statement_of_an_act(doc, drafts, said, violence_reports)
        if article_date is not None and self.switches.on(rule_id(in_story_time)):
            drafts = [(t, e) for t, e in drafts if in_story_time(e, article_date)]
        if self.switches.on(rule_id(standing_conflict)):
            drafts = [(t, e) for t, e in drafts if not standing_conflict(doc, t, e)]
        if self.switches.on(rule_id(habitual_act)):
            drafts = [(t, e) for t, e in drafts if not habitual_act(doc, t)]
        for _, event in drafts:
            key = (
                event.source.actor,
                event.target.actor if event.target else None,
                event.cameo,
                event.sentence,
            )
            if key in seen:
                continue
            seen.add(key)
            events.append(_renumber(event, len(events) + 1))
        return tuple(events)

    def _placed_in_time(
        self,
        doc: ParsedDoc,
        match: _Match,
        reading: Reading,
        index: ActorIndex,
        setting: _Setting,
        events: list[Event],
    ) -> list[Event]:
        """The events of one trigger with their date and place."""
        if not events:
            return events
        token = doc.tokens[match.token]
        when = event_date(
            doc, token, setting.article_date, future=reading.announced, switches=self.switches
        )
        placed = []
        for event in events:
            context = [
                c
                for c in (event.source.country, event.target.country if event.target else None)
                if c
            ] + setting.countries
            site = PlaceSite(doc, token, event, index, self.places, context, setting.dateline)
            where, found_by = place_event(site, self._place_chain(event.root), self.switches)
            placed.append(
                replace(
                    event,
                    date=when.date if when else setting.article_date,
                    date_end=when.end if when else None,
                    date_source="text" if when else "article" if setting.article_date else None,
                    location=where,
                    location_source=found_by,
                )
            )
        return placed

    def _place_chain(self, root: str) -> list[tuple[str, PlaceRule]]:
        return [(link.id, link.func) for link in self.chains.places if link.applies(root)]

    # -- triggers ------------------------------------------------------------------------------

    def _misread_noun(self, doc: ParsedDoc, token: Token) -> bool:
        return self.switches.on(rule_id(misread_noun)) and misread_noun(doc, token)

    def is_trigger(self, doc: ParsedDoc, token: Token, index: ActorIndex) -> bool:
        """Whether the trigger lexicon matches at `token`, whatever roles the rules then find
        (scripts/recall_funnel.py counts misses with a trigger but no source)."""
        return self._match(doc, token, index) is not None

    def _match(self, doc: ParsedDoc, token: Token, index: ActorIndex) -> _Match | None:
        if self._misread_noun(doc, token):
            candidates = self.lexicon.by_noun.get(token.lemma.lower(), ())
        elif token.pos == "VERB" or (token.pos == "ADJ" and _has_clause(doc, token)):
            # An adjective with a clause is a predicate like a verb: "ready to talk".
            candidates = self.lexicon.by_verb.get(token.lemma.lower(), ())
        elif (
            token.pos == "AUX"
            and token.lemma.lower() == COPULA
            and token.dep not in _AUX_DEPS
            and self.switches.on(rule_id(copula_phrase))
        ):
            candidates = [
                (pattern, entry)
                for pattern, entry in self.lexicon.by_verb.get(COPULA, ())
                if len(pattern) > 1
            ]
        elif token.pos == "ADJ" and token.dep == "acomp":
            # A predicate adjective with its preposition reports an act as a verb does: "was
            # critical of", "is concerned about". Alone ("was critical") it names a state.
            candidates = [
                (pattern, entry)
                for pattern, entry in self.lexicon.by_verb.get(token.lemma.lower(), ())
                if len(pattern) > 1
            ]
        elif token.pos == "NOUN":
            candidates = self.lexicon.by_noun.get(token.lemma.lower(), ())
        else:
            return None
        verdict: list[tuple[tuple[str, ...], TriggerEntry]] = []
        if self.switches.on(rule_id(verdict_call)):
            verdict = verdict_call(doc, token, self.lexicon)
        if self.switches.on(rule_id(according_verdict)):
            verdict += according_verdict(doc, token, self.lexicon)
        if self.switches.on(rule_id(directive)):
            # Longer than the verb alone, so it wins over "tell" as a statement.
            candidates = [*directive(doc, token, self.lexicon), *candidates]
        if self.switches.on(rule_id(denied_clause)):
            candidates = [*candidates, *denied_clause(doc, token, self.lexicon)]
        if self.switches.on(rule_id(reporting_clause)):
            # Last, so that any longer pattern of the verb wins ("recall its ambassador").
            candidates = [*candidates, *reporting_clause(doc, token, self.lexicon)]
        if self.switches.on(rule_id(organisation_exit)) and (
            exit_pattern := organisation_exit(doc, token, index, self.lexicon)
        ):
            # Its object decides the sense: "quit UNESCO" is no resignation, though a longer
            # pattern still wins ("withdraw from mission" is a peacekeeping withdrawal).
            candidates = [c for c in candidates if len(c[0]) > 1] + exit_pattern
        if self.switches.on(rule_id(official_gathering)):
            candidates = [*candidates, *official_gathering(doc, token, index, self.lexicon)]
        if self.switches.on(rule_id(under_fire)) and (
            fire_pattern := under_fire(doc, token, index, self.lexicon)
        ):
            candidates = fire_pattern
        if not candidates and self.switches.on(rule_id(received_aid)):
            candidates = received_aid(doc, token, self.lexicon)
        if self.switches.on(rule_id(military_passage)) and (
            passage := military_passage(doc, token, self.lexicon)
        ):
            # Warships and warplanes passing by show force, wherever the verb's travel
            # patterns would take them ("flew into Peruvian airspace" is no visit).
            candidates = passage
        if self.switches.on(rule_id(armed_strike)) and (
            strike := armed_strike(doc, token, self.lexicon)
        ):
            # The weapon or force that hits decides the sense: "missiles struck the city" is an
            # attack however the verb's other patterns read ("strike a deal").
            candidates = strike
        if not candidates and not verdict:
            return None
        if self.switches.on(rule_id(restraint_no_trigger)) and restraint_no_trigger(doc, token):
            # Only a pattern that names the phrase is a trigger: "ruled out talks" rejects them.
            phrases = modality_words().negating_phrases
            candidates = [c for c in candidates if len(c[0]) > 2 and c[0][:2] in phrases]
            verdict = []
            if not candidates:
                return None
        if self.switches.on(rule_id(blame_predicate)) and blame_predicate(doc, token):
            return None
        below = _pattern_words(
            doc,
            token,
            self.switches.on(rule_id(time_phrase)),
            self.switches.on(rule_id(attribution_phrase)),
            self.switches.on(rule_id(partitive_object)),
        )
        # A verdict is tried last: "called on Peru to act" is an appeal.
        found: _Match | None = None
        for pattern, entry in [*candidates, *verdict]:
            if found is not None and len(pattern) != len(found.pattern):
                break
            if not self.switches.on(TRIGGER_PREFIX + entry.id):
                continue
            used: list[int] = []
            for word in pattern[1:]:
                hit = next(
                    (i for i in below if i not in used and self._word_is(doc.tokens[i], word)),
                    None,
                )
                if hit is None:
                    break
                used.append(hit)
            else:
                if self.switches.on(rule_id(preposition_order)) and not preposition_order(
                    doc, used
                ):
                    continue
                if self.switches.on(rule_id(clause_bound)) and not clause_bound(
                    doc, token.i, used
                ):
                    continue
                if self.switches.on(rule_id(noun_phrase_bound)) and not noun_phrase_bound(
                    doc, token.i, used
                ):
                    continue
                if token.head in used and token.dep == "relcl" and entry.cameo[:2] not in (
                    _ANSWER_ROOTS
                ):
                    # "the sanctions Chile has imposed on Peru": a relative clause tells of its
                    # noun as known, background; only a denial or a rejection of it ("a charge
                    # that Chile denies") is news.
                    continue
                if token.pos == "AUX" and not copula_phrase(doc, used):
                    continue
                match = _Match(token.i, entry, pattern, (token.i, *used))
                if found is None:
                    found = match
                    if not self.switches.on(rule_id(head_words_first)):
                        break
                elif head_words_first(doc, match) < head_words_first(doc, found):
                    found = match
                elif (
                    match.entry.id != found.entry.id
                    and head_words_first(doc, match) == head_words_first(doc, found)
                    and self.switches.on(rule_id(nearest_words))
                    and nearest_words(doc, match) < nearest_words(doc, found)
                ):
                    found = match
        return None if found is None else self._in_sense(doc, found, index)

    def _in_sense(self, doc: ParsedDoc, match: _Match, index: ActorIndex) -> _Match | None:
        """The match in the sense its words give it: none for force in a figurative sense,
        criticism for a verbal attack, a complaint for a state's protest."""
        root = match.entry.cameo[:2]
        if self.switches.on(rule_id(adding_to)) and adding_to(doc, match):
            return None
        if (
            root == PROTEST_ROOT
            and self.switches.on(rule_id(official_protest))
            and official_protest(doc, match.token, index)
        ):
            return _Match(match.token, self.lexicon.entries[_COMPLAINT_ENTRY], match.pattern[:1],
                          match.tokens[:1])  # fmt: skip
        if match.entry.cameo == VISIT:
            if self.switches.on(rule_id(carried_object)) and carried_object(doc, match):
                return None
            if self.switches.on(rule_id(carried_subject)) and carried_subject(doc, match):
                return None
            if (self.switches.on(rule_id(relief_arrival)) and relief_arrival(doc, match)) or (
                self.switches.on(rule_id(relief_mission)) and relief_mission(doc, match)
            ):
                return _Match(match.token, self.lexicon.entries[_RELIEF_ENTRY], match.pattern[:1],
                              match.tokens[:1])  # fmt: skip
            return match
        if match.entry.cameo == ULTIMATUM and self.switches.on(rule_id(deadline_without_task)):
            return None if deadline_without_task(doc, match) else match
        if root == POSTURE_ROOT and self.switches.on(rule_id(relief_mission)):
            if relief_mission(doc, match):
                return _Match(match.token, self.lexicon.entries[_RELIEF_ENTRY],
                              match.pattern[:1], match.tokens[:1])  # fmt: skip
        if root == POSTURE_ROOT and self.switches.on(rule_id(health_alert)):
            return None if health_alert(doc, match.token) else match
        if match.entry.id == _THREAT_ENTRY and self.switches.on(rule_id(danger_warning)):
            if danger_warning(doc, match.token):
                return _Match(match.token, self.lexicon.entries[_PESSIMISM_ENTRY],
                              match.pattern[:1], match.tokens[:1])  # fmt: skip
            return match
        if root not in FORCE_ROOTS:
            return match
        if self.switches.on(rule_id(figurative_force)) and figurative_force(doc, match.token):
            return None
        if self.switches.on(rule_id(verbal_rejection)) and verbal_rejection(doc, match.token):
            return _Match(match.token, self.lexicon.entries[_REJECTION_ENTRY], match.pattern[:1],
                          match.tokens[:1])  # fmt: skip
        if self.switches.on(rule_id(verbal_attack)) and verbal_attack(doc, match.token):
            return _Match(match.token, self.lexicon.entries[_CRITICISM_ENTRY], match.pattern[:1],
                          match.tokens[:1])  # fmt: skip
        return match

    # -- one trigger -> events -----------------------------------------------------------------

    def _events(
        self,
        doc: ParsedDoc,
        match: _Match,
        reading: Reading,
        roles: Roles,
        index: ActorIndex,
        said: dict[int, Attribution],
        said_by_cue: dict[int, list[int]],
        by_token: dict[int, _Match],
    ) -> list[Event]:
        token = doc.tokens[match.token]
        entry = match.entry
        code, modality, code_rules = self._code_and_modality(doc, entry, reading)
        code, threat_rules = self._refined_threat(doc, match, code, by_token)
        if (
            code[:2] == APPEAL_ROOT
            and modality == "asserted"
            and self.switches.on(rule_id(rally_support))
            and rally_support(doc, match.token, index.at)
        ):
            code, threat_rules = RALLY_SUPPORT, (*threat_rules, rule_id(rally_support))
        if (
            code == STATEMENT
            and modality == "asserted"
            and self.switches.on(rule_id(content_act))
            and (act := content_act(doc, match.token, said_by_cue, self.speech_acts, index.at))
            is not None
        ):
            code, threat_rules = act, (*threat_rules, rule_id(content_act))
        if (
            code == STATEMENT
            and modality == "asserted"
            and self.switches.on(rule_id(prosecution_charge))
            and prosecution_charge(doc, match.token, said_by_cue)
        ):
            code, threat_rules = _CHARGE, (*threat_rules, rule_id(prosecution_charge))
        if code == STATEMENT and match.pattern == _ACCORDING_PATTERN:
            # Words reported "according to" someone are theirs to judge only when they judge.
            return []
        if (
            code[:2] in VIOLENCE_ROOTS
            and self.switches.on(rule_id(toll_participle))
            and (toll := toll_participle(doc, match.token, by_token)) is not None
        ):
            code, threat_rules = toll, (*threat_rules, rule_id(toll_participle))
        root = code[:2]
        attribution = said.get(match.token)
        speakers = (
            roles.actors_at(attribution.speaker, ATTRIBUTION_RULE)
            if attribution and attribution.speaker is not None
            else []
        )
        is_verb = token.pos in ("VERB", "ADJ", "AUX") and not self._misread_noun(doc, token)
        restrainers = (
            agent_of(roles, doc.tokens[reading.restrainer], self.switches)
            if reading.restrainer is not None
            else []
        )
        preps = _pattern_preps(match.pattern) + entry.target
        site = Site(
            token=token,
            pattern_tokens=match.tokens,
            root=root,
            is_verb=is_verb,
            light=not is_verb and _light_verb(token.head, by_token),
            reciprocal=entry.reciprocal,
            quoted=bool(attribution and attribution.quoted),
            reports_quote=_reports_quote(token.i, said, said_by_cue),
            reports_statistic=root == STATEMENT[:2]
            and self.switches.on(rule_id(statistic_statement))
            and _reports_statistic(doc, token.i, index),
            speakers=tuple(speakers),
            restrainers=tuple(restrainers),
            first_person=any(
                doc.tokens[c].dep in ("nsubj", "nsubjpass") and roles.first_person(c)
                for c in doc.children[token.i]
            ),
            preps=preps,
            object_preps=_object_preps(root, preps),
            topic_object=entry.topic_object,
            targetless=entry.targetless,
        )
        sources = self.chains.run(self.chains.source, roles, site, self.switches)
        if not sources:
            return []
        # The source's own tokens, and mentions of actors no source can act on (itself, its own
        # state or state apparatus: "Chad sent its soldiers to ..."), are no targets.
        source_actors = [a for s in sources for a in index.members(s.actor)]
        skipped = {i for s in sources for i in range(s.mention.token_start, s.mention.token_end)}
        # "deployed troops", "withdrew its troops": troops of no named country, or the source's
        # own forces, in the pattern are part of the act, but in "expelled Pakistani diplomats"
        # the diplomats and in "took Peruvians hostage" the hostages are its target.
        own = {a.country for a in source_actors if a.country}
        skipped.update(
            i for i in match.tokens if i in index.at and _part_of_act(index.at[i][0], own, root)
        )
        if root == POSTURE_ROOT:
            # "deployed troops to the border with armoured vehicles": forces of no named
            # country beside a show of force are its means, not whom it is aimed at.
            skipped.update(
                i
                for i in doc.subtree(token.i)
                if i in index.at and _means_of_force(index.at[i][0])
            )
        skip = _TargetSkip(
            frozenset(skipped),
            index,
            lambda members: all(
                not self._distinct(a, b, root) for a in source_actors for b in members
            ),
        )
        site = replace(
            site,
            sources=tuple(sources),
            skip=skip,
            targetless=site.targetless
            or (
                self.switches.on(rule_id(members_meeting))
                and members_meeting(site.root, entry, sources, source_actors)
            ),
        )
        targets = self.chains.run(
            self.chains.target, roles, site, self.switches,
            keep=lambda t: t.mention.token_start not in skip
            and (not self.switches.on(rule_id(coded_target)) or coded_target(t.actor)),
        )  # fmt: skip
        # A fight found to be at home only for want of a named target may be a show of force.
        named = [t for t in targets if t.rule != rule_id(home_fight)]
        if (
            not named
            and root == "19"
            and self.switches.on(rule_id(show_of_force))
            and show_of_force(doc, match)
        ):
            code, root, targets = SHOW_OF_FORCE, SHOW_OF_FORCE[:2], named
            threat_rules = (*threat_rules, rule_id(show_of_force))
        if targets and (
            root == "11" or token.lemma.lower() in _words(PRIOR_ACCUSER, "charging_verbs")
        ):
            # An accusation, or a formal charge ("prosecutors charged her with espionage"),
            # that a later denial may answer (roles.target.prior-accuser.v1).
            roles.accusations.append((tuple(sources), tuple(targets)))
        if modality == "asserted":
            lemmas = frozenset(doc.tokens[i].lemma.lower() for i in match.tokens)
            roles.acts.append((token.i, token.lemma.lower(), root, tuple(sources)))
            roles.act_words[token.i] = lemmas
            if root in MEASURE_ROOTS and targets:
                roles.measures.append((token.i, lemmas, tuple(targets)))
        mutual, reverse = (
            reciprocal(entry, code) if self.switches.on(RECIPROCAL_RULE) else (False, False)
        )
        mutual_rules: tuple[str, ...] = ()
        if self.switches.on(rule_id(each_other)) and each_other(doc, token):
            mutual, mutual_rules = True, (rule_id(each_other),)
        place = None
        if any(f.actor.country is None for f in (*sources, *targets)):
            # Only a group known by its sector alone needs the place of the act.
            # Where the one a passive acts on is ("Chile's embassy in Lima was stormed") is
            # where the act was.
            patients = [c for c in doc.children[token.i] if doc.tokens[c].dep == "nsubjpass"]
            located = roles.placed_in(
                roles.location_heads(token) + patients, set(), LOCALISED_RULE
            )
            place = located[0].actor.country if located else None
            if place is None and all(f.actor.country is None for f in (*sources, *targets)):
                # "Police used tear gas to disperse the crowd", no party placed: where the
                # story is, its country or its dateline's.
                place = roles.story_country or roles.dateline_country
        # A state's officials who report on forces known only by their sector ("eight soldiers
        # were killed, officials said") report on their own state's.
        reporter = next(
            (
                a.country
                for f in speakers
                for a in index.members(f.actor)
                if a.country and a.sectors and set(a.sectors) <= STATE_SECTORS
            ),
            None,
        )
        pairs = self._pairs(
            sources, targets, mutual, reverse, index, root, place, reporter, roles.story_country
        )
        for link in self.chains.filters:
            if link.applies(root) and self.switches.on(link.id):
                pairs = link.func(pairs, site, index)  # type: ignore[call-arg,arg-type]
        trigger_tokens = sorted(match.tokens)
        trigger = _trigger(doc, trigger_tokens)
        speaker = _as_event_actor(speakers[0].actor, speakers[0]) if speakers else None
        # Holding back from one's own act is restraint; from another's act only when what is
        # held back is speaking of it ("held back from referring to possible military action
        # by the United States"): "US officials ruled out an Iranian attack" dismisses a
        # possibility and restrains no one.
        own = {a.id for f in sources for a in index.members(f.actor)}
        withheld_by = tuple(
            _as_event_actor(a, f)
            for f in restrainers
            for a in index.members(f.actor)
            if a.id in own or _spoken_of(doc, token, reading.restrainer)
        )
        events = []
        for (source, s_rules), (target, t_rules) in pairs:
            indirect = sum(
                rules[0] not in DIRECT_RULES or len(rules) > 1
                for rules in (s_rules, t_rules)
                if rules
            )
            confidence = (
                _BASE_CONFIDENCE - _INDIRECT_PENALTY * indirect - (0 if is_verb else _NOUN_PENALTY)
            )
            pair_code, pair_rules = code, ()
            if (
                root == FIGHT_ROOT
                and self.switches.on(rule_id(assault_on_civilians))
                and assault_on_civilians(source, target, entry.reciprocal)
            ):
                pair_code, pair_rules = ASSAULT, (rule_id(assault_on_civilians),)
            pair_cameo = self.codes[pair_code]
            rules = (
                TRIGGER_PREFIX + entry.id, *code_rules, *threat_rules, *pair_rules, *s_rules,
                *t_rules, *(mutual_rules if t_rules else ()),
                *((ATTRIBUTION_RULE,) if speaker else ()),
            )  # fmt: skip
            events.append(
                _coded_event(
                    doc,
                    pair_cameo,
                    pair_code,
                    token.sent,
                    source=source,
                    target=target,
                    speaker=speaker,
                    trigger=trigger,
                    rules=tuple(dict.fromkeys(rules)),
                    confidence=round(max(confidence, 0.3), 2),
                    modality=modality,  # type: ignore[arg-type]
                    withheld_by=withheld_by,
                )
            )
        return events

    def _code_and_modality(
        self, doc: ParsedDoc, entry: TriggerEntry, reading: Reading
    ) -> tuple[str, str, tuple[str, ...]]:
        """The code, the modality and the ids of the code rules that chose them."""
        if (
            reading.refused
            and entry.cameo[:2] in COOPERATION_ROOTS
            and self.switches.on(rule_id(refusal))
        ):
            return refusal(entry), "asserted", (rule_id(refusal),)
        if reading.modality != "asserted":
            return entry.cameo, reading.modality, ()
        if (
            reading.aim_of is not None
            and self.switches.on(rule_id(unrealised_aim))
            and unrealised_aim(doc, reading.aim_of, entry.cameo[:2])
        ):
            return entry.cameo, "hypothetical", (rule_id(unrealised_aim),)
        if (
            reading.announced
            and entry.cameo in _FORMAL_VERBAL_ACTS
            and self.switches.on(rule_id(announced_intent))
        ):
            # "Chile intends to sue Peru": a suit or a complaint announced is not yet filed,
            # and the codebook has no intent code for it.
            return entry.cameo, "hypothetical", (rule_id(announced_intent),)
        if (
            reading.announced
            and entry.cameo[:2] in ACT_ROOTS
            and self.switches.on(rule_id(announced_intent))
        ):
            code = announced_intent(entry)
            if code is None:
                return entry.cameo, "hypothetical", (rule_id(announced_intent),)
            return code, "asserted", (rule_id(announced_intent),)
        if entry.intent_only:
            # "worked with Peru on ...": words too vague to code as an act done.
            return entry.cameo, "hypothetical", ()
        return entry.cameo, "asserted", ()

    def _refined_threat(
        self, doc: ParsedDoc, match: _Match, code: str, by_token: dict[int, _Match]
    ) -> tuple[str, tuple[str, ...]]:
        if not self.switches.on(rule_id(refined_threat)):
            return code, ()
        refined = refined_threat(doc, match.token, code, by_token)
        return refined, ((rule_id(refined_threat),) if refined != code else ())

    def _same_after_localising(
        self, source: EventActor, target: EventActor, root: str
    ) -> bool:
        return self.switches.on(rule_id(localised_self)) and localised_self(source, target, root)

    def _word_is(self, token: Token, word: str) -> bool:
        """Whether `token` is the pattern word `word`: its lemma, a word of the class `word`
        names (`word_class`), or for a currency sign a currency named in words
        (`currency_name`)."""
        lemma = token.lemma.lower()
        if lemma == word:
            return True
        if word.startswith("@"):
            return self.switches.on(rule_id(word_class)) and word_class(token, word[1:])
        return (
            word in _CURRENCY_SIGNS
            and self.switches.on(rule_id(currency_name))
            and currency_name(token)
        )

    def _distinct(self, a: Actor, b: Actor, root: str = "") -> bool:
        return distinct(a, b, root) if self.switches.on(rule_id(distinct)) else a.id != b.id

    def _pairs(
        self,
        sources: list[Filler],
        targets: list[Filler],
        mutual: bool,
        reverse: bool,
        index: ActorIndex,
        root: str,
        place: str | None,
        reporter: str | None = None,
        home: str | None = None,
    ) -> list[Pair]:
        """Source-target pairs: one per member of compound or group actors, both directions for
        a reciprocal act of a plural subject, and never an actor acting on itself or on the
        state it belongs to."""
        source_actors = [(a, f) for f in sources for a in index.members(f.actor)]
        target_actors = [(a, f) for f in targets for a in index.members(f.actor)]
        pairs: list[Pair] = []
        if mutual and len(source_actors) > 1:
            # Parties that act together where they meet act on each other, not on the host:
            # "Chile and Bolivia signed a deal in Lima".
            location_rule = rule_id(location)
            target_actors = [(b, fb) for b, fb in target_actors if fb.rule != location_rule]
        if not target_actors and mutual and len(source_actors) > 1:
            for a, fa in source_actors:
                for b, fb in source_actors:
                    if self._distinct(a, b, root):
                        pairs.append(
                            (
                                (_as_event_actor(a, fa), _rules_of(fa)),
                                (_as_event_actor(b, fb), (RECIPROCAL_RULE,)),
                            )
                        )
            return pairs
        if not target_actors:
            return [
                (self._localised(a, f, None, place, reporter), (None, ()))
                for a, f in source_actors
            ]
        own_state_rule = rule_id(own_state)
        implied = (own_state_rule, rule_id(own_people), rule_id(location))
        for a, fa in source_actors:
            paired = len(pairs)
            for b, fb in target_actors:
                # An implied own state is distinct by construction: "Algerian landowners"
                # protesting to Algeria are its people, though coded as the state.
                own = fb.rule == own_state_rule
                if own or self._distinct(a, b, root):
                    # A state's organ known by its sector alone that speaks against a state
                    # as a whole is not that state's: "a spokesman criticized Peru". (Appeals
                    # and demands are as often made at home.)
                    spoken_of = (
                        root in _CONFLICTUAL_SPEECH_ROOTS
                        and b.kind == "state"
                        and not b.sectors
                        and set(a.sectors) <= STATE_SECTORS
                    )
                    source, target = (
                        self._localised(a, fa, None if spoken_of else b, place, reporter),
                        self._localised(b, fb, a, place, reporter),
                    )
                    if not own and self._same_after_localising(source[0], target[0], root):
                        continue
                    source = self._home_speaker(a, source, target[0], root, home)
                    pairs.append((source, target))
                    if reverse and fb.rule not in implied:
                        # A place or an implied state is not a party acting back.
                        pairs.append(
                            (
                                (_as_event_actor(b, fb), _rules_of(fb)),
                                (_as_event_actor(a, fa), (RECIPROCAL_RULE,)),
                            )
                        )
            if len(pairs) == paired and all(
                not self._distinct(a, b, root) for b, _ in target_actors
            ):
                # "Peru and Chile sent troops to Peru's border": Peru acts on no one else, as
                # when it is the only source.
                pairs.append((self._localised(a, fa, None, place, reporter), (None, ())))
        return pairs

    def _home_speaker(
        self,
        actor: Actor,
        source: tuple[EventActor, tuple[str, ...]],
        target: EventActor,
        root: str,
        home: str | None,
    ) -> tuple[EventActor, tuple[str, ...]]:
        if not self.switches.on(rule_id(home_speaker)):
            return source
        home = home_speaker(actor, target, root, home)
        if home is None:
            return source
        role = replace(source[0], country=home, code=home)
        return role, (*source[1], rule_id(home_speaker))

    def _localised(
        self,
        actor: Actor,
        filler: Filler,
        other: Actor | None,
        place: str | None,
        reporter: str | None = None,
    ) -> tuple[EventActor, tuple[str, ...]]:
        role = _as_event_actor(actor, filler)
        if not self.switches.on(LOCALISED_RULE):
            return role, _rules_of(filler)
        localised = localise(actor, role, other, place, reporter)
        if localised is role:
            return role, _rules_of(filler)
        return localised, (*_rules_of(filler), LOCALISED_RULE)


def _part_of_act(actor: Actor, own: set[str], root: str = "") -> bool:
    """Whether an actor named in a trigger's pattern is part of the act rather than its target:
    people of no named country ("deployed troops") or the source's own forces ("withdrew its
    troops"). An organisation's people are the organisation's, and its target ("expelled the
    UN envoy", "expelled the international observers"). The forces a show of force moves are
    always its own, whatever country the story gave forces named before ("Chile's army went on
    alert after Peru moved tanks to the border": Peru's tanks)."""
    if root == POSTURE_ROOT and actor.kind != "organization" and actor.sectors:
        return set(actor.sectors) <= STATE_SECTORS
    if actor.country is None:
        return actor.kind != "organization" and not {"IGO", "NGO"} & set(actor.sectors)
    return actor.country in own and bool(actor.sectors) and set(actor.sectors) <= STATE_SECTORS


def _means_of_force(actor: Actor) -> bool:
    """Whether an actor is forces known by their sector alone ("troops", "warships"), which a
    show of force moves or uses."""
    return (
        actor.country is None
        and actor.kind == "group"
        and not actor.members
        and bool(actor.sectors)
        and set(actor.sectors) <= STATE_SECTORS
    )


class _TargetSkip(Container[int]):
    """The tokens no target of one trigger may come from: its sources' own tokens, the
    `tokens` given, and every mention of an actor that `no_target(its members)` rules out.

    Answered per token asked, each actor judged once: judging every actor of the article for
    every trigger (the set this stands for) made the target search grow with the square of a
    long article, while the role rules ask about a few tokens of the trigger's sentence.
    """

    def __init__(
        self,
        tokens: frozenset[int],
        index: ActorIndex,
        no_target: Callable[[list[Actor]], bool],
    ) -> None:
        self.tokens = tokens
        self.index = index
        self.no_target = no_target
        self.ruled_out: dict[str, bool] = {}

    def __contains__(self, i: object) -> bool:
        if i in self.tokens:
            return True
        hit = self.index.at.get(i)  # type: ignore[call-overload]
        if hit is None:
            return False
        actor_id = hit[0].id
        ruled_out = self.ruled_out.get(actor_id)
        if ruled_out is None:
            members = self.index.members(self.index.by_id[actor_id])
            ruled_out = self.ruled_out[actor_id] = self.no_target(members)
        return ruled_out


@dataclass(frozen=True, slots=True)
class _Setting:
    """What the whole article says about when and where: its date, the countries it is about
    (the dateline's first, then by how often they are mentioned) and its resolved dateline."""

    article_date: dt.date | None
    countries: list[str]
    dateline: Location | None = None


def _story_country(actors: tuple[Actor, ...]) -> str | None:
    """The country a story is about: the country of at least three mentions of its actors
    (states, their organs and people, organisations of a country) and of at least twice as
    many as any other country's (as the actors' home country is found)."""
    counts: Counter[str] = Counter()
    for actor in actors:
        if actor.country and actor.kind != "group":
            counts[actor.country] += len(actor.mentions)
    return dominant_country(counts)


def _story_countries(actors: tuple[Actor, ...], dateline_country: str | None) -> list[str]:
    counts: dict[str, int] = {}
    for actor in actors:
        if actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions)
    ranked = sorted(counts, key=lambda c: -counts[c])
    return list(dict.fromkeys([c for c in (dateline_country,) if c] + ranked))


def _spoken_of(doc: ParsedDoc, trigger: Token, restrainer: int | None) -> bool:
    """Whether a verb of speaking lies between the trigger and the verb that holds it back."""
    current = trigger
    for _ in range(8):
        if current.head == current.i or current.head == restrainer:
            return False
        current = doc.tokens[current.head]
        if current.lemma.lower() in _words("modality.source.restrainer.v1", "referring_verbs"):
            return True
    return False


def implied_actors(events: tuple[Event, ...], actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The states events name without a mention (see `_own_state`), to list with the actors."""
    known = {a.id for a in actors}
    implied = {}
    for event in events:
        role = event.target
        if role is not None and role.actor not in known and role.actor not in implied:
            implied[role.actor] = implied_state(role.actor)
    return tuple(implied.values())


def _placed(role: EventActor | None, index: ActorIndex) -> bool:
    if role is None:
        return False
    international = role.code is not None and role.code[:3] in INTERNATIONAL_CODES
    return (
        role.country is not None
        or international
        or index.by_id[role.actor].kind == "organization"
    )


@rule("roles.pair.localised-self.v1")
def localised_self(source: EventActor, target: EventActor, root: str = "") -> bool:
    """Whether a source and a target that were distinct actors are one state apparatus once
    each is given the country its context gives it: "the president told his advisers" is the
    government speaking to itself (the advisers are the president's government), as "the
    minister met his officials"; neither is an event between actors. Groups outside the state
    may share a code and still be two parties ("opposition parties accused the ruling party":
    both are parties of one country). Nor, outside the acts a state directs at its own
    country (`DOMESTIC_ROOTS`), is a state and the forces it is said to send: in "Chile
    threatened to send troops to the border" the troops are Chile's own."""
    if not target.sectors or not set(target.sectors) <= STATE_SECTORS or source.code is None:
        return False
    if source.code == target.code:
        return True
    return not source.sectors and source.country == target.country and root not in DOMESTIC_ROOTS


_CURRENCY_SIGNS = frozenset("$€£¥")


@rule(WORD_CLASS_RULE)
def word_class(token: Token, name: str) -> bool:
    """A pattern word may stand for a class of words that play one part in an act: "send
    @armed_unit" matches "sent troops", "dispatched two warships" and "rushed reinforcements",
    so that each verb of moving forces need not be listed with each kind of force. The
    classes list things, so only a noun or a gerund is one of them ("stop funding the
    programs"): "military" in "sent military experts" describes the experts. Whether `token`
    is a noun or gerund whose lemma is in the class `name`."""
    return (token.pos in ("NOUN", "PROPN") or token.tag == "VBG") and token.lemma.lower() in (
        _words(rule_id(word_class), name)
    )


@rule("triggers.currency-name.v1")
def currency_name(token: Token) -> bool:
    """A currency named in words is a sum of money as a sign is: "pledged 10 million euros to
    Peru" matches `pledge $` as "pledged $10 million" does. Whether `token` names a currency
    (`currencies`)."""
    return token.lemma.lower() in _words(rule_id(currency_name), "currencies")


@rule("roles.pair.distinct.v1")
def distinct(a: Actor, b: Actor, root: str = "") -> bool:
    """Whether an event between a and b says something: not an actor and itself, nor a state
    and its own state apparatus ("the Japanese government ... the security of Japan"), except
    for what a state does to its own country by force or concession ("Peruvian authorities
    declared a curfew across Peru", "Nepal eased the curfew") and what its officials demand of,
    appeal to, criticise or reject in it ("the minister said Peru's courts must act faster").
    A state and its rebels, opposition or civilians are distinct actors."""
    if a.id == b.id or (a.code is not None and a.code == b.code):
        return False
    if a.country is None or b.country is None or root in DOMESTIC_ROOTS:
        return True
    if a.country == b.country and (not a.sectors or not b.sectors):
        return not set(a.sectors) | set(b.sectors) <= STATE_SECTORS
    return True


@rule("speech.quoted-sentence.v1")
def quoted_sentence(
    extractor: EventExtractor,
    doc: ParsedDoc,
    roles: Roles,
    index: ActorIndex,
    said: dict[int, Attribution],
    drafts: list[tuple[int, Event]],
) -> list[tuple[int, Event]]:
    """A sentence of a quotation whose speaker is named in another sentence accuses,
    criticises, rejects or appeals by its own words, as the speaker's act:
    '"We are ready to talk," the minister said. "But Peru is lying about the border."' is the
    minister's accusation of Peru in the second sentence. Only a sentence with no verb of
    saying of its own and no act of the speaker's already, whose words `content_act` reads as
    an act, with an actor of another country as the subject or object of its main verb."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for token, attribution in said.items():
        if attribution.quoted and doc.tokens[token].sent != doc.tokens[attribution.cue].sent:
            by_sentence.setdefault((attribution.cue, doc.tokens[token].sent), []).append(token)
    found: list[tuple[int, Event]] = []
    for (cue, sent), tokens in by_sentence.items():
        attribution = said[tokens[0]]
        if attribution.speaker is None:
            continue
        code = content_act(doc, cue, {cue: tokens}, extractor.speech_acts, index.at)
        if code is None:
            continue
        speakers = roles.actors_at(attribution.speaker, ATTRIBUTION_RULE)
        if not speakers or not speakers[0].actor.code:
            continue
        speaker = speakers[0]
        if any(
            e.sentence == sent and e.source.actor == speaker.actor.id for _, e in drafts
        ):
            continue
        heads = [t for t in tokens if doc.tokens[t].head == t]
        parties = [
            c
            for h in heads
            for c in doc.children[h]
            if doc.tokens[c].dep in ("nsubj", "nsubjpass", "dobj")
        ]
        targets = [
            f
            for c in parties
            for f in roles.actors_at(c, rule_id(quoted_sentence))
            if f.actor.code and f.actor.country != speaker.actor.country
        ]
        if not targets:
            continue
        found.append(
            (
                heads[0],
                _coded_event(
                    doc,
                    extractor.codes[code],
                    code,
                    sent,
                    source=_as_event_actor(speaker.actor, speaker),
                    target=_as_event_actor(targets[0].actor, targets[0]),
                    speaker=None,
                    trigger=_trigger(doc, [heads[0]]),
                    rules=(rule_id(quoted_sentence), ATTRIBUTION_RULE),
                    confidence=0.5,
                    modality="asserted",
                ),
            )
        )
    return found


def _coded_event(
    doc: ParsedDoc, cameo: CameoCode, code: str, sent: int, **fields: Any
) -> Event:
    """An event of CAMEO `code` (`cameo` its codebook entry) told in sentence `sent`, with the
    other `fields` as given."""
    sentence = doc.sentences[sent]
    return Event(
        id="",
        cameo=code,
        cameo_name=cameo.name,
        root=code[:2],
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        plover=cameo.plover,
        sentence=sent,
        text=doc.span_text(sentence.start, sentence.end).strip(),
        **fields,
    )


def _as_event_actor(actor: Actor, filler: Filler) -> EventActor:
    mention = filler.mention
    return EventActor(
        actor.id, mention.text, actor.code, actor.country, actor.sectors, mention.start, mention.end
    )


def _trigger(doc: ParsedDoc, tokens: list[int]) -> Trigger:
    start, end = doc.tokens[tokens[0]].idx, doc.tokens[tokens[-1]].end
    if end - start > 80:
        # Far-apart pattern words: the head word alone marks the trigger.
        start, end = doc.tokens[tokens[0]].idx, doc.tokens[tokens[0]].end
    return Trigger(doc.text[start:end], start, end)


def _pattern_preps(pattern: tuple[str, ...]) -> tuple[str, ...]:
    """The preposition a pattern names ("meet with", "impose sanction on") comes first."""
    prepositions = frozenset(DEFAULT_TARGET_PREPS) | _words("roles.target.prep.v1", "pattern_preps")
    return tuple(w for w in pattern[1:] if w in prepositions)


def _words(rule: str, name: str) -> frozenset[str]:
    """A word list of `data/events/words.yaml`, by the id of the rule that reads it."""
    return wordlists.words("events/words.yaml", rule, name)


# The codebook's rejection of each kind of act: refusing to meet is 125, to give aid 122, ...
_REFUSALS = {"045": "126", "057": "127", "061": "1211", "062": "1212", "071": "1221",
             "072": "1222", "073": "1223", "074": "1224", "081": "1241", "082": "1242",
             "084": "1243", "0841": "1243", "0842": "1243", "085": "1244", "086": "1245",
             "087": "1246", "04": "125", "06": "121", "07": "122", "08": "124",
             "083": "123"}  # fmt: skip


def refusal_code(code: str) -> str:
    """The 12x code for refusing the act `code` ("will not meet" is 125), most specific first."""
    for prefix in (code, code[:3], code[:2]):
        if prefix in _REFUSALS:
            return _REFUSALS[prefix]
    return "120"


@rule("roles.target.coded.v1")
def coded_target(actor: Actor) -> bool:
    """Whether a target the rules find can be coded: an actor with a code, or a group of
    actors that have one. An organisation or person the actor stage could not code lets the
    next target rule find the target instead: in "Rui Alves joked on Twitter that Chile was
    becoming a dictatorship" the platform is no party, Chile is."""
    return bool(actor.code or actor.members)


@rule("codes.assault-on-civilians.v1")
def assault_on_civilians(
    source: EventActor, target: EventActor | None, reciprocal: bool = False
) -> bool:
    """Armed groups that are no state's forces killing or attacking civilians use
    unconventional violence (CAMEO 18), not conventional military force (19): "rebels killed
    twelve villagers" is 180, "the army fought the rebels" stays 190. The source is of a
    sector of non-state fighters or criminals (`irregular_sectors`), the target of a civilian
    one (`civilian_sectors`), or a country as a whole, its people unnamed ("rebels bombed a
    market in Peru"), unless the act is an exchange between fighters ("clashed", "exchanged
    fire"), which is fighting."""
    if target is None:
        return False
    irregular = event_words(rule_id(assault_on_civilians), "irregular_sectors")
    civilian = event_words(rule_id(assault_on_civilians), "civilian_sectors")
    if not set(source.sectors) & irregular:
        return False
    return bool(set(target.sectors) & civilian) or (not target.sectors and not reciprocal)


@rule("codes.toll-participle.v1")
def toll_participle(doc: ParsedDoc, i: int, by_token: dict[int, _Match]) -> str | None:
    """A participle that tells the toll of the attack before it is that attack: "rebels set
    off a bomb near the barracks, killing four soldiers" is a bombing (183) of the soldiers,
    not a second act of fighting. The participle (a verb of `toll_verbs` hung on the verb of
    the attack) takes the attack's code, or None."""
    token = doc.tokens[i]
    if token.dep not in ("advcl", "conj") or token.tag != "VBG" or token.head == i:
        return None
    if token.lemma.lower() not in _words(rule_id(toll_participle), "toll_verbs"):
        return None
    attack = by_token.get(token.head)
    if attack is None or attack.entry.cameo[:2] not in VIOLENCE_ROOTS:
        return None
    return attack.entry.cameo


@rule("codes.refusal.v1")
def refusal(entry: TriggerEntry) -> str:
    """Refusing to cooperate is a rejection, coded by the codebook's 12x of the act refused:
    "the government will not meet the envoy" -> 125, "refused to send aid" -> 122. Refusing to
    condemn or to attack is not a rejection."""
    return refusal_code(entry.cameo)


@rule("codes.announced-intent.v1")
def announced_intent(entry: TriggerEntry) -> str | None:
    """An act announced, offered, planned or agreed to rather than done is coded as its intent
    (03x, 13x), per the codebook: "Finland will give Tanzania a grant" -> 033 intent to provide
    aid. None when the act has no intent code: then it only might happen, as a formal act of a
    verbal root announced does ("intends to sue Peru")."""
    return entry.intent


@rule("codes.rally-support.v1")
def rally_support(doc: ParsedDoc, i: int, named: Container[int]) -> bool:
    """An appeal to others to support, back, stand with or help a party rallies support on
    its behalf, as the codebook defines 053 ("ask or encourage others to support or cooperate
    with the target"): "Chile urged the international community to support Peru" is Chile's
    053 toward Peru, not only an appeal to the community. Whether the appeal at token i asks
    support for a party (`supported_party`)."""
    return supported_party(doc, i, named) is not None


@rule("codes.refined-threat.v1")
def refined_threat(doc: ParsedDoc, i: int, code: str, by_token: dict[int, _Match]) -> str:
    """A general threat takes the more specific 13x code of the act threatened, when that act
    is in the lexicon: "threatened to impose sanctions" -> 1312, "a threat to bomb the bases" ->
    138."""
    if code[:2] != "13" or len(code) > 3 or code[2] != "0":
        return code
    for child in doc.children[i]:
        inner = by_token.get(child)
        if (
            inner is not None
            and doc.tokens[child].dep in ("xcomp", "acl", "ccomp")
            and inner.entry.intent
            and inner.entry.intent.startswith("13")
        ):
            return inner.entry.intent
    return code


@rule("roles.pair.reciprocal.v1")
def reciprocal(entry: TriggerEntry, code: str) -> tuple[bool, bool]:
    """Parties that meet, talk, fight or agree together act on each other: "Jordan and Britain
    held talks" gives Jordan->Britain and Britain->Jordan. A named party acts back only in
    cooperation ("Iran met Iraq" both ways); in conflict the sentence's subject is the one
    reported to act ("the army fought the rebels" is the army's act). An intent toward a named
    target is one side's ("ready to talk to the rebels" is not the rebels' too). Returns (a
    plural source acts on itself both ways, a named target acts back)."""
    mutual = entry.reciprocal or code[:2] == "03"
    back = entry.reciprocal and code == entry.cameo and code[:2] in COOPERATION_ROOTS
    return mutual, back


@rule("roles.pair.each-other.v1")
def each_other(doc: ParsedDoc, trigger: Token) -> bool:
    """Parties that act on "each other" or "one another" act both ways, whatever the act:
    "Chile and Peru accused each other of spying" is two accusations, "fired at one another"
    two attacks, and so does "each side" that acts on "the other". Whether the trigger's
    object, or the object of its preposition, is such a reciprocal pronoun."""
    objects = [c for c in doc.children[trigger.i] if doc.tokens[c].dep in ("dobj", "dative")]
    objects += [
        p
        for c in doc.children[trigger.i]
        if doc.tokens[c].dep == "prep"
        for p in doc.children[c]
        if doc.tokens[p].dep == "pobj"
    ]
    each = any(
        doc.tokens[c].dep in ("nsubj", "nsubjpass")
        and any(doc.tokens[d].text.lower() in ("each", "either") for d in doc.children[c])
        for c in doc.children[trigger.i]
    )
    for i in objects:
        words = {doc.tokens[i].text.lower()} | {
            doc.tokens[c].text.lower() for c in doc.children[i] if doc.tokens[c].dep != "prep"
        }
        if words in ({"other", "each"}, {"one", "another"}) or (each and words == {"other", "the"}):
            return True
    return False


# The state's organs and the parties that compete to run it: whom a citizen's words judge.
_RULING_SECTORS = STATE_SECTORS | {"PTY"}


@rule("roles.pair.home-speaker.v1")
def home_speaker(actor: Actor, target: EventActor, root: str, home: str | None) -> str | None:
    """A person the story gives no country, office or group, whose words judge the state or
    the parties of the country the story is about, speaks as one of its people: in a story
    about Peru, "Luis Soto said the Peruvian government had failed the farmers" is a Peruvian's
    criticism. Only acts of speech (`SPEECH_ROOTS`): a foreigner who acts in the country is
    named with a nationality or an office far more often than one who only comments. The
    story's country, or None."""
    if (
        actor.kind != "person"
        or actor.country is not None
        or actor.sectors
        or home is None
        or target.country != home
        or not target.sectors
        or not set(target.sectors) <= _RULING_SECTORS
        or root not in SPEECH_ROOTS
    ):
        return None
    return home


@rule("roles.pair.localised.v1")
def localise(
    actor: Actor,
    role: EventActor,
    other: Actor | None,
    place: str | None,
    reporter: str | None = None,
) -> EventActor:
    """A group known only by its sector takes the country of the place of the act ("inmates
    rioted at a prison in Lima", "troops killed insurgents in Iraq"), else of the other party
    ("police dispersed demonstrators"): a domestic event. With no party placed by anything,
    the place is the story's country, else its dateline's. State forces a state's officials
    report on are that state's (`reporter`): in "rebels killed eight soldiers, Chilean
    officials said" the soldiers are Chile's. An international group ("the international
    community") belongs to no country."""
    if actor.country is not None or actor.kind != "group" or actor.members:
        return role
    if "IGO" in actor.sectors:
        return role
    own_forces = reporter if set(actor.sectors) <= STATE_SECTORS else None
    country = place or own_forces or (other.country if other is not None else None)
    if country is None:
        return role
    return replace(role, country=country, code=country + "".join(actor.sectors))


# Speech against another: criticism, rejection, threats.
_CONFLICTUAL_SPEECH_ROOTS = frozenset({"11", "12", "13"})

SHOW_OF_FORCE = "150"


@rule("codes.show-of-force.v1")
def show_of_force(doc: ParsedDoc, match: _Match) -> bool:
    """Missiles or rockets fired or launched at no one and nowhere but the sea are a show of
    military power (CAMEO 150), not an attack: "Bolivia launched two missiles into the sea".
    Rockets fired "into the town" or "at the border posts" are an attack on someone the
    sentence leaves unnamed. Whether the matched pattern is a launch (`launch_verbs`) of such a
    weapon (`weapons`) with no aim but open water (`open_water`)."""
    name = rule_id(show_of_force)
    token = doc.tokens[match.token]
    words = {doc.tokens[i].lemma.lower() for i in match.tokens}
    if token.lemma.lower() not in _words(name, "launch_verbs") or not words & _words(
        name, "weapons"
    ):
        return False
    water = _words(name, "open_water")
    for child in doc.children[token.i]:
        prep = doc.tokens[child]
        if (
            prep.dep == "prep"
            and prep.text.lower() in ("at", "on", "into", "toward", "towards", "against", "over")
            and not time_phrase(doc, child)
        ):
            if not any(doc.tokens[o].lemma.lower() in water for o in doc.children[child]):
                return False
    return True


@rule("triggers.pattern-word.v1")
def pattern_word_no_trigger(doc: ParsedDoc, matches: list[_Match]) -> list[_Match]:
    """A word of a longer pattern is no trigger of its own: "called for a ceasefire" is an appeal,
    not also a ceasefire. Nor does a pattern reach a word that the pattern of a verb in a clause
    of its own below it claims: in "Chile announced it would halt assistance" the assistance is
    what is halted, not what is announced."""
    inside = {i for m in matches for i in m.tokens[1:]}
    kept = [m for m in matches if m.token not in inside]
    clauses = {
        m.token: set(m.tokens[1:])
        for m in kept
        if any(doc.tokens[c].dep in ("nsubj", "nsubjpass") for c in doc.children[m.token])
    }
    return [
        m
        for m in kept
        if not any(
            clause != m.token and word in words and _governs(doc, clause, word, m.token)
            for word in m.tokens[1:]
            for clause, words in clauses.items()
        )
    ]


def _governs(doc: ParsedDoc, clause: int, word: int, outer: int) -> bool:
    """Whether `clause` lies on the chain of heads from `word` up to `outer`."""
    current = word
    for _ in range(_PATTERN_DEPTH + 2):
        head = doc.tokens[current].head
        if head == outer or head == current:
            return False
        if head == clause:
            return True
        current = head
    return False


@rule("triggers.preposition-order.v1")
def preposition_order(doc: ParsedDoc, words: list[int]) -> bool:
    """A preposition of a pattern governs what follows it in the pattern, or hangs on the word
    before: "went on strike" matches `go on strike`, but in "went ahead with the strikes on
    rebel camps" the "on" belongs to the strikes and the pattern does not match. Whether no
    preposition among the matched `words` (after the trigger, in pattern order) is a
    dependent of the word that follows it."""
    for here, after in zip(words, words[1:], strict=False):
        if doc.tokens[here].pos == "ADP" and doc.tokens[here].head == after:
            return False
    return True


@rule("triggers.noun-phrase-bound.v1")
def noun_phrase_bound(doc: ParsedDoc, trigger: int, words: list[int]) -> bool:
    """A pattern's word that a preposition other than "of" hangs on a noun the pattern does
    not name belongs to that noun, not to the trigger: "ended a two-year freeze in relations"
    ends the freeze, not relations; "halted the delivery of aid" still halts aid. Whether no
    matched word is the object of such a preposition (a preposition the pattern names, as in
    `take part in talk`, is its own)."""
    matched = {trigger, *words}
    toks = doc.tokens
    for i in words:
        prep = toks[toks[i].head]
        if toks[i].dep != "pobj" or prep.i in matched or prep.text.lower() == "of":
            continue
        noun = toks[prep.head]
        if noun.i != trigger and noun.i not in matched and noun.pos in ("NOUN", "PROPN"):
            return False
    return True


@rule("triggers.clause-bound.v1")
def clause_bound(doc: ParsedDoc, trigger: int, words: list[int]) -> bool:
    """A pattern's words do not lie past a gerund the pattern does not name that a preposition
    of the trigger takes: the gerund tells an act of its own, whose object is its own. In
    "Bolivia joined Chile in condemning the strikes" the strikes are what is condemned, and no
    one joins a strike ("called for talks to resume" still matches through its infinitive).
    Nor inside an adverbial or relative clause with a subject of its own: in "the rebels seized
    a bus because the army had abandoned the town" no one seizes the town. Whether no matched
    word's chain of heads up to `trigger` passes through such a gerund or clause."""
    toks = doc.tokens
    named = {trigger, *words}
    for word in words:
        current = word
        for _ in range(_PATTERN_DEPTH + 2):
            head = toks[current].head
            if head == current or head == trigger:
                break
            if toks[head].dep == "pcomp" and toks[head].tag == "VBG" and head not in named:
                return False
            if (
                _own_clause(doc, head)
                and head not in named
                and not (toks[head].dep == "relcl" and toks[head].head == trigger)
            ):
                # A relative clause on the trigger noun tells its act: "the duties Chile
                # imposed on Peru".
                return False
            current = head
    return True


def _own_clause(doc: ParsedDoc, verb: int) -> bool:
    """Whether `verb` heads a clause with a subject of its own that a conjunction subordinates
    ("because the army had abandoned the town") or a relative clause ("the town that rebels
    hold"): a pattern does not reach into one. A clause "for" someone to act ("called for
    Peru to lift the ban", "pushed for Peru support the plan") is what the pattern asks for,
    and is reached."""
    token = doc.tokens[verb]
    kids = [doc.tokens[c] for c in doc.children[verb]]
    if not any(c.dep in ("nsubj", "nsubjpass") for c in kids):
        return False
    return token.dep == "relcl" or (
        token.dep == "advcl"
        and any(
            c.dep == "mark" and c.tag == "IN" and c.text.lower() not in ("for", "that")
            for c in kids
        )
        and not any(c.tag == "TO" for c in kids)
    )


@rule("triggers.copula-phrase.v1")
def copula_phrase(doc: ParsedDoc, words: list[int]) -> bool:
    """A copula that heads its clause with a phrase of state reports it as a verb would: "the
    army was on high alert", "Chile is in talks with Peru" match `be on alert` and `be in
    talk`. Its pattern's preposition must govern the word after it: "the minister is in
    Santiago for talks" is in a city, not in talks. Whether each preposition among the matched
    `words` (after the copula, in pattern order) is the head of the word that follows it, or
    of the noun that word is a compound of ("miners are on hunger strike")."""
    toks = doc.tokens
    return all(
        toks[after].head == here
        or (toks[after].dep == "compound" and toks[toks[after].head].head == here)
        for here, after in zip(words, words[1:], strict=False)
        if toks[here].pos == "ADP"
    )


@rule("triggers.restraint-phrase.v1")
def restraint_no_trigger(doc: ParsedDoc, token: Token) -> bool:
    """A verb that opens a phrase of holding back ("ruled out", "held back") is a word of
    restraint, not the verb's own sense: "ruled out talks" is no ruling. Only a pattern that
    names the whole phrase and what is held back is a trigger there ("rule out talk" rejects
    talks, 125)."""
    return negating_phrase(doc, token)


@rule("events.announced-act.v1")
def announced_act(
    drafts: list[tuple[int, Event]], announcers: set[int]
) -> list[tuple[int, Event]]:
    """The verb that announces or refuses an act is no event of its own: "Iran agreed to meet
    the envoy" is Iran's intent to meet (036), not also a bare "agree"."""
    return [(token, event) for token, event in drafts if token not in announcers]


# How far before the story's date an act may lie and still be its news: the weeks before it.
STORY_WINDOW = dt.timedelta(days=90)


@rule("events.statement-of-an-act.v1")
def statement_of_an_act(
    doc: ParsedDoc,
    drafts: list[tuple[int, Event]],
    said: dict[int, Attribution],
    violence_reports: Container[int] = frozenset(),
) -> list[tuple[int, Event]]:
    """What a speaker reports is coded as its own act, and the saying of it is then no event:
    "the minister said China had criticised Vietnam" is China's criticism, reported by the
    minister (its speaker), not also a statement by the minister. An act the speaker only
    hopes for, fears or forecasts is not reported as done, and the saying stays the news: "the
    minister said Bolivia could sign a peace deal with Peru". So is an act a statement verb
    takes as its object: "Chile declared a ceasefire", "announced restrictions on Peruvian
    officials" are the ceasefire and the restrictions, not also a declaration, and so is a
    statement that is the subject of what it does or that a participle describes doing: "the
    Chilean statement called on Peru to withdraw" and "a statement condemning the raid" are
    the call and the condemnation, not also statements. A violent act told by a verb
    (`violence_reports`: the verbs of saying that report one as done) is the news even when
    no rule can tell whose it is: "Chilean police said someone shot two Peruvian tourists" is
    no statement by the police about Peru. Words that accuse, criticise or reject
    (`content_act`), or that voice alarm at what they report ("said it was worried by the
    arrests"), are the speaker's own act beside an act of another kind, and stay."""
    # The roots of the acts each verb of saying reports ("" for a violent act of no author).
    reporting: dict[int, set[str]] = {cue: {""} for cue in violence_reports}
    for token, event in drafts:
        if event.modality != "asserted":
            continue
        # Breaking a treaty or a law is a deed, not words of rejection: the speaker who
        # reports it accuses ("said Peru had violated the treaty").
        root = DEFIANCE if event.cameo == DEFIANCE else event.root
        if token in said:
            reporting.setdefault(said[token].cue, set()).add(root)
        if doc.tokens[token].dep == "dobj":
            reporting.setdefault(doc.tokens[token].head, set()).add(root)
        verb = doc.tokens[token]
        if verb.pos == "VERB":
            # "The Chilean statement called on Peru to ...", "a statement condemning the
            # raid": the statement is the call, the condemnation.
            for subject in doc.children[token]:
                if doc.tokens[subject].dep == "nsubj":
                    reporting.setdefault(subject, set()).add(root)
            if verb.dep in ("acl", "relcl") and verb.head != verb.i:
                reporting.setdefault(verb.head, set()).add(root)
    return [
        (token, event)
        for token, event in drafts
        if not (
            event.rules[0].startswith(f"{TRIGGER_PREFIX}{STATEMENT}.")
            and token in reporting
            # "said China had criticised Vietnam" reports the criticism; "said the illegal
            # government had seized the assets" accuses as well. An appeal's words mostly
            # tell the aim of the act reported ("would blockade Paris to demand ..."), and a
            # protest's or an accusation's words are its own.
            and (
                (event.root not in SPEAKERS_OWN_ROOTS and event.cameo != PESSIMISM)
                or bool(reporting[token] & (SPEAKERS_OWN_ROOTS | {PROTEST_ROOT}))
            )
        )
    ]


@rule("events.story-time.v1")
def in_story_time(event: Event, article_date: dt.date) -> bool:
    """An act its own words date well before the story ("In 1998 the ministry closed the
    border", "the general, who took office in March 2009") is history, not the story's news:
    coded only when its date lies within 90 days of the story's date."""
    if event.date_source != "text" or event.date is None:
        return True
    return event.date >= article_date - STORY_WINDOW


@rule("events.standing-conflict.v1")
def standing_conflict(doc: ParsedDoc, token: int, event: Event) -> bool:
    """A conflict told in the perfect progressive ("the rebels have been fighting the army",
    "have been shelling border posts since 2019"), in the perfect with "since" ("has occupied the
    region since 2014") or over a period up to now ("300 rebels have been killed in the past
    year") is a standing situation or a tally, the story's background, not an act it reports:
    such material-conflict events (roots 14-20) are not coded."""
    if event.root < "14":
        return False
    verbs = [token]
    if doc.tokens[token].dep == "conj":
        verbs.append(doc.tokens[token].head)  # "have been raiding and shelling"
    children = [doc.tokens[c] for v in verbs for c in doc.children[v]]
    auxiliaries = {c.text.lower() for c in children if c.dep == "aux"}
    if not auxiliaries & {"has", "have", "had", "'s", "'ve"}:
        return False
    progressive = doc.tokens[token].tag == "VBG" and "been" in auxiliaries
    since = any(c.dep == "prep" and c.text.lower() == "since" for c in children)
    return progressive or since or any(_tally_period(doc, c) for c in children)


def _tally_period(doc: ParsedDoc, prep: Token) -> bool:
    """Whether `prep` opens a period reaching up to now ("in the last three quarters", "over
    the past decade"): with the perfect, the act is a tally over that period, not one act."""
    this = rule_id(standing_conflict)
    if prep.dep != "prep" or prep.text.lower() not in _words(this, "period_preps"):
        return False
    openers = _words(this, "period_openers")
    return any(
        doc.tokens[c].dep == "amod" and doc.tokens[c].text.lower() in openers
        for p in doc.children[prep.i]
        if doc.tokens[p].dep == "pobj"
        for c in doc.children[p]
    )


@rule("events.habitual.v1")
def habitual_act(doc: ParsedDoc, token: int) -> bool:
    """An act told in the simple present with a word of habit ("China routinely sends ships
    to the atoll", "the ministry bans fishing there each summer") is a standing practice, the
    story's background, not an act it reports; so is one told in the perfect as long-standing
    ("Chile has long accused Peru of spying", "has accused Peru for years": `long_periods`).
    The words are read in the verb's own clause."""
    verb = doc.tokens[token]
    if verb.pos == "VERB" and verb.tag == "VBN" and _long_standing(doc, verb):
        return True
    if verb.pos != "VERB" or verb.tag not in ("VBZ", "VBP"):
        return False
    adverbs = _words(rule_id(habitual_act), "adverbs")
    periods = _words(rule_id(habitual_act), "periods")
    stack = list(doc.children[token])
    while stack:
        t = doc.tokens[stack.pop()]
        if t.dep in ("ccomp", "advcl", "relcl", "acl", "conj"):
            continue
        lemma = t.lemma.lower()
        if lemma in adverbs:
            return True
        if lemma in periods and any(
            doc.tokens[c].text.lower() in ("each", "every") for c in doc.children[t.i]
        ):
            return True
        stack.extend(doc.children[t.i])
    return False


def _long_standing(doc: ParsedDoc, verb: Token) -> bool:
    """Whether a verb in the perfect is told as long-standing: "has long accused", "have
    accused ... for years"."""
    children = [doc.tokens[c] for c in doc.children[verb.i]]
    if not any(c.dep == "aux" and c.lemma.lower() == "have" for c in children):
        return False
    periods = _words(rule_id(habitual_act), "long_periods")
    return any(c.dep == "advmod" and c.text.lower() == "long" for c in children) or any(
        c.dep == "prep"
        and c.text.lower() == "for"
        and any(doc.tokens[p].lemma.lower() in periods for p in doc.children[c.i])
        for c in children
    )


# Trade, investment and the sharing of intelligence: relations that stand, named by a noun.
_MATERIAL_COOPERATION_ROOT = "06"


@rule("events.named-situation.v1")
def named_situation(doc: ParsedDoc, token: int, event: Event) -> bool:
    """A material act named by a noun whose author is its possessor ("Russia's invasion of
    Ukraine", "the junta's ban on rallies", "the army's crackdown") names a situation the
    story refers to, not an act it reports: such nominal events of roots 14-20 are background.
    The act reported as news has a verb ("Russia invaded Ukraine") or a verb that announces
    the noun ("the junta imposed a ban"), or that carries it on ("Chile resumed its shelling
    of the town", "pressed ahead with its sanctions": `carrying_on_verbs`). Any act so named
    inside the phrase of another noun is a topic too: "reports about Chile's threat against
    Bolivia". So is a conflict named by the two sides joined by a hyphen: "amid the
    Russia-Ukraine war". Material cooperation so named is a standing relation whatever the
    modifier that names its author: "criticised Bolivian investment in Chile", "Peru's trade with
    Bolivia" (the act reported has a verb: "China invested $1 billion in Chile")."""
    trigger = doc.tokens[token]
    if trigger.pos != "NOUN" or POSSESSOR_RULE not in event.rules:
        return False
    if _carried_on(doc, trigger):
        return False
    if event.root == _MATERIAL_COOPERATION_ROOT:
        return True
    if event.root < "14" and not _in_noun_phrase(doc, trigger):
        return False
    modifiers = [doc.tokens[c] for c in doc.children[token]]
    return any(m.dep == "poss" for m in modifiers) or any(
        m.dep == "compound" and any(doc.tokens[g].tag == "HYPH" for g in doc.children[m.i])
        for m in modifiers
    )


@rule("events.setting-phrase.v1")
def setting_phrase(doc: ParsedDoc, token: int, root: str) -> bool:
    """A material act named by a noun after "amid" or "despite" is the setting of what the
    sentence reports, not an act it reports: "prices rose amid the war between Chile and
    Peru", "trade grew despite Peru's blockade". Whether the nominal trigger at `token` of a
    root 14-20 is the object of such a preposition (`setting_preps`)."""
    noun = doc.tokens[token]
    if root < "14" or noun.pos != "NOUN" or noun.dep != "pobj":
        return False
    return doc.tokens[noun.head].text.lower() in _words(rule_id(setting_phrase), "setting_preps")


def _carried_on(doc: ParsedDoc, noun: Token) -> bool:
    """Whether `noun` is the object of a verb that carries an act on, directly or through
    "with" ("resumed its shelling", "pressed ahead with its sanctions"), or the subject of one
    that reports it starting or taking effect ("Chile's sanctions took effect on Monday",
    "Peru's offensive began at dawn")."""
    verbs = _words(rule_id(named_situation), "carrying_on_verbs")
    head = doc.tokens[noun.head]
    if noun.dep in ("nsubj", "nsubjpass") and head.pos == "VERB":
        return head.lemma.lower() in _words(rule_id(named_situation), "onset_verbs") or (
            head.lemma.lower() in _words(rule_id(named_situation), "taking_effect")
            and any(
                doc.tokens[d].lemma.lower() in ("effect", "force")
                for c in doc.children[head.i]
                for d in (c, *doc.children[c])
            )
        )
    if noun.dep == "pobj" and head.text.lower() == "with" and head.head != head.i:
        head = doc.tokens[head.head]
    elif noun.dep != "dobj":
        return False
    return head.pos == "VERB" and head.lemma.lower() in verbs


def _in_noun_phrase(doc: ParsedDoc, noun: Token) -> bool:
    """Whether `noun` is the object of a preposition that modifies another noun ("reports
    about Peru's threat"), where it names what the other noun is about."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    prep = doc.tokens[noun.head]
    return prep.head != prep.i and doc.tokens[prep.head].pos == "NOUN"


@rule("events.descriptive-clause.v1")
def descriptive_clause(doc: ParsedDoc, token: int, root: str) -> bool:
    """A clause that describes a noun rather than reports an act is background: a participle
    ("rebels fighting the government", "officials involved in talks with Iran"), a relative
    clause in the past perfect ("a mediator who had held talks with Bolivia"), or one about a former
    office holder ("the former minister, who signed the treaty"). Said of the trigger's own
    clause, or of the clause its noun belongs to ("officials involved in negotiations"). A
    crowd described by its protest ("police dispersed students protesting the vote") is the
    news itself: protests (root 14) are exempt, and so is what a document is described as
    doing ("a statement condemning the strikes") and what a sent vehicle carries ("sent a
    plane carrying aid", `cargo_of`)."""
    current = doc.tokens[token]
    for _ in range(3):
        if current.dep in ("acl", "relcl") and current.head != current.i:
            break
        if current.dep not in ("pobj", "prep", "dobj", "xcomp") or current.head == current.i:
            return False
        current = doc.tokens[current.head]
    else:
        return False
    verb, noun = current, doc.tokens[current.head]
    if verb.pos != "VERB" or cargo_of(doc, doc.tokens[token]) is not None:
        # "sent a plane carrying aid": what a sent vehicle carries is sent.
        return False
    if noun.lemma.lower() in event_words(REDUCED_RELATIVE_RULE, "document_nouns"):
        # "issued a statement condemning the strikes": what a document does, its issuer does.
        return False
    children = [doc.tokens[c] for c in doc.children[verb.i]]
    if verb.i in reported_clauses(doc, _cue_over(doc, noun)):
        # "said in a press release that police had detained two students": what is said.
        return False
    if (
        verb.dep == "acl"
        and verb.tag in ("VBG", "VBN")
        and root != "14"
        # A passive participle with a direct object, or that says a "that" clause, is the
        # parser's misreading of a clause ("The ministers condemned the launch", "Alves, a
        # senator, joked that ..."), which roles.source.reduced-relative.v1 repairs.
        and not (
            verb.tag == "VBN"
            and (any(c.dep == "dobj" for c in children) or says_that_clause(doc, verb.i))
        )
    ):
        # "films banned by the junta" reports what the agent did to them, and "a journalist
        # arrested in Lima" that coercion was done to the noun. "Rebels backed by Chile" only
        # describes whom the rebels have on their side.
        return not (
            (any(c.dep == "agent" for c in children) and root != "05")
            or (verb.i == token and verb.tag == "VBN" and root == "17")
        )
    auxiliaries = {c.text.lower() for c in children if c.dep == "aux"}
    former = any(
        doc.tokens[c].lemma.lower() in ("former", "ex") for c in doc.children[noun.i]
    )
    return verb.dep == "relcl" and ("had" in auxiliaries or former)


def _cue_over(doc: ParsedDoc, noun: Token) -> int:
    """The verb whose prepositional phrase `noun` ends ("said in a press release"), else the
    noun itself."""
    if noun.dep == "pobj" and noun.head != noun.i:
        prep = doc.tokens[noun.head]
        if prep.head != prep.i:
            return prep.head
    return noun.i


@rule("filters.needs-target.v1")
def needs_target(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """A dyadic record needs its second party: an act the sentence directs at no one it names
    ("the ministry issued a statement", "the army condemned violence"), or at someone the
    article gives no country, organisation or sector ("the minister met Smith"), is not
    coded. Shows of force, which have no target by nature, are exempt by the chain's roots,
    and so are the trigger entries marked `targetless` (a group claiming or denying
    responsibility for an attack speaks of its own deed: "the rebels claimed responsibility
    for the bombing")."""
    if site.targetless:
        return pairs
    return [(s, t) for s, t in pairs if t[0] is not None and t[0].code]


# Who meets as the subject of the meeting's verb, or of the verb that holds it ("held talks").
_MEETING_SUBJECT_RULES = frozenset({"roles.source.subject.v1", "roles.source.light-verb.v1"})


@rule("roles.target.members-meeting.v1")
def members_meeting(
    root: str, entry: TriggerEntry, fillers: list[Filler], sources: list[Actor]
) -> bool:
    """A meeting of the people of an international organisation or of a world region with no
    one else named is among its members, and is coded with no second party: "EU foreign
    ministers met in Brussels", "G7 ministers discussed Ukraine", "European leaders are holding
    talks". Whether the sources of a mutual consultation (root 04) are all such bodies, found
    as the subject of its verb or of the verb that holds it; a noun modified by them ("the G7
    talks") mostly names a meeting told before."""
    return (
        root == CONSULT_ROOT
        and entry.reciprocal
        and bool(sources)
        and all(f.rule in _MEETING_SUBJECT_RULES for f in fillers)
        and all(
            (a.kind == "organization" and "IGO" in (a.code or ""))
            or a.country in REGION_CODES
            for a in sources
        )
    )


@rule("filters.coded-source.v1")
def coded_source(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """An act by someone the article gives no country, organisation or sector for ("Smith
    said", an unlisted person with no title) says nothing an analyst can aggregate."""
    return [(s, t) for s, t in pairs if s[0].code]


@rule("filters.readiness-needs-target.v1")
def readiness_needs_target(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """Bare readiness names neither what is offered nor to whom: "we are prepared to respond"
    is coded only with a target."""
    if site.token.pos != "ADJ":
        return pairs
    return [(s, t) for s, t in pairs if t[0] is not None]


@rule("filters.statement-needs-target.v1")
def statement_needs_target(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """A bare statement is coded only toward an actor of its own standing, not the journalists
    it was made to: "the minister told reporters" is no event. A statement complete without a
    target (`targetless` entries: "claimed responsibility") may have none."""
    return [(s, t) for s, t in pairs
            if (t[0] is None and site.targetless)
            or (t[0] is not None and t[0].code and "MED" not in t[0].sectors)]  # fmt: skip


@rule("filters.quoted-statement.v1")
def quoted_statement(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """A bare statement that reports a direct quotation is not aimed at whoever the quotation
    names: quoted words explain, react and colour the story, and a party they name in passing
    is not whom they address ('"Our friends in Lima are few," the Chilean envoy said' is no
    statement toward Peru). What the quotation does (accuse, appeal, reject) is coded by
    `speech.content-act.v1`; a plain statement keeps a target named outside the quotation
    ("told Peru", "said of Peru")."""
    if not site.reports_quote:
        return pairs
    return [(s, t) for s, t in pairs if not t[1] or t[1][0] != rule_id(content)]


@rule("filters.statistic-statement.v1")
def statistic_statement(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """A statement that only tells how a quantity changed ("Peru's exports to Chile rose 5%,
    the ministry said", "tourist numbers fell") reports a statistic, not a political act
    toward the country it names; one told to someone ("told Peruvian leaders that trade would
    grow") is still addressed to them."""
    if not site.reports_statistic:
        return pairs
    return [(s, t) for s, t in pairs if t[1] and t[1][0] != rule_id(content)]


def _reports_statistic(doc: ParsedDoc, cue: int, index: ActorIndex) -> bool:
    """Whether every clause the verb of saying `cue` reports is a verb of change in quantity
    (`change_verbs`) whose subject names no actor ("revenue grew", "Peru's exports rose")."""
    clauses = reported_clauses(doc, cue)
    verbs = _words(rule_id(statistic_statement), "change_verbs")
    return bool(clauses) and all(
        doc.tokens[c].lemma.lower() in verbs
        and any(doc.tokens[s].dep == "nsubj" for s in doc.children[c])
        and not any(
            s in index.at
            for s in doc.children[c]
            if doc.tokens[s].dep == "nsubj"
        )
        for c in clauses
    )


@rule("filters.press-not-party.v1")
def press_not_party(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """Journalists a statement is made to, or who meet an official to interview them, are not a
    party to a diplomatic act: "the minister met reporters", "told reporters" are no events."""
    return [
        (s, t)
        for s, t in pairs
        if not any(role is not None and "MED" in role.sectors for role in (s[0], t[0]))
    ]


@rule("filters.commentator-statement.v1")
def commentator_statement(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """What academics and researchers say about a state is commentary, not a statement of a
    party: "a professor at the University of Lima said Peru's economy will slow" is no
    event, nor "researchers warn that the drought could spread to Kenya" a threat (roots 01
    and 13 in the chain). Their accusations and criticism still are (other roots)."""
    return [(s, t) for s, t in pairs if "EDU" not in s[0].sectors]


@rule("filters.placed-party.v1")
def placed_party(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """Groups known only by sector on both sides ("protesters attacked police") say nothing an
    analyst can place: one side must have a country or be a named organisation."""
    return [(s, t) for s, t in pairs if _placed(s[0], index) or _placed(t[0], index)]


@rule("filters.private-travel.v1")
def private_travel(pairs: list[Pair], site: Site, index: ActorIndex) -> list[Pair]:
    """Private people who travel to a country are no consultation with it: "Argentine tourists
    visited Chile" is a statistic of travel, not diplomacy (CAMEO 04 is consultation).
    People who meet an official or a body ("protesters met the Peruvian ambassador") are."""

    def private(role: EventActor | None) -> bool:
        return role is not None and set(role.sectors) == {"CVL"}

    def bare_state(role: EventActor | None) -> bool:
        return role is not None and not role.sectors

    return [
        (s, t)
        for s, t in pairs
        if not (private(s[0]) and bare_state(t[0]) or private(t[0]) and bare_state(s[0]))
    ]


def _reports_quote(
    cue: int, said: dict[int, Attribution], said_by_cue: dict[int, list[int]]
) -> bool:
    """Whether the verb of saying `cue` reports a direct quotation and nothing else: '"...,"
    she said', not 'said the talks were "a good start"'."""
    reported = said_by_cue.get(cue, ())
    return bool(reported) and all(said[t].quoted for t in reported)


def _rules_of(filler: Filler) -> tuple[str, ...]:
    return (filler.rule, *filler.also)


def _light_verb(head: int, by_token: dict[int, _Match]) -> bool:
    """Whether the verb governing a nominal trigger lends it its subject: any verb that is not
    an event of its own, and statements ("declared a ceasefire", "announced sanctions")."""
    governor = by_token.get(head)
    return governor is None or governor.entry.cameo[:2] == "01"


@rule("events.trigger.misread-noun.v1")
def misread_noun(doc: ParsedDoc, token: Token) -> bool:
    """The parser tags a capitalised noun that opens a sentence as a verb in its base form:
    "Aid from Chile reached Peru". A base-form verb as a subject with no auxiliary of its own
    is that noun, matched by the lexicon's nouns and given roles as a noun."""
    return (
        token.tag == "VB"
        and token.dep in ("nsubj", "nsubjpass")
        and not any(doc.tokens[c].dep in ("aux", "nsubj", "dobj") for c in doc.children[token.i])
    )


@rule("events.trigger.carried-object.v1")
def carried_object(doc: ParsedDoc, match: _Match) -> bool:
    """A verb of travel with a direct object of its own moves that object and makes no visit:
    "Chile flew the migrants back to Lima", "headed the delegation to Peru". Whether the
    match is a travel pattern ("fly to") whose verb has an object outside the pattern."""
    token = doc.tokens[match.token]
    if token.pos != "VERB" or len(match.pattern) < 2:
        return False
    return any(
        doc.tokens[c].dep == "dobj" and c not in match.tokens for c in doc.children[token.i]
    )


@rule("events.trigger.head-words-first.v1")
def head_words_first(doc: ParsedDoc, match: _Match) -> int:
    """Of two patterns of one length, the one whose words head their phrases wins over one
    that matches a modifier: "suspended trade talks" halts talks (164), it is no suspension of
    trade (163). The number of the match's words that are compounds of another word."""
    return sum(doc.tokens[i].dep == "compound" for i in match.tokens[1:])


@rule("events.trigger.nearest-words.v1")
def nearest_words(doc: ParsedDoc, match: _Match) -> int:
    """Of two patterns of one length for different acts that tie on head words, the one whose
    words hang nearer the trigger wins: "sent two warships to the disputed waters" deploys
    warships, its object; the waters, two steps down in the phrase of where they went, are no
    water sent as aid. (Two patterns of one act code it alike, and the lexicon's order stands.)
    The number of dependency steps from the trigger down to each of the match's words, summed."""
    steps = 0
    for i in match.tokens[1:]:
        while i != match.token and doc.tokens[i].head != i:
            i = doc.tokens[i].head
            steps += 1
    return steps


@rule("events.trigger.carried-subject.v1")
def carried_subject(doc: ParsedDoc, match: _Match) -> bool:
    """Things that arrive are delivered and make no visit: "Chilean aid arrived in Lima", "a
    Bolivian aid shipment reached Peru" (`roles.target.arrival.v1` codes the delivery).
    Whether the subject of a travel verb is a noun of `cargo_nouns` or has one as a compound."""
    cargo = _words(rule_id(carried_subject), "cargo_nouns")
    return any(
        doc.tokens[w].lemma.lower() in cargo
        for subject in _subjects(doc, match.token)
        for w in (subject, *_modifiers(doc, subject, ("compound",)))
    )


@rule("events.trigger.relief-arrival.v1")
def relief_arrival(doc: ParsedDoc, match: _Match) -> bool:
    """Rescuers, doctors and aid workers who arrive somewhere bring humanitarian aid (073), and
    make no visit: "Chilean rescue teams arrived in Lima", "Bolivian doctors flew to Peru".
    Whether the subject of a travel verb is a noun of `relief_workers`, or of `teams` with a
    modifier of `relief_kinds` ("rescue teams", "aid workers")."""
    workers = _words(rule_id(relief_arrival), "relief_workers")
    teams = _words(rule_id(relief_arrival), "teams")
    kinds = _words(rule_id(relief_arrival), "relief_kinds")
    return any(
        doc.tokens[subject].lemma.lower() in workers
        or (
            doc.tokens[subject].lemma.lower() in teams
            and any(
                doc.tokens[m].lemma.lower() in kinds
                for m in _modifiers(doc, subject, ("compound", "amod"))
            )
        )
        for subject in _subjects(doc, match.token)
    )


@rule("events.trigger.relief-mission.v1")
def relief_mission(doc: ParsedDoc, match: _Match) -> bool:
    """Forces sent, deployed or arriving to bring relief deliver humanitarian aid (073), and
    show no force and make no visit: "Chile deployed troops to help with relief efforts in
    Peru", "sent soldiers to Peru to distribute food", "dispatched warships for rescue
    operations", "deployed a ship with medicine", "soldiers arrived in Lima to help with the
    rescue", "a plane flew to Lima carrying tents". Whether the verb's infinitive of purpose,
    its "for" or "with" phrase, or a participle of its manner holds a word of `relief_words`,
    or a noun of `relief_goods` (goods as nouns only: "sent troops to aid the army" is
    military help)."""
    name = rule_id(relief_mission)
    words, goods = _words(name, "relief_words"), _words(name, "relief_goods")
    token = doc.tokens[match.token]
    if token.pos != "VERB":
        return False
    purposes = [
        c
        for c in doc.children[token.i]
        if (
            doc.tokens[c].dep in ("xcomp", "advcl")
            and any(doc.tokens[a].text.lower() == "to" for a in doc.children[c])
        )
        or (doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in ("for", "with"))
        or (doc.tokens[c].dep == "advcl" and doc.tokens[c].tag == "VBG")
    ]
    return any(
        doc.tokens[i].lemma.lower() in words
        or (doc.tokens[i].lemma.lower() in goods and doc.tokens[i].pos == "NOUN")
        for purpose in purposes
        for i in doc.subtree(purpose)
    )


def _subjects(doc: ParsedDoc, verb: int) -> list[int]:
    """The active subjects of the verb at `verb`."""
    return [c for c in doc.children[verb] if doc.tokens[c].dep == "nsubj"]


def _modifiers(doc: ParsedDoc, noun: int, deps: tuple[str, ...]) -> list[int]:
    """The modifiers of the noun at `noun` of the dependencies `deps`."""
    return [c for c in doc.children[noun] if doc.tokens[c].dep in deps]


@rule("events.trigger.deadline-task.v1")
def deadline_without_task(doc: ParsedDoc, match: _Match) -> bool:
    """A span of time given is an ultimatum only with what must be done in it: "Chile gave
    Peru ten days to withdraw its troops", "a week to hand over the suspects", not "gave Peru two
    days of talks". Whether the match is a deadline given by its length (a pattern word of
    `spans` in `words.yaml`) with no infinitive on the verb or on the span."""
    spans = _words(rule_id(deadline_without_task), "spans")
    lengths = [i for i in match.tokens[1:] if doc.tokens[i].lemma.lower() in spans]
    if not lengths:
        return False
    return not any(
        doc.tokens[c].dep in ("advcl", "xcomp", "acl", "relcl")
        and any(
            doc.tokens[a].dep == "aux" and doc.tokens[a].text.lower() == "to"
            for a in doc.children[c]
        )
        for head in (match.token, *lengths)
        for c in doc.children[head]
    )


@rule("events.trigger.time-phrase.v1")
def time_phrase(doc: ParsedDoc, i: int) -> bool:
    """A preposition whose object is a date or time says when, and is no word of a pattern:
    "called his counterpart on Monday" is no "call on" appeal, "talked for hours" no "talk
    for". Whether token i is such a preposition."""
    if doc.tokens[i].dep != "prep":
        return False
    objects = [c for c in doc.children[i] if doc.tokens[c].dep == "pobj"]
    return bool(objects) and all(doc.tokens[c].ent_type in ("DATE", "TIME") for c in objects)


@rule("events.trigger.attribution-phrase.v1")
def attribution_phrase(doc: ParsedDoc, i: int) -> bool:
    """An "according to" phrase says who reports an act, and is no word of its pattern: in
    "Peru rejected the offer, according to Chilean officials" Peru rejects no accord, and the
    officials are not whom it rejected. Whether token i is the "according" of such a phrase."""
    return according_source(doc, i) is not None


@rule("events.trigger.according-verdict.v1")
def according_verdict(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Words reported "according to" someone that accuse, criticise, reject or appeal are that
    act of theirs, as a statement verb's are: "Peru was behind the bombing, according to
    Chilean prosecutors" is the prosecutors' charge against Peru (`content_act`). A plain
    report ("Peru closed the border, according to officials") is no statement of theirs. The
    candidate pattern of `token`, or none."""
    if according_source(doc, token.i) is None:
        return []
    return [(_ACCORDING_PATTERN, lexicon.entries[_SAY_ENTRY])]


@rule("events.trigger.verdict-call.v1")
def verdict_call(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """"Call" with an object predicate gives a verdict, a statement as "describe as" is:
    "Chile called the move a provocation", "called the vote illegal" (what the verdict says
    then decides the act, `content_act`); without one it is a phone call or an appeal. So do
    the other verbs of naming (`verdict_verbs`): "labelled Peru a rogue state", "termed the
    move illegal". The candidate pattern of `token`, or none."""
    lemma = token.lemma.lower()
    if lemma not in _words(rule_id(verdict_call), "verdict_verbs") or token.pos != "VERB":
        return []
    if not verdict_predicates(doc, token.i):
        return []
    return [((lemma,), lexicon.entries[_VERDICT_ENTRY])]


@rule("events.trigger.denied-clause.v1")
def denied_clause(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Denying a clause denies what it tells, with or without "that": "Peru denied it had
    violated the truce" is a denial (016) as "denied that it had violated the truce" is. The
    candidate pattern of `token` when it is the verb "deny" with a finite clause of its own
    (a clausal complement with a subject), else none."""
    if token.pos != "VERB" or token.lemma.lower() != "deny":
        return []
    for clause in doc.children[token.i]:
        if doc.tokens[clause].dep == "ccomp" and any(
            doc.tokens[g].dep in ("nsubj", "nsubjpass") for g in doc.children[clause]
        ):
            return [(("deny",), lexicon.entries[_DENIAL_ENTRY])]
    return []


@rule("events.trigger.reporting-clause.v1")
def reporting_clause(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """A verb that reports speech only when it has a clause is a statement when it has one:
    "Chile responded that the charges were false", "the minister recalled that Peru had signed
    the treaty", '"The charges are false," Peru answered'; alone ("Chile responded quickly",
    "recalled its ambassador") it says nothing. The candidate statement pattern of `token`
    when it is a verb of `clause_cue_verbs` of speech.attribution.v1 with the clause it
    reports (`said_clause`), else none."""
    if token.pos != "VERB" or token.lemma.lower() in cue_lemmas() or not reports_speech(doc, token):
        return []
    return [((token.lemma.lower(),), lexicon.entries[_STATEMENT_ENTRY])]


@rule("events.trigger.directive.v1")
def directive(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Telling, ordering or pressing someone to act demands it (CAMEO 100): "Chile told Peru to
    recall its fishing fleet", "the minister ordered the governors to close the schools",
    "pressed Bolivia to free the prisoners". Wanting someone to act appeals to them (020):
    "Chile wants Peru to withdraw". The verb has a direct object, the one told, and an
    infinitive with no subject of its own; "told Peru that ..." stays a statement. The
    candidate pattern of `token` (the verb and the infinitive's "to"), or none."""
    lemma = token.lemma.lower()
    if token.pos != "VERB":
        return []
    if lemma in _words(rule_id(directive), "verbs"):
        entry = _DEMAND_ENTRY
    elif lemma in _words(rule_id(directive), "wishing_verbs"):
        entry = _APPEAL_ENTRY
    else:
        return []
    children = [doc.tokens[c] for c in doc.children[token.i]]
    told = any(c.dep == "dobj" for c in children)
    for clause in children:
        grand = [doc.tokens[g] for g in doc.children[clause.i]]
        own_subject = any(g.dep in ("nsubj", "nsubjpass") for g in grand)
        if (
            clause.dep in ("xcomp", "ccomp")
            and clause.tag == "VB"
            and any(g.dep == "aux" and g.tag == "TO" for g in grand)
            # The one told is the verb's object; the parser reads the one wanted to act as
            # the infinitive's subject ("wants [Peru to withdraw]").
            and ((told and not own_subject) or (entry == _APPEAL_ENTRY and own_subject))
        ):
            return [((lemma, "to"), lexicon.entries[entry])]
    return []


@rule("events.sense.figurative-force.v1")
def figurative_force(doc: ParsedDoc, i: int) -> bool:
    """Words of war and attack used of trade, prices, words or policy name no use of force: "a
    trade war", "a tariff war", "a price war", "a charm offensive", "the war on drugs", "fight
    corruption". Whether the force word at token i has such a modifier, "on"/"against" object
    or direct object (the words are `data/events/words.yaml`)."""
    this = rule_id(figurative_force)
    token = doc.tokens[i]
    children = [doc.tokens[c] for c in doc.children[i]]
    if token.pos == "NOUN" and any(
        c.dep in ("compound", "amod") and c.lemma.lower() in _words(this, "modifiers")
        for c in children
    ):
        return True
    objects = [c for c in children if c.dep == "dobj"]
    for prep in children:
        if prep.dep == "prep" and prep.text.lower() in ("on", "against"):
            objects += [doc.tokens[o] for o in doc.children[prep.i] if doc.tokens[o].dep == "pobj"]
    return any(o.lemma.lower() in _words(this, "objects") for o in objects)


@rule("events.sense.health-alert.v1")
def health_alert(doc: ParsedDoc, i: int) -> bool:
    """An alert or mobilisation against a disease is no show of force: "Bolivia raised its
    alert level over the dengue outbreak", "the ministry mobilised teams as measles cases rose".
    Whether the sentence of the posture word at token i speaks of disease."""
    sentence = doc.sentences[doc.tokens[i].sent]
    words = _words(rule_id(health_alert), "disease_words")
    return any(
        doc.tokens[j].lemma.lower() in words for j in range(sentence.start, sentence.end)
    )


@rule("events.sense.danger-warning.v1")
def danger_warning(doc: ParsedDoc, i: int) -> bool:
    """A warning of a danger no one threatens to bring is pessimism (012), not a threat: "the
    agency warned of famine in Peru", "a warning about the risk of floods"; so is a warning
    that others might act ("warned that other states could leave the bloc"). A threat names an
    act of the one who warns ("warned of retaliation", "warned that its troops would respond"),
    which the lexicon codes by itself. Whether the warning at token i has a danger as its "of"
    or "about" object or as the subject or object of the clause it reports ("warned that
    millions face hunger"), or a clause whose subject, a noun no possessive pronoun makes the
    speaker's, only may act (`possibility_modals`)."""
    dangers = _words(rule_id(danger_warning), "dangers")
    if any(_others_may_act(doc, c) for c in doc.children[i] if doc.tokens[c].dep == "ccomp"):
        return True
    if any(
        doc.tokens[o].dep in ("nsubj", "dobj", "attr") and doc.tokens[o].lemma.lower() in dangers
        for c in doc.children[i]
        if doc.tokens[c].dep == "ccomp"
        for o in doc.children[c]
    ):
        # "warned that millions face hunger", "warned that a famine is coming".
        return True
    return any(
        doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in ("of", "about")
        and any(
            doc.tokens[o].dep == "pobj" and doc.tokens[o].lemma.lower() in dangers
            for o in doc.children[c]
        )
        for c in doc.children[i]
    )  # fmt: skip


def _others_may_act(doc: ParsedDoc, verb: int) -> bool:
    """Whether the clause of `verb` says that someone other than the speaker might act: its
    subject a noun without a possessive pronoun, its verb under a modal of possibility and not
    one of undergoing ("Peru could face sanctions" is a threat)."""
    if doc.tokens[verb].lemma.lower() in _words("roles.target.receiver.v1", "receiving_verbs"):
        return False
    kids = [doc.tokens[c] for c in doc.children[verb]]
    subjects = [k for k in kids if k.dep == "nsubj"]
    modals = _words(rule_id(danger_warning), "possibility_modals")
    return (
        bool(subjects)
        and subjects[0].pos in ("NOUN", "PROPN")
        and not any(
            doc.tokens[c].dep == "poss" and doc.tokens[c].pos == "PRON"
            for c in doc.children[subjects[0].i]
        )
        and any(k.dep == "aux" and k.text.lower() in modals for k in kids)
    )


@rule("events.sense.verbal-attack.v1")
def verbal_attack(doc: ParsedDoc, i: int) -> bool:
    """Attacking someone for what they did or said is criticism (111), not force: "the
    senator attacked the minister for his silence", "attacked the government over its handling
    of the floods"; so is attacking a policy, a decision or what someone said ("attacked Peru's
    immigration policy", `verbal_objects`), or firing at what someone said ("fired back at
    Peru's criticism"). Whether the verb of attack at token i gives such a reason or such an
    object."""
    token = doc.tokens[i]
    if token.pos != "VERB" or token.lemma.lower() not in _words(rule_id(verbal_attack), "verbs"):
        return False
    verbal = _words(rule_id(verbal_attack), "verbal_objects")
    return any(
        (doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in ("for", "over")
         and any(doc.tokens[o].dep in ("pobj", "pcomp") for o in doc.children[c]))
        or (doc.tokens[c].dep == "dobj" and doc.tokens[c].lemma.lower() in verbal)
        or (doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() == "at"
            and any(doc.tokens[o].lemma.lower() in verbal for o in doc.children[c]))
        for c in doc.children[i]
    )  # fmt: skip


@rule("events.sense.adding-to.v1")
def adding_to(doc: ParsedDoc, match: _Match) -> bool:
    """"Add" says something only on its own ("he added", "adding that ..."): adding something
    to something ("added two Peruvian players to its squad") is no statement. Whether `match`
    is the verb "add" alone with a direct object and a "to" phrase."""
    token = doc.tokens[match.token]
    if token.lemma.lower() != "add" or len(match.pattern) > 1:
        return False
    kids = [doc.tokens[c] for c in doc.children[token.i]]
    return any(k.dep == "dobj" for k in kids) and any(
        k.dep == "prep" and k.text.lower() == "to" for k in kids
    )


@rule("events.sense.official-protest.v1")
def official_protest(doc: ParsedDoc, i: int, index: ActorIndex) -> bool:
    """A state, an international organisation or a government protesting does so in words, as
    a complaint (114): "Chile protested the arrest of its fishermen", "the foreign ministry
    protested Peru's decision". People and groups who protest demonstrate (14): "students
    protested the decision". Whether the verb "protest" at token i has as its subject, or as
    the subject of the verb it is coordinated with or depends on ("sent the UN a letter
    protesting Peru's raid", "walked out, protesting the vote"), a state, an organisation of
    states or an actor of a government sector (`official_sectors`); or whether the noun
    "protest" there has such a possessor or "from" phrase ("prompting a protest from
    Santiago", "Chile's protest")."""
    token = doc.tokens[i]
    if token.lemma.lower() != "protest":
        return False
    if token.pos == "NOUN":
        subjects = [
            c for c in doc.children[token.i] if doc.tokens[c].dep == "poss"
        ] + [
            p
            for c in doc.children[token.i]
            if doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in ("from", "by")
            for p in doc.children[c]
            if doc.tokens[p].dep == "pobj"
        ]
    elif token.pos != "VERB":
        return False
    while token.pos == "VERB":
        subjects = [c for c in doc.children[token.i] if doc.tokens[c].dep == "nsubj"]
        if subjects or token.head == token.i:
            break
        if token.dep == "acl" and doc.tokens[token.head].dep == "dobj":
            # "sent the UN a letter protesting the raid": who sends the letter protests.
            token = doc.tokens[doc.tokens[token.head].head]
        elif token.dep in ("conj", "advcl", "xcomp"):
            token = doc.tokens[token.head]
        else:
            break
    hit = index.at.get(subjects[0]) if subjects else None
    if hit is None:
        return False
    actor = hit[0]
    official = _words(rule_id(official_protest), "official_sectors")
    return (actor.kind == "state" and not actor.sectors) or bool(official & set(actor.sectors))


@rule("events.sense.verbal-rejection.v1")
def verbal_rejection(doc: ParsedDoc, i: int) -> bool:
    """Killing, shooting down or torpedoing a proposal, a bill or a request rejects it (120),
    with no force: "Chile shot down Peru's proposal", "lawmakers killed the bill". Whether the
    verb at token i (`verbs`) has such an object (`proposals`)."""
    token = doc.tokens[i]
    if token.pos != "VERB" or token.lemma.lower() not in _words(rule_id(verbal_rejection), "verbs"):
        return False
    proposals = _words(rule_id(verbal_rejection), "proposals")
    return any(
        doc.tokens[c].dep == "dobj" and doc.tokens[c].lemma.lower() in proposals
        for c in doc.children[i]
    )


@rule("events.trigger.organisation-exit.v1")
def organisation_exit(
    doc: ParsedDoc, token: Token, index: ActorIndex, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Leaving an international organisation reduces relations with it (CAMEO 160): "Peru
    withdrew from the Andean Community", "Britain left the EU", "the United States quit
    UNESCO". The organisation is the object of "from" after a verb of leaving, or the direct
    object of "leave", "quit" or "exit"; leaving a place ("troops withdrew from the town",
    "the minister left Lima") is no such act. The candidate pattern of `token`, or none."""
    lemma = token.lemma.lower()
    words = _words(rule_id(organisation_exit), "leaving_verbs")
    if token.pos != "VERB" or lemma not in words:
        return []
    left: list[tuple[str, int]] = []
    for c in doc.children[token.i]:
        child = doc.tokens[c]
        if child.dep == "dobj" and lemma in _words(rule_id(organisation_exit), "transitive"):
            left.append((lemma, c))
        elif child.dep == "prep" and child.text.lower() == "from":
            left += [("from", o) for o in doc.children[c] if doc.tokens[o].dep == "pobj"]
    for word, i in left:
        hit = index.at.get(i)
        if hit is not None and hit[0].kind == "organization" and (hit[0].code or "")[:3] == "IGO":
            pattern = (lemma,) if word == lemma else (lemma, word)
            return [(pattern, lexicon.entries[_EXIT_ENTRY])]
    return []


@rule("events.trigger.official-gathering.v1")
def official_gathering(
    doc: ParsedDoc, token: Token, index: ActorIndex, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Officials, ministers or delegates of states or organisations who gather or convene
    meet (040): "Andean trade ministers gathered in Lima", "Mercosur envoys convened in
    Asuncion". A crowd that gathers protests or watches, and is left to the other rules.
    Whether the subject of a verb of `gathering_verbs` with no object ("gathered evidence") is
    an actor of government, legislature or an international organisation. The candidate
    pattern of `token`, or none."""
    if token.pos != "VERB" or token.lemma.lower() not in _words(
        rule_id(official_gathering), "gathering_verbs"
    ):
        return []
    if any(doc.tokens[c].dep == "dobj" for c in doc.children[token.i]):
        return []  # "officials gathered evidence": they collect, not meet.
    for c in doc.children[token.i]:
        hit = index.at.get(c) if doc.tokens[c].dep == "nsubj" else None
        if hit is not None and {"GOV", "LEG", "IGO"} & set(hit[0].sectors) | (
            {"IGO"} if (hit[0].code or "").startswith("IGO") else set()
        ):
            return [((token.lemma.lower(),), lexicon.entries[_MEET_ENTRY])]
    return []


@rule("events.trigger.under-fire.v1")
def under_fire(
    doc: ParsedDoc, token: Token, index: ActorIndex, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Coming "under fire" is being shot at, or, said of anyone but armed forces or of what
    they are blamed for, being criticised: "Chilean troops came under fire from rebels" is an
    attack (190); "the minister came under fire from lawmakers over the deal" and "Peru came
    under fire for its handling of the crisis" are criticism (111). Who comes under fire is
    the target (`roles.target.receiver.v1`), the "from" phrase the source. The candidate
    pattern of `token` (the noun "fire" after "under"), or none."""
    prep = doc.tokens[token.head]
    if (
        token.pos != "NOUN"
        or token.lemma.lower() != "fire"
        or token.dep != "pobj"
        or prep.text.lower() != "under"
        or prep.head == prep.i
    ):
        return []
    verb = doc.tokens[prep.head]
    if verb.lemma.lower() not in _words("roles.target.receiver.v1", "under_verbs"):
        return []
    reason = any(
        doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in ("for", "over")
        for head in (verb.i, token.i)
        for c in doc.children[head]
    )
    armed = _words("roles.target.own-state.v1", "armed_sectors")
    subjects = [
        index.at[c][0] if c in index.at else None
        for c in doc.children[verb.i]
        if doc.tokens[c].dep in ("nsubj", "nsubjpass")
    ]
    shot_at = any(a is None or set(a.sectors) & armed for a in subjects)
    entry = _ATTACK_ENTRY if shot_at and not reason else _CRITICISM_ENTRY
    return [(("fire",), lexicon.entries[entry])]


@rule("events.trigger.armed-strike.v1")
def armed_strike(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """A verb of hitting (`verbs`) whose doer is a weapon or an armed force is an attack:
    "Chilean missiles struck Arica overnight" (195, aerial weapons), "Peruvian shells hit the
    town" (194, artillery), "Bolivian troops struck rebel camps" (190). The doer is the verb's
    subject, or its "by" phrase in the passive ("Arica was hit by Chilean drones"); a storm,
    a tariff or an inflation that "hits" is no doer of force, nor are troops that strike a
    deal (`figurative_objects`). The candidate pattern of `token`, or none."""
    if token.pos != "VERB":
        return []
    this = rule_id(armed_strike)
    if token.lemma.lower() not in _words(this, "verbs"):
        return []
    if any(
        doc.tokens[c].dep == "dobj"
        and doc.tokens[c].lemma.lower() in _words(this, "figurative_objects")
        for c in doc.children[token.i]
    ):
        # "troops struck a deal", "forces hit a snag": no blow is struck.
        return []
    doers = [c for c in doc.children[token.i] if doc.tokens[c].dep == "nsubj"] + [
        p
        for c in doc.children[token.i]
        if doc.tokens[c].dep == "agent"
        for p in doc.children[c]
        if doc.tokens[p].dep == "pobj"
    ]
    for doer in doers:
        lemma = doc.tokens[doer].lemma.lower()
        for kind, entry in (
            ("aerial_weapons", _AERIAL_ENTRY),
            ("artillery", _ARTILLERY_ENTRY),
            ("forces", _ATTACK_ENTRY),
        ):
            if lemma in _words(this, kind):
                return [((token.lemma.lower(),), lexicon.entries[entry])]
    return []


@rule("events.trigger.military-passage.v1")
def military_passage(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Warships and warplanes that sail or fly near, through or into a place show force
    (150): "Chilean warships sailed through the strait", "Peruvian bombers flew near the
    border". A verb of passage (`verbs`) with a place phrase (`prepositions`) whose subject
    is a military craft (`craft`); a minister who flies to a capital makes a visit, and a
    bill that sails through parliament is no ship. The candidate pattern of `token`, or
    none."""
    this = rule_id(military_passage)
    if token.pos != "VERB" or token.lemma.lower() not in _words(this, "verbs"):
        return []
    if not any(
        doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in _words(this, "prepositions")
        for c in doc.children[token.i]
    ):
        return []
    craft = _words(this, "craft")
    if any(doc.tokens[s].lemma.lower() in craft for s in _subjects(doc, token.i)):
        return [((token.lemma.lower(),), lexicon.entries[_POSTURE_ENTRY])]
    return []


@rule("events.trigger.received-aid.v1")
def received_aid(
    doc: ParsedDoc, token: Token, lexicon: TriggerLexicon
) -> list[tuple[tuple[str, ...], TriggerEntry]]:
    """Arms or relief one receives "from" another are the other's aid: "Peru received 50 tons
    of medical supplies from Chile" (073), "Peru received fighter jets from Chile" (072). The
    material (`arms`, `relief`) is the object of a verb of taking delivery (`receiving_verbs`),
    or the "of" phrase of a quantity that is ("50 tons of"), and the verb or the material has a
    "from" phrase; who receives it is the target (`roles.target.receiver.v1`), the "from"
    phrase the source (`roles.source.by-phrase.v1`). The candidate pattern of `token`, or
    none."""
    if token.pos != "NOUN":
        return []
    this = rule_id(received_aid)
    material = token
    if token.dep == "pobj" and doc.tokens[token.head].text.lower() == "of":
        material = doc.tokens[doc.tokens[token.head].head]
    verb = doc.tokens[material.head]
    if material.dep != "dobj" or verb.lemma.lower() not in _words(this, "receiving_verbs"):
        return []
    lemma = token.lemma.lower()
    arms, relief = _words(this, "arms"), _words(this, "relief")
    # "vaccine doses", "food parcels": the material may be the compound before the noun.
    kinds = {lemma} | {
        doc.tokens[c].lemma.lower()
        for c in doc.children[token.i]
        if doc.tokens[c].dep == "compound"
    }
    if not kinds & arms and not kinds & relief:
        return []
    entry = _ARMS_ENTRY if kinds & arms else _RELIEF_ENTRY
    from_phrase = any(
        doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() == "from"
        for head in (verb.i, material.i, token.i)
        for c in doc.children[head]
    )
    return [((lemma,), lexicon.entries[entry])] if from_phrase else []


def _has_clause(doc: ParsedDoc, token: Token) -> bool:
    return any(doc.tokens[c].dep in ("xcomp", "ccomp") for c in doc.children[token.i])


def _object_preps(root: str, preps: tuple[str, ...]) -> tuple[str, ...]:
    """Prepositions on the object that may name the target: "imposed sanctions on Iran" and "the
    blockade of Qatar" do; but in "condemned the attack on Bolivia" Bolivia is the victim, not
    the one condemned, while "rejected an offer from Chile" and "lodged a protest with
    Japan" name who is rejected or protested to."""
    return ("of", "from", "by", "with", "to") if root in ("11", "12") else ("of", *preps)


@rule("events.trigger.partitive-object.v1")
def partitive_object(doc: ParsedDoc, trigger: Token) -> bool:
    """A part taken of an object leaves the object's pattern: "suspended part of its military
    aid programme" suspends military aid, as "suspended its military aid programme" does; so
    does a sum given in a kind of aid: "provided $10 million in humanitarian assistance"
    provides humanitarian assistance. Whether the trigger's direct object is a noun of part or
    quantity (`partitives`) with an "of" phrase, or of a sum of money (`sums`) with an "in"
    phrase, which puts the pattern's words two levels deeper."""
    partitives = _words(rule_id(partitive_object), "partitives")
    sums = _words(rule_id(partitive_object), "sums")
    toks = doc.tokens
    return any(
        toks[c].dep == "dobj"
        and (
            (
                toks[c].lemma.lower() in partitives
                and any(toks[o].text.lower() == "of" for o in doc.children[c])
            )
            or (
                toks[c].lemma.lower() in sums
                and any(toks[o].text.lower() == "in" for o in doc.children[c])
            )
        )
        for c in doc.children[trigger.i]
    )


def _pattern_words(
    doc: ParsedDoc,
    trigger: Token,
    skip_time: bool = True,
    skip_attribution: bool = True,
    partitives: bool = True,
) -> list[int]:
    """Where a pattern's later words may be: the trigger's dependents, down to three levels,
    leaving out its subject ("prisoners exchanged gunfire" is no prisoner exchange), possessors
    ("received the envoy's letter" receives no envoy), with `skip_time` phrases of time
    (`time_phrase`) and with `skip_attribution` "according to" phrases (`attribution_phrase`);
    with `partitives`, past a part taken of the object (`partitive_object`).
    A verb's words come after it; a noun's may precede it ("military consequences"). A passive
    verb's subject is its object, before it: "the deal was signed by Chile and Peru" matches
    `sign deal`. So is the subject the parser gives an infinitive after the verb: "allowed
    inspectors to visit" matches `allow inspector`; and so is the noun a relative clause
    describes, when its object is the relative pronoun or left out: "a charge that Chile
    denies" matches `deny charge`."""
    out: list[int] = []
    passive_object = [c for c in doc.children[trigger.i] if doc.tokens[c].dep == "nsubjpass"]
    if trigger.pos == "VERB" and trigger.dep == "relcl" and trigger.head != trigger.i:
        objects = [doc.tokens[c] for c in doc.children[trigger.i] if doc.tokens[c].dep == "dobj"]
        if all(o.tag in RELATIVE_PRONOUN_TAGS for o in objects):
            out.append(trigger.head)
    if trigger.pos == "VERB":
        passive_object += [
            s
            for c in doc.children[trigger.i]
            if doc.tokens[c].dep in ("ccomp", "xcomp")
            and any(doc.tokens[a].tag == "TO" for a in doc.children[c])
            for s in doc.children[c]
            if doc.tokens[s].dep == "nsubj" and s > trigger.i
        ]
    frontier = [trigger.i]
    deeper = 2 if partitives and partitive_object(doc, trigger) else 0
    for _ in range(_PATTERN_DEPTH + deeper):
        frontier = [
            c
            for f in frontier
            for c in doc.children[f]
            if (doc.tokens[c].dep not in ("nsubj", "nsubjpass", "csubj") or c in passive_object)
            and doc.tokens[c].dep != "poss"
            and not (skip_time and time_phrase(doc, c))
            and not (skip_attribution and attribution_phrase(doc, c))
        ]
        out.extend(frontier)
    if trigger.pos == "VERB":
        before = {i for p in passive_object for i in doc.subtree(p)}
        out = [i for i in out if i > trigger.i or i in before or i == trigger.head]
    return sorted(out)


def _renumber(event: Event, n: int) -> Event:
    return replace(event, id=f"e{n}")
