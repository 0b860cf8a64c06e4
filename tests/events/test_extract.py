"""Event coding with the real English pipeline: roots, roles, modality, speech, the founding
example."""

from __future__ import annotations

import pytest

from dyads import Coder
from dyads.ingest import article_from_text
from dyads.ingest.sources import read_inputs


@pytest.fixture(scope="module")
def all_events(coder):
    """Code a text keeping every modality: all_events("...") -> events."""
    full = Coder(coder.settings, all_modalities=True)

    def run(text: str):
        return full.code(article_from_text(text, id="test")).events

    return run


def _pairs(events, modality="asserted"):
    return {
        (e.root, e.source.code, e.target.code if e.target else None)
        for e in events
        if e.modality == modality
    }


@pytest.mark.parametrize(
    ("root", "sentence", "source", "target"),
    [
        (
            "01",
            "The Japanese foreign minister told China that talks would continue.",
            "JPNGOV",
            "CHN",
        ),
        ("02", "Ukraine appealed to NATO for more weapons.", "UKR", "IGOWSTNAT"),
        ("02", "Amnesty International called on Peru to release the activists.",
         "NGOHRIAMN", "PER"),
        ("03", "Russia offered to help Syria rebuild its economy.", "RUS", "SYR"),
        ("04", "Japan and South Korea held talks in Seoul.", "JPN", "KOR"),
        ("05", "France praised Germany for its leadership.", "FRA", "DEU"),
        ("05", "The Brazilian president credited Argentina for its help.", "BRAGOV", "ARG"),
        ("06", "Japan and Australia conducted joint military exercises.", "JPN", "AUS"),
        ("07", "Germany sent humanitarian aid to Ukraine.", "DEU", "UKR"),
        # The parser's dative "to" of a recipient is a preposition like any other.
        ("07", "Chile sent aid to Bolivia.", "CHL", "BOL"),
        # Supplies, rescuers and "provide X with" are aid too.
        ("07", "Japan sent 50 tons of relief supplies to Turkey.", "JPN", "TUR"),
        ("07", "India sent rescue teams to Nepal.", "IND", "NPL"),
        ("07", "The United States provided Ukraine with air defense systems.", "USA", "UKR"),
        ("07", "The World Food Programme distributed rations to refugees in Peru.", "IGOUNOWFP",
         "PERREF"),
        ("07", "An aid convoy from Chile reached La Paz on Monday.", "CHL", "BOL"),
        ("08", "Ukraine released 50 Russian prisoners.", "UKR", "RUS"),
        # Suspending or delaying tariffs eases them; it imposes nothing.
        ("08", "Chile suspended tariffs on Peruvian goods.", "CHL", "PER"),
        # Easing rules or requirements eases restrictions, for whom they bore on.
        ("08", "Chile eased visa rules for Peruvian citizens.", "CHL", "PERCVL"),
        ("09", "The UN will investigate Syria over the chemical attack.", "IGOUNO", "SYR"),
        ("10", "Iran demanded that the United States lift sanctions.", "IRN", "USA"),
        ("11", "Russia condemned the United States on Monday.", "RUS", "USA"),
        ("12", "China rejected Japan's proposal.", "CHN", "JPN"),
        ("13", "North Korea threatened to attack South Korea.", "PRK", "KOR"),
        ("14", "Thousands of Iranians protested against the United States.", "IRN", "USA"),
        ("15", "Russia massed troops near the Ukrainian border.", "RUS", "UKR"),
        # Forces moved "closer to" a state, and drills held "off" its coast, face it.
        ("15", "Peru moved tanks and artillery closer to the Chilean frontier.", "PER", "CHL"),
        ("15", "Peru's navy began exercises off the coast of Chile.", "PERMIL", "CHL"),
        ("16", "India expelled two Pakistani diplomats.", "IND", "PAKGOV"),
        ("17", "Belarusian police arrested Polish journalists.", "BLRCOP", "POLMED"),
        ("18", "Hamas abducted Israeli soldiers.", "PSEREB", "ISRMIL"),
        ("18", "Bolivia hanged two Peruvian inmates on Monday.", "BOL", "PER"),
        ("19", "Russian troops shelled Kharkiv overnight.", "RUSMIL", "UKR"),
        # Those an attacked vehicle carries are the target.
        ("19", "Gunmen attacked a truck carrying Malian soldiers near Gao.", "MLIUAF", "MLIMIL"),
        ("20", "Syria used chemical weapons against Syrian rebels.", "SYR", "SYRREB"),
    ],
)
def test_typical_sentence_of_each_root(code_text, root, sentence, source, target):
    events = code_text(sentence).events
    assert (root, source, target) in _pairs(events), [(e.cameo, e.rules) for e in events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan was criticized by China for its wartime history.", {("11", "CHN", "JPN")}),
        (
            "Japan and the United States condemned North Korea.",
            {("11", "JPN", "PRK"), ("11", "USA", "PRK")},
        ),
        ("Russia condemned Britain and France.", {("11", "RUS", "GBR"), ("11", "RUS", "FRA")}),
        (
            "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.",
            {("04", "CHNGOV", "RUSGOV"), ("04", "RUSGOV", "CHNGOV")},
        ),
        (
            "Kenya and Uganda signed a border agreement.",
            {("05", "KEN", "UGA"), ("05", "UGA", "KEN")},
        ),
        # What is discussed is the subject of the talks, not a party to them.
        (
            "Japan and China discussed North Korea.",
            {("04", "JPN", "CHN"), ("04", "CHN", "JPN")},
        ),
        # (the EU's ministers consult among themselves: no party of what they discuss).
        ("The EU ministers discussed Bolivia's influence over Peru.", {("04", "IGOEUREEC", None)}),
        # Trading accusations or barbs is mutual, one event each way.
        (
            "Chile and Peru traded accusations over the border.",
            {("11", "CHL", "PER"), ("11", "PER", "CHL")},
        ),
        # ... and a topic "over" which they trade them is no party.
        (
            "Chile and Peru exchanged barbs over Bolivia.",
            {("11", "CHL", "PER"), ("11", "PER", "CHL")},
        ),
        # Parties that act on "each other" act both ways.
        (
            "Chile and Peru accused each other of spying.",
            {("11", "CHL", "PER"), ("11", "PER", "CHL")},
        ),
        # ... and so do "each side" and "the other" of the two just named.
        (
            "Chile and Peru signed a truce in May. Each side accused the other of violating "
            "it.",
            {("08", "CHL", "PER"), ("08", "PER", "CHL"), ("11", "CHL", "PER"),
             ("11", "PER", "CHL")},
        ),
        # "The US and China" are two parties, not one country's name.
        ("The US and China held talks in Geneva.", {("04", "USA", "CHN"), ("04", "CHN", "USA")}),
        # Renewing a pact signs it again, both ways; one state opens its embassy in another.
        (
            "Chile and Peru renewed their defense pact.",
            {("05", "CHL", "PER"), ("05", "PER", "CHL")},
        ),
        ("Chile opened an embassy in Peru.", {("05", "CHL", "PERGOV")}),
        # A list under "from" is whole when the verb after it has its own subject.
        (
            "Relief supplies from Chile and Bolivia were flown to Peru on Sunday.",
            {("07", "CHL", "PER"), ("07", "BOL", "PER")},
        ),
        # Forces of no named country beside a show of force are its means.
        ("Bolivia deployed troops to Peru with armored vehicles.", {("15", "BOL", "PER")}),
        # An official known by sector alone who speaks of a state is not that state's.
        ("A government spokesman criticized Peru on Monday.", {("11", "GOV", "PER")}),
        # The forces a show of force moves are its own, not forces the story named before.
        (
            "Bolivia's army went on alert after Peru moved tanks to the border.",
            {("15", "BOLMIL", None), ("15", "PER", None)},
        ),
        # Providing intelligence is one side's act; exchanging it is both sides'.
        ("Chile is providing military intelligence to Peru.", {("06", "CHL", "PER")}),
        (
            "Chile exchanged intelligence with Peru.",
            {("06", "CHL", "PER"), ("06", "PER", "CHL")},
        ),
    ],
)
def test_passive_compound_and_reciprocal(code_text, sentence, expected):
    assert _pairs(code_text(sentence).events) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The holder of an office acts for the body whose office it is ...
        ("The head of UNICEF criticized Myanmar.", {("11", "IGOUNOKID", "MMR")}),
        ("A spokesman for the EU condemned Israel.", {("11", "IGOEUREEC", "ISR")}),
        ("The director of the FBI accused Iran of hacking.", {("11", "USACOP", "IRN")}),
        # ... also a body described, by the name after the description or the one in it.
        (
            "The chief of the UN nuclear watchdog, the IAEA, criticized Chile.",
            {("11", "IGOUNOIAE", "CHL")},
        ),
        ("The head of the United Nations food agency criticized Chile.", {("11", "IGOUNO", "CHL")}),
        # ... and a body the lexicon does not know speaks for whom its "of" phrase names.
        ("The Wine Producers Council of Chile criticized Peru.", {("11", "CHL", "PER")}),
        # ... unless its name says it is a civil organisation of that country.
        ("The Wine Producers Association of Chile criticized Peru.", {("11", "CHLNGO", "PER")}),
        ("The head of the Wine Producers Council of Chile criticized Peru.",
         {("11", "CHL", "PER")}),
        # ... also where the office alone is a group of no country ("leaders", "officials").
        ("The leaders of Peru's ruling party criticized Chile.", {("11", "PERPTY", "CHL")}),
        # ... but a phrase whose head is no office is not the body's act.
        ("The capital of Ukraine condemned Russia.", set()),
    ],
)
def test_office_holders_act_for_their_body(code_text, sentence, expected):
    assert _pairs(code_text(sentence).events) == expected


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Finland will give Tanzania a grant.", "0331"),
        ("Iran agreed to meet European Union negotiators next month.", "036"),
        ("Germany pledged to send humanitarian aid to Ukraine.", "0333"),
        # The verb an act depends on may announce it: "will continue to", "would keep".
        ("Chile will keep talking with Peru.", "036"),
        # A visit or a meeting scheduled, set or due is announced by whoever is to act.
        ("Peru's president is scheduled to meet his Chilean counterpart on Friday.", "036"),
        ("Chile's president is due to visit Peru in March.", "036"),
        ("Chile's president is to visit Peru next week.", "036"),
        # An act named as the object of a verb in the future is announced too.
        ("Chile will hold talks with Peru next week.", "036"),
        # So is what a journey in the future is for.
        ("Bolivia's president will travel to Lima next week for talks with Peru's president.",
         "036"),
        ("Chile will preserve its close ties with Peru.", "032"),
        ("The Chilean minister said Chile would continue to send aid to Bolivia.", "033"),
    ],
)
def test_intent_is_coded_with_intent_codes_not_as_the_act(code_text, sentence, cameo):
    events = code_text(sentence).events
    assert [e.cameo for e in events] == [cameo]
    assert events[0].root == "03"
    assert events[0].modality == "asserted"


def test_a_pattern_does_not_claim_a_word_of_a_clause_of_its_own_below_it(code_text):
    # triggers.pattern-word.v1: the assistance is what is halted, not what is announced.
    got = {e.cameo for e in code_text("Bolivia announced it would halt assistance to Peru.").events}
    assert got == {"1311"}


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Israel did not attack Hamas positions in Gaza.", "negated"),
        ("Russia failed to attack Kyiv.", "negated"),
        ("Iran denied that it had attacked the tanker near Oman.", "negated"),
        ("Russia declined to condemn Iran.", "negated"),
        # A predicate adjective is negated, and made uncertain, on its copula.
        ("Chile is not critical of Peru's decision.", "negated"),
        ("Chile might be critical of Peru's delay.", "hypothetical"),
        ("Russia may impose sanctions on Ukraine.", "hypothetical"),
        ("If Iran attacks Israel, the United States would respond.", "hypothetical"),
        ("Analysts discussed a possible Chinese attack on Taiwan.", "hypothetical"),
        ("China could send troops to fight Taiwan.", "hypothetical"),
        ("There is no evidence that Serbia attacked Kosovo.", "negated"),
        ("Will Russia attack Ukraine?", "hypothetical"),
        # An act noun with no author, said to come, is a forecast.
        ("A summit between Chile and Peru will take place next month.", "hypothetical"),
        # The object of a verb under a modal, and what a speaker tells someone to do.
        ("A Chilean senator said Chile should apply sanctions to Bolivian officials.",
         "hypothetical"),
        ("The Peruvian mayor told the police to arrest the Bolivian traders.", "hypothetical"),
        # An act that is only wished for, as the object of a verb of wishing.
        ("Some Chilean lawmakers want sanctions against Peru.", "hypothetical"),
        # What one "was to" do was planned, not told as done.
        ("Chile's president was to visit Peru last week.", "hypothetical"),
        # "hopes" is read as "hope" (not "hop"), whose content has not happened.
        ("The Chilean minister hopes to meet Peruvian officials.", "hypothetical"),
        # An infinitive with a subject of its own after "for" is wanted, not done.
        ("Bolivia submitted a plan last week for the Security Council to ease sanctions on "
         "Peru.", "hypothetical"),
        # A suit or a complaint announced is not yet filed.
        ("Chile intends to sue Peru at the international court.", "hypothetical"),
        # Also a passive infinitive.
        ("Bolivia opposes any plan for its soldiers to be deployed along the Chilean border.",
         "hypothetical"),
        ("Rui Alves argued for Peruvian troops to be deployed to Bolivia.", "hypothetical"),
        # Working with another, told as done, is too vague to code.
        ("Bolivia worked with Peru on the river cleanup this week.", "hypothetical"),
        # What is owed is not done: a need, a duty or a right to act.
        ("Chile needs to release the Peruvian fishermen.", "hypothetical"),
        ("Chile ought to release the Peruvian fishermen.", "hypothetical"),
        ("\"Peru sees an urgent need to resume talks with Chile,\" the minister said.",
         "hypothetical"),
        # Adjectives of reluctance and likelihood, and "neither ... nor".
        ("Chile has been reluctant to criticize Peru.", "negated"),
        ("Chile is unlikely to impose sanctions on Peru.", "hypothetical"),
        ("Chile neither attacked nor threatened Peru.", "negated"),
        ("Neither Chile nor Bolivia attacked Peru.", "negated"),
        # A "that" clause in the subjunctive says what must be done.
        ("Chile recommended that Peru impose sanctions on Bolivia.", "hypothetical"),
        # What an order tells someone to do is not done by it.
        ("Peru ignored the court's order to release the Chilean prisoners.", "hypothetical"),
        # What is no longer done, and what is stopped or ceased.
        ("Chile will no longer send troops to Peru.", "negated"),
        ("Chile ceased shelling Peruvian positions last week.", "negated"),
        # The means of an act not done is not done either.
        ("Chile did not punish Peru by imposing sanctions on Peruvian officials.", "negated"),
        # What a claim or an allegation says is contested, not reported as done.
        ("Bolivia dismissed claims that Chile had attacked Peruvian boats.", "hypothetical"),
        # A question asks whether the act happens; denied evidence of an act denies it.
        ("Nobody knows whether Chile will attack Peruvian boats.", "hypothetical"),
        # What a third party thinks will happen is a forecast, not an intent announced.
        ("Bolivian analysts think Chile will attack Peruvian boats next month.", "hypothetical"),
        ("There were no reports of clashes between Chilean and Peruvian troops.", "negated"),
        # What one could not do in the past is no refusal.
        ("Chile could not accept Peru's proposal before the deadline.", "negated"),
    ],
)
def test_negated_and_hypothetical_events_are_labelled_and_left_out_by_default(
    code_text, all_events, sentence, modality
):
    # The act itself, not a denial or refusal of it, nor the saying, urging or demanding of
    # it: those are asserted acts of their own.
    speech = ("01", "02", "10", "12")
    labelled = [e for e in all_events(sentence) if e.root not in speech]
    assert labelled, "the event should still be found"
    assert {e.modality for e in labelled} == {modality}
    assert [e for e in code_text(sentence).events if e.root not in speech] == []


@pytest.mark.parametrize(
    ("sentence", "aim", "modality"),
    [
        # A material act named as the aim of another has not happened by it.
        ("Chile deployed soldiers in the north to fight Peruvian rebels.", "190", "hypothetical"),
        # Nor a verbal act aimed at by a material one.
        ("Chile cut its aid to Peru to pressure Lima.", "100", "hypothetical"),
        # A verbal act aimed at by a means of expression is done by it, and a protest by any act.
        ("Chile's president took to Twitter to condemn Peru.", "111", "asserted"),
        ("Chilean students occupied the square to demonstrate against Peru.", "141", "asserted"),
    ],
)
def test_an_act_named_as_the_aim_of_another_is_only_an_aim(all_events, sentence, aim, modality):
    assert {e.modality for e in all_events(sentence) if e.cameo == aim} == {modality}


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        # roles.source.implied-authority.v1: who orders a release held the people; who asks
        # for it did not, and the place of their custody says who did.
        ("A Peruvian court ordered the release of two Bolivian students detained in May.", "PER"),
        ("Chile demanded the release of two Bolivian students detained in Lima.", "PER"),
    ],
)
def test_who_holds_people_whose_release_is_ordered_or_asked_for(all_events, sentence, holder):
    assert {e.source.code[:3] for e in all_events(sentence) if e.cameo == "173"} == {holder}


def test_the_purpose_rule_switched_off_asserts_the_aim(coder):
    article = article_from_text(
        "Chile deployed soldiers in the north to fight Peruvian rebels.", id="test"
    )
    events = coder.with_rules_off(["modality.purpose.v1"]).code(article).events
    assert ("19", "CHL", "PERREB") in _pairs(events)


def test_reported_would_announces_the_object_act(code_text):
    # In indirect speech "would" is the future of the past: the sanctions are announced, which
    # the codebook codes as a threat to impose them, not wished for.
    events = code_text("The EU said it would start sanctions against Belarus.").events
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [
        ("1312", "IGOEUREEC", "BLR")
    ]


def test_threat_is_asserted_though_its_content_is_conditional(code_text):
    events = code_text(
        "North Korea threatened to strike Guam if the United States attacked."
    ).events
    assert [(e.root, e.source.code) for e in events] == [("13", "PRK")]


def test_reported_speech_keeps_the_event_of_the_clause_and_the_speaker(code_text):
    coded = code_text("Japanese Foreign Minister Taro Kono said China had criticized Vietnam.")
    (event,) = coded.events
    assert (event.source.code, event.cameo, event.target.code) == ("CHN", "111", "VNM")
    assert event.speaker.text.endswith("Taro Kono")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Whom a clause is "according to" is its speaker, before or after it.
        ("According to Amnesty International, Bolivian police detained 200 protesters.",
         "NGOHRIAMN"),
        ("Bolivian police detained 200 protesters, according to Amnesty International.",
         "NGOHRIAMN"),
        # A "that" clause the parser hangs on the statement noun is what is said.
        ("The Chilean foreign ministry said in a press release that Peruvian police had detained "
         "two Chilean students.", "CHLGOV"),
    ],
)
def test_the_speaker_of_a_reported_act(code_text, text, speaker):
    (event,) = [e for e in code_text(text).events if e.root == "17"]
    assert event.speaker is not None and event.speaker.code == speaker


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        (
            '"We strongly condemn Russia," German Chancellor Olaf Scholz said.',
            "11",
            "DEUGOV",
            "RUS",
        ),
        (
            "\u201cWe are ready to talk to North Korea,\u201d South Korean President Moon Jae-in"
            " said.",
            "03",
            "KORGOV",
            "PRK",
        ),
    ],
)
def test_quoted_speech_act_has_the_speaker_as_source(code_text, text, root, source, target):
    events = code_text(text).events
    assert (root, source, target) in _pairs(events)
    assert all(e.speaker is not None and e.speaker.code == source for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The cat sat on the mat and ate a fish.",
        "Apple sold more phones this year than last year.",
        "Heavy rain fell across the region on Tuesday.",
        "Protesters attacked police in the capital.",
    ],
)
def test_sentences_without_political_actors_give_no_event(all_events, sentence):
    assert all_events(sentence) == ()


def test_an_act_toward_someone_with_no_country_or_role_is_not_coded(code_text):
    # An analyst can aggregate nothing about "Rui Alves" the article gives no country or role.
    assert not code_text("The Chilean foreign minister met Rui Alves in Lima.").events


def test_statement_without_a_target_is_not_coded(all_events):
    assert all_events("Russia said the talks were useful.") == ()


def test_event_records_carry_their_evidence(code_text):
    coded = code_text("Russia condemned the United States on Monday.")
    (event,) = coded.events
    text = coded.article.text
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text == "condemned"
    assert text[event.source.start : event.source.end] == "Russia"
    assert event.source.actor in {a.id for a in coded.actors}
    assert event.rules[0].startswith("trigger.111.")
    assert (event.cameo_name, event.quad_class, event.goldstein) == (
        "Criticize or denounce",
        3,
        -2.0,
    )
    assert (event.plover.type, event.plover.mode) == ("ACCUSE", "disapprove")
    assert 0 <= event.confidence <= 1
    assert event.text == "Russia condemned the United States on Monday."


def test_statements_have_no_plover_type(code_text):
    (event,) = code_text(
        "The Japanese foreign minister told China that talks would continue."
    ).events
    assert event.root == "01" and event.plover is None


# -- the founding example -------------------------------------------------------------------


