"""Actor resolution with the real English pipeline."""

from __future__ import annotations

import pytest


def _by_name(coded, name):
    matches = [a for a in coded.actors if a.name == name]
    assert matches, f"no actor named {name!r} among {[a.name for a in coded.actors]}"
    return matches[0]


def _covering(coded, text):
    """The actors with a mention whose text is exactly `text`."""
    return [a for a in coded.actors if any(m.text == text for m in a.mentions)]


@pytest.mark.parametrize(
    ("name", "country", "sectors"),
    [
        ("James Mattis", "USA", ("MIL",)),
        ("Rex Tillerson", "USA", ("GOV",)),
        ("Taro Kono", "JPN", ("GOV",)),
        ("Donald Trump", "USA", ("GOV",)),
    ],
)
def test_founding_example_people(founding, name, country, sectors):
    person = _by_name(founding, name)
    assert person.kind == "person"
    assert (person.country, person.sectors) == (country, sectors)
    assert person.code == country + "".join(sectors)


def test_onodera_is_japanese_government_or_military(founding):
    onodera = _by_name(founding, "Itsunori Onodera")
    assert onodera.country == "JPN"
    assert onodera.sectors[0] in ("GOV", "MIL")


@pytest.mark.parametrize("surname", ["Mattis", "Tillerson"])
def test_bare_surname_resolves_to_the_same_person(founding, surname):
    (person,) = [a for a in founding.actors if a.kind == "person" and surname in a.name]
    assert sum(m.text == surname for m in person.mentions) >= 1
    assert len(person.mentions) >= 2


@pytest.mark.parametrize("text", ["North Korea", "DPRK", "Pyongyang", "North Korean"])
def test_north_korea_names(founding, text):
    assert [a.code for a in _covering(founding, text)] == ["PRK"]


def test_guam_is_the_us_territory(founding):
    (guam,) = _covering(founding, "Guam")
    assert (guam.name, guam.country, guam.code) == ("Guam", "USA", "USA")


def test_japanese_government_official(founding):
    (official,) = _covering(founding, "Japanese government official")
    assert official.code == "JPNGOV"


def test_article_date_and_place(founding):
    assert founding.article.date.isoformat() == "2017-08-19"
    assert founding.article.place == "Washington"
    assert founding.article.title == "Japan, US facing need to coordinate N. Korea strategies"


def test_dateline_is_not_an_actor_mention(founding):
    start, end = founding.article.dateline
    assert all(m.start >= end for a in founding.actors for m in a.mentions)


def test_ministers_and_statements_resolve_to_both_governments(founding):
    """ "the ministers", "a joint statement", "the statement" and "It" all stand for the
    Japanese and US ministers, a group of the two governments."""
    groups = [a for a in founding.actors if set(a.members) == {"JPNGOV", "USAGOV"}]
    assert len(groups) == 1
    texts = {m.text for m in groups[0].mentions}
    assert {"ministers", "joint statement", "statement", "It"} <= texts


def test_their_refers_to_the_coordinated_subject(founding):
    (their,) = [a for a in founding.actors if set(a.members) == {"JPN", "USA"}]
    assert any(m.text == "their" for m in their.mentions)


def test_mentions_slice_the_text(founding):
    text = founding.article.text
    for actor in founding.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


def test_group_members_are_listed_actors(founding):
    ids = {a.id for a in founding.actors}
    for actor in founding.actors:
        assert set(actor.members) <= ids