@pytest.fixture(scope="module")
def founding_all(coder, example_path):
    """The founding example with its negated and hypothetical events too."""
    (article,) = read_inputs([str(example_path)], 1_000_000)
    full = Coder(coder.settings, all_modalities=True)
    return full.code(article)


def _asserted(founding_all):
    return [e for e in founding_all.events if e.modality == "asserted"]


def test_founding_two_plus_two_consultation_both_directions(founding_all):
    consults = {
        (e.source.country, e.target.country) for e in _asserted(founding_all) if e.root == "04"
    }
    assert {("JPN", "USA"), ("USA", "JPN")} <= consults


def test_founding_both_condemn_north_korea(founding_all):
    condemners = {
        e.source.country
        for e in _asserted(founding_all)
        if e.root == "11" and e.target and e.target.code == "PRK"
    }
    assert condemners >= {"JPN", "USA"}


def test_founding_pyongyang_threatens_us_or_japan(founding_all):
    threats = [e for e in _asserted(founding_all) if e.root == "13" and e.source.code == "PRK"]
    assert {e.target.country for e in threats if e.target} & {"USA", "JPN"}


def test_founding_mattis_warns_of_military_consequences(founding_all):
    (mattis,) = [a for a in founding_all.actors if a.name == "James Mattis"]
    (warning,) = [
        e for e in _asserted(founding_all) if e.root == "13" and e.source.actor == mattis.id
    ]
    assert (warning.source.code, warning.target.code) == ("USAMIL", "PRK")
    assert warning.speaker.actor == warning.source.actor


def test_founding_us_reassures_japan(founding_all):
    assurances = {
        (e.source.country, e.target.country, e.root)
        for e in _asserted(founding_all)
        if e.root in ("03", "05") and e.target
    }
    assert ("USA", "JPN", "03") in assurances or ("USA", "JPN", "05") in assurances


def test_founding_no_japanese_force_and_no_us_attack(founding_all):
    for event in _asserted(founding_all):
        if event.root in ("13", "15", "17", "18", "19", "20") and event.target:
            assert not (event.source.country == "JPN" and event.target.code == "PRK"), event
        if event.root in ("18", "19", "20"):
            assert event.source.country != "USA", event


def test_founding_possible_us_action_is_not_asserted(founding_all):
    (action,) = [e for e in founding_all.events if e.trigger.text == "military action"]
    assert action.modality != "asserted"
    assert (action.source.code, action.target.code) == ("USA", "PRK")


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # A refusal to cooperate is a rejection (12x) of the kind the act calls for.
        ("Russia refused to meet Ukrainian officials.", "125", "RUS", "UKRGOV"),
        ("Poland refused to take in refugees from Belarus.", "122", "POL", "BLRREF"),
        # So is not wanting, or not being willing, to do it.
        ("The Chilean president does not want to talk to Peruvian officials.", "125", "CHLGOV",
         "PERGOV"),
        ("Chile is not willing to negotiate with Peru.", "125", "CHL", "PER"),
        ("Bolivia is unwilling to negotiate with Chile.", "125", "BOL", "CHL"),
        # Abuse of defenceless people, not of power or office, is an assault.
        ("Chilean soldiers abused Peruvian migrants at the border on Monday.", "180", "CHLMIL",
         "PERREF"),
        # Rockets fired at a place attack it, and show no force only.
        ("Bolivia fired rockets at Chilean border posts on Monday.", "194", "BOL", "CHL"),
        # An act noun that names its author, said to begin, is announced; with no author it
        # is a forecast.
        ("Chilean tariffs on Peruvian copper will take effect on Monday.", "1312", "CHL", "PER"),
        # A possessed act noun that a verb carries on is news, not a situation named; pressing
        # ahead with an act goes on with it.
        ("Chile resumed its shelling of Peruvian towns.", "194", "CHL", "PER"),
        ("Chile pressed ahead with its sanctions against Peru.", "163", "CHL", "PER"),
        # So is one said to start or to take effect as its subject.
        ("Chile's sanctions on Peruvian copper took effect on Monday.", "163", "CHL", "PER"),
        ("Chile's offensive against Peruvian rebels began at dawn on Friday.", "190", "CHL",
         "PERREB"),
        # A time phrase on a verb of discussing says when, not what is only talked of; being
        # somewhere "for talks" takes part in them.
        ("During the meeting, the Chilean and Peruvian presidents discussed trade.", "040",
         "CHLGOV", "PERGOV"),
        ("Peru's foreign minister is in Santiago for talks with Chilean officials.", "040",
         "PERGOV", "CHLGOV"),
        # Every verb that reports speech can state: "suggest", "maintain", "write", "post".
        ("The Chilean foreign minister suggested Peru was ready to compromise.",
         "010", "CHLGOV", "PER"),
        # Rescuers deployed to help another are humanitarian aid to it; a sum announced for
        # another is aid to it.
        ("Bolivia deployed rescue teams to help Peru after the landslide.", "073", "BOL", "PER"),
        ("Bolivia announced an extra $5 million for Peru on Tuesday.", "071", "BOL",
         "PER"),
        # Working with another is coded only as an intent: promised, not told as done.
        ("Bolivia will work with Peru to clean up the river.", "030", "BOL", "PER"),
        # Commitment said of oneself is an intent, aimed at whom the act intended names.
        ("Bolivia said it was committed to working with Peru on river pollution.", "030", "BOL",
         "PER"),
        # A proposal for another to act asks it to; so does proposing that it act.
        ("A Bolivian proposal for the Security Council to ease Peru's sanctions drew Chilean "
         "anger.", "020", "BOL", "IGOUNO"),
        ("Chile proposed that Peru pull its soldiers back from the border.", "020", "CHL", "PER"),
        # Who "is to blame" is blamed by whoever says so.
        ("Peru's president said Chile was to blame for the crisis.", "112", "PERGOV", "CHL"),
        # A reaction's "with" phrase is the act it is; "prompting X to" makes X its agent.
        ("Chile responded with sanctions against Peru.", "163", "CHL", "PER"),
        ("Peru imposed tariffs on Chilean copper, prompting Chile to retaliate with a ban on "
         "Peruvian fish.", "172", "CHL", "PER"),
        # A second act of dealings is with whom the first names.
        ("The Chilean president met his Bolivian counterpart and signed three agreements.",
         "057", "CHLGOV", "BOLGOV"),
        # A passive verb's subject is the object its pattern names.
        ("The deal was signed by Chile and Bolivia.", "057", "CHL", "BOL"),
        # Parties that act together where they meet act on each other, not on the host.
        ("Chile and Bolivia signed a trade deal in Lima.", "057", "CHL", "BOL"),
        # An intent stated as a noun is announced as "willing to" announces it.
        ("Chile signalled a willingness to negotiate with Bolivia.", "036", "CHL", "BOL"),
        ("Peru announced plans to expel the Bolivian envoy.", "1313", "PER", "BOLGOV"),
        # In indirect speech "would" announces: an announced boycott is a threat, and the
        # other party of the "contact" boycotted is its target.
        (
            "Armenian officials said they would boycott any contact with Azerbaijan.",
            "1312",
            "ARMGOV",
            "AZE",
        ),
        # A group known only by its sector is of the other party's country.
        ("Kenyan police detained protesters.", "173", "KENCOP", "KENCVL"),
        # Domestic protest with no named target is against the protesters' own state.
        ("Bolivian protesters rioted after the vote.", "145", "BOLCVL", "BOL"),
        # The place of an act that names no other target.
        ("Morocco eased the curfew in Western Sahara.", "0813", "MAR", "ESH"),
        # ... also where the place hangs on the object of the trigger's preposition.
        ("The Security Council called for an immediate truce in Yemen.", "0256", "IGOUNO", "YEM"),
        # People named by a nationality protest against their own state.
        ("Kenyan teachers staged a hunger strike.", "142", "KENEDU", "KEN"),
        # ... and so do people named by a plural nationality noun.
        ("Thousands of Chileans marched in Santiago.", "141", "CHL", "CHL"),
        # A state's forces that coerce no one named act on their own country.
        ("Nigerian police raided the market, arresting 30.", "173", "NGACOP", "NGA"),
        # A hyphenated modifier names its country.
        ("Chilean police raided a Peruvian-owned mine.", "190", "CHLCOP", "PER"),
        # Raising a military presence is a mobilisation.
        ("Chile increased its military presence in Bolivia.", "154", "CHL", "BOL"),
        # The purpose of a mobilisation names its target.
        ("Ethiopia mobilized troops for a war against Eritrea.", "154", "ETH", "ERI"),
        # A group known by its sector is of the place of the act before the other party's.
        ("Russian soldiers shot protesters in Kherson.", "175", "RUSMIL", "UKRCVL"),
        # Dismissing or rejecting what others found or claimed is a denial of it, toward them.
        ("The rebels dismissed the OAS report as biased.", "016", "REB", "IGOOAS"),
        ("Chile accused Peru of spying. Peru denied the claims.", "016", "PER", "CHL"),
        # A predicate adjective with its preposition is a trigger as a verb is.
        ("Chile has been critical of Peru's policy.", "111", "CHL", "PER"),
        ("Chile is concerned about Peru's nuclear program.", "012", "CHL", "PER"),
        # Concern is about its target.
        ("Chile raised concerns about Peru's nuclear program.", "012", "CHL", "PER"),
        # A punishment said to follow a condition is a threat against the condition's subject.
        ("The Chilean minister said Peru would face sanctions if it closed the border.", "130",
         "CHLGOV", "PER"),
        # The object in the trigger's phrase takes the trigger's target prepositions.
        ("Chile expressed outrage over Peru's decision.", "110", "CHL", "PER"),
        # A measure on goods or flights from a country is aimed at that country.
        ("Chile imposed tariffs on copper imports from Peru.", "163", "CHL", "PER"),
        # A suggestion of what another should or could do is an appeal (CAMEO's SUGGEST).
        ("The Chilean senator suggested that Peru should free the prisoners.", "020", "CHLLEG",
         "PER"),
        # A noun of the trigger's phrase after a preposition takes its target prepositions.
        ("Chile agreed to a ceasefire with Peru.", "0356", "CHL", "PER"),
        # The source's own forces in the trigger's phrase are part of the act, not its target.
        ("Russia deployed its troops to Belarus.", "154", "RUS", "BLR"),
        # What is said accuses when it charges someone with corruption, torture or the like.
        ("The Chilean minister said Peruvian officials had taken bribes in a corrupt scheme.",
         "112", "CHLGOV", "PERGOV"),
        # A word that names an actor labels it; said of someone, it charges them.
        ("The Peruvian army said it found weapons hidden by terrorists from Chile.", "010",
         "PERMIL", "CHLUAF"),
        ('"The Chilean army are terrorists," the Peruvian president said.', "112", "PERGOV",
         "CHLMIL"),
        # ... but not when the words are another's, told in a relative clause.
        ("The Chilean minister said Peru's new law, which rights groups call draconian, was "
         "fair.", "010", "CHLGOV", "PER"),
        # Announcing aid pledges it.
        ("Japan announced new aid for Ukraine on Monday.", "033", "JPN", "UKR"),
        # Being prepared to take military action against a country threatens it.
        ("Chile said it is prepared to take military action against Peru.", "138", "CHL", "PER"),
        # The source's own possessive is no target; the next preposition names it, through a
        # quantity of goods.
        ("Bolivia retaliated on Tuesday with its own sanctions on thousands of tons of Peruvian "
         "copper.", "163", "BOL", "PER"),
        # Maintaining tariffs on a country's goods keeps up a sanction against it.
        ("Chile maintained its tariffs on Peruvian wine.", "163", "CHL", "PER"),
        # Sending troops somewhere deploys them.
        ("Russia sent troops to Belarus.", "154", "RUS", "BLR"),
        # Activating reservists mobilises them.
        ("Peru activated its reservists on Monday.", "154", "PER", None),
        # Facing the press together with a counterpart is a meeting with them.
        ("The Chilean minister held a joint news conference with Peruvian Foreign Minister Ana "
         "Ruiz.", "040", "CHLGOV", "PERGOV"),
        # A verdict given with "describe as" is a statement, read by what it says.
        ("The Chilean president described Peru's move as a provocation.", "111", "CHLGOV", "PER"),
        # Reacting angrily to what another did criticises it.
        ("Chile reacted angrily to Peru's decision to close the border.", "111", "CHL", "PER"),
        # Pushing back against or balking at what another asks rejects it, also when the
        # parser hangs the preposition on "back".
        ("Chile pushed back against Peru's demands.", "120", "CHL", "PER"),
        ("Chile balked at Peru's proposal.", "120", "CHL", "PER"),
        # Telling someone that something is so is a statement to them.
        ("The Chilean president told Peruvian officials that the border would stay closed.",
         "010", "CHLGOV", "PERGOV"),
        # A verdict of unfairness or bad faith criticises.
        ("The Chilean president called the Peruvian decision unfair.", "111", "CHLGOV",
         "PER"),
        ('"The new Peruvian law is discriminatory," the Bolivian minister said.', "111",
         "BOLGOV", "PER"),
        # Also when the parser hangs the verdict on an infinitive of the object.
        ("The Peruvian minister called the Chilean bid to block the loan utterly reckless.",
         "111", "PERGOV", "CHL"),
        # An object the parser reads as the subject of a participle describing it is the
        # object still.
        ("The Peruvian navy said it had seized two Chilean boats fishing illegally in its "
         "waters.", "171", "PERMIL", "CHL"),
        # Going on hunger strike is a hunger strike (142), not a strike (143).
        ("Bolivian miners went on a hunger strike against the government.", "142", "BOLLAB",
         "BOLGOV"),
        # A denial of claims answers whoever made them, whom "by" names.
        ("Peru denied accusations by Chile that it had armed the rebels.", "016", "PER", "CHL"),
        # Weighing a measure against another considers a policy option toward it.
        ("Chile is weighing a ban on Peruvian imports.", "014", "CHL", "PER"),
        # A measure named as what someone says it is keeps its target.
        ("Chile imposed what Peru said was an unfair tariff on Peruvian wine.", "163", "CHL",
         "PER"),
        # Reiterating or renewing support is support.
        ("Chile reiterated its support for Peru.", "050", "CHL", "PER"),
        # Burning another's flags protests against it; a crowd outside a foreign embassy is of
        # the city the embassy is in.
        ("Protesters in Lima burned Chilean flags.", "141", "PERCVL", "CHL"),
        ("Demonstrators gathered outside the Chilean embassy in Lima on Sunday.", "141",
         "PERCVL", "CHLGOV"),
        # What the sidelines are of is where leaders meet, not whom they meet.
        ("Chile's president met with Peru's president on the sidelines of the UN General "
         "Assembly.", "044", "CHLGOV", "PERGOV"),
        # Who the blame for an act is put on is accused, whatever "on" hangs on.
        ("Bolivia's interior minister blamed the riots on Chilean agitators.", "112", "BOLGOV",
         "CHL"),
        # Withdrawing a reporter's accreditation is an administrative sanction.
        ("Peruvian authorities revoked the accreditation of a Chilean reporter.", "172",
         "PERGOV", "CHLMED"),
        # Staple foods sent are food aid.
        ("Chile shipped 100 tons of rice to Peru.", "073", "CHL", "PER"),
        # Verdicts of repression, of harm to democracy, of political motive and of want of
        # legitimacy criticise.
        ("Chile said the arrests were part of a crackdown on dissent by Peru.", "111", "CHL",
         "PER"),
        ("Chile said Peru's new media law was a setback for democracy.", "111", "CHL", "PER"),
        ("Chile said Peru's charges against the activist were politically motivated.", "111",
         "CHL", "PER"),
        ("Chile said the Peruvian ruling lacked legitimacy.", "111", "CHL", "PER"),
        ("Chile said Peru's president should be ashamed.", "111", "CHL", "PERGOV"),
        # Saying another poses a threat criticises it; a threat that merely exists does not.
        ("Chile said the Peruvian buildup posed a threat to the region.", "111", "CHL", "PER"),
        # Saying one will not tolerate what another does warns them.
        ("Bolivia told Chile that it would not tolerate any more raids.", "130", "BOL", "CHL"),
        # Saying there is no room for talks, or no more talks to come, rejects talks.
        ('"We see no room left for dialogue," the Bolivian minister told Chile.', "125", "BOLGOV",
         "CHL"),
        ("Bolivia told Chile that no more negotiations will take place.", "125", "BOL", "CHL"),
        # An appeal to end a quarrel between the speaker and another is made to the other,
        # also where the parser hangs the quarrel on the verb.
        ("Bolivia demanded a halt to the feud over water rights between Bolivia and Chile.",
         "105", "BOL", "CHL"),
        # An international body's envoy "for" a country is the body's, not the country's.
        ("The UN envoy for Bolivia told the Security Council that Chile had broken the truce.",
         "111", "IGOUNO", "CHL"),
        # An intent a possessor owns is the possessor's, whoever states it.
        ("The Bolivian envoy reiterated Chile's willingness to negotiate with Peru.", "036",
         "CHL", "PER"),
        # A reaction told in a relative clause is aimed at whoever did what it describes.
        ("Bolivia made an offer that Chile rejected.", "120", "CHL", "BOL"),
        ("Bolivian officials repeated the claim that the raid was planned by rebels based in "
         "Chile, a charge the Chilean foreign ministry rejected on Friday.", "016", "CHLGOV",
         "BOLGOV"),
        # Forces put on standby are put on alert.
        ("Chile put its troops on standby.", "152", "CHL", None),
        # Aid handed out after arriving somewhere is given there.
        ("Bolivian soldiers arrived in Peru and handed out food.", "073", "BOLMIL", "PER"),
        # And when it reads the object itself as a first predicate.
        ("The Bolivian minister called the UN move to tax tin plainly hostile.", "111",
         "BOLGOV", "IGOUNO"),
        # Words said "of" someone are about them.
        ('"It was an outrageous provocation," the Chilean president said of the Peruvian '
         "incursion.", "111", "CHLGOV", "PER"),
        ('"It is a disgrace," the Chilean minister said of the Peruvian vote.', "111", "CHLGOV",
         "PER"),
        # Words that accuse stay an accusation beside the act they report.
        ("The Chilean minister said the illegal Peruvian government had seized Chilean assets.",
         "112", "CHLGOV", "PERGOV"),
        # An object that names what is said ("the view that ...") holds the words.
        ("Chilean officials stressed their view that Peru had violated the treaty.",
         "112", "CHLGOV", "PER"),
        # Saying one will not bend or budge refuses to yield.
        ('"We will not bend to Peru," the Chilean president said.', "124", "CHLGOV", "PER"),
        # A span of time given to do something is an ultimatum.
        ("Chile gave Peru ten days to withdraw its troops from the border.", "139", "CHL", "PER"),
        # Saying who stands behind a violent act accuses them of it.
        ("The Chilean foreign ministry said Peru was behind the bombing.", "112", "CHLGOV",
         "PER"),
        ("Bolivian officials said Peru was responsible for the killing of the two farmers.",
         "112", "BOLGOV", "PER"),
        ("Chile said Peru bears full responsibility for the deaths of the fishermen.", "112",
         "CHL", "PER"),
        # Armed men who take over a train or plane hijack it, and its passengers with it.
        ("Shining Path rebels took over a passenger train near Cusco on Tuesday.", "181",
         "PERREB", "PERCVL"),
        # Calling another's vote a sham or its claims disinformation accuses it.
        ("The Chilean minister said the Peruvian referendum was a sham.", "112", "CHLGOV", "PER"),
        # Voicing solidarity with another supports them.
        ("Chile voiced solidarity with the people of Peru after the earthquake.", "051", "CHL",
         "PER"),
        # Speaking with another is a consultation.
        ("The Chilean president spoke with his Peruvian counterpart on Monday.", "040",
         "CHLGOV", "PERGOV"),
        # Saying another undermines or meddles criticises them.
        ("The Chilean president said Peru was trying to destabilize the region.", "111",
         "CHLGOV", "PER"),
        # A reaction to a deal "between" parties is aimed at them.
        ("The European Union welcomed the agreement between Chile and Peru.", "051",
         "IGOEUREEC", "CHL"),
        # What is said of a situation a noun names stays the speaker's statement.
        ("Human Rights Watch said the Peruvian army's crackdown on protesters violated "
         "international law.", "112", "NGOHRIHRW", "PERMIL"),
        # A relative clause appended to the sentence ("a charge Lima denies") is no negation of
        # the sentence's own act.
        ("Chile accused Peru of sheltering smugglers, a charge Lima denies.", "112",
         "CHL", "PER"),
        # ... also where the parser takes the renaming noun for a second subject.
        ("Chile accused Peru of stalling, a charge Peru denied.", "112", "CHL", "PER"),
        # A reaction to an act of harm is aimed at its author or where it happened, not at
        # its victims.
        ("Bolivia condemned the killing of two Bolivian aid workers in Peru.", "111", "BOL",
         "PER"),
        # A hesitation denied in the future announces the act: a threat of force here.
        ("Chile stressed it would not hesitate to respond militarily to Bolivia.", "138", "CHL",
         "BOL"),
        # A reaction to what news tells is aimed at whom it tells of.
        ("Bolivia welcomed news that Peru had freed the detained truck drivers.", "051", "BOL",
         "PER"),
        # What a statement says may hang on the noun of its phrase.
        ("The Chilean foreign ministry said in a press release that Peru had broken its promises "
         "and violated the treaty.", "112", "CHLGOV", "PER"),
        # Acting illegally, not keeping one's word, and bearing the blame for a breakdown are
        # charges too.
        ("Bolivia said Chilean soldiers had crossed the border illegally.", "112", "BOL",
         "CHLMIL"),
        ('"Chile has not honored its commitments," the Bolivian minister said.', "111",
         "BOLGOV", "CHL"),
        ("Bolivia said Chile bears full responsibility for the breakdown of the talks.", "112",
         "BOL", "CHL"),
        # Ignoring another's calls or demands rejects them.
        ("Peru ignored Chile's calls to withdraw its ships.", "120", "PER", "CHL"),
        # Crowds that flood or pour into the streets demonstrate.
        ("Protesters poured into the streets of La Paz after the verdict.", "141", "BOLCVL",
         "BOL"),
        # A denied hesitation asserts the act.
        ("Chile did not hesitate to condemn Peru's decision.", "111", "CHL", "PER"),
        ("Chile was not reluctant to criticize Peru.", "111", "CHL", "PER"),
        # So does a denied stop: what one has not stopped doing goes on.
        ("Chile has not stopped criticizing Peru's policy.", "111", "CHL", "PER"),
        # Charges of putting at risk and of disrespect criticise.
        ("Peru said Chile's actions jeopardize the peace process.", "111", "PER", "CHL"),
        ("Peru said Chile had shown contempt for the court.", "111", "PER", "CHL"),
        # Promising a firm answer threatens; calling another's words inaccurate rejects them.
        ("Bolivia said it would respond firmly to any attack by Chile.", "130", "BOL", "CHL"),
        ("Chile said the report by Peru was inaccurate.", "120", "CHL", "PER"),
        # Saying another will pay a price threatens it.
        ('"Chile will pay a heavy price," the Bolivian minister said.', "130", "BOLGOV", "CHL"),
        # Censorship and cover-ups are charges.
        ("Bolivia said Chile was censoring the press.", "112", "BOL", "CHL"),
        # "Neither ... nor" negates both words.
        ("Bolivia said Chile's referendum was neither free nor fair.", "111", "BOL", "CHL"),
        # An agreement's "with" phrase names the other party, also down an "of" phrase.
        ("Chile signed an accord of understanding with Peru on energy.", "057", "CHL", "PER"),
        # The kind of a sum given carries its recipient.
        ("The European Union announced 10 million euros in humanitarian assistance for Bolivia.",
         "071", "IGOEUREEC", "BOL"),
        # A party an appeal asks of may be the subject of a passive.
        ("Bolivia said Peru should be punished.", "020", "BOL", "PER"),
        # What is said of another's thing is said of its owner, in the passive too.
        ("Bolivia said the Chilean vote was rigged.", "112", "BOL", "CHL"),
        # Saying one is alarmed or worried by another's acts is a pessimistic comment.
        ("The United Nations said it was worried by the arrests of students in Peru.", "012",
         "IGOUNO", "PEREDU"),
        # Links cut with another country reduce relations; its goods no longer bought are
        # an embargo.
        ("Bolivia suspended flights to Peru on Friday.", "160", "BOL", "PER"),
        ("Bolivia withdrew from a joint naval exercise with Peru.", "160", "BOL", "PER"),
        ("Bolivia stopped buying Peruvian gas.", "163", "BOL", "PER"),
        # Set phrases of rebuke and of charged guilt.
        ("Bolivia said Peru's offer was a slap in the face.", "111", "BOL", "PER"),
        ("Bolivia said the Peruvian junta had blood on its hands.", "112", "BOL", "PERMIL"),
        ("Bolivia said Peru's response had been pathetic.", "111", "BOL", "PER"),
        # A wish said politely with "would" is said now: an appeal.
        ("Bolivia would like Peru to reopen the border crossing.", "020", "BOL", "PER"),
        # Permission withheld is a refusal, not an act left undone.
        ("Bolivia did not allow UN inspectors to visit the mine.", "1245", "BOL", "IGOUNO"),
        # So is consent withheld, in any tense.
        ("Bolivia has never accepted Peru's claim to the lake.", "120", "BOL", "PER"),
        ("Bolivia has not recognized the new Peruvian government.", "120", "BOL", "PERGOV"),
        # A visit called off is aimed at whose visit it was.
        ("Bolivia called off a planned visit by Peru's defense minister.", "160", "BOL",
         "PERMIL"),
        # Cutting off access to the press or the internet is censorship, not a blockade.
        ("Bolivia blocked access to Peruvian news websites.", "1721", "BOL", "PERMED"),
        # A verdict said as an adverb of manner judges as its adjective does, and a
        # participle counts as it is written.
        ("Bolivia said Peru had behaved recklessly at the border.", "111", "BOL", "PER"),
        ("The Bolivian minister said he was troubled by the Peruvian arrests.", "012",
         "BOLGOV", "PER"),
        # A "that" clause in the subjunctive says what someone must do: an appeal ...
        ("The Chilean minister said it was vital that Peru pay compensation for the damage.",
         "020", "CHLGOV", "PER"),
        # ... and insisting on it demands it (PETRARCH's INSIST patterns: 100, 105, 1033).
        ("Chile insisted that Peru pay compensation for the damage.", "100", "CHL", "PER"),
        # Being ready for or open to an act of cooperation announces it.
        ("Bolivia said it was open to a meeting with Chile.", "036", "BOL", "CHL"),
        ("Peru is ready for negotiations with Bolivia.", "036", "PER", "BOL"),
        # What is said of an act reported before is aimed at its authors.
        ("Shining Path rebels shelled a Peruvian army base on Monday. The Chilean president "
         "said the attack was unacceptable.", "111", "CHLGOV", "PERREB"),
        # A sum of money given is economic aid.
        ("Japan gave Peru $10 million to rebuild schools.", "071", "JPN", "PER"),
        # A crowd known by its size that protests and names no target protests against its
        # own state, as a named group does.
        ("Hundreds of people rioted in Lima on Friday.", "145", "PERCVL", "PER"),
        # A negated word of accusation accuses no one.
        ("The Chilean minister said Peru had not lied about the deal.", "010", "CHLGOV", "PER"),
        # Forces moved, sent or stationed, and exercises begun, show force.
        ("Chile has moved tanks and artillery to the border with Peru, officials said.", "154",
         "CHL", "PER"),
        ("Peru's defence ministry said it scrambled fighter jets.", "154", "PERMIL", None),
        ("Chile began large-scale military exercises near the Peruvian border.", "150", "CHL",
         "PER"),
        # A noun's "by" agent hung on its patient acts; the patient of a sanction is its target.
        ("The arrest of two Peruvian journalists by Chilean police drew protests.", "173",
         "CHLCOP", "PERMED"),
        ("The sanctioning of Peru's former president by Chile angered Lima.", "163", "CHL",
         "PERELI"),
        # What a speaker says they expect is about whom the expectation names.
        ("The Chilean army chief said he expects Peru to close the border soon.", "010",
         "CHLMIL", "PER"),
        # A warning that the speaker's own side, or the one warned, will bear an act threatens.
        ("Chile warned that its troops would respond to any attack by Peru.", "130", "CHL",
         "PER"),
        ("Chile warned that Peru could face sanctions.", "130", "CHL", "PER"),
        # Beating people is an assault; pulling out of an agreement reduces relations.
        ("Chilean soldiers beat Peruvian migrants at the border.", "182", "CHLMIL", "PERREF"),
        ("Chile pulled out of the trade agreement with Peru.", "160", "CHL", "PER"),
        # The holders of a role "of" states named together are a group of each state's.
        ("The foreign ministers of Chile and Peru met in Lima on Monday.", "040", "CHLGOV",
         "PERGOV"),
        # "The two presidents" act together, each on the other.
        ("Chile's president flew to Lima to meet Peru's president on Monday. The two presidents "
         "signed a border deal.", "057", "CHLGOV", "PERGOV"),
        # An act counted by a measure its verb holds, or that one is "on", is the subject's.
        ("Chile and Peru held a new round of negotiations in Lima.", "046", "CHL", "PER"),
        ("The Chilean president is on a visit to Peru.", "042", "CHLGOV", "PER"),
        # A reaction to a detention no one is named for is aimed at the state it happened in.
        ("Chile condemned the detention of its citizens in Peru.", "111", "CHL", "PER"),
        # What one condemns as "what it called" an act is that act, aimed at its author.
        ("Chile condemned what it called Peru's aggression.", "111", "CHL", "PER"),
        ("Chile denounced what it described as a Peruvian provocation.", "111", "CHL", "PER"),
        # Standing by another, signing on to or voting for its plan, a message of support.
        ("Chile stood by Peru during the crisis.", "050", "CHL", "PER"),
        ("Chile signed on to Peru's plan for the river basin.", "051", "CHL", "PER"),
        ("Chile voted in favor of Peru's resolution.", "051", "CHL", "PER"),
        ("Chile sent a message of support to Peru.", "051", "CHL", "PER"),
        # Words of incitement and of aggression in what is said accuse and criticise.
        ("The Chilean minister said Peru was inciting violence in the border towns.", "112",
         "CHLGOV", "PER"),
        ("The Chilean minister said Peru's policy toward Bolivia was aggressive.", "111",
         "CHLGOV", "PER"),
        # Frustration, doubts about good faith and verdicts of shortfall disapprove.
        ("Chile expressed frustration with Peru's slow response.", "110", "CHL", "PER"),
        ("Chile questioned Peru's commitment to the treaty.", "111", "CHL", "PER"),
        ("Chile called out Peru for its human rights record.", "111", "CHL", "PER"),
        ("The Chilean minister said Peru's response had been slow and inadequate.", "111",
         "CHLGOV", "PER"),
        ("Chile's foreign minister said he was disappointed with Peru.", "111", "CHLGOV", "PER"),
        # Complicity and pretexts said of another accuse it.
        ("Chile said Peru was complicit in the killings.", "112", "CHL", "PER"),
        # Calls on another said to go unanswered complain of it.
        ("The Chilean envoy said Chile's calls on Peru to end the blockade had gone unanswered.",
         "111", "CHLGOV", "PER"),
        # Sheltering armed enemies, standing behind a cyberattack, disregarding warnings.
        ("Chile said Bolivia was harboring the rebels.", "112", "CHL", "BOL"),
        ("Peru said Chile was behind the hacking of its ministries.", "112", "PER", "CHL"),
        ("Chile said Bolivia had ignored repeated warnings from its neighbours.", "111", "CHL",
         "BOL"),
        # A copula that heads its clause with a phrase of state reports it as a verb does; a
        # test or an exercise carried out shows force.
        ("Bolivian troops are on high alert along the border with Chile.", "150", "BOLMIL",
         "CHL"),
        ("Chile is in talks with Peru over the border.", "046", "CHL", "PER"),
        ("Bolivia carried out a missile test near the border with Chile.", "150", "BOL", "CHL"),
        ("Bolivia conducted a live-fire exercise near the Chilean border.", "150", "BOL", "CHL"),
        # An act an "in" phrase of a light verb names, which "would" announces, is an intent.
        ("Chile said it would take part in talks with Peru next week.", "036", "CHL", "PER"),
        # Being committed to something is an intent to cooperate; the other party of a process
        # of dealings is its target.
        ("Chile said it remained committed to the peace process with Peru.", "030", "CHL", "PER"),
        # A speaker the story gives a country keeps it, in a story about another country.
        ("Peru closed its parks on Monday. Peru raised taxes. Peru banned rallies. Luis Soto, a "
         "Chilean poet, said the Peruvian government had betrayed the farmers.", "111", "CHL",
         "PERGOV"),
        # Where the outcome of an attack named as a subject was is where the attack was.
        ("An attack by rebels on a police post killed three officers in Peru.", "190", "PERREB",
         "PERCOP"),
        # Sending people to prison, or placing them in custody, detains them.
        ("A Peruvian judge sent two Chilean activists to prison on Monday.", "173", "PERJUD",
         "CHLOPP"),
        ("The Chilean court placed two Peruvian activists in custody.", "173", "CHLJUD",
         "PEROPP"),
        ("Peruvian police placed the opposition leader under house arrest.", "173", "PERCOP",
         "PEROPP"),
        # Calling one's counterpart is a telephone call.
        ("Chile's president called his Peruvian counterpart on Monday to discuss the crisis.",
         "041", "CHLGOV", "PERGOV"),
        # Agreeing to demands accedes to them.
        ("The Peruvian government agreed to the farmers' demands.", "083", "PERGOV", "PERAGR"),
        # A partnership is a relation; an intent to deepen it is an intent to cooperate.
        ("Chile said it intends to deepen its partnership with Peru.", "032", "CHL", "PER"),
        # Helping another rebuild or recover is aid.
        ("Chile is helping Peru recover from the floods.", "070", "CHL", "PER"),
        # Aid named by its kind is coded as that kind of aid.
        ("Chile approved financial assistance for Peru.", "071", "CHL", "PER"),
        ("Chile approved humanitarian aid for Peru on Monday.", "073", "CHL", "PER"),
        ("Chile unveiled a sanctions package against Peru.", "163", "CHL", "PER"),
        # Aid that reaches the towns "of" a country reaches that country.
        ("Chilean aid has reached the flooded towns of northern Peru.", "070", "CHL", "PER"),
        # A call for the release of people no prior act says who holds is aimed at them.
        ("Chile called for the release of two Peruvian students.", "0253", "CHL", "PEREDU"),
        # Peacekeepers deployed are peacekeeping (074), not a show of force.
        ("The deployment of UN peacekeepers to Bolivia began on Monday.", "074", "IGOUNOPKO",
         "BOL"),
        # Ruling out talks rejects them; holding back aid reduces it.
        ("Bolivia ruled out talks with Chile.", "125", "BOL", "CHL"),
        ("Bolivia held back military aid to Peru.", "162", "BOL", "PER"),
        # The international community belongs to no country.
        ("Bolivia appealed to the international community for help.", "023", "BOL", "IGO"),
        # Speaking about someone is a statement about them.
        ("The Chilean president spoke about Peru in a speech to parliament.", "010", "CHLGOV",
         "PER"),
        # Sending one's envoys is a visit by them.
        ("Chile sent a delegation to Lima on Monday.", "042", "CHL", "PER"),
        # An appeal about a relation is made to the parties to it.
        ("Bolivia urged dialogue between Chile and Peru.", "026", "BOL", "PER"),
        ("The U.N. chief called for an end of the fighting between Chile and Peru.", "025",
         "IGOUNO", "CHL"),
        # Those a vehicle carries are struck by fire on it.
        ("Gunmen opened fire on a bus carrying Bolivian pilgrims.", "180", "BOLUAF", "BOLCVL"),
        # Forces sent to a border face the state across it, also where the parser calls the
        # "to" a dative.
        ("Chile sent hundreds of soldiers to the border with Peru.", "154", "CHL", "PER"),
        # People in need helped are given humanitarian aid.
        ("The Red Cross is helping Peruvian flood victims.", "073", "NGOHLHIRC", "PERCVL"),
        # Approval felt or signalled praises.
        ("Chile was pleased with Peru's response.", "051", "CHL", "PER"),
        ("Chile signalled approval of Peru's proposal.", "051", "CHL", "PER"),
        # Visas no longer issued cut relations.
        ("Chile stopped issuing visas to Peruvians.", "160", "CHL", "PER"),
        # Countermeasures taken are a cut in relations, and vowed, a threat of one.
        ("Chile took countermeasures against Peru.", "160", "CHL", "PER"),
        ("Chile vowed to take countermeasures against Peru.", "131", "CHL", "PER"),
        # A measure on goods hits where they were made or come from.
        ("Chile imposed tariffs on cars made in Peru.", "163", "CHL", "PER"),
        ("Chile raised duties on steel imported from Bolivia.", "163", "CHL", "BOL"),
        # A verdict's adjective after the object, wherever the parser hangs it.
        ("Chile called Peru's move reckless.", "111", "CHL", "PER"),
        # Where goods a vehicle carried were sent, on the participle that says so.
        ("Chile sent a plane carrying medicine to Peru on Sunday.", "073", "CHL", "PER"),
        # Duties are tariffs, and raising tariffs imposes them.
        ("Chile imposed duties on Peruvian steel.", "163", "CHL", "PER"),
        ("Chile doubled tariffs on Bolivian goods.", "163", "CHL", "BOL"),
        # Irregulars exchanging fire fight (19), though no state's forces are named.
        ("Peruvian rebels exchanged fire for hours on Sunday.", "190", "PERREB", "PER"),
        # Reconciliation and alliances are had with another, the party to a commitment to them.
        ("Chile said it is committed to reconciliation with Peru.", "030", "CHL", "PER"),
        ("Chile reaffirmed its commitment to the alliance with Peru.", "030", "CHL", "PER"),
        # Ties sought are ties intended, not had.
        ("Chile is seeking closer ties with Peru.", "032", "CHL", "PER"),
        # Looking forward to an act states the intent to do it.
        ("Chile looks forward to meeting Peru's president.", "036", "CHL", "PERGOV"),
        ("Chile said it looks forward to working with Peru's new government.", "030", "CHL",
         "PERGOV"),
        # Preventing a protest restricts the freedom to protest.
        ("Peruvian police prevented a demonstration by students in Lima.", "1721", "PERCOP",
         "PEREDU"),
        # A call or meeting a clause is set in is its occasion, not what a hedging verb wants.
        ("In a phone call with Peru's president, the Chilean president discussed the border "
         "dispute.", "041", "CHLGOV", "PERGOV"),
        # A media outlet shut or taken off the air restricts the press.
        ("Peru shut down a Chilean television channel.", "1721", "PER", "CHLMED"),
        ("Peru took the Chilean broadcaster off the air.", "1721", "PER", "CHLMED"),
        # Gratitude said with a copula praises whom it is owed to.
        ("Chile is grateful to Peru for its support.", "051", "CHL", "PER"),
        # A reaction is aimed at the author of the act, also where the parser hangs the "by"
        # on the act's "on" or "against" phrase.
        ("Chile condemned the attack on its embassy by Peruvian protesters.", "111", "CHL",
         "PERCVL"),
        # Pulling out of talks halts them; a release ordered is a release.
        ("Chile pulled out of the talks with Peru.", "164", "CHL", "PER"),
        # Seeking a settlement or a deal states the intent to reach one, with the other party
        # of the dispute it is about.
        ("Chile is seeking a peaceful solution to the dispute with Peru.", "037", "CHL", "PER"),
        ("Chile is seeking a diplomatic resolution of the crisis with Peru.", "037", "CHL",
         "PER"),
        ("Chile will seek a new agreement with Peru on water.", "036", "CHL", "PER"),
        # An organisation's people in the act's pattern are its target, not part of the act,
        # and a court or monitors called "international" are no one state's.
        ("Peru expelled the UN envoy.", "161", "PER", "IGOUNO"),
        ("Peru expelled the international observers.", "1662", "PER", "IGO"),
        ("Peru rejected the ruling of the international court.", "120", "PER", "IGOJUD"),
        # Leaving a treaty reduces relations; notifying a party of something tells it.
        ("Chile left the agreement with Peru.", "160", "CHL", "PER"),
        ("Chile notified Peru of its decision.", "010", "CHL", "PER"),
        # A second predicate after a comma and "then" has the first one's subject, also
        # where the parser leaves it unlabelled.
        ("Chile imposed tariffs on Peruvian goods, then exempted Peruvian cars from the "
         "duties.", "085", "CHL", "PER"),
        ("Chile condemned the vote, then recalled its ambassador from Peru.", "161", "CHL",
         "PER"),
        # Blocking another's bid, contesting a result or a claim, and resisting pressure reject.
        ("Chile blocked Peru's attempt to join the trade bloc.", "120", "CHL", "PER"),
        ("Chile challenged Peru's claim to the islands.", "120", "CHL", "PER"),
        ("Chile resisted pressure from Peru to reopen the border.", "124", "CHL", "PER"),
        # What a speaker will never accept or recognise it rejects.
        ("\"We will never accept Peru's annexation of our territory,\" the Chilean president "
         "said.", "120", "CHLGOV", "PER"),
        # Praise is aimed at whom it praises, not at whom a participle beside it urges.
        ("Chile praised Peru, urging Bolivia to follow its example.", "051", "CHL", "PER"),
        # Insisting that another act demands it; the act demanded is not done.
        ("Chile insisted that Peru withdraw its troops.", "100", "CHL", "PER"),
        # A warrant is issued for whom it is to arrest; lending suspended is aid cut.
        ("A Peruvian court issued an arrest warrant for the Chilean businessman.", "173",
         "PERJUD", "CHLBUS"),
        ("The World Bank suspended its lending to Peru.", "1621", "IGOUNOWBK", "PER"),
        # A debt forgiven is aid, also where the small lemmatizer keeps "forgave" as it is.
        ("Chile forgave Peru's debt.", "071", "CHL", "PER"),
        # Landing somewhere is travelling there.
        ("Peru's president landed in Santiago for a state visit.", "042", "PERGOV", "CHL"),
        # Funding stopped or support ended is aid cut; announced, a threat to cut it.
        ("Chile announced it would stop funding programs in Peru.", "1311", "CHL", "PER"),
        ("Chile said it would end its financial support to Peru.", "1311", "CHL", "PER"),
        # Breaking a treaty is a deed the speaker who reports it accuses the party of.
        ("Chile's foreign minister said Peru had violated its treaty with Bolivia.", "112",
         "CHLGOV", "PER"),
        # The speaker the parser hangs as an appositive on an opening phrase's object.
        ("In an interview with Radio Cooperativa, Chile's foreign minister said Peru had "
         "violated the treaty.", "112", "CHLGOV", "PER"),
        # Also through the minister's own appositive name.
        ("In an interview with VOA, Chile's foreign minister Rui Alves said Peru "
         "was lying.", "112", "CHLGOV", "PER"),
        # Or as a conjunct of that object with no "and".
        ("In an interview with the BBC, Peru's defense minister Luis Soto said Chile was "
         "lying.", "112", "PERMIL", "CHL"),
        # The talks a clause is set in are held, whatever its verb rejects.
        ("In talks with Peru on Monday, Chile's foreign minister rejected the offer.", "040",
         "CHLGOV", "PER"),
        ("Chile's supreme court ordered the release of the Peruvian activist.", "0841", "CHLJUD",
         "PEROPP"),
        # A reported clause coordinated with the first is said too, and names the target.
        ("Chile's foreign minister said there is no solution and that Peru needs to respect the "
         "border.", "020", "CHLGOV", "PER"),
        # The subject the parser gives an infinitive after the verb is its object.
        ("Peru allowed UN inspectors to visit the site.", "0862", "PER", "IGOUNO"),
        # Returning a boat returns property; a congratulatory message congratulates.
        ("Peru returned the seized fishing boat to Chile.", "0842", "PER", "CHL"),
        ("Peru's new president received a congratulatory message from Chile's president.", "051",
         "CHLGOV", "PERGOV"),
        # A reaction to what a participle says someone did is aimed at them.
        ("Peru rejected the proposal made by Chile.", "120", "PER", "CHL"),
        # Who wins or sparks an act its noun names undergoes it.
        ("Chile won praise from Peru for its handling of the crisis.", "051", "PER", "CHL"),
        ("Chile's decision sparked condemnation from Peru.", "111", "PER", "CHL"),
        # What a voiced hope is about names its target.
        ("Chile expressed hope that Peru would hold free elections.", "013", "CHL", "PER"),
        # Hitting someone with sanctions sanctions them; sinking a ship attacks it.
        ("Chile hit Peru with new sanctions.", "163", "CHL", "PER"),
        ("Chile's navy sank a Peruvian fishing boat.", "190", "CHLMIL", "PER"),
        # Forcing people to leave the country expels them.
        ("Peruvian authorities forced Chilean migrants to leave the country.", "174", "PERGOV",
         "CHLREF"),
        # Halting talks, ending an agreement and listing firms for sanctions.
        ("Chile put on hold its trade negotiations with Peru.", "164", "CHL", "PER"),
        ("Chile terminated the fishing agreement with Peru.", "160", "CHL", "PER"),
        ("Chile added five Peruvian firms to its sanctions list.", "163", "CHL", "PERBUS"),
        # An act not ruled out is kept open as an option: force so kept is threatened.
        ("Chile did not rule out military action against Peru.", "138", "CHL", "PER"),
        # "Its" stands for no plural subject: the post is the army's.
        ("Chile's army said Peruvian troops had attacked its border post.", "190", "PERMIL",
         "CHLMIL"),
        # A modifier in the phrase a measure is aimed by names its target, not its author.
        ("Chile announced a ban on Peruvian imports.", "163", "CHL", "PER"),
        # What is sent is no target; whom it is sent to is.
        ("Chile sent doctors to Peru to help flood victims.", "070", "CHL", "PER"),
        # Going ahead or proceeding with an act carries it out; the "of" phrase of an act done
        # to someone is its patient, not its author.
        ("Chile went ahead with the deportation of 50 Peruvians.", "174", "CHL", "PER"),
        ("Chile proceeded with the expulsion of two Peruvian diplomats.", "161", "CHL",
         "PERGOV"),
        # An acquittal releases.
        ("A Peruvian court acquitted the Chilean activist.", "0841", "PERJUD", "CHLOPP"),
        # A border a verb's adverb of direction leads from or to faces the state across it.
        ("Chile pulled its troops back from the Peruvian border.", "0874", "CHL", "PER"),
        # An opening participial phrase the parser reads as a second subject is not one.
        ("Addressing parliament, Chile's president condemned Peru's decision.", "111", "CHLGOV",
         "PER"),
        # Whom one joins in doing something does it too.
        ("Chile joined Peru in condemning the Bolivian missile test.", "111", "PER", "BOL"),
        # Walking off the job is a strike.
        ("Dockworkers in Lima walked off the job on Monday.", "143", "PERLAB", "PER"),
        # A nominal act whose modifier is two actors joined by a hyphen is both sides'.
        ("Chile-Peru talks resumed in Lima on Monday.", "040", "PER", "CHL"),
        # Receiving or welcoming an official hosts them, in the passive too.
        ("Peru's president was received by Chile's president on Monday.", "043", "CHLGOV",
         "PERGOV"),
        # A passive's "by" phrase that the parser hangs on the gerund of the charge.
        ("Chilean activist Ana Ruiz was charged with spying by Peruvian prosecutors.", "173",
         "PERJUD", "CHLOPP"),
        ("Chilean activist Ana Ruiz was accused of spying on naval bases by Peruvian "
         "prosecutors.", "1125", "PERJUD", "CHLOPP"),
        # What is said is about the subject of its clause, also where the parser hangs that
        # subject on the clause's auxiliary.
        ("Chile said Peru's army was destabilizing the region.", "111", "CHL", "PERMIL"),
        # Calling an envoy in summons him.
        ("Chile called in Bolivia's ambassador after the border incident.", "114", "CHL",
         "BOLGOV"),
        # Criticism "at" an act is aimed at the act's author, not at whom the act is on.
        ("Chile took aim at Peru's sanctions on Bolivia.", "111", "CHL", "PER"),
        # Members named by kind alone are of the country the group's own modifier gives.
        ("Peruvian aircraft including helicopter gunships killed 12 Chilean civilians.", "190",
         "PER", "CHLCVL"),
        # ... while organisations named by name are themselves.
        ("Relief groups, including the Red Cross, have provided medical care to Peruvian "
         "refugees.", "073", "NGOHLHIRC", "PERREF"),
        # A denial of the noun a relative clause describes.
        ("Peru accused Chile of backing the rebels, a charge that Chile denies.", "016", "CHL",
         "PER"),
        # One of two sources acting on its own state acts on no one else.
        ("Peru and Chile sent troops to Peru's northern border.", "154", "PER", None),
        # People protesting demonstrate; a state protesting complains (official-protest).
        ("Students protested the Peruvian decision outside the embassy in Santiago.", "1412",
         "CHLEDU", "PER"),
        # Who is to act on a verb of asking is its object only for an infinitive: a
        # participle is the act of the verb's subject.
        ("Chile called Peru's decision a grave mistake, saying it would hurt trade.", "010",
         "CHL", "PER"),
        # One's own present "cannot" refuses, as "will not" does.
        ("Chile cannot accept Peru's proposal.", "120", "CHL", "PER"),
        # A leading dateline is not the subject of the first sentence.
        ("LIMA — Chile and Bolivia agreed on Monday to resume talks.", "036", "CHL", "BOL"),
        # A parliament that approves an agreement with another state ratifies it.
        ("The Bolivian senate approved the trade pact with Paraguay.", "057", "BOLLEG", "PRY"),
        # A verb that reports speech only with a clause attributes the words it reports.
        ('"We closed the border with Chile," the Peruvian minister recalled.', "191", "PERGOV",
         "CHL"),
        ("Chile can't accept Peru's proposal.", "120", "CHL", "PER"),
        ("Chile will never accept Peru's claims to the islands.", "120", "CHL", "PER"),
    ],
)
def test_coding_conventions(code_text, sentence, cameo, source, target):
    events = code_text(sentence).events
    got = [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]
    assert (cameo, source, target) in got, got


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # A bare passive names no author, and the state where it happened is not it: a
        # private crime is told so as often.
        ("Two Chilean reporters were shot dead in Lima on Monday.", "19"),
        # No one named as the target: no dyad to record.
        ("Opposition activists in Belarus demanded that the government resign.", "10"),
        # Criticism that names no one in a story about two countries is aimed at neither.
        ("Peru and Chile signed a deal. Peru and Chile will trade. Chile and Peru met. "
         "Opposition leaders denounced the budget.", "11"),
        # A second verb whose own object names parties the text does not code is not aimed
        # at the first verb's object.
        ("Bolivia met the Peruvian envoy and thanked neighbouring countries for their help.",
         "05"),
        # Without a clause of what is said, responding is no statement.
        ("Bolivia responded to the attack by closing its border with Paraguay.", "01"),
        # Aid held back is not given, wherever the parser hangs "back".
        ("Chile held back aid to Peru.", "07"),
        # A possessor is no word of the pattern: receiving an envoy's letter hosts no envoy.
        ("Chile received the Peruvian envoy's letter on Monday.", "04"),
        # Officials who gather something collect it, and a crowd that gathers meets no one.
        ("Chilean and Peruvian officials gathered evidence of the fraud.", "04"),
        ("Thousands of Chilean and Peruvian students gathered in Lima.", "04"),
        # An organisation's forces may fight anywhere: their fight names no state.
        ("United Nations peacekeepers exchanged fire for hours on Sunday.", "19"),
        # Who accuses a minister of lying the passive does not say.
        ("The Peruvian minister was accused of lying in Lima.", "11"),
        # Rebels who end a protest and name no one yield to no state of their own.
        ("Peruvian rebels called off their protest.", "08"),
        # An arrest that only sets the time of another act, or one told before, is no news.
        ("Shops stayed closed in Lima after the detention of a Peruvian activist.", "17"),
        # An act supposed in an "if" clause charges no one.
        ('"If Peru violates the truce, we will respond," the Chilean minister told Peru.', "11"),
        # Whose a bare group's words are the text does not say.
        ("Peru was behind the bombing, according to prosecutors.", "11"),
        # A protest prevented did not take place.
        ("Peruvian police prevented a demonstration by students in Lima.", "14"),
        # Talks that follow other talks do not hold them.
        ("The EU talks in Lima follow talks in Quito last month.", "04"),
        # A state's minister meeting no one named meets no one.
        ("The Chilean minister met in Lima on Monday.", "04"),
        # A plain report "according to" a party is no statement of theirs.
        ("Peru closed the border, according to Chilean officials.", "01"),
        # A bill that sails through parliament is no warship.
        ("Peru's trade bill sailed through parliament on Monday.", "15"),
        # Parties to a joint statement do not make it to each other.
        ("Chile and Peru issued a joint statement on Monday.", "01"),
    ],
)
def test_acts_without_a_named_author_or_target_are_not_coded(code_text, sentence, root):
    assert [e for e in code_text(sentence).events if e.root == root] == []