@pytest.mark.parametrize(
    ("sentence", "text", "code"),
    [
        (
            "Kono, Japan's foreign minister, met Chinese officials in Beijing.",
            "Chinese officials",
            "CHNGOV",
        ),
        ("Kono, Japan's foreign minister, met Chinese officials in Beijing.", "Beijing", "CHN"),
        ("The foreign minister of France, Jean-Yves Le Drian, visited Kyiv.", "Kyiv", "UKR"),
        (
            "Russian troops shelled Kharkiv as the Kremlin denied involvement.",
            "Russian troops",
            "RUSMIL",
        ),
        ("Russian troops shelled Kharkiv as the Kremlin denied involvement.", "Kharkiv", "UKR"),
        ("Russian troops shelled Kharkiv as the Kremlin denied involvement.", "Kremlin", "RUSGOV"),
        ("The White House and the Pentagon disagreed on the plan.", "Pentagon", "USAMIL"),
        # World regions named as parties carry CAMEO's region codes; longer names keep theirs.
        ("Western diplomats criticized the vote.", "Western diplomats", "WSTGOV"),
        ("Peru banned poultry imports from Europe.", "Europe", "EUR"),
        ("South Africa hosted the summit.", "South Africa", "ZAF"),
        ("Rebels attacked a town in Western Sahara.", "Western Sahara", "ESH"),
        # Every region CAMEO codes is one: "South American" is not "American".
        ("South American leaders met in Quito.", "South American leaders", "SAMGOV"),
        ("Eastern European governments objected.", "Eastern European governments", "EEUGOV"),
        ("Balkan leaders met in Sofia.", "Balkan leaders", "BLKGOV"),
        ("Central African troops entered the town.", "Central African troops", "CAFMIL"),
        # Opponents, critics and campaigners are the opposition; fighters armed; victims civil.
        ("Peruvian opponents of the plan marched.", "Peruvian opponents", "PEROPP"),
        ("Chilean critics of the deal spoke.", "Chilean critics", "CHLOPP"),
        ("Bolivian campaigners met in La Paz.", "Bolivian campaigners", "BOLOPP"),
        ("Peruvian fighters crossed the border.", "Peruvian fighters", "PERUAF"),
        ("Chilean victims of the floods were evacuated.", "Chilean victims", "CHLCVL"),
        ("The Peruvian dictator fled.", "Peruvian dictator", "PERGOV"),
        ("A Chilean defector spoke in Lima.", "Chilean defector", "CHLOPP"),
        ("Bolivian landowners blocked the road.", "Bolivian landowners", "BOLCVL"),
        ("Peruvian survivors of the floods spoke.", "Peruvian survivors", "PERCVL"),
        # Sellers and vendors trade.
        ("Street vendors in Lima protested the new taxes.", "Street vendors in Lima", "PERBUS"),
        # A general of a service is military; "general" alone is not a role ("general strike").
        ("A senior Chilean Air Force general spoke.", "Chilean Air Force general", "CHLMIL"),
        # Organisations carry their CAMEO codes and known groups.
        ("The UN Security Council condemned the attack.", "UN Security Council", "IGOUNO"),
        ("Hamas fired rockets at Israel, the Israeli military said.", "Israeli military", "ISRMIL"),
        (
            "Iraqi Prime Minister Mohammed Shia al-Sudani thanked U.S. forces.",
            "U.S. forces",
            "USAMIL",
        ),
        ("The European Union imposed sanctions on Iran.", "European Union", "IGOEUREEC"),
        (
            "Calls for restraint came from the international community.",
            "international community",
            "IGO",
        ),
        # Former names of a state code as its successor.
        ("The Soviet Union sent advisers to Angola.", "Soviet Union", "RUS"),
        ("Yugoslav troops entered the town.", "Yugoslav troops", "SRBMIL"),
        # Hong Kong has its own CAMEO code; Guam (above) codes as the US.
        ("The talks were held in Hong Kong.", "Hong Kong", "HKG"),
        # A place the tagger takes for a nationality is still a place after "the town of".
        ("Rebels ambushed an army patrol near the town of Kidal.", "Kidal", "MLI"),
        # People of one nation living in another state are that state's.
        ("Croatian Serbs blocked the road.", "Croatian Serbs", "HRV"),
        ("Saudi-led forces took the port.", "Saudi-led forces", "SAUMIL"),
        # A hyphenated participle of control makes the noun that party's own; one of backing
        # does not ("Iran-backed militias" are not Iran's state).
        ("NATO-led troops patrolled the border.", "NATO-led troops", "IGOWSTNAT"),
        ("OAS-appointed envoy Ana Silva arrived.", "OAS-appointed envoy Ana Silva", "IGOOAS"),
        (
            "Kremlin-installed governor Ivan Petrov spoke.",
            "Kremlin-installed governor Ivan Petrov",
            "RUSGOV",
        ),
        ("Iran-backed militias fired rockets.", "militias", "REB"),
        # Federal departments and agencies act for the US government in their sector.
        ("DHS announced new rules for airports.", "DHS", "USAGOV"),
        ("The Justice Department charged two men.", "Justice Department", "USAJUD"),
        ("ICE arrested two men in Texas.", "ICE", "USACOP"),
        # A leader's name heads their government.
        ("The Obama administration protested.", "Obama administration", "USAGOV"),
        # An armed group known by name.
        ("Houthi rebels attacked the convoy.", "Houthi rebels", "YEMREB"),
        # Abbreviated military titles are titles.
        ("Peruvian Lt. Gen. Rui Alves condemned Chile.", "Peruvian Lt. Gen. Rui Alves",
         "PERMIL"),
        ("The Chilean Col. Ana Ruiz visited Peru.", "Chilean Col. Ana Ruiz", "CHLMIL"),
        # Advisers to a government are its officials.
        ("A Peruvian presidential adviser criticized Chile.", "Peruvian presidential adviser",
         "PERGOV"),
        ("The Bolivian foreign policy adviser spoke.", "Bolivian foreign policy adviser", "BOLGOV"),
        # Anonymous sources of a state's services are its officials.
        ("Chilean security sources said the border was calm.", "Chilean security sources",
         "CHLCOP"),
        ("Peruvian military sources denied the report.", "Peruvian military sources", "PERMIL"),
        # A role held in a body the lexicon lacks is the country's person, not its government.
        ("Rui Alves, president of the Peruvian Alpaca Council, criticized Chile.",
         "Rui Alves, president", "PER"),
        ("Ana Ruiz, a spokeswoman at Peru's foreign ministry, criticized Chile.",
         "Ana Ruiz, a spokeswoman at Peru's foreign ministry", "PERGOV"),
        # A directorate is a government department.
        ("Peru's Directorate of Migration deported two Chilean journalists.",
         "Peru's Directorate", "PERGOV"),
        # A role named with its sector refers back to a holder in that sector.
        ("Peruvian military spokesman Luis Soto said rebels had attacked a base. Bolivian "
         "foreign ministry spokesman Rui Alves rejected the claim. The military spokesman said "
         "Bolivia had armed the rebels.", "military spokesman", "PERMIL"),
        # "A spokesman" is someone new, not the spokesman named before.
        ("Peru's foreign ministry spokesman Luis Soto criticized Chile on Monday. In Santiago, a "
         "spokesman said the talks would resume.", "spokesman", "GOV"),
        # A noun that ends one phrase before a comma is no coordinated modifier of the role
        # after it ("border" of "border officials").
        ("Chilean tanks reached the Peruvian border, officials said.", "officials", "GOV"),
        ("Chilean troops crossed the Peruvian border, police said.", "police", "COP"),
    ],
)
def test_sentence_actor_codes(code_text, sentence, text, code):
    actors = _covering(code_text(sentence), text)
    assert actors, f"{text!r} not resolved in {sentence!r}"
    if code is not None:
        assert actors[0].code == code