def test_whom_an_according_to_phrase_names_is_no_party_to_what_is_said(code_text):
    text = (
        "The Chilean navy said its ships had boarded a Peruvian trawler, according to Bolivian "
        "officials."
    )
    statements = [e for e in code_text(text).events if e.root == "01"]
    assert {(e.source.code, e.target.code) for e in statements} == {("CHLMIL", "PER")}


def test_a_detention_told_again_by_its_noun_is_coded_once(code_text):
    text = (
        "Peruvian police arrested the Chilean journalist Rui Alves in Lima on Monday. Chile "
        "condemned the detention of Alves in the strongest terms."
    )
    arrests = [e for e in code_text(text).events if e.root == "17"]
    assert [e.trigger.text for e in arrests] == ["arrested"]


def test_a_group_located_by_a_place_takes_its_country(code_text):
    coded = code_text("Opposition activists in Belarus demanded that the government resign.")
    assert "BLROPP" in [a.code for a in coded.actors]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The Japanese Foreign Ministry told Reuters it was studying the proposal.", None),
        ("The NATO summit in Vilnius ended on Wednesday with a joint communique.", "LTU"),
        # Where criticism or cooperation takes place is not whom it is directed at.
        ("Chinese officials criticized the policy in Kenya.", "KEN"),
        ("Russian officials have cooperated closely in Syria.", "SYR"),
    ],
)
def test_no_statement_to_journalists_and_no_meeting_place_as_party(code_text, sentence, place):
    events = code_text(sentence).events
    assert all(e.target is None or "MED" not in e.target.sectors for e in events)
    assert place is None or all(e.target is None or e.target.country != place for e in events)


def test_implied_own_state_is_listed_among_actors(code_text):
    coded = code_text("Bolivian protesters rioted after the vote.")
    (event,) = coded.events
    state = next(a for a in coded.actors if a.id == event.target.actor)
    assert (state.code, state.entry, state.mentions) == ("BOL", "implied:own-state", ())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A standing conflict is background: the perfect progressive, or the perfect with "since".
        ("Colombian rebels have been shelling Venezuelan border posts for months.", set()),
        ("Colombian rebels have been raiding and shelling Venezuelan border towns since 2019.",
         set()),
        # So is a tally over a period up to now.
        ("Over the past decade, Colombian rebels have killed 40 Venezuelan soldiers.", set()),
        # The perfect alone still reports an act.
        ("Russia has attacked Ukraine's power grid.", {("19", "RUS", "UKR")}),
    ],
)
def test_standing_conflict_is_background(code_text, sentence, expected):
    assert _pairs(code_text(sentence).events) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An official's appeal or criticism about their own country is an event ...
        ("The Chilean minister said Chile should raise its minimum wage.",
         {("02", "CHLGOV", "CHL")}),
        # ... a plain statement about it is not.
        ("The Kenyan government said the security of Kenya matters.", set()),
    ],
)
def test_officials_speech_acts_about_their_own_country(code_text, sentence, expected):
    assert _pairs(code_text(sentence).events) == expected



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Claiming or denying responsibility for one's own deed needs no second party ...
        ("Houthi rebels claimed responsibility for the drone strike.", {("01", "YEMREB", None)}),
        ("Hezbollah denied any involvement in the explosion.", {("01", "LBNREB", None)}),
        # ... but denying an allegation still needs the accuser.
        ("Chile denied the allegations.", set()),
        # Forces that surrender, and a ceasefire declared, need no foe named ...
        ("Peruvian rebels surrendered on Monday.", {("08", "PERREB", None)}),
        ("Chile announced a ceasefire on Sunday.", {("08", "CHL", None)}),
        # ... but a bare retreat is as often from a position, and needs one.
        ("Chile retreated from its earlier position on the tariffs.", set()),
    ],
)
def test_targetless_entries_keep_their_acts(code_text, sentence, expected):
    assert _pairs(code_text(sentence).events) == expected


@pytest.mark.parametrize(
    ("text", "with_rule"),
    [
        # A denial answers the accusation made earlier against the one who denies it ...
        ("Bolivia accused Paraguay of hiding the smugglers. Paraguay rejected the accusations.",
         ("01", "PRY", "BOL")),
        ("Peru accused Chile of spying, an accusation Santiago rejected.", ("01", "CHL", "PER")),
        # ... or a formal charge.
        ("Chilean prosecutors charged Peruvian activist Ana Ruiz with espionage on Monday. "
         "Ruiz denied the charges.", ("01", "PEROPP", "CHLJUD")),
        # ... also when a pronoun stands for the claim denied.
        ("Bolivia said Paraguay was lying about the smugglers. Paraguay denies this.",
         ("01", "PRY", "BOL")),
        # ... or a clause denied, "that" or not.
        ("Bolivia accused Paraguay of hiding the smugglers. Paraguay denied that it had done "
         "so.", ("01", "PRY", "BOL")),
        # ... or a statement that the accusations are false.
        ("Bolivia accused Paraguay of hiding the smugglers. \"These claims are false,\" the "
         "Paraguayan minister said.", ("12", "PRYGOV", "BOL")),
        # ... also when the denial is told to reporters, who are no party.
        ("Bolivia accused Paraguay of hiding the smugglers. The Paraguayan minister rejected the "
         "accusation, telling reporters that the claim was false.", ("01", "PRYGOV", "BOL")),
        # ... not an accusation against someone else.
        ("Bolivia accused Peru of lying. Paraguay rejected the accusations.", None),
    ],
)
def test_a_denial_answers_the_prior_accuser(coder, text, with_rule):
    from dyads.ingest import article_from_text

    def denial(c):
        events = c.code(article_from_text(text, id="t")).events
        found = [(e.root, e.source.code, e.target.code if e.target else None)
                 for e in events if e.root in ("01", "12")]
        return found[0] if found else None

    assert denial(coder) == with_rule
    assert denial(coder.with_rules_off(["roles.target.prior-accuser.v1"])) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # A clause that describes a place tells of others, who are no party to the appeal:
        # neither whom it names as objects nor the sides of a fight it names.
        "The UN appealed for aid to help people in Peru, where the army is fighting the "
        "Shining Path.",
        "Bolivia called for aid to reach people in Peru, where fighting between the army and "
        "the Shining Path has killed hundreds.",
    ],
)
def test_a_place_clause_names_no_party_to_the_appeal(code_text, sentence):
    targets = {e.target.code if e.target else None for e in code_text(sentence).events}
    assert targets == {"PER"}, targets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Verbs of arguing and joking report speech as "said" does, and what they report is read
        # for the act it performs.
        ('The Chilean president contended that Peru\'s new port fee is "outrageous".',
         ("11", "CHLGOV", "PER")),
        ("The Chilean president joked that Peru's new port fee is a crime.",
         ("11", "CHLGOV", "PER")),
    ],
)
def test_verbs_of_arguing_report_speech(code_text, sentence, expected):
    assert expected in _pairs(code_text(sentence).events)


@pytest.mark.parametrize(
    ("sentence", "verb", "modality"),
    [
        ("Peru said Chile's failure to ship grain to Bolivia was a mistake.", "ship",
         "hypothetical"),
        ("Peru noted Chile's refusal to send troops to Bolivia.", "send", "hypothetical"),
        ("Peru noted that Chile sent troops to Bolivia.", "sent", "asserted"),
    ],
)
def test_failure_and_refusal_nouns_leave_their_act_undone(coder, sentence, verb, modality):
    from dyads.events.modality import read_modality

    doc = coder.parser.parse(sentence)
    (token,) = [t for t in doc.tokens if t.text == verb]
    assert read_modality(doc, token.i).modality == modality


BACKGROUND_CASES = [
    # A participle or a past-perfect relative clause describes a noun: background ...
    ("events.descriptive-clause.v1",
     "Peru accused Chile of arming guerrillas battling the Bolivian army.",
     {("11", "PER", "CHL")}, {("11", "PER", "CHL"), ("19", "BOLREB", "BOLMIL")}),
    ("events.descriptive-clause.v1",
     "A Chilean mediator who had held talks with Bolivia called for calm.",
     set(), {("04", "CHLGOV", "BOL"), ("04", "BOL", "CHLGOV")}),
    # ... but what an agent did to the noun is an act, and a crowd's protest is the news.
    ("events.descriptive-clause.v1",
     "Chile burned films banned by the Bolivian junta.", {("17", "BOLMIL", "BOL")},
     {("17", "BOLMIL", "BOL")}),
    ("events.descriptive-clause.v1",
     "Police dispersed students protesting the Bolivian vote.", {("14", "BOLEDU", "BOL")},
     {("14", "BOLEDU", "BOL")}),
    # A coercive act done to the noun a participle follows is reported, not described ...
    ("events.descriptive-clause.v1",
     "A Bolivian journalist arrested over his reporting appeared in court on Monday.",
     {("17", "BOL", "BOLMED")}, {("17", "BOL", "BOLMED")}),
    # ... while whom a group has on its side is a standing description.
    ("events.descriptive-clause.v1",
     "Shining Path rebels backed by Bolivia attacked a Peruvian village.",
     {("18", "PERREB", "PER")}, {("18", "PERREB", "PER"), ("05", "BOL", "PERREB")}),
    # A material act named by a noun with its author as possessor is the situation
    # referred to; the condemnation of it is the news.
    ("events.named-situation.v1",
     "Chile condemned Peru's invasion of Bolivia.", {("11", "CHL", "PER")},
     {("11", "CHL", "PER"), ("19", "PER", "BOL")}),
    # A material act after "amid" or "despite" is the setting of what is reported.
    ("events.setting-phrase.v1", "Prices of Chilean copper rose amid the war between Peru and "
     "Bolivia.", set(), {("19", "PER", "BOL"), ("19", "BOL", "PER")}),
    # So is a conflict named by its two sides joined by a hyphen.
    ("events.named-situation.v1", "Prices of Chilean copper rose after the Peru-Bolivia war.",
     set(), {("19", "PER", "BOL"), ("19", "BOL", "PER")}),
    # So is any act so named inside the phrase of another noun.
    ("events.named-situation.v1",
     "Peruvian officials discussed reports about Chile's threat against Bolivia.", set(),
     {("13", "CHL", "BOL")}),
    # Trade or investment so named is a standing relation, by any modifier of its author.
    ("events.named-situation.v1", "The party opposes Bolivian investment in Peru.", set(),
     {("06", "BOL", "PER")}),
    # A verb reports the act, and so does a verb that announces the noun.
    ("events.named-situation.v1",
     "Peru invaded Bolivia on Monday.", {("19", "PER", "BOL")}, {("19", "PER", "BOL")}),
    ("events.named-situation.v1",
     "The Chilean junta imposed a ban on rallies.", {("17", "CHLMIL", "CHL")},
     {("17", "CHLMIL", "CHL")}),
    # A practice told in the simple present with a word of habit is background ...
    ("events.habitual.v1",
     "The Peruvian government bans fishing near the Chilean border each winter.", set(),
     {("17", "PERGOV", "PER")}),
    ("events.habitual.v1",
     "Chile routinely expels Bolivian migrants.", set(), {("17", "CHL", "BOLREF")}),
    # ... and so is one told in the perfect as long-standing.
    ("events.habitual.v1",
     "Chile has long accused Peru of spying.", set(), {("11", "CHL", "PER")}),
    # ... an act in the past is news.
    ("events.habitual.v1",
     "Chile expelled Bolivian migrants on Monday.", {("17", "CHL", "BOLREF")},
     {("17", "CHL", "BOLREF")}),
    # A government's officials given its country are the government itself: no event ...
    ("roles.pair.localised-self.v1",
     "Kenyan President Rui Alves criticized cabinet ministers on Monday.", set(),
     {("11", "KENGOV", "KENGOV")}),
    ("roles.pair.localised-self.v1",
     "Kenyan President Rui Alves praised officials for their work.", set(),
     {("05", "KENGOV", "KENGOV")}),
    # ... while groups outside the state with one code may still be two parties.
    ("roles.pair.localised-self.v1",
     "Kenyan opposition leaders criticized opposition lawmakers for joining the cabinet.",
     {("11", "KENOPP", "KENOPP")}, {("11", "KENOPP", "KENOPP")}),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "with_rule", "without_rule"), BACKGROUND_CASES)