@pytest.mark.parametrize(
    ("sentence", "name", "country", "sector"),
    [
        ("US Defense Secretary James Mattis spoke.", "James Mattis", "USA", "MIL"),
        ("Hargrove, the defense secretary, spoke. Hargrove left.", "Hargrove", None, "MIL"),
        ("Mattis, the defense secretary, spoke.", "Mattis", "USA", "MIL"),
        ("Kono, Japan's foreign minister, spoke.", "Kono", "JPN", "GOV"),
        (
            "The foreign minister of France, Jean-Yves Le Drian, spoke.",
            "Jean-Yves Le Drian",
            "FRA",
            "GOV",
        ),
        ("President Emmanuel Macron of France spoke.", "Emmanuel Macron", "FRA", "GOV"),
        (
            "Iraqi Prime Minister Mohammed Shia al-Sudani spoke. Sudani left.",
            "Mohammed Shia al-Sudani",
            "IRQ",
            "GOV",
        ),
    ],
)
def test_people_take_country_and_role_from_titles_and_appositives(
    code_text, sentence, name, country, sector
):
    person = _by_name(code_text(sentence), name)
    assert person.country == country
    assert person.sectors == (sector,)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # A stance toward a state, a language and an ethnic group name no state actor.
        ("An anti-American cleric was arrested.", "USA"),
        ("A pro-Turkish militia fired rockets.", "TUR"),
        ("Schools in Kazakhstan teach the Russian language.", "RUS"),
        ("Ethnic Hungarians rallied in Slovakia.", "HUN"),
    ],
)
def test_words_that_name_no_state(code_text, sentence, absent):
    assert absent not in [a.country for a in code_text(sentence).actors]


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        # Both US presidents Bush: the title and the surname are enough for the country.
        ("President Bush visited Brazil.", "Bush", "USAGOV"),
        # Kim is a surname of both Koreas' leaders: no country from the surname alone.
        ("President Kim warned the rebels.", "Kim", None),
        # A place-like surname after a given name; the appositive makes an IGO official.
        (
            "Hiroshi Nagano, the United Nations refugee coordinator, spoke.",
            "Hiroshi Nagano",
            "IGO",
        ),
        ("The rebels met U.N. envoy Anna Keller.", "Anna Keller", "IGOUNO"),
        # A listed person keeps their own sector under a generic title.
        ("Rebel leader Manuel Marulanda of the FARC spoke.", "Manuel Marulanda", "COLREB"),
        # A title out of office is newer than a listed person's office.
        ("Former Prime Minister Raila Odinga spoke.", "Raila Odinga", "KENELI"),
        ("Opposition leader Raila Odinga spoke.", "Raila Odinga", "KENOPP"),
    ],
)
def test_people_codes(code_text, sentence, name, code):
    assert _by_name(code_text(sentence), name).code == code


def test_later_surname_is_the_same_person(code_text):
    coded = code_text("Iraqi Prime Minister Mohammed Shia al-Sudani spoke. Sudani left.")
    person = _by_name(coded, "Mohammed Shia al-Sudani")
    assert [m.text for m in person.mentions][-1] == "Sudani"


def test_pronoun_they_refers_to_compound_subject(code_text):
    coded = code_text("Germany and France said they would send aid to Ukraine.")
    (group,) = [a for a in coded.actors if a.kind == "group"]
    assert set(group.members) == {"DEU", "FRA"}
    assert [m.text for m in group.mentions] == ["they"]


def test_its_refers_to_the_clause_subject(code_text):
    coded = code_text("The European Union imposed sanctions on Iran over its nuclear program.")
    (eu,) = _covering(coded, "European Union")
    assert "its" in [m.text for m in eu.mentions]


def test_no_political_actors_in_ordinary_text(code_text):
    assert code_text("The cat sat on the mat and ate a fish for dinner.").actors == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Let us go to the market and buy some bread today.",
        "The children bought ice cream and skated on the ice.",
    ],
)
def test_common_words_are_no_actors(code_text, sentence):
    assert code_text(sentence).actors == ()


@pytest.mark.parametrize(
    ("day", "actor_code", "event_source"),
    [
        ("2018-06-12", "USAGOV", "USAGOV"),  # in office
        ("2022-06-12", "USAELI", "USAELI"),  # between his terms
        (None, "USAGOV", "USAGOV"),  # no story date: the entry's own code
    ],
)
def test_a_person_is_coded_by_the_story_date(coder, day, actor_code, event_source):
    import datetime as dt

    from dyads.records import Article

    text = "Donald Trump criticized China on Monday."
    date = dt.date.fromisoformat(day) if day else None
    coded = coder.code(Article(id="dated", text=text, date=date))
    trump = _by_name(coded, "Donald Trump")
    assert (trump.code, trump.country, trump.sectors) == (actor_code, "USA", (actor_code[3:],))
    assert [e.source.code for e in coded.events] == [event_source]


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("2015-05-01", "AFGREB"),  # an insurgency against the Kabul government
        ("2023-05-01", "AFGGOV"),  # governing Afghanistan since August 2021
    ],
)
def test_an_armed_group_that_took_power_is_coded_by_the_story_date(coder, day, code):
    import datetime as dt

    from dyads.records import Article

    text = "The Taliban detained two aid workers in Kandahar."
    coded = coder.code(Article(id="dated", text=text, date=dt.date.fromisoformat(day)))
    assert _by_name(coded, "Taliban").code == code