def test_background_rule_on_and_off(coder, rule, text, with_rule, without_rule):
    from dyads.ingest import article_from_text

    article = article_from_text(text, id="t")
    assert _pairs(coder.code(article).events) == with_rule
    assert _pairs(coder.with_rules_off([rule]).code(article).events) == without_rule


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Praise, criticism and rejection are aimed at the author of the act they react to.
        ("Amnesty International condemned the arrest of the activist by Egyptian police.",
         ("11", "NGOHRIAMN", "EGYCOP")),
        ("Human Rights Watch welcomed the decision by Peru.", ("05", "NGOHRIHRW", "PER")),
        # Other acts on such an object keep their own target.
        ("Chile condemned Peru's invasion of Bolivia.", ("11", "CHL", "PER")),
    ],
)
def test_a_reaction_is_aimed_at_the_acts_author(code_text, sentence, expected):
    assert expected in _pairs(code_text(sentence).events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A clause of circumstance around the speech verb is not what is said.
        ("Standing beside Peru's president, the Chilean foreign minister said the new bridge "
         "would open in May.", set()),
        ("After Peru replied on Monday, the Chilean foreign minister said Bolivia had signed the "
         "deal.", {("01", "CHLGOV", "BOL")}),
        # What a warning asks may hang on the noun of the trigger's phrase.
        ("Chile issued a stern warning on Monday calling on Peru to withdraw its ships.",
         {("13", "CHL", "PER")}),
    ],
)
def test_a_statement_is_aimed_at_what_it_says_not_at_its_circumstances(
    code_text, sentence, expected
):
    root = next(iter(expected))[0] if expected else "01"
    assert {p for p in _pairs(code_text(sentence).events) if p[0] == root} == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "sources"),
    [
        # A quoted act with no subject is the speaker's ...
        ('"Condemning Peru is our duty," the Chilean minister said.', "Condemning", {"CHLGOV"}),
        # ... but not one whose subject the rules could not code.
        ('"The newcomers criticized Peru," the Chilean minister said.', "criticized", set()),
    ],
)
def test_a_quoted_act_is_the_speakers_when_it_names_no_subject(
    code_text, sentence, trigger, sources
):
    events = code_text(sentence).events
    assert {e.source.code for e in events if e.trigger.text == trigger} == sources


# rule, sentence, an event (CAMEO, source, target) with the rule on, one with it off (None: the
# rule adds or removes it).
EVENT_RULE_CASES = [
    # A word class in a pattern stands for each of its words: aid cut in any way ...
    ("triggers.word-class.v1", "Bolivia scaled back its assistance to Peru.",
     ("162", "BOL", "PER"), None),
    ("triggers.word-class.v1", "Chile paused funding for the Peruvian army.",
     ("162", "CHL", "PERMIL"), None),
    # ... ties frozen, penalties slapped, weapons and relief goods shipped ...
    ("triggers.word-class.v1", "Bolivia froze its relationship with Chile.",
     ("161", "BOL", "CHL"), None),
    ("triggers.word-class.v1", "Chile slapped new levies on Peruvian wine.",
     ("163", "CHL", "PER"), None),
    ("triggers.word-class.v1", "Bolivia halted gas deliveries to Chile.",
     ("163", "BOL", "CHL"), None),
    ("triggers.word-class.v1", "Chile shipped rifles to the Bolivian army.",
     ("072", "CHL", "BOLMIL"), None),
    ("triggers.word-class.v1", "Chile distributed blankets to Peruvian flood victims.",
     ("073", "CHL", "PERCVL"), None),
    # ... alliances cemented, pacts clinched, duties lowered ...
    ("triggers.word-class.v1", "Chile cemented its alliance with Peru.",
     ("050", "CHL", "PER"), None),
    ("triggers.word-class.v1", "Chile and Peru clinched a trade pact.",
     ("057", "CHL", "PER"), None),
    ("triggers.word-class.v1", "Chile lowered duties on Peruvian goods.",
     ("085", "CHL", "PER"), ("163", "CHL", "PER")),
    # ... accords ditched, consultations broken off, summits shunned ...
    ("triggers.word-class.v1", "Chile ditched the fishing accord with Peru.",
     ("160", "CHL", "PER"), None),
    ("triggers.word-class.v1", "Bolivia broke off consultations with Chile.",
     ("164", "BOL", "CHL"), None),
    ("triggers.word-class.v1", "Chile shunned the summit in Lima.",
     ("125", "CHL", "PER"), None),
    # ... newspapers raided, warships pulled out ...
    ("triggers.word-class.v1", "Peru raided two opposition newspapers.",
     ("1721", "PER", "PEROPP"), None),
    ("triggers.word-class.v1", "Chile pulled its warships out of Peruvian waters.",
     ("0874", "CHL", "PER"), None),
    # ... overtures snubbed, protesters clubbed ...
    ("triggers.word-class.v1", "Chile snubbed Peru's overtures.",
     ("120", "CHL", "PER"), None),
    ("triggers.word-class.v1", "Peruvian police clubbed protesters in Lima.",
     ("175", "PERCOP", "PERCVL"), None),
    # ... displeasure registered, misgivings aired ...
    ("triggers.word-class.v1", "Chile registered its irritation with Peru.",
     ("110", "CHL", "PER"), None),
    ("triggers.word-class.v1", "Chile aired misgivings over Peru's plan.",
     ("012", "CHL", "PER"), None),
    # ... mortars lobbed ...
    ("triggers.word-class.v1", "The Peruvian army lobbed mortars into Chile.",
     ("194", "PERMIL", "CHL"), None),
    # ... and forces sent, moved or massed.
    ("triggers.word-class.v1", "Chile dispatched two frigates to the disputed waters.",
     ("154", "CHL", None), None),
    ("triggers.word-class.v1", "Peru rushed troops to its border with Chile.",
     ("154", "PER", "CHL"), None),
    ("triggers.word-class.v1", "Bolivia sent riot police to the Peruvian border.",
     ("153", "BOL", "PER"), None),
    # The surname after a family name's particles is the subject: the name must reach it.
    ("actors.recognise.name-particles.v1",
     "Chilean President Ana Ruiz de la Cruz criticized Peru. De la Cruz also urged Peru to talk.",
     ("026", "CHLGOV", "PER"), None),
    # The press or platform words go out on is not whom they address.
    ("roles.target.speech-channel.v1",
     "The Chilean minister said on state television that Peru had lied.",
     ("112", "CHLGOV", "PER"), ("112", "CHLGOV", "CHLMED")),
    # Nor are the reporters told of a demand made of others.
    ("roles.target.speech-channel.v1",
     "A Chilean spokeswoman told journalists that Peru must free the fishermen at once.",
     ("100", "CHLGOV", "PER"), ("100", "CHLGOV", "CHLMED")),
    # The speaker's own side does what a denial or statement tells; the other party it names
    # is whom the words concern.
    ("roles.target.content.v1",
     "The Chilean government denied that its troops had crossed into Peru.",
     ("016", "CHLGOV", "PER"), None),
    # Rebels of the speaker's country are a party of their own.
    ("roles.target.content.v1",
     "The Bolivian government said that Bolivian rebels had lied to Peru.",
     ("112", "BOLGOV", "BOLREB"), None),
    # A clause that is the subject of what is said names its doer.
    ("roles.target.content.v1", "Chile said what Peru did was unacceptable.",
     ("111", "CHL", "PER"), None),
    # Who is the first, the latest or the only one to act acts.
    ("roles.source.first-to.v1", "Bolivia became the latest country to criticize Peru.",
     ("111", "BOL", "PER"), None),
    ("roles.source.first-to.v1",
     "Chile was the first country to recognize the new Peruvian government.",
     ("054", "CHL", "PERGOV"), None),
    ("roles.source.first-to.v1", "Bolivia was one of the first states to condemn Peru.",
     ("111", "BOL", "PER"), None),
    # An "according to" phrase is no word of a pattern ("reject accord"), nor its source a target.
    ("events.trigger.attribution-phrase.v1",
     "Peru rejected the offer, according to Chilean officials.",
     None, ("127", "PER", "CHLGOV")),
    # Words reported "according to" a party that accuse are its accusation; a plain report
    # is no statement of its own.
    ("events.trigger.according-verdict.v1",
     "Peru was behind the bombing, according to Chilean officials.",
     ("112", "CHLGOV", "PER"), None),
    ("roles.source.according-to.v1",
     "Peru was behind the bombing, according to Chilean officials.",
     ("112", "CHLGOV", "PER"), None),
    # An organisation's people meeting with no one else named meet among its members.
    ("roles.target.members-meeting.v1", "EU foreign ministers met in Brussels on Monday.",
     ("040", "IGOEUREEC", None), None),
    ("roles.target.members-meeting.v1", "NATO defense ministers convened in Brussels.",
     ("040", "IGOWSTNAT", None), None),
    # So do a world region's, also when they hold talks.
    ("roles.target.members-meeting.v1", "South American leaders are holding talks this week.",
     ("040", "SAMGOV", None), None),
    # Easing a measure told before eases it for whom it was imposed on.
    ("roles.target.prior-measure.v1",
     "Chile imposed tariffs on Peruvian goods on Monday. Chile later suspended the tariffs.",
     ("085", "CHL", "PER"), None),
    # A clause on the measure eased may say whom it was imposed on.
    ("roles.target.prior-measure.v1",
     "Bolivia lifted the sanctions it had imposed on Paraguay in 2019.",
     ("085", "BOL", "PRY"), None),
    # "Call" with an object predicate gives a verdict; what the verdict says is the act.
    ("events.trigger.verdict-call.v1", "Chile called Peru's decision a violation of the treaty.",
     ("112", "CHL", "PER"), None),
    ("events.trigger.verdict-call.v1", "Chile called the Peruvian move reckless.",
     ("111", "CHL", "PER"), None),
    # A noun predicate the parser reads as the object's appositive.
    ("events.trigger.verdict-call.v1", "Chile's president called Peru's decision a grave mistake.",
     ("111", "CHLGOV", "PER"), None),
    # The object the parser hangs on the predicate is still what is called so.
    ("roles.target.object.v1", "Chile called Bolivia's decision unfair.",
     ("111", "CHL", "BOL"), None),
    ("roles.target.object.v1", "Chile called Peru's decision illegal.",
     ("112", "CHL", "PER"), None),
    # So is an object put after its "as" predicate.
    ("roles.target.object.v1", "Bolivia denounced as a provocation Chile's naval drills.",
     ("111", "BOL", "CHL"), None),
    ("roles.target.object.v1", "Bolivia condemned as reckless Peru's decision to close the port.",
     ("111", "BOL", "PER"), None),
    # So do the other verbs of naming.
    ("events.trigger.verdict-call.v1", "Chile labelled Peru a rogue state.",
     ("111", "CHL", "PER"), None),
    ("events.trigger.verdict-call.v1", "Chile termed the Peruvian move illegal.",
     ("112", "CHL", "PER"), None),
    # A visit or meeting that sets the time of a clause is its subject's, if the clause reports.
    ("roles.source.occasion.v1", "The Chilean minister spoke to reporters during a visit to Peru.",
     ("042", "CHLGOV", "PER"), None),
    # An arrest or sentence with no agent is the authorities' act: of the place, else the
    # state of the people it was done to.
    ("roles.source.implied-authority.v1", "Chilean journalist Ana Ruiz was arrested in Lima.",
     ("173", "PER", "CHLMED"), None),
    ("roles.source.implied-authority.v1", "The Peruvian opposition leader was sentenced to prison.",
     ("173", "PER", "PEROPP"), None),
    # So is a release from prison or custody, or on bail.
    ("roles.source.implied-authority.v1", "Peruvian activist Ana Ruiz was freed from prison.",
     ("0841", "PER", "PEROPP"), None),
    ("roles.source.implied-authority.v1", "Bolivian student leader Luis Soto was released on bail.",
     ("0841", "BOL", "BOLEDU"), None),
    # A prison or custody a state's name qualifies is that state's, whoever it held.
    ("roles.source.implied-authority.v1",
     "Peruvian activist Ana Ruiz was freed from a Bolivian prison.",
     ("0841", "BOL", "PEROPP"), None),
    # So is an accusation of a crime in law.
    ("roles.source.implied-authority.v1",
     "Peruvian journalist Ana Ruiz was accused of espionage in Chile.",
     ("1125", "CHL", "PERMED"), None),
    # Also in a relative clause or a participle after the noun it was done to.
    ("roles.source.implied-authority.v1",
     "A Bolivian journalist who was arrested last week appeared in court on Monday.",
     ("173", "BOL", "BOLMED"), None),
    ("roles.source.implied-authority.v1",
     "Two Chilean activists detained in Lima were released on Tuesday.",
     ("173", "PER", "CHLOPP"), None),
    # So is a ban only a state imposes.
    ("roles.source.implied-authority.v1", "Two Peruvian newspapers were censored last week.",
     ("1721", "PER", "PERMED"), None),
    # Private people travelling to a country do not consult it; meeting an official they do.
    ("filters.private-travel.v1", "Thousands of Argentine tourists visited Chile last year.",
     None, ("042", "ARGCVL", "CHL")),
    # "Visiting" before a name describes the guest, whose host is the clause's subject.
    ("roles.source.visiting-participle.v1",
     "The Chilean president met visiting Peruvian Foreign Minister Ana Ruiz in Santiago.",
     ("042", "PERGOV", "CHLGOV"), ("042", "CHLGOV", "PERGOV")),
    ("roles.target.host.v1",
     "The Chilean president met visiting Peruvian Foreign Minister Ana Ruiz in Santiago.",
     ("042", "PERGOV", "CHLGOV"), None),
    # Words of war and attack in a figurative sense name no force; a verbal attack criticises.
    ("events.sense.figurative-force.v1", "Chile launched a price war against Peru.",
     None, ("190", "CHL", "PER")),
    ("events.sense.figurative-force.v1", "The Chilean army vowed to fight corruption in Peru.",
     None, ("138", "CHLMIL", "PER")),
    ("events.sense.figurative-force.v1", "The Chilean army is destroying democracy in Peru.",
     None, ("190", "CHLMIL", "PER")),
    ("events.sense.verbal-attack.v1",
     "The Chilean president attacked the Peruvian government over its handling of the floods.",
     ("111", "CHLGOV", "PERGOV"), ("190", "CHLGOV", "PERGOV")),
    ("events.sense.verbal-attack.v1", "Chile's president attacked Peru's new immigration policy.",
     ("111", "CHLGOV", "PER"), ("190", "CHLGOV", "PER")),
    ("events.sense.verbal-attack.v1", "Chile fired back at Peru's criticism.",
     ("111", "CHL", "PER"), ("190", "CHL", "PER")),
    # Adding something to something says nothing.
    ("events.sense.adding-to.v1", "Chile added two Peruvian players to its squad.",
     None, ("010", "CHL", "PER")),
    # What a sent vehicle carries is sent by its sender to where it goes.
    ("roles.source.cargo.v1", "Chile dispatched two planes carrying medical aid to flood-hit Peru.",
     ("070", "CHL", "PER"), None),
    ("roles.target.cargo-destination.v1",
     "Chile sent a plane carrying 20 tons of humanitarian aid to Peru.",
     ("073", "CHL", "PER"), None),
    # Arms or relief received "from" another are its aid.
    ("events.trigger.received-aid.v1", "Peru received 50 tons of medicine from Chile.",
     ("073", "CHL", "PER"), None),
    ("events.trigger.received-aid.v1", "Peru got 10,000 vaccine doses from Chile.",
     ("073", "CHL", "PER"), None),
    ("events.trigger.received-aid.v1", "Peru received weapons from Chile.",
     ("072", "CHL", "PER"), None),
    # A part taken of an object leaves the object's pattern.
    ("events.trigger.partitive-object.v1", "Chile suspended part of its military aid to Peru.",
     ("1622", "CHL", "PER"), ("162", "CHL", "PER")),
    # A sum given in a kind of aid is that aid.
    ("events.trigger.partitive-object.v1",
     "Chile provided $10 million in humanitarian assistance to Peru.",
     ("073", "CHL", "PER"), ("071", "CHL", "PER")),
    # A state or its government protesting complains in words.
    ("events.sense.official-protest.v1",
     "Chile's foreign ministry protested the Peruvian decision.",
     ("114", "CHLGOV", "PER"), ("1412", "CHLGOV", "PER")),
    ("events.sense.official-protest.v1", "Chile protested the arrest of its fishermen by Peru.",
     ("114", "CHL", "PER"), None),
    # Shooting down or killing a proposal rejects it.
    ("events.sense.verbal-rejection.v1", "Chile shot down Peru's proposal.",
     ("120", "CHL", "PER"), ("190", "CHL", "PER")),
    ("events.sense.verbal-rejection.v1", "Chilean lawmakers killed Peru's request.",
     ("120", "CHLLEG", "PER"), ("190", "CHLLEG", "PER")),
    # An alert against a disease is public health, not a show of force.
    ("events.sense.health-alert.v1", "Bolivia raised its alert level over the dengue outbreak.",
     None, ("150", "BOL", None)),
    # Who is expelled "from" a party or a state, with no agent named, is put out by it.
    ("roles.source.expelling-body.v1",
     "The Chilean opposition leader was expelled from the Socialist Party of Chile.",
     ("174", "CHLPTY", "CHLOPP"), None),
    # Expelling diplomats reduces relations, in the passive as in the active.
    ("roles.source.expelling-body.v1", "Two Peruvian diplomats were expelled from Chile.",
     ("161", "CHL", "PERGOV"), None),
    # Forces deployed or alerted, with no agent named, are moved by their own side.
    ("roles.source.forces-moved.v1", "Peruvian troops were deployed to the Chilean border.",
     ("154", "PERMIL", "CHL"), None),
    # A sentence of a quotation whose speaker another sentence names acts by its own words.
    ("speech.quoted-sentence.v1",
     '"We are ready to talk," the Bolivian foreign minister said. "But Paraguay is lying about '
     'the smugglers."', ("112", "BOLGOV", "PRY"), None),
    # A verb that reports speech only with a clause is a statement when it has one, and what
    # it reports decides the act.
    ("events.trigger.reporting-clause.v1",
     "The Bolivian foreign minister responded that Paraguay had lied about the smugglers.",
     ("112", "BOLGOV", "PRY"), None),
    ("events.trigger.reporting-clause.v1",
     '"Paraguay is lying," the Bolivian foreign minister countered.',
     ("112", "BOLGOV", "PRY"), None),
    # A clause denied without "that" is denied as one with it.
    ("events.trigger.denied-clause.v1",
     "Bolivia accused Paraguay of hiding the smugglers. Paraguay denied it had done so.",
     ("016", "PRY", "BOL"), None),
    # A show of force is aimed at whom its purpose deters or guards against.
    ("roles.target.deterred.v1", "Bolivia held naval drills on Monday to deter Peruvian attacks.",
     ("150", "BOL", "PER"), ("150", "BOL", None)),
    ("roles.target.deterred.v1",
     "Bolivia tested a rocket to bolster its defenses against Peru.",
     ("150", "BOL", "PER"), None),
    # Who was behind an act, or responsible for it, did it; not when that is denied.
    ("roles.source.responsible-party.v1",
     "Bolivian militias were behind the shelling of a Peruvian border post.",
     ("180", "BOLREB", "PER"), None),
    ("roles.source.responsible-party.v1",
     "Bolivian troops were responsible for the bombing of a Peruvian village.",
     ("183", "BOLMIL", "PER"), None),
    # Aid sent with no agent named is from whoever the goods are said to be from.
    ("roles.source.goods-sent.v1", "Bolivian aid was delivered to Peru on Friday.",
     ("070", "BOL", "PER"), None),
    ("roles.source.goods-sent.v1", "Weapons from Bolivia were shipped to the Peruvian army.",
     ("072", "BOL", "PERMIL"), None),
    # A passive summons "to" a ministry, with no agent named, is the ministry's.
    ("roles.source.summoning-body.v1",
     "Peru's ambassador was summoned to the Chilean foreign ministry on Monday.",
     ("114", "CHLGOV", "PERGOV"), None),
    # A ministry named by no country is that of the country the envoy is posted in.
    ("roles.source.summoning-body.v1",
     "Bolivia's envoy in Lima was summoned to the ministry to explain the remarks.",
     ("114", "PER", "BOLGOV"), None),
    # Leaving an international organisation reduces relations with it; leaving a place not.
    ("events.trigger.organisation-exit.v1", "Peru withdrew from the African Union.",
     ("160", "PER", "IGO"), None),
    ("events.trigger.organisation-exit.v1", "Chile quit UNESCO.",
     ("160", "CHL", "IGOUNO"), ("0831", "CHL", "IGOUNO")),
    # A noun with no actor stands for the members its "including" or "such as" phrase names.
    ("roles.phrase.named-members.v1",
     "Several countries, including Chile and Bolivia, condemned Peru.", ("111", "BOL", "PER"),
     None),
    # Also for a sector-only group.
    ("roles.phrase.named-members.v1",
     "Critics of the plan, including Chile's foreign minister, accused Peru of lying.",
     ("112", "CHLGOV", "PER"), ("112", "PEROPP", "PER")),
    # An office with no actor of its own stands for the body whose office it is, also a plural
    # opening the sentence, which the tagger takes for a name.
    ("roles.phrase.office-of.v1", "Members of Peru's ruling party criticized Chile.",
     ("111", "PERPTY", "CHL"), None),
    ("roles.phrase.named-members.v1", "Chile condemned several countries, including Peru.",
     ("111", "CHL", "PER"), None),
    # An attack that people were killed in is aimed at them.
    ("roles.target.casualties.v1",
     "Twelve Peruvian border guards died in an ambush by Chilean rebels.",
     ("190", "CHLREB", "PERCOP"), None),
    # Or in a "when" clause the attack verb heads.
    ("roles.target.casualties.v1",
     "Five Peruvian soldiers were killed when rebels attacked their post.",
     ("190", "PERREB", "PERMIL"), None),
    # A body named by a common noun acts for whoever the participle on it says leads it.
    ("roles.source.led-subject.v1", "A coalition led by Chile struck rebel positions in Peru.",
     ("190", "CHL", "PERREB"), None),
    # A court's sentence told before is its verdict.
    ("roles.target.prior-act.v1",
     "A Peruvian court jailed a Chilean activist on Monday. Chile condemned the verdict.",
     ("111", "CHL", "PERJUD"), None),
    # A vote against an act told before rejects whoever did it.
    ("roles.target.prior-act.v1",
     "Chile imposed tariffs on Peruvian copper. Bolivia voted against the tariffs.",
     ("120", "BOL", "CHL"), None),
    # An act told before that draws criticism passes it to whoever did it.
    ("roles.target.prior-act.v1",
     "Bolivia shut its embassy in Lima on Friday. The step drew sharp criticism from Chile.",
     ("111", "CHL", "BOL"), None),
    # Criticism of "the arrest" reported before is aimed at who made the arrest, also when a
    # word of the same kind of act names it.
    ("roles.target.prior-act.v1",
     "Chilean police arrested a Peruvian student on Monday. Amnesty International condemned "
     "the arrest.", ("111", "NGOHRIAMN", "CHLCOP"), None),
    ("roles.target.prior-act.v1",
     "Chilean police detained a Peruvian student on Monday. Amnesty International condemned "
     "the detention.", ("111", "NGOHRIAMN", "CHLCOP"), None),
    ("roles.target.prior-act.v1",
     "Shining Path rebels shelled a Peruvian army base. Chile condemned the attack.",
     ("111", "CHL", "PERREB"), None),
    ("roles.target.prior-act.v1",
     "Shining Path rebels shelled a Peruvian army base on Monday. Chile condemned Monday's "
     "attack.", ("111", "CHL", "PERREB"), None),
    ("roles.target.prior-act.v1", "Peru closed its border with Chile. Bolivia condemned the move.",
     ("111", "BOL", "PER"), None),
    # So does a word of the earlier act's pattern, and a noun of agreement an act of agreeing.
    ("roles.target.prior-act.v1",
     "Bolivia and Paraguay signed a trade deal on Monday. Peru welcomed the deal.",
     ("051", "PER", "BOL"), None),
    ("roles.target.prior-act.v1",
     "Bolivia and Paraguay agreed to reopen their border. Peru criticized the agreement.",
     ("111", "PER", "PRY"), None),
    # So does a noun that heads a pattern of the act's kind, though it codes none alone.
    ("roles.target.prior-act.v1",
     "Bolivia expelled three Peruvian diplomats. Peru denounced the expulsions.",
     ("111", "PER", "BOL"), None),
    ("roles.target.prior-act.v1",
     "Chile suspended its aid to Bolivia. Peru criticized the suspension.",
     ("111", "PER", "CHL"), None),
    ("roles.target.prior-act.v1",
     "Shining Path rebels shelled a Peruvian army base. Chile expressed outrage over the "
     "attack.", ("110", "CHL", "PERREB"), None),
    # A launch or a test names the firing told before.
    ("roles.target.prior-act.v1",
     "Bolivia fired three rockets into the sea on Monday. Peru condemned the launch.",
     ("111", "PER", "BOL"), None),
    # In the passive the act reacted to is the passive subject.
    ("roles.target.prior-act.v1",
     "Peru closed its border with Chile. The step was denounced by Bolivia on Tuesday.",
     ("111", "BOL", "PER"), None),
    # A gerund of time or means shares the subject of the verb it hangs on, also a passive's.
    # The gerund of a step taken is the taker's act.
    ("roles.source.gerund-adjunct.v1", "Chile took the unusual step of criticizing Peru publicly.",
     ("111", "CHL", "PER"), None),
    ("roles.source.gerund-adjunct.v1", "Chile closed its embassy after accusing Peru of spying.",
     ("1125", "CHL", "PER"), None),
    ("roles.source.gerund-adjunct.v1",
     "Peruvian envoy Ana Ruiz was recalled after insulting Chilean President Gabriel Boric.",
     ("111", "PERGOV", "CHLGOV"), None),
    ("roles.source.gerund-adjunct.v1",
     "In imposing new tariffs on Peru, the Chilean minister said Lima had lied.",
     ("163", "CHLGOV", "PER"), None),
    # A "for" gerund is the act of whom the verb credits with it: its object, else its subject.
    ("roles.source.gerund-adjunct.v1",
     "Peruvian rebels claimed credit for ambushing a Chilean army patrol.",
     ("190", "PERREB", "CHLMIL"), None),
    ("roles.source.gerund-adjunct.v1",
     "Peru praised the United Nations for deploying troops to Haiti.",
     ("154", "IGOUNO", "HTI"), None),
    ("roles.pair.each-other.v1",
     "Bolivia and Paraguay signed a truce in May. Each side accused the other of breaking it.",
     ("112", "PRY", "BOL"), None),
    # With no party placed by anything, groups known by their sector are of the dateline's
    # country.
    ("roles.pair.localised.v1",
     "LA PAZ — Hundreds of people protested on Wednesday. Police used tear gas to disperse the "
     "crowd.", ("175", "BOLCOP", "BOLCVL"), None),
    # Forces known only by their sector are the state's whose officials report on them.
    ("roles.pair.localised.v1", "Peruvian rebels killed eight soldiers, Chilean officials said.",
     ("190", "PERREB", "CHLMIL"), ("190", "PERREB", "MIL")),
    # So is a noun of an act claimed or owned: "claimed responsibility for the bombing".
    ("roles.source.gerund-adjunct.v1",
     "Peruvian rebels claimed responsibility for the bombing in Santiago.",
     ("183", "PERREB", "CHL"), None),
    # A document a participle describes speaks for whoever issued it.
    ("roles.source.reduced-relative.v1",
     "The Chilean foreign ministry issued a statement condemning the Peruvian strikes.",
     ("111", "CHLGOV", "PER"), None),
    ("roles.source.reduced-relative.v1",
     "Chilean lawmakers passed a resolution calling on Peru to withdraw its troops.",
     ("0256", "CHLLEG", "PER"), None),
    # A law acts for whoever passes it.
    ("roles.source.reduced-relative.v1", "Peru's parliament passed a law banning Chilean imports.",
     ("163", "PERLEG", "CHL"), None),
    # Whom people were killed fighting with killed them.
    ("roles.source.casualties-opponent.v1",
     "Two Peruvian soldiers were killed in clashes with Shining Path guerrillas on Monday.",
     ("190", "PERREB", "PERMIL"), None),
    ("roles.source.casualties-opponent.v1",
     "Three Bolivian policemen were wounded during a shootout with Peruvian smugglers.",
     ("193", "PERCRM", "BOLCOP"), None),
    ("roles.source.casualties-opponent.v1",
     "Two Peruvian soldiers died in an ambush and a gunfight with Shining Path rebels.",
     ("193", "PERREB", "PERMIL"), None),
    # A "between" phrase the parser hangs on the verb of a fight noun is still the noun's.
    ("roles.source.between.v1",
     "Fighting broke out between Peruvian troops and Shining Path guerrillas.",
     ("190", "PERMIL", "PERREB"), None),
    ("roles.source.between.v1",
     "Clashes between Chilean police and Mapuche protesters erupted on Monday.",
     ("190", "CHLCOP", "CVL"), None),
    # Also on the verb of a passive it is the subject of, or on a participle of it.
    ("roles.source.between.v1",
     "Clashes were reported between Chilean police and Mapuche protesters on Monday.",
     ("190", "CHLCOP", "CVL"), None),
    ("roles.source.between.v1",
     "Heavy fighting reported between Peruvian troops and Shining Path rebels continued.",
     ("190", "PERMIL", "PERREB"), None),
    # An act hedged by "probably" or "likely" is a forecast, also as a verb's object.
    ("modality.clause.v1", "Chile will probably send troops to Peru next week.", None,
     ("154", "CHL", "PER")),
    ("modality.clause.v1", "Chile will likely double its aid to Peru.", None,
     ("070", "CHL", "PER")),
    # A fight noun takes the modality of the verb it is the subject of.
    ("modality.clause.v1", "Talks between Chile and Peru could resume next week.",
     None, ("040", "CHL", "PER")),
    ("modality.clause.v1", "The meeting between the Chilean and Peruvian presidents did not "
     "take place.", None, ("040", "CHLGOV", "PERGOV")),
    # Violence by one state's people that names no one is done at home, to that state.
    ("roles.target.home-fight.v1", "Peruvian rebels killed twelve people on Monday.",
     ("180", "PERREB", "PER"), None),
    ("roles.target.home-fight.v1", "Twelve people died in a bombing by Peruvian rebels.",
     ("183", "PERREB", "PER"), None),
    ("roles.target.home-fight.v1", "Chilean police opened fire on people at a market.",
     ("190", "CHLCOP", "CHL"), None),
    ("roles.target.home-fight.v1", "Peruvian rebels set fire to a school and blew up a "
     "bridge.", ("1712", "PERREB", "PER"), None),
    ("roles.target.home-fight.v1", "Peruvian rebels launched an offensive on Monday.",
     ("180", "PERREB", "PER"), None),
    ("roles.target.home-fight.v1", "Chilean troops exchanged fire for hours on Sunday.",
     ("190", "CHLMIL", "CHL"), None),
    # A name never ends in an adjective: a capitalised word opening a sentence is no person
    # who could own the act.
    ("actors.entity.adjective-not-person.v1",
     "Humanitarian aid from the United Nations reached Bolivia on Sunday.",
     ("073", "IGOUNO", "BOL"), None),
    # A pattern's contents noun lends the trigger its modifiers.
    ("roles.source.possessor.v1", "A shipment of Chilean vaccines arrived in Peru on Monday.",
     ("073", "CHL", "PER"), None),
    # An attack a relative clause says killed or hurt people is aimed at them.
    ("roles.target.deadly-clause.v1",
     "Chile launched an offensive that killed twelve Peruvian soldiers.",
     ("190", "CHL", "PERMIL"), None),
    ("roles.target.deadly-clause.v1",
     "Chilean troops carried out a raid which killed two Bolivian smugglers near the border.",
     ("190", "CHLMIL", "BOLCRM"), None),
    # What a law or decree does is the act of whoever passed it.
    ("roles.source.enacting-body.v1", "Peru passed a law that bans Chilean fruit imports.",
     ("163", "PER", "CHL"), None),
    ("roles.source.enacting-body.v1",
     "Bolivian authorities approved a decree to expel Peruvian traders.",
     ("174", "BOLGOV", "PERBUS"), None),
    ("roles.source.enacting-body.v1",
     "Chile adopted a set of decisions that strained relations with Peru.",
     ("160", "CHL", "PER"), None),
    # An act done in response or retaliation is aimed at whose act it answers.
    ("roles.target.response-to.v1",
     "In response to Peru's decision, Chile recalled its ambassador.",
     ("161", "CHL", "PER"), None),
    ("roles.target.response-to.v1",
     "Chile expelled two diplomats in retaliation for Peru's sanctions.",
     ("161", "CHL", "PER"), None),
    # ... also where the parser hangs the phrase, and the act beside it, on the verb's object.
    ("roles.target.response-to.v1",
     "Bolivia recalled its ambassador in protest against Peru's new tariffs.",
     ("161", "BOL", "PER"), None),
    # A protest held to denounce something is aimed at whom that names, not where it was held.
    ("roles.target.protest-purpose.v1",
     "Thousands of Bolivians marched in La Paz to denounce Chile's policy.",
     ("141", "BOL", "CHL"), None),
    # A participle telling the toll of an attack is that attack.
    ("codes.toll-participle.v1",
     "Peruvian rebels bombed a market in Lima, killing twelve civilians.",
     ("1834", "PERREB", "PERCVL"), ("180", "PERREB", "PERCVL")),
    # People who end their strike yield to their own state; armed groups that stop fighting
    # face whoever they fought.
    ("roles.target.own-state.v1", "Peruvian teachers called off their strike.",
     ("082", "PEREDU", "PER"), None),
    # Asking others to support a party rallies support on its behalf (053), aimed at it; not
    # asking them to back off.
    ("codes.rally-support.v1", "Chile urged the international community to support Peru.",
     ("053", "CHL", "PER"), ("022", "CHL", "IGO")),
    ("codes.rally-support.v1", "Chile urged allies to stand with Peru.",
     ("053", "CHL", "PER"), ("020", "CHL", "PER")),
    ("roles.target.supported.v1", "Chile called on Bolivia to back Peru's bid.",
     ("053", "CHL", "PER"), ("053", "CHL", "BOL")),
    # An intent or threat its speaker tells someone of is aimed at whom it is told to, not
    # when a third party is to act.
    ("roles.target.announced-to.v1", "Chile notified Peru that it would leave the treaty.",
     ("131", "CHL", "PER"), None),
    ("roles.target.announced-to.v1", "Chile told Bolivia it would send aid.",
     ("033", "CHL", "BOL"), None),
    # Who is among those that did something, or one of them, did it.
    ("roles.phrase.among-those.v1",
     "Chile was among the countries that condemned Peru's decision.", ("111", "CHL", "PER"),
     None),
    ("roles.phrase.among-those.v1",
     "Bolivia is one of the states that recognised Peru's new government.",
     ("054", "BOL", "PERGOV"), None),
    # A visit or a call that sets the occasion of the subject's act is the subject's.
    ("roles.source.occasion.v1",
     "The Chilean president, on a visit to Lima, urged Peru to reopen the border.",
     ("042", "CHLGOV", "PER"), None),
    ("roles.source.occasion.v1",
     "In a phone call with Peru's president, the Chilean leader praised the peace process.",
     ("041", "CHLGOV", "PERGOV"), None),
    ("roles.source.occasion.v1",
     "On a visit to Santiago, the Peruvian president met with Chilean business leaders.",
     ("042", "PERGOV", "CHL"), None),
    # Whom a noun of criticism names in its "of" phrase is criticised.
    ("roles.target.noun-patient.v1", "Chile's criticism of Peru has angered officials in Lima.",
     ("111", "CHL", "PER"), None),
    # A call for an investigation of an act is aimed at the act's authors, not its victims.
    ("roles.target.investigated.v1",
     "Chile demanded an investigation into the killing of Chilean fishermen by Peruvian police.",
     ("100", "CHL", "PERCOP"), ("100", "CHL", "CHLAGR")),
    ("roles.target.investigated.v1",
     "Chile called for an investigation into Peru's killing of protesters.",
     ("020", "CHL", "PER"), None),
    # Coming under fire is being shot at, or, for anyone but armed forces, being criticised.
    ("events.trigger.under-fire.v1",
     "The Peruvian minister came under heavy fire from Chilean lawmakers over the deal.",
     ("111", "CHLLEG", "PERGOV"), None),
    ("events.trigger.under-fire.v1",
     "A Chilean army convoy came under fire from Peruvian rebels on Monday.",
     ("190", "PERREB", "CHLMIL"), None),
    # Where an attack happens is its target when no party is named, in its authors' own
    # country too.
    ("roles.target.location.v1", "Shining Path guerrillas attacked a village in "
     "northern Chile.", ("180", "PERREB", "CHL"), None),
    # A verb of travel that carries an object makes no visit.
    ("events.trigger.carried-object.v1",
     "Chile deported 25 Peruvian migrants, flying them home to Lima.", None,
     ("042", "CHL", "PERREF")),
    # A pattern whose words head their phrases beats one that matches a modifier.
    ("events.trigger.head-words-first.v1", "Peru suspended trade talks with Chile.",
     ("164", "PER", "CHL"), ("163", "PER", "CHL")),
    # Aid or a plane that arrives is delivered, and visits no one.
    ("events.trigger.carried-subject.v1", "Chilean aid arrived in Lima on Tuesday.", None,
     ("042", "CHL", "PER")),
    ("events.trigger.carried-subject.v1", "A Chilean plane arrived in Lima.", None,
     ("042", "CHL", "PER")),
    # Who is deported from a state with no agent named is put out by it.
    ("roles.source.expelling-body.v1", "Twenty-five Peruvian migrants were deported from Chile.",
     ("174", "CHL", "PERREF"), None),
    # A statement that only tells how a quantity changed reports a statistic.
    ("filters.statistic-statement.v1",
     "Peru's exports to Chile rose 5% last year, the Chilean ministry said.", None,
     ("010", "CHLGOV", "PER")),
    # A bare statement that reports a quotation is not aimed at what the quotation names.
    ("filters.quoted-statement.v1", '"Our friends in Lima are few," the Chilean envoy said.',
     None, ("010", "CHLGOV", "PER")),
    # Who faces or receives what a noun names undergoes it; the noun's "from" phrase acts.
    ("roles.target.receiver.v1", "Peru faced sharp criticism from Chile over the closure.",
     ("111", "CHL", "PER"), None),
    ("roles.target.receiver.v1", "Bolivia received an invitation from Chile to the summit.",
     ("026", "CHL", "BOL"), None),
    # A pattern's preposition governs what follows it: the "on" of "strikes on rebel camps"
    # makes no labour strike of "went ahead with".
    ("triggers.preposition-order.v1", "Chile went ahead with the strikes on bridges in Peru.",
     None, ("143", "CHL", "PER")),
    # Who "is to blame" is blamed by whoever says so, and blames no one.
    ("triggers.blame-predicate.v1", "Chile is to blame for Peru's crisis.", None,
     ("112", "CHL", "PER")),
    # Missiles fired at no one and nowhere but the sea show force.
    ("codes.show-of-force.v1", "Bolivia launched two ballistic missiles into the sea on Monday.",
     ("150", "BOL", None), None),
    # A meeting an actor hosts or leads is held with it.
    ("roles.target.organiser.v1", "Bolivia attended a Chile-hosted summit on water rights.",
     ("040", "BOL", "CHL"), None),
    ("roles.target.organiser.v1", "Bolivia attended the U.N.-organized talks on water rights.",
     ("040", "BOL", "IGOUNO"), None),
    ("roles.target.organiser.v1", "Bolivia attended a meeting organized by the UN in Lima.",
     ("040", "BOL", "IGOUNO"), None),
    # Aid that reaches a place is delivered there.
    ("roles.target.arrival.v1", "Chilean aid reached flooded towns in northern Peru on Monday.",
     ("070", "CHL", "PER"), None),
    # ... once it begins to arrive, and where it is carried.
    ("roles.target.arrival.v1", "Aid from Chile has begun to arrive in Peru.",
     ("070", "CHL", "PER"), None),
    ("roles.target.arrival.v1", "Chilean medical supplies were trucked into Peru overnight.",
     ("073", "CHL", "PER"), None),
    # ... and where what a participle says was given arrives.
    ("roles.target.arrival.v1", "A batch of vaccines donated by Bolivia arrived in Asuncion.",
     ("070", "BOL", "PRY"), None),
    # Also through a quantity, with the "from" phrase hung on the verb.
    ("roles.target.receiver.v1", "Peru received 20 tons of aid from Chile after the floods.",
     ("070", "CHL", "PER"), None),
    ("roles.target.receiver.v1", "Peru received $20 million in aid from Chile.",
     ("070", "CHL", "PER"), None),
    # "Out of" is "from".
    ("roles.target.prep.v1", "Chile pulled its troops out of Bolivia.", ("0874", "CHL", "BOL"),
     None),
    # A place inside the object's phrase names whom the act concerns.
    ("roles.target.object-phrase.v1",
     "The Chilean minister voiced concern over the unrest in Peru.",
     ("012", "CHLGOV", "PER"), None),
    # In a quotation, "us" or "our" posts as the object stand for the speaker; an official
    # speaks for the state.
    ("speech.target.first-person.v1",
     '"Bolivia shelled our border posts," the Chilean minister said.', ("194", "BOL", "CHL"),
     None),
    ("speech.target.first-person.v1", '"The army shelled us," the Peruvian rebel commander said.',
     ("194", "PERMIL", "PERREB"), None),
    # An actor the parser leaves between the words of the trigger's pattern is its patient.
    ("roles.target.inside-pattern.v1", "Chile declared a Bolivian diplomat persona non grata.",
     ("161", "CHL", "BOL"), None),
    # A passive's "by" phrase that ends the clause, hung on the noun of its "for" phrase.
    ("roles.source.passive-agent.v1", "Bolivia was rebuked for its prison conditions by Chile.",
     ("111", "CHL", "BOL"), None),
    # Of an appeal or demand, an act named after the pattern's own preposition is its object.
    ("roles.target.object-phrase.v1", "Bolivia pressed for an arms embargo on Peru.",
     ("100", "BOL", "PER"), None),
    # The kind of a sum carries its recipient, also after the sum's currency sign.
    ("roles.target.object-phrase.v1",
     "Chile announced a further $20 million in emergency assistance for Peru on Friday.",
     ("071", "CHL", "PER"), None),
    # The "of" phrase of a noun of an act done to people names them.
    ("roles.target.noun-patient.v1",
     "Police confirmed the detention of two Chilean journalists in Lima.",
     ("173", "PERCOP", "CHLMED"), ("173", "PERCOP", "PER")),
    # A reaction to an act is aimed at its author, also when "by" hangs on the act's patient.
    ("roles.target.object.v1",
     "Chile condemned the arrest of two Chilean journalists by Peruvian police.",
     ("111", "CHL", "PERCOP"), None),
    # What one "was quoted as saying" is what they said.
    ("roles.source.gerund-adjunct.v1",
     "Peru's foreign minister was quoted as saying that Chile had violated the treaty.",
     ("112", "PERGOV", "CHL"), None),
    # A second verb of speech with no target addresses the party the first verb names.
    ("roles.target.shared-object.v1",
     "Peru summoned the Chilean ambassador and demanded an explanation.",
     ("1014", "PER", "CHLGOV"), None),
    # A crowd known by its size alone protests as civilians of the place it protests in.
    ("roles.source.crowd.v1", "Thousands of people marched in Lima against Chile's decision.",
     ("141", "PERCVL", "CHL"), None),
    # A participle that describes a nominal trigger carries its agent and target.
    ("roles.source.by-phrase.v1", "The aid sent by Chile to Peru arrived on Friday.",
     ("070", "CHL", "PER"), None),
    ("roles.target.prep.v1", "The sanctions imposed by Chile on Peru took effect on Friday.",
     ("163", "CHL", "PER"), None),
    ("roles.target.object-phrase.v1", "Chile lifted the sanctions imposed on Peru last year.",
     ("085", "CHL", "PER"), None),
    # Or with the "by" phrase the parser hangs on the verb the act's phrase hangs on.
    ("roles.source.by-phrase.v1",
     "Officials said eight soldiers died in Sunday’s convoy ambush by armed Peruvian guerrillas "
     "in the mountains.", ("190", "PERREB", "PERMIL"), None),
    # Or with the "from" phrase hung on the quantity.
    ("roles.source.by-phrase.v1", "A shipment of medical supplies from Chile arrived in Lima.",
     ("073", "CHL", "PER"), None),
    ("roles.source.by-phrase.v1", "Peru received a shipment of aid from Chile.",
     ("070", "CHL", "PER"), None),
    # Or on the verb of arriving the aid is subject of.
    ("roles.source.by-phrase.v1", "Humanitarian aid arrived in Peru from Chile on Monday.",
     ("073", "CHL", "PER"), None),
    # "The attack" that did something, or that people were killed in, is the attack reported
    # just before, by the same authors.
    ("roles.source.prior-act.v1",
     "Shining Path rebels shelled an army post near Cusco on Monday. The attack killed three "
     "soldiers.", ("190", "PERREB", "PERMIL"), None),
    ("roles.source.prior-act.v1",
     "Shining Path rebels shelled an army post near Cusco on Monday. Three soldiers were killed "
     "in the attack.", ("190", "PERREB", "PERMIL"), None),
    # A noun of a violent act with a "by" agent, as the subject of a verb of violence, lends
    # the verb its agent.
    ("roles.source.act-subject.v1",
     "The attack by Chilean troops killed ten Peruvian soldiers on Monday.",
     ("190", "CHLMIL", "PERMIL"), None),
    ("roles.source.act-subject.v1",
     "An ambush by Peruvian rebels wounded four Chilean soldiers near the border.",
     ("180", "PERREB", "CHLMIL"), None),
    # A verb of saying the parser hangs on a name's appositive as a participle is the name's.
    ("roles.source.reduced-relative.v1",
     "Chilean politician Rui Alves, a veteran of the opposition, joked on Monday that Peru was "
     "becoming a dictatorship.", ("111", "CHLPTY", "PER"), None),
    # An organisation the actor stage cannot code is no target; the next rule finds one.
    ("roles.target.coded.v1",
     "Rui Alves, a key opposition figure in Peru, joked on Twitter that Chile was becoming a "
     "dictatorship.", ("111", "PEROPP", "CHL"), None),
    # An accusation told to someone is aimed at whom its words are about.
    ("roles.target.told-about.v1",
     "The Chilean foreign minister told the Senate that Peru's new tariffs were unfair.",
     ("111", "CHLGOV", "PER"), ("111", "CHLGOV", "CHLLEG")),
    # What prosecutors say another did as a crime is their charge against that party.
    ("speech.prosecution-charge.v1",
     "Chilean prosecutors say Peru hired two men to kill a Bolivian journalist.",
     ("112", "CHLJUD", "PER"), None),
    ("speech.prosecution-charge.v1",
     "Peru paid for the bombing of the embassy, according to a Chilean prosecutor.",
     ("112", "CHLJUD", "PER"), None),
    # A group known by its sector alone is of the place where force strikes it.
    ("roles.pair.localised.v1",
     "Chile launched airstrikes on rebel positions in northern Peru.",
     ("195", "CHL", "PERREB"), ("195", "CHL", "REB")),
    # People let go after the story told of their custody are freed by whoever held them.
    ("roles.source.implied-authority.v1",
     "Rui Alves, a Bolivian journalist detained in Peru in May, was released on Monday.",
     ("0841", "PER", "BOLMED"), None),
    ("roles.source.implied-authority.v1",
     "Peruvian police arrested a Bolivian journalist in May. The journalist was released on "
     "Monday.", ("0841", "PERCOP", "BOLMED"), None),
    # What a law or an order does as a subject is its issuer's act.
    ("roles.source.instrument-subject.v1",
     "Bolivia's president spoke in La Paz. Bolivian voters cheered. Bolivia's economy grew. The "
     "new order expels all Peruvian diplomats.", ("161", "BOL", "PERGOV"), None),
    # Security tightened with no agent named is the measure of the state of the place.
    ("roles.source.state-measure.v1", "Security was tightened in Lima ahead of the vote.",
     ("151", "PER", None), None),
    # So are people whose release the clause says ended a custody.
    ("roles.source.implied-authority.v1",
     "Bolivian student leader Luis Soto was released on Friday, ten days after his arrest.",
     ("0841", "BOL", "BOLEDU"), None),
    ("roles.source.implied-authority.v1",
     "Held since March, the Peruvian activist was freed on Sunday.",
     ("0841", "PER", "PEROPP"), None),
    # Whoever frees people, or orders them freed, held them.
    ("roles.source.implied-authority.v1",
     "A Peruvian court ordered the release of Rui Alves, a Bolivian journalist arrested in May.",
     ("173", "PER", "BOLMED"), None),
    # What a relative clause says its subject did is that subject's act.
    ("roles.source.relative-author.v1",
     "The duties Bolivia imposed on Chile took effect on Tuesday.",
     ("163", "BOL", "CHL"), None),
    # "The attackers" struck back at are who did the violence told just before.
    ("roles.target.prior-agents.v1",
     "Rebels attacked a Bolivian army post on Sunday. The army said it had killed ten of the "
     "attackers.", ("190", "BOLMIL", "BOLREB"), ("190", "BOLMIL", "BOL")),
    # Officials of states who gather meet; a crowd that gathers does not.
    ("events.trigger.official-gathering.v1",
     "Chilean and Bolivian trade ministers gathered in Lima on Friday.",
     ("040", "CHLGOV", "BOLGOV"), None),
    # Things and teams that name no actor act for the state they come from.
    ("roles.source.origin.v1",
     "Cargo planes from Bolivia landed in Lima and began distributing food.",
     ("073", "BOL", "PER"), None),
    # In "with X doing Y" X does Y, also where the parser hangs X on "with".
    ("roles.source.with-absolute.v1",
     "Peru drew protests, with Chile and Bolivia both condemning the Peruvian border rules.",
     ("111", "BOL", "PER"), None),
    # Relief workers who arrive bring aid; they make no visit.
    ("events.trigger.relief-arrival.v1",
     "Bolivian rescue teams arrived in Peru on Tuesday after the landslide.",
     ("073", "BOLGOV", "PER"), ("042", "BOLGOV", "PER")),
    # Forces sent to bring relief deliver aid; they show no force.
    ("events.trigger.relief-mission.v1",
     "Bolivia deployed two army battalions to Peru for flood relief.",
     ("073", "BOL", "PER"), ("154", "BOL", "PER")),
    ("events.trigger.relief-mission.v1",
     "Bolivia dispatched a warship to Peru with tents and blankets.",
     ("073", "BOL", "PER"), ("150", "BOL", "PER")),
    # Forces that arrive to bring relief, or move carrying it, make no visit either.
    ("events.trigger.relief-mission.v1",
     "Bolivian soldiers arrived in Peru on Friday to help with the rescue effort.",
     ("073", "BOLMIL", "PER"), ("042", "BOLMIL", "PER")),
    ("events.trigger.relief-mission.v1",
     "Bolivia sent two warships to Peru carrying tents and blankets.",
     ("073", "BOL", "PER"), ("150", "BOL", "PER")),
    # Rescuers from a country are that country's, and their arrival is aid.
    ("events.trigger.relief-arrival.v1",
     "Rescue teams from Bolivia arrived in Peru after the landslide.",
     ("073", "BOLGOV", "PER"), None),
    # Forces moved in a passive are their own side's, on a relief mission too.
    ("roles.source.forces-moved.v1",
     "Bolivian troops were sent to Peru to distribute food after the floods.",
     ("073", "BOLMIL", "PER"), None),
    # A document speaks for whoever issued it.
    ("roles.source.document-subject.v1",
     "A statement from the Chilean foreign ministry condemned the Peruvian raid.",
     ("111", "CHLGOV", "PER"), None),
    ("roles.source.document-subject.v1",
     "A letter signed by Chilean lawmakers urged Peru to free the truck drivers.",
     ("020", "CHLLEG", "PER"), None),
    # A preposition the parser leaves bare before a noun phrase it makes a participle's
    # subject still takes that phrase as its object.
    ("roles.phrase.orphan-prep.v1",
     "Chile has given asylum to three Peruvian navy officials holed up in its embassy since "
     "last month.", ("075", "CHL", "PERGOV"), None),
    # Irregulars' violence against civilians is unconventional (18), not military force (19).
    ("codes.assault-on-civilians.v1",
     "Peruvian rebels killed twelve Peruvian villagers near Ayacucho on Monday.",
     ("180", "PERREB", "PERCVL"), ("190", "PERREB", "PERCVL")),
    # Also against a country whose people they hit go unnamed.
    ("codes.assault-on-civilians.v1", "Peruvian rebels launched an offensive on Monday.",
     ("180", "PERREB", "PER"), ("190", "PERREB", "PER")),
    # A bombing no one is named for is coded by the state it happened in.
    ("roles.source.unattributed-violence.v1",
     "A roadside bomb killed two Peruvian soldiers near Arica on Monday.",
     ("190", "CHL", "PERMIL"), None),
    ("roles.source.unattributed-violence.v1",
     "Two Chilean traders were wounded in a market bombing in Lima on Friday.",
     ("180", "PER", "CHLBUS"), None),
    # Fighters killed in a passive that names no agent fell to the state's forces.
    ("roles.source.security-operation.v1", "Twelve Peruvian rebels were killed on Monday.",
     ("190", "PER", "PERREB"), None),
    # A post of the forces a country's rebels attack is of that country.
    ("roles.pair.localised.v1", "Peruvian rebels attacked a police station on Monday.",
     ("190", "PERREB", "PERCOP"), None),
    # Criticism that names no one, in a story about one country, is aimed at that country.
    ("roles.target.story-country.v1",
     "Floods swept through northern Peru on Monday. Peru's president toured Piura. The Peruvian "
     "army sent boats to Peru's coast. Opposition leaders denounced the slow response.",
     ("111", "PEROPP", "PER"), None),
    # One who rejects "the charges" with no accuser named before answers the story's state.
    ("roles.target.charging-state.v1",
     "A court in Peru opened a trial on Monday. Peru's president defended the judges. Peru's "
     "congress debated the case. The detained Peruvian activist Luis Soto rejects the charges.",
     ("016", "PEROPP", "PER"), None),
    # A state's forces in a story about it act at home.
    ("roles.target.home-fight.v1",
     "Peru's president visited the Peruvian highlands on Monday. Peru's congress opened an "
     "inquiry. Peruvian soldiers killed two men at a checkpoint.",
     ("190", "PERMIL", "PER"), None),
    # People a country's own officials urge, named by no group, in a story about it, are its own.
    ("roles.target.home-addressees.v1",
     "Chile's president opened a new port on Monday. Chilean exports rose. The Chilean minister "
     "urged parents to keep their children at home.", ("020", "CHLGOV", "CHL"), None),
    # Whom words are spoken to is whom a statement or an appeal is aimed at.
    # "At" sets an occasion, as "in" does, with someone it names.
    ("roles.source.occasion.v1",
     "At a meeting with Bolivian officials, the Chilean minister said the border would reopen.",
     ("040", "CHLGOV", "BOLGOV"), None),
    # Who takes an occasion acts in it.
    # The passive subject of a verb of report is the one said to have acted.
    ("roles.source.controller.v1", "Bolivia is believed to have expelled two Peruvian envoys.",
     ("161", "BOL", "PERGOV"), None),
    ("roles.source.controller.v1", "Chile took the opportunity to criticize Peru's fishing policy.",
     ("111", "CHL", "PER"), None),
    # A currency named in words is a sum of money as a sign is.
    ("triggers.currency-name.v1", "Japan granted Peru 5 billion yen.", ("071", "JPN", "PER"),
     None),
    # A statement is about the first party its topic phrase names, however deep.
    ("roles.target.topic.v1",
     "The Chilean president spoke about the prospects for a fishing pact with Peru.",
     ("010", "CHLGOV", "PER"), None),
    # What one does at a meeting or during a visit is done toward whom one meets or visits.
    ("roles.target.occasion-partner.v1",
     "At a meeting with Bolivian officials, Chile's foreign minister pledged aid.",
     ("033", "CHLGOV", "BOLGOV"), None),
    ("roles.target.occasion-partner.v1",
     "In a phone call with the Peruvian president, Chile's president offered assistance.",
     ("033", "CHLGOV", "PERGOV"), None),
    ("roles.target.addressee.v1",
     "Speaking to Peruvian lawmakers in Lima, the Chilean minister said the border would stay "
     "open.", ("010", "CHLGOV", "PERLEG"), None),
    ("roles.target.addressee.v1",
     "Addressing the Bolivian congress, the Chilean president stressed the need for closer ties.",
     ("010", "CHLGOV", "BOLLEG"), None),
    ("roles.target.addressee.v1",
     "In a letter to the Peruvian president, the Chilean union leader Rui Alves said the strike "
     "would go on.", ("010", "CHLLAB", "PERGOV"), None),
    # Also when the parser hangs the participle on the one after it.
    ("roles.target.addressee.v1",
     "Speaking to Bolivian police chiefs gathered in La Paz last week, the Chilean interior "
     "minister said the border would reopen.", ("010", "CHLGOV", "BOLCOP"), None),
    ("roles.target.addressee.v1",
     "Speaking to Bolivian mayors gathered in Oruro on Friday, the Chilean envoy said trade "
     "would grow.", ("010", "CHLGOV", "BOLGOV"), None),
    # A reaction to an act no one is named for is aimed at the country it happened in.
    ("roles.target.object-phrase.v1", "Chile condemned the violence in Bolivia.",
     ("111", "CHL", "BOL"), None),
    # A passive gerund that sets the time of a clause was done to the clause's subject.
    ("roles.source.implied-authority.v1",
     "The Chilean activist Rui Alves flew home on Friday after being released from jail in Lima.",
     ("0841", "PER", "CHLOPP"), None),
    # Telling or ordering another to act demands it; telling them that ... is a statement.
    ("events.trigger.directive.v1",
     "The Chilean president ordered Peruvian fishing boats to leave Chilean waters.",
     ("100", "CHLGOV", "PER"), None),
    ("events.trigger.directive.v1",
     "The Chilean minister told Bolivian officials to reopen the border crossing.",
     ("100", "CHLGOV", "BOLGOV"), ("010", "CHLGOV", "BOLGOV")),
    ("events.trigger.directive.v1", "Chile pressed Bolivia to free the detained truck drivers.",
     ("100", "CHL", "BOL"), None),
    # Wanting someone to act appeals to them.
    ("events.trigger.directive.v1", "Chile wants Bolivia to free the detained truck drivers.",
     ("020", "CHL", "BOL"), None),
    # A warning of a danger no one threatens to bring is pessimism, not a threat; so is a
    # warning that others might act.
    ("events.sense.danger-warning.v1",
     "The Chilean minister warned of a serious risk of floods in northern Peru.",
     ("012", "CHLGOV", "PER"), ("130", "CHLGOV", "PER")),
    ("events.sense.danger-warning.v1",
     "The Chilean minister warned that Peruvian farmers could lose their land to Bolivia.",
     ("012", "CHLGOV", "PERAGR"), ("130", "CHLGOV", "PERAGR")),
    # A warning that people face a danger is pessimism too.
    ("events.sense.danger-warning.v1",
     "The Bolivian minister warned Chile that millions of people face hunger.",
     ("012", "BOLGOV", "CHL"), ("130", "BOLGOV", "CHL")),
    # A span of time given is an ultimatum only with a task to do in it.
    ("events.trigger.deadline-task.v1", "Chile gave Peru two days of talks in Lima.",
     None, ("139", "CHL", "PER")),
    # A violent act reported as done is the news, not its saying, whoever did it.
    ("events.statement-of-an-act.v1",
     "Chilean police said someone shot two Peruvian tourists in Arica.",
     None, ("010", "CHLCOP", "PERCVL")),
    # A statement that a participle describes doing is that act, not also a statement.
    ("events.statement-of-an-act.v1",
     "The Chilean statement condemning Peru's raid was read out in Santiago.",
     None, ("010", "CHL", "PER")),
    # Aid sent "to help" someone is for them, not for the people it sends.
    ("roles.target.beneficiary.v1", "Chile provided troops to help Peru after the floods.",
     ("070", "CHL", "PER"), None),
    ("roles.target.beneficiary.v1",
     "Chile will provide doctors to help Bolivia fight the outbreak.",
     ("033", "CHL", "BOL"), ("033", "CHL", "CHLHLH")),
    # A phrase of time is no preposition of a pattern: a phone call is no "call on" appeal.
    ("events.trigger.time-phrase.v1", "The Chilean president called the Peruvian leader on Monday.",
     None, ("020", "CHLGOV", "PERGOV")),
    # A noun's target phrase the parser hangs on the verb that lends it its subject, or on its
    # "by" agent, is the noun's.
    ("roles.target.stranded-prep.v1", "Chile responded with airstrikes on Peru.",
     ("195", "CHL", "PER"), None),
    ("roles.target.stranded-prep.v1", "An attack by rebels on a Peruvian army post left three "
     "soldiers dead.", ("190", "PERREB", "PERMIL"), None),
    # Of two patterns of one length, the one whose words hang nearer the trigger wins.
    ("events.trigger.nearest-words.v1", "The Chilean navy sent two warships to the disputed "
     "waters.", ("150", "CHLMIL", None), None),
    # Forces at a border face the state across it.
    ("roles.target.border.v1", "Chile stationed 2,000 soldiers near the border with Peru.",
     ("154", "CHL", "PER"), ("154", "CHL", None)),
    ("roles.target.border.v1", "The Bolivian army fortified positions near the Chilean border.",
     ("154", "BOLMIL", "CHL"), ("154", "BOLMIL", None)),
    # A state and the troops it threatens to send are one party.
    ("roles.pair.localised-self.v1", "Chile threatened to send troops to its border with Peru.",
     None, ("138", "CHL", "CHLMIL")),
    # A person with no country, office or group who judges the state or the parties of the
    # country the story is about speaks as one of its people.
    ("roles.pair.home-speaker.v1",
     "Peru closed its parks on Monday. Peru raised taxes. Peru banned rallies. Luis Soto said "
     "the Peruvian government had betrayed the farmers.", ("111", "PER", "PERGOV"), None),
    # A noun of custody that names no author is the state's act, unless it only sets the
    # time of another or names an act of its kind the story told before.
    ("roles.source.implied-authority.v1",
     "The arrest of two Chilean activists in Lima angered Santiago.", ("173", "PER", "CHLOPP"),
     None),
    ("roles.source.implied-authority.v1",
     "The sentencing of Peruvian activist Luis Soto to ten years in prison sparked protests.",
     ("173", "PER", "PEROPP"), None),
    # A copula that heads its clause with a phrase of state reports it as a verb would.
    ("triggers.copula-phrase.v1", "Chile is in talks with Peru over the border.",
     ("046", "CHL", "PER"), None),
    ("triggers.copula-phrase.v1", "Bolivian troops are on high alert along the Chilean border.",
     ("150", "BOLMIL", "CHL"), None),
    # Also where the phrase's noun is a compound.
    ("triggers.copula-phrase.v1", "Bolivian miners are on hunger strike against the government.",
     ("142", "BOLLAB", "BOLGOV"), None),
    # Aid that helps people is given to them.
    ("roles.target.arrival.v1", "Chilean aid has helped thousands of families in Peru.",
     ("070", "CHL", "PERCVL"), None),
    # A passive's subject that is the thing done takes the trigger's target prepositions.
    ("roles.target.passive-subject.v1", "Humanitarian assistance to Peru is financed by Chile.",
     ("071", "CHL", "PER"), None),
    # A call for the release of people is aimed at who holds them, not at them.
    ("roles.target.custodian.v1",
     "Bolivian police arrested two Chilean students on Monday. Chile called for their release.",
     ("0253", "CHL", "BOLCOP"), None),
    ("roles.target.custodian.v1",
     "Peru detained a Chilean trawler last week. Chile demanded the return of the trawler.",
     ("1053", "CHL", "PER"), None),
    # So is one whose words say who holds them, and who asks does not hold them.
    ("roles.target.custodian.v1",
     "Bolivia called for the release of three Bolivian workers detained in Chile.",
     ("0253", "BOL", "CHL"), ("0253", "BOL", "BOLLAB")),
    ("roles.target.custodian.v1",
     "Chile demanded the release of two engineers held by Peruvian rebels.",
     ("1053", "CHL", "PERREB"), None),
    # Also when a possessive names the people, or an apposition says where they are held.
    ("roles.target.custodian.v1",
     "Peru arrested five Bolivian fishermen on Sunday. Bolivia demanded their release.",
     ("1053", "BOL", "PER"), ("1053", "BOL", "BOLAGR")),
    ("roles.target.custodian.v1",
     "Bolivia called for the release of Rui Alves, a Bolivian reporter jailed in Chile.",
     ("0253", "BOL", "CHL"), ("0253", "BOL", "BOLMED")),
    # Custody someone is said to be in is the authorities' act on them.
    ("roles.source.implied-authority.v1",
     "Two Chilean fishermen remain in custody in Peru.",
     ("173", "PER", "CHLAGR"), None),
    # A reciprocal passive's subject names its parties in its "between" phrase.
    ("roles.source.between.v1",
     "An accord between Chile and Bolivia on river rights was signed on Friday.",
     ("057", "CHL", "BOL"), None),
    # A protest noun with no author is the protest of civilians where the text places it.
    ("roles.source.crowd.v1", "Protests against the Peruvian government continued in Lima.",
     ("141", "PERCVL", "PERGOV"), None),
    # An appeal another answers was made to it, whatever it is about.
    ("roles.target.responder.v1",
     "Chile rejected Peru's request to extradite the former minister.",
     ("020", "PER", "CHL"), ("020", "PER", "PERELI")),
    # A government that yields and names no one yields to its own country.
    ("roles.target.own-people.v1",
     "The Peruvian government released 50 political prisoners on Tuesday.",
     ("0841", "PERGOV", "PER"), None),
    # A noun that opens a sentence, misread as a base-form verb, is matched as a noun.
    ("events.trigger.misread-noun.v1", "Aid from Chile has reached flooded towns in Peru.",
     ("070", "CHL", "PER"), None),
    # A bundle of aid or sanctions is the act its compound names, with the bundle's verb.
    ("roles.source.light-verb.v1", "Washington approved a military aid package for Kyiv.",
     ("072", "USA", "UKR"), None),
    # An indefinite "in" phrase of manner names what the verb's own doing is.
    ("roles.source.light-verb.v1", "In a pointed rebuke to Bolivia, Chile cancelled the talks.",
     ("111", "CHL", "BOL"), None),
    # Lawyers and kin act for the one they represent, not for the country of the target.
    ("roles.phrase.represented.v1",
     "The lawyers of Chilean opposition leader Rui Alves criticized the Peruvian government.",
     ("111", "CHLOPP", "PERGOV"), ("111", "PERJUD", "PERGOV")),
    ("roles.phrase.represented.v1",
     "The wife of the detained Chilean journalist appealed to Peru for his release.",
     ("0253", "CHLMED", "PER"), None),
    # A body of people with no country of its own stands for those its "of" phrase names.
    ("roles.phrase.quantity.v1", "Peru hosted a delegation of Bolivian lawmakers.",
     ("043", "PER", "BOLLEG"), None),
    # A sector-only group is of the place where the one a passive acts on is.
    ("roles.pair.localised.v1", "Chile's embassy in Lima was attacked by a mob on Sunday.",
     ("190", "PERCVL", "CHLGOV"), None),
    # Reactions to a thing whose author a clause on it names are aimed at that author.
    ("roles.target.clause-author.v1",
     "Peru condemned the attack that Chilean troops carried out on Monday.",
     ("111", "PER", "CHLMIL"), None),
    ("roles.target.clause-author.v1", "Bolivia welcomed the agreement Chile reached with Peru.",
     ("051", "BOL", "CHL"), None),
    # An act noun set off after a clause renames the act it told.
    ("roles.target.prior-act.v1",
     "Chile closed its border with Bolivia on Monday, a decision that Peru condemned.",
     ("111", "PER", "CHL"), None),
    # An accusation in a relative clause with no object of its own: the noun it hangs on.
    ("roles.target.relative-object.v1",
     "Peru arrested two Chilean officials whom it accuses of spying.",
     ("1125", "PER", "CHLGOV"), None),
    # What a clause tells prompts the act of its participle; what is met with an act draws it.
    ("roles.target.receiver.v1",
     "Peru detained two Chilean fishermen, prompting a protest from Santiago.",
     ("114", "CHL", "PER"), None),
    ("roles.target.receiver.v1", "Peru's move was met with criticism from Chile.",
     ("111", "CHL", "PER"), None),
    # A protest by a state, as a noun, is a complaint.
    ("events.sense.official-protest.v1",
     "Peru detained two Chilean fishermen, prompting a protest from Santiago.",
     ("114", "CHL", "PER"), ("141", "CHL", "PER")),
    # A verb of hitting done by a weapon or an armed force is an attack of the weapon's kind;
    # a storm or a tariff that hits is none.
    # Warships and warplanes passing near another show force.
    ("events.trigger.military-passage.v1", "Peruvian bombers flew near Chile on Monday.",
     ("150", "PERMIL", "CHL"), None),
    ("events.trigger.military-passage.v1", "Bolivian warships sailed into Peruvian waters.",
     ("150", "BOLMIL", "PER"), None),
    ("events.trigger.armed-strike.v1", "Chilean missiles struck Peruvian army posts overnight.",
     ("195", "CHL", "PERMIL"), None),
    ("events.trigger.armed-strike.v1",
     "Peruvian border posts were hit by Chilean drones on Monday.", ("195", "CHL", "PER"), None),
    ("events.trigger.armed-strike.v1", "Bolivian shells hit Peruvian positions near the border.",
     ("194", "BOL", "PER"), None),
    # Who acts "along with", "together with" or "alongside" the subject acts too.
    ("roles.source.co-agents.v1", "Chile, along with Bolivia, condemned Peru's decision.",
     ("111", "BOL", "PER"), None),
    ("roles.source.co-agents.v1", "Chile, together with Bolivia, condemned Peru's decision.",
     ("111", "BOL", "PER"), None),
    # An appeal made "to" someone is aimed at them, not at what it asks for.
    ("roles.target.appeal-addressee.v1",
     "Peru appealed to the United Nations for help with the refugees.",
     ("023", "PER", "IGOUNO"), ("023", "PER", "PERREF")),
    # A state protests in words also through the verb a protesting participle depends on.
    ("events.sense.official-protest.v1",
     "Bolivia sent the UN Security Council a letter protesting Chile's actions.",
     ("114", "BOL", "CHL"), ("141", "BOL", "CHL")),
    # A measure is aimed at whom the verb it is subject of says it targets.
    ("roles.target.measure-aim.v1",
     "The sanctions, announced by Chile on Monday, target senior Peruvian officials.",
     ("163", "CHL", "PERGOV"), None),
    ("roles.target.measure-aim.v1", "Chile imposed new tariffs that hit Bolivian exports.",
     ("163", "CHL", "BOL"), None),
    # A measure on goods hits where they come from, not where they go.
    ("roles.target.goods-destination.v1",
     "Peru imposed tariffs on steel exports to Chile from Bolivia.",
     ("163", "PER", "BOL"), ("163", "PER", "CHL")),
    # Also when goods are coordinated and the parser hangs "to" on "on".
    ("roles.target.goods-destination.v1",
     "Peru imposed tariffs on copper and tin exports to Argentina from Chile.",
     ("163", "PER", "CHL"), ("163", "PER", "ARG")),
    # A pattern's noun past a gerund that a preposition of the trigger takes is the gerund's.
    ("triggers.clause-bound.v1", "Bolivia joined Chile in condemning the Peruvian strikes.",
     None, ("143", "BOL", "CHL")),
    # Nor reach into an adverbial clause with a subject of its own: no town is seized.
    ("triggers.clause-bound.v1",
     "Bolivian rebels seized a bus because the army had abandoned the town.",
     None, ("180", "BOLREB", "BOL")),
    # A pattern's noun after a preposition of a noun the pattern does not name is that noun's:
    # ending a freeze in relations ends no relations.
    ("triggers.noun-phrase-bound.v1",
     "Bolivia ended a two-year freeze in relations with Paraguay.", None, ("161", "BOL", "PRY")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "sentence", "with_rule", "without_rule"),
    EVENT_RULE_CASES,
    ids=[c[0] for c in EVENT_RULE_CASES],
)
def test_event_rule_on_and_off(coder, rule, sentence, with_rule, without_rule):
    from dyads.ingest import article_from_text

    article = article_from_text(sentence, id="test")

    def dyads_of(c):
        return {(e.cameo, e.source.code, e.target.code if e.target else None)
                for e in c.code(article).events}  # fmt: skip

    on, off = dyads_of(coder), dyads_of(coder.with_rules_off([rule]))
    for expected, present, absent in ((with_rule, on, off), (without_rule, off, on)):
        if expected is not None:
            assert expected in present, present
            assert expected not in absent, absent