_ONE_COUNTRY_STORY = (
    "Floods swept through northern Peru on Monday. Peru's president toured Piura. "
    "The Peruvian army sent boats to Peru's coast. "
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Groups and officials known only by their role are the story's country's ...
        (_ONE_COUNTRY_STORY + "Police said five people died.", "Police", "PER"),
        (
            _ONE_COUNTRY_STORY + "Roads were shut, army spokesperson Ana Ruiz said.",
            "army spokesperson Ana Ruiz",
            "PER",
        ),
        # ... as is an opposition figure ...
        (
            _ONE_COUNTRY_STORY + "Opposition leader Ana Ruiz criticized the relief effort.",
            "Opposition leader Ana Ruiz",
            "PER",
        ),
        # ... and so is a journalist named with no outlet the lexicon knows ...
        (
            _ONE_COUNTRY_STORY + "Rui Alves, a reporter with a local radio station, was hurt.",
            "Rui Alves, a reporter",
            "PER",
        ),
        # ... but international roles are not, nor a businessman, who may well be a foreigner
        # the story is about.
        (_ONE_COUNTRY_STORY + "Peacekeepers said five people died.", "Peacekeepers", None),
        (
            _ONE_COUNTRY_STORY + "Roads were shut, businessman Rui Alves said.",
            "businessman Rui Alves",
            None,
        ),
        # A story about two countries has no home country.
        (
            "Peru and Chile signed a deal. Peru and Chile will trade. Chile and Peru met. "
            "Police said five people died.",
            "Police",
            None,
        ),
    ],
)
def test_roles_without_a_country_take_the_story_home_country(code_text, text, name, country):
    actors = _covering(code_text(text), name)
    assert actors, f"{name!r} not resolved"
    assert actors[0].country == country


@pytest.mark.parametrize(
    ("text", "mention", "members"),
    [
        # Plural state nouns after "the", "both" or a number are the states just named together.
        (
            "Chile and Peru signed a deal. The two countries accused Bolivia of bias.",
            "two countries",
            {"CHL", "PER"},
        ),
        (
            "Japan and China met on Monday. Both sides criticized Seoul.",
            "Both sides",
            {"JPN", "CHN"},
        ),
        # "The alliance" is the organisation last named.
        ("NATO met in Brussels. Russia criticized the alliance.", "alliance", {"IGOWSTNAT"}),
    ],
)
def test_state_and_organization_nouns_refer_back(code_text, text, mention, members):
    coded = code_text(text)
    actor = _covering(coded, mention)[0]
    by_id = {a.id: a for a in coded.actors}
    codes = {by_id[m].code for m in actor.members} if actor.members else {actor.code}
    assert codes == members


def test_many_countries_is_no_reference(code_text):
    assert (
        _covering(code_text("Japan and China met. Many countries criticized Seoul."), "countries")
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "text", "code"),
    [
        # Parties of every continent resolve by name, acronym and native name to <CTRY>PTY.
        ("Zanu-PF accused the opposition of plotting unrest.", "Zanu-PF", "ZWEPTY"),
        ("ZANU-PF won most of the seats in Harare.", "ZANU-PF", "ZWEPTY"),
        (
            "Leaders of the Pakistan Tehreek-e-Insaf party called for fresh elections.",
            "Pakistan Tehreek-e-Insaf",
            "PAKPTY",
        ),
        ("Tehreek-e-Insaf boycotted the budget session.", "Tehreek-e-Insaf", "PAKPTY"),
        (
            "The ruling Justice and Development Party proposed a new charter.",
            "Justice and Development Party",
            "TURPTY",
        ),
        (
            "Alternative for Germany gained seats in the state vote.",
            "Alternative for Germany",
            "DEUPTY",
        ),
        ("The AfD demanded a recount.", "AfD", "DEUPTY"),
        (
            "The United Socialist Party of Venezuela named its candidate.",
            "United Socialist Party of Venezuela",
            "VENPTY",
        ),
        ("The Liberal Democratic Party chose a new leader.", "Liberal Democratic Party", "JPNPTY"),
        ("Pheu Thai formed a coalition with smaller parties.", "Pheu Thai", "THAPTY"),
        ("The Australian Labor Party won the election.", "Australian Labor Party", "AUSPTY"),
        # A longer party name wins over the legislature "Congress" inside it.
        ("The Trinamool Congress protested in Kolkata.", "Trinamool Congress", "INDPTY"),
        # National think tanks are their country's research bodies; watchdogs are NGOs.
        (
            "Analysts at the Brookings Institution doubted the plan.",
            "Brookings Institution",
            "USAEDU",
        ),
        ("SIPRI reported a rise in arms imports.", "SIPRI", "SWEEDU"),
        ("Bellingcat traced the missile launcher.", "Bellingcat", "NGO"),
        # Women and children named as a group are civilians.
        ("The Peruvian army attacked Chilean women and children.", "Chilean women", "CHLCVL"),
        # Rioters and captives are civilians; extremists unidentified armed men.
        ("Peruvian rioters attacked the Chilean embassy.", "Peruvian rioters", "PERCVL"),
        ("Chilean extremists attacked a Peruvian convoy.", "Chilean extremists", "CHLUAF"),
        # Passengers and worshippers are civilians.
        ("Gunmen attacked Peruvian pilgrims on a bus.", "Peruvian pilgrims", "PERCVL"),
        # A suicide bomber is an attacker, not a warplane.
        ("A suicide bomber struck a market in Lima.", "suicide bomber", "UAF"),
        # A foreign policy chief speaks for the body whose chief they are.
        ("The EU's foreign policy chief Ana Ruiz visited Lima.",
         "EU's foreign policy chief Ana Ruiz", "IGOEUREEC"),
        # Defense and security chiefs are of the forces.
        ("Peruvian defense chiefs met in Lima.", "Peruvian defense chiefs", "PERMIL"),
        ("Bolivian security chiefs met in La Paz.", "Bolivian security chiefs", "BOLCOP"),
        # A post, unit or vehicle of the forces stands for them.
        ("Peruvian rebels attacked a police station.", "police station", "COP"),
        ("Rebels ambushed an army patrol near the border.", "army patrol", "MIL"),
        # A camp stands for those it shelters, a seat of government for the government.
        ("Rebels shelled a refugee camp in the north.", "refugee camp", "REF"),
        ("Protesters stormed the presidential palace.", "presidential palace", "GOV"),
        # So are assailants and attackers the text calls unidentified.
        ("Assailants stabbed a Chilean diplomat.", "Assailants", "UAF"),
        ("Unidentified attackers shelled a village.", "Unidentified attackers", "UAF"),
        # An acronym that is also a word matches only in capitals.
        ("The WHO criticized Peru's health ministry.", "WHO", "IGOUNOWHO"),
        # Groups that defend the press are rights groups, not the press.
        ("Press freedom groups criticized Chile.", "Press freedom groups", "NGO"),
        ("Media rights organizations criticized Peru.", "Media rights organizations", "NGO"),
        # An association of journalists is the press's own body.
        ("The Peruvian media association criticized Chile.", "Peruvian media association",
         "PERMED"),
    ],
)
def test_parties_and_think_tanks_by_name(code_text, sentence, text, code):
    actors = _covering(code_text(sentence), text)
    assert actors, f"{text!r} not resolved in {sentence!r}"
    assert actors[0].code == code


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # Acronyms and names that several parties or other things share are left out.
        ("The PP won the vote in Madrid.", "PP"),
        ("The DA filed charges against the mayor.", "DA"),
        ("An APC drove into the square.", "APC"),
        ("The Labour Party chose a new leader.", "Labour Party"),
        # The press-freedom group is written in capitals; a constitution's article is not it.
        ("Article 19 of the constitution protects free speech.", "Article 19"),
    ],
)
def test_ambiguous_party_names_stay_unresolved(code_text, sentence, text):
    # A party known only as a party (no country, `actors.recognise.party-name.v1`) is no
    # resolution to one of the parties of that name.
    covering = _covering(code_text(sentence), text)
    assert not [a for a in covering if a.country and ("PTY" in a.sectors or "NGO" in a.sectors)]
    assert not [a for a in covering if "NGO" in a.sectors]