def test_the_reporters_a_speaker_talks_to_are_not_what_the_words_are_about(code_text):
    # roles.target.content.v1: a fronted participle of speaking is no part of what is said.
    text = "Speaking to reporters in Asuncion, the Paraguayan minister said Bolivia was lying."
    targets = {e.target.code for e in code_text(text).events if e.target}
    assert targets == {"BOL"}


def test_blame_credits_the_act_to_the_party_blamed_not_the_one_blaming(code_text):
    # roles.source.gerund-adjunct.v1: an object that names no party credits no one.
    text = ("Chilean and Peruvian troops clashed on Monday. Each side blamed the other for the "
            "fighting.")  # fmt: skip
    fights = [e for e in code_text(text).events if e.root == "19"]
    assert {e.trigger.text for e in fights} == {"clashed"}


def test_a_foreign_army_does_not_attack_the_story_country_by_default(code_text):
    # roles.target.home-fight.v1: a foreign army's victims are most often abroad.
    text = ("Peru's president visited the Peruvian highlands on Monday. Peru's congress opened "
            "an inquiry. Chilean soldiers killed two men at a checkpoint.")  # fmt: skip
    assert not [e for e in code_text(text).events if e.root == "19"]


def test_a_foreign_official_does_not_appeal_to_the_story_country_by_default(code_text):
    # roles.target.home-addressees.v1: one from abroad may be addressing anyone.
    text = ("Chile's president opened a new port on Monday. Chilean exports rose. The Peruvian "
            "minister urged parents to keep their children at home.")  # fmt: skip
    assert not [e for e in code_text(text).events if e.root == "02"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile urged Peru to send aid to Bolivia.",
        "Chile called on Peru to send aid to Bolivia.",
        "Chile pressed Peru to send aid to Bolivia.",
    ],
)
def test_who_is_asked_to_act_is_the_one_who_would_act(all_events, sentence):
    # roles.source.controller.v1: the object of a verb of asking controls its infinitive.
    aid = [e for e in all_events(sentence) if e.root == "07"]
    assert aid and {(e.source.code, e.modality) for e in aid} == {("PER", "hypothetical")}, aid


def test_the_subject_of_a_bare_participle_is_its_patient(code_text):
    # roles.source.controller.v1: in "stand accused" the colonels are accused, not accusers.
    events = code_text("Three Chilean colonels stand accused of espionage against Peru.").events
    assert not [e for e in events if e.source.country == "CHL"], events


def test_aid_that_begins_to_arrive_does_not_travel(code_text):
    # roles.source.controller.v1: goods that arrive are delivered, no one visits.
    events = code_text("Chilean aid began arriving in Peru on Sunday.").events
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {("070", "CHL", "PER")}


def test_an_act_told_before_lends_no_agency_to_who_defends_it(code_text):
    # roles.source.light-verb.v1: "defended the arrest" refers back to the police's arrest.
    text = ("Chilean police arrested a Peruvian activist on Monday. Chile's president defended "
            "the arrest.")  # fmt: skip
    arrests = [e for e in code_text(text).events if e.root == "17"]
    assert [(e.source.code, e.trigger.text) for e in arrests] == [("CHLCOP", "arrested")]


def test_a_reaction_to_an_act_reported_before_codes_the_act_once(code_text):
    # roles.source.prior-act.v1: "the arrest" refers back and adds no party.
    text = ("Chilean police arrested Peruvian student Ana Ruiz on Monday. Student unions in "
            "Lima condemned the arrest.")  # fmt: skip
    arrests = [e for e in code_text(text).events if e.root == "17"]
    assert len(arrests) == 1, arrests


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile demanded that Peru release the fishermen.",
        "Chile called for Peru to free the Chilean fishermen.",
    ],
)
def test_a_clause_in_a_demand_is_asked_of_its_subject(code_text, sentence):
    # roles.target.pattern-verb.v1: the fishermen are what is to be released, not whom.
    events = code_text(sentence).events
    dyads = {(e.source.code, e.target.code if e.target else None) for e in events}
    assert ("CHL", "PER") in dyads and not any(t and t.endswith("AGR") for _, t in dyads), dyads


@pytest.mark.parametrize(
    ("sentence", "saying_kept"),
    [
        # An act the speaker reports as done is coded, and the saying is not ...
        ("The Chilean minister said Bolivia had condemned Peru.", False),
        # ... as is an act a statement verb takes as its object.
        ("Chile declared a ceasefire with Peru.", False),
        # ... as is a violent act no rule can tell the author of.
        ("Chilean police said someone shot two Peruvian tourists in Arica.", False),
        # ... but a closure harms no one, and with no target it leaves the saying the news ...
        ("The UN refugee agency said Chile had closed its border.", True),
        # ... and a hoped-for or forecast act is not done, and the saying is the news.
        ("The Chilean minister said Bolivia could sign a peace deal with Peru within days.",
         True),
    ],
)
def test_the_saying_of_an_act_not_done_is_coded(code_text, sentence, saying_kept):
    saying = [e for e in code_text(sentence).events if e.cameo == "010"]
    assert bool(saying) == saying_kept, saying


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What a quotation does is aimed at whom it names ...
        ('"Peru has lied to us," the Chilean envoy said.', ("112", "CHLGOV", "PER")),
        # ... and a statement that only quotes a phrase is aimed as any report is.
        ('The Chilean minister said the deal with Peru was "a good start."',
         ("010", "CHLGOV", "PER")),
    ],
)
def test_quoted_acts_and_quoted_phrases_keep_their_targets(code_text, sentence, expected):
    assert expected in _pairs_with_cameo(code_text(sentence).events)


def test_what_an_allegation_says_is_not_asserted(all_events):
    events = all_events("Bolivia faces accusations from Chile that it supplied weapons to rebels.")
    assert ("112", "CHL", "BOL") in _pairs_with_cameo(events)
    sold = [e for e in events if e.root == "07"]
    assert sold and {e.modality for e in sold} == {"hypothetical"}


@pytest.mark.parametrize(
    "sentence",
    [
        # A charge set at the end to rename a claim is rejected, whatever the claim says;
        # also where the parser hangs the rejecting verb on the claim itself.
        "Bolivian officials repeated the claim that the raid was organized by militants with "
        "camps in Chile, a charge Chilean spokesperson Rui Alves rejected Friday.",
        "Bolivian officials repeated the claim that the raid was planned by rebels based in "
        "Chile, a charge the Chilean foreign ministry rejected on Friday.",
    ],
)
def test_a_charge_that_renames_a_claim_is_rejected_as_told(all_events, sentence):
    rejections = [e for e in all_events(sentence) if e.root in ("01", "12")]
    assert rejections and {e.modality for e in rejections} == {"asserted"}
    assert {e.source.code for e in rejections} == {"CHLGOV"}


def _pairs_with_cameo(events):
    return {(e.cameo, e.source.code, e.target.code if e.target else None) for e in events}


def test_a_gerund_after_an_adjective_is_no_act_of_the_subject(code_text):
    # "keen on meeting" complements the adjective; it reports no meeting.
    assert code_text("Chile is keen on meeting Peru.").events == ()


def test_the_occasion_of_a_planned_act_is_planned_too(all_events):
    events = all_events("The Chilean minister hopes to sign the accord during a visit to Peru.")
    assert not [e for e in events if e.root == "04" and e.modality == "asserted"]


def test_an_occasion_is_not_its_clauses_act_of_force(code_text):
    # Only consultations take the subject of the clause they set the time of.
    article = "After an attack on the Peruvian convoy, the Chilean minister resigned."
    assert not [e for e in code_text(article).events if e.root in ("18", "19")]


def test_an_expulsion_without_an_agent_has_no_implied_author(code_text):
    # A state expels foreigners: the people's own state is not the one that expelled them.
    assert not code_text("Two Chilean activists were deported on Friday.").events


def test_people_who_meet_an_official_consult_them(code_text):
    events = code_text("Chilean protesters met the Peruvian ambassador on Monday.").events
    assert ("04", "CHLCVL", "PERGOV") in _pairs(events)


def test_a_guest_introduced_as_visiting_is_met(code_text):
    events = code_text("The Chilean president met visiting Peruvian Foreign Minister Ana Ruiz.")
    assert ("04", "CHLGOV", "PERGOV") in _pairs(events.events)


def test_a_visit_made_during_a_meeting_is_the_subjects(code_text):
    # "while visiting" opens a clause of the subject's own: no guest is described.
    events = code_text("The Chilean president met Ana Ruiz while visiting Peru.").events
    assert ("04", "CHLGOV", "PER") in _pairs(events)


def test_war_and_attack_in_their_own_sense_are_force(code_text):
    assert ("19", "CHLMIL", "PER") in _pairs(
        code_text("Chilean troops attacked Peruvian positions on Monday.").events
    )
    war = code_text("Russia launched a war against Ukraine.").events
    assert ("19", "RUS", "UKR") in _pairs(war)


def test_a_states_own_troops_in_the_act_are_not_its_target(all_events):
    events = all_events("Peru withdrew its troops from the Chilean border.")
    assert not [e for e in events if e.target and e.target.code == "PERMIL"]


def test_leaving_a_place_is_no_break_with_an_organisation(code_text):
    events = code_text("Peruvian troops withdrew from Lima and left Cusco.").events
    assert not [e for e in events if e.root == "16"]


def test_a_punishment_without_a_condition_is_no_threat(code_text):
    events = code_text("Chile said sanctions on Peru were lifted last year.").events
    assert not [e for e in events if e.cameo.startswith("13")]


def test_what_an_appeal_asks_for_is_not_done(all_events):
    # However the parser hangs the infinitive ("appealed to Peru to free" as an adverbial clause).
    events = all_events("Chile appealed to Peru to free the Bolivian prisoners.")
    assert {(e.root, e.modality) for e in events} == {("02", "asserted"), ("08", "hypothetical")}


def test_an_infinitive_after_for_has_the_noun_after_for_as_its_subject(all_events):
    # roles.source.for-subject.v1: the Council is to ease the sanctions, not Bolivia.
    events = all_events(
        "A Bolivian proposal for the Security Council to ease Peru's sanctions drew Chilean anger."
    )
    assert ("085", "IGOUNO", "PER") in _pairs_with_cameo(events)


def test_the_venue_of_a_gathering_is_no_party_to_the_act(code_text):
    # Where a gathering is held is its venue, not a party to what is done there.
    events = code_text("Chile's president met on the sidelines of the summit in Brasilia.").events
    assert not [e for e in events if "BRA" in (e.source.code, e.target and e.target.code)]


@pytest.mark.parametrize(
    "sentence",
    ["A powerful storm hit northern Chile on Monday.",
     "New Peruvian tariffs hit Chilean exporters hard.",
     "Chilean troops struck a deal with the rebels on Monday."],
)  # fmt: skip
def test_what_hits_without_a_weapon_or_force_is_no_attack(code_text, sentence):
    assert not [e for e in code_text(sentence).events if e.root in ("19", "18")]