@pytest.mark.parametrize(("day", "code"), [("1985-05-01", "SLVREB"), ("2010-05-01", "SLVPTY")])
def test_a_guerrilla_that_became_a_party_is_coded_by_the_story_date(coder, day, code):
    import datetime as dt

    from dyads.records import Article

    text = "The FMLN criticized the government in San Salvador."
    coded = coder.code(Article(id="dated", text=text, date=dt.date.fromisoformat(day)))
    (fmln,) = _covering(coded, "FMLN")
    assert fmln.code == code


@pytest.mark.parametrize(
    ("sentence", "text", "code"),
    [
        # People and roles titled by a national organisation act for it, not for its state.
        ("ZANU-PF officials met in Harare on Friday.", "ZANU-PF officials", "ZWEPTY"),
        (
            "Fatah official Jibril Rajoub criticized Hamas.",
            "Fatah official Jibril Rajoub",
            "PSEPTY",
        ),
        ("Atlantic Council fellow Maria Lopez said the talks failed.", "Maria Lopez", "USAEDU"),
        ("IDF spokesman Daniel Hagari spoke to reporters.", "Daniel Hagari", "ISRMIL"),
        # A country named in the phrase still decides the country.
        ("Chinese Communist Party officials met in Beijing.", "officials", "CHNPTY"),
    ],
)
def test_a_national_organisation_titles_its_people(code_text, sentence, text, code):
    actors = [a for a in code_text(sentence).actors if any(text in m.text for m in a.mentions)]
    assert actors, f"{text!r} not resolved in {sentence!r}"
    assert actors[0].code == code


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "word", "names"),
    [
        # A lexicon word the clause uses as its verb names no one ...
        (["Chile", "spied", "on", "Peru", "."], [1, 1, 1, 2, 1],
         ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
         "spied", False),
        (["Troops", "will", "police", "the", "border", "."], [2, 2, 2, 4, 2, 2],
         ["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
         ["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"], "police", False),
        # ... while one the tagger calls a verb where the parse has it a noun still names.
        (["The", "press", "watchdog", "criticized", "Peru", "."], [2, 2, 3, 3, 3, 3],
         ["det", "compound", "nsubj", "ROOT", "dobj", "punct"],
         ["DET", "NOUN", "VERB", "VERB", "PROPN", "PUNCT"], "watchdog", True),
    ],
)  # fmt: skip
def test_a_role_word_used_as_a_verb_names_no_actor(
    coder, hand_parse, words, heads, deps, pos, word, names
):
    from dyads.ingest import article_from_text

    lemmas = ["spy" if w == "spied" else w.lower() for w in words]
    doc = hand_parse(words, heads, deps, pos, lemmas=lemmas)
    coded = coder.code_parsed(article_from_text(" ".join(words), id="t"), doc)
    assert any(word in m.text for a in coded.actors for m in a.mentions) == names


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Chile accused Peru of spying.", "spying"),
        ("Bolivia accused two Chilean diplomats of spying.", "spying"),
    ],
)
def test_a_gerund_names_the_activity_not_its_doer(code_text, sentence, word):
    # The last word of a role matches by lemma so that plurals match; "spying" is no spy.
    assert not any(word in m.text for a in code_text(sentence).actors for m in a.mentions)


def test_a_plural_role_the_tagger_takes_for_a_name_is_still_the_role(code_text):
    # Sentence-initial "Rebels" is tagged a proper noun, whose lemma keeps the plural.
    coded = code_text("Rebels in Peru attacked a police post on Monday.")
    assert any(a.code == "PERREB" for a in coded.actors), coded.actors
