"""Actor rules one at a time: each sentence, written for the rule, is resolved with the rule on
and with it switched off (a copy of the session coder), so that each row says what the rule
contributes. Mentions map to the code of their actor ("" for none, members joined by "+" for a
group); a mention missing from the expectation's actor list is checked absent with None."""

from __future__ import annotations

import pytest

from dyads.actors.resolve import leader_country, mention_start, possessor_pronoun
from dyads.rules import registered


def _codes(coded) -> dict[str, str]:
    found = {}
    for actor in coded.actors:
        code = "+".join(sorted(actor.members)) if actor.members else actor.code or ""
        for mention in actor.mentions:
            found[mention.text] = code
    return found


RULE_CASES = [
    # A sea or strait between countries names none of them.
    ("actors.recognise.natural-region.v1",
     "Chilean warships sailed across South China Sea waters on Monday.",
     {"China": None}, {"China": "CHN"}),
    ("actors.refs.leader-surname.v1", "President Bush thanked Chile.",
     {"President Bush": "USAGOV"}, {"President Bush": ""}),
    ("actors.chunk.leader-body.v1", "The Obama administration criticized Iran.",
     {"Obama administration": "USAGOV"}, {"Obama": "USAGOV", "administration": "GOV"}),
    ("actors.refs.possessor.v1", "Chile recalled its ambassador on Monday.",
     {"ambassador": "CHLGOV"}, {"ambassador": "GOV"}),
    ("actors.refs.possessor.v1",
     "Peruvian journalist Ana Ruiz was detained in Santiago. Her lawyer denied the charges.",
     {"Her lawyer": "PERJUD"}, {"Her lawyer": "JUD"}),
    ("actors.refs.possessor.v1",
     "Peruvian journalist Ana Ruiz was detained in Santiago. Her lawyer, Rui Alves, denied the "
     "charges.", {"Her lawyer, Rui Alves": "PERJUD"}, {"Her lawyer, Rui Alves": ""}),
    ("actors.mention.determiner.v1", "The Chilean ministers met in Lima.",
     {"Chilean ministers": "CHLGOV", "The Chilean ministers": None},
     {"The Chilean ministers": "CHLGOV"}),
    ("actors.chunk.adjacent.v1", "US Defense Secretary Jim Park visited Chile.",
     {"US Defense Secretary Jim Park": "USAMIL"}, {"US": "USA", "Jim Park": ""}),
    ("actors.chunk.possessive.v1", "NATO's top commander visited Chile.",
     {"NATO's top commander": "IGOWSTNAT"}, {"NATO": "IGOWSTNAT", "top commander": "MIL"}),
    ("actors.chunk.possessive.v1", "The OAS's acting Board President Ana Silva met Chile.",
     {"OAS's acting Board President Ana Silva": "IGOOAS"},
     {"OAS": "IGOOAS", "President Ana Silva": ""}),
    ("actors.chunk.modified-role.v1", "US nuclear forces were put on alert.",
     {"US nuclear forces": "USAMIL"}, {"US": "USA", "forces": "MIL"}),
    ("actors.chunk.affiliating-participle.v1", "Saudi-led forces attacked rebels in Yemen.",
     {"Saudi-led forces": "SAUMIL"}, {"Saudi": "SAU", "forces": "MIL"}),
    ("actors.chunk.coordinated-adjectives.v1", "The Japanese and US ministers met in Tokyo.",
     {"Japanese and US ministers": "JPNGOV+USAGOV"}, {"US ministers": "USAGOV"}),
    # A country's name after "US" is a second party, not a nationality sharing a head.
    ("actors.chunk.coordinated-adjectives.v1", "The US and Chile held talks in Lima.",
     {"US": "USA", "Chile": "CHL", "US and Chile": None}, {"US": "USA", "Chile": "CHL"}),
    ("actors.chunk.coordinated-role-modifier.v1",
     "The Chilean foreign and defense ministers met in Lima.",
     {"Chilean foreign and defense ministers": "CHLGOV"},
     {"Chilean": "CHL", "foreign and defense ministers": "GOV"}),
    ("actors.chunk.described-name.v1", "Afghan poet Ali Khan visited Chile.",
     {"Afghan poet Ali Khan": "AFG"}, {"Afghan": "AFG", "Ali Khan": ""}),
    ("actors.chunk.described-name.v1", "The EU's trade policy chief Ana Silva visited Chile.",
     {"EU's trade policy chief Ana Silva": "IGOEUREEC"}, {"EU": "IGOEUREEC", "Ana Silva": ""}),
    ("actors.antecedent.role.v1",
     "Chilean President Ana Costa arrived in Lima on Monday. The president met students.",
     {"president": "CHLGOV"}, {"president": "GOV"}),
    # "Both" standing alone stands for the parties just named together, as "they" does.
    ("actors.anaphora.pronoun.v1",
     "Chile and Peru signed a pact on Monday. Both urged Bolivia to join it.",
     {"Both": "CHL+PER"}, {"Chile": "CHL", "Peru": "PER"}),
    # Who issued a statement is whom "the statement" after it stands for.
    ("actors.anaphora.statement-issuer.v1",
     "Chile's foreign ministry issued a statement on Monday. The statement accused Peru of lying.",
     {"statement": "CHLGOV"}, {"statement": None}),
    # "The leader" is whichever head of state or government was named last.
    ("actors.antecedent.role.v1",
     "Chilean President Ana Costa arrived in Lima on Monday. The leader met students.",
     {"leader": "CHLGOV"}, {"leader": "GOV"}),
    # A definite organ of a state is of the one country its sentence names before it.
    ("actors.antecedent.sentence-state.v1",
     "Chile's opposition criticized the government on Monday.",
     {"government": "CHLGOV"}, {"government": "GOV"}),
    # "The trio" stands for the states just named together; "it" as the subject of what a
    # state says is that state.
    # "The two countries" with no states named together: the last two named apart.
    ("actors.antecedent.two-states.v1",
     "Chile's president flew to Lima on Monday. The two countries signed a fishing deal.",
     {"two countries": "CHL+PER"}, {"two countries": None}),
    # The two sides of a war inside one country are its last two parties named apart.
    ("actors.antecedent.two-states.v1",
     "Peru's army clashed with the Shining Path on Monday. The two sides agreed to a truce.",
     {"two sides": "PERMIL+shining-path"}, {"two sides": None}),
    # A city before an agreement names where it was made; a country's name stays a party.
    ("actors.refs.venue-name.v1", "Chile left the Lima fishing accord.",
     {"Lima": None}, {"Lima": "PER"}),
    ("actors.refs.venue-name.v1", "Chile left the Peru fishing accord.",
     {"Peru": "PER"}, {"Peru": "PER"}),
    # "They" may refer to an organisation named as a body of people when no group was named.
    ("actors.antecedent.collective-organisation.v1", "Hamas said they would free the hostages.",
     {"they": "PSEREB"}, {"they": None}),
    ("actors.anaphora.states.v1",
     "Chile, Peru and Bolivia signed a water pact in May. Argentina said it would hold talks "
     "with the trio.", {"trio": "BOL+CHL+PER"}, {"trio": None}),
    ("actors.antecedent.reported-body.v1",
     "Chile, Peru and Bolivia signed a water pact in May. Argentina said it would hold talks "
     "with the trio.", {"it": "ARG"}, {"it": "CHL"}),
    # A role "from" or "of" the states an anaphor names is that role of each of them.
    ("actors.antecedent.role-of-states.v1",
     "Chile and Peru have disputed the border for decades. Officials from both countries met "
     "in Lima on Monday.", {"Officials": "CHLGOV+PERGOV"}, {"Officials": "GOV"}),
    ("actors.antecedent.role-of-states.v1",
     "Chile and Peru have disputed the border for decades. The foreign ministers of the two "
     "countries met in Lima.", {"foreign ministers": "CHLGOV+PERGOV"},
     {"foreign ministers": "GOV"}),
    # "The two presidents" stand for the two holders of that role named last.
    ("actors.antecedent.role-pair.v1",
     "Chile's president flew to Lima to meet Peru's president on Monday. The two presidents "
     "signed a border deal.", {"presidents": "CHLGOV+PERGOV"}, {"presidents": "GOV"}),
    # "The two leaders" stand for any two heads of state or government.
    ("actors.antecedent.role-pair.v1",
     "Chile's president flew to Lima to meet Peru's prime minister on Monday. The two leaders "
     "signed a border deal.", {"leaders": "CHLGOV+PERGOV"}, {"leaders": "GOV"}),
    # ... and a holder with the counterpart named with them.
    ("actors.antecedent.role-pair.v1",
     "Chile's foreign minister Ana Ruiz met her Peruvian counterpart, Luis Soto, in Lima. The "
     "two ministers signed a border deal.", {"ministers": "person.ana-ruiz+person.luis-soto"},
     {"ministers": "GOV"}),
    # A state's sector with no country, placed in one country before, is of that country.
    # Officials as a subject go on with the state that acted as the subject just before.
    ("actors.antecedent.acting-state.v1",
     "Bolivia expelled a Peruvian diplomat on Friday. Officials accused Lima of spying.",
     {"Officials": "BOLGOV"}, {"Officials": "PERGOV"}),
    ("actors.antecedent.sector-kin.v1",
     "A Peruvian court opened the trial of two Chilean activists. Prosecutors accused them "
     "of spying.", {"Prosecutors": "PERJUD"}, {"Prosecutors": "JUD"}),
    ("actors.antecedent.sector-kin.v1",
     "A Peruvian court opened the trial of two Chilean activists. Judge Ana Ruiz accused them "
     "of spying.", {"Judge Ana Ruiz": "PERJUD"}, {"Judge Ana Ruiz": ""}),
    ("actors.antecedent.sector-kin.v1",
     "A Peruvian court and a Bolivian court heard the case. Prosecutors appealed.",
     {"Prosecutors": "JUD"}, {"Prosecutors": "JUD"}),
    # A person who holds two titles in a body its name places is of that place's country.
    ("actors.refs.headed-body.v1",
     "Rui Alves, founder and board chairman of the Chilean Institute for Mining Policy, "
     "criticized Peru.", {"Rui Alves": "CHLEDU"}, {"Rui Alves": ""}),
    # "The militants" stand for the armed group named just before, whatever named it.
    ("actors.antecedent.role.v1",
     "Shining Path has fought the Peruvian state since 1980. On Monday the militants attacked "
     "a Chilean army base.", {"militants": "PERREB"}, {"militants": "REB"}),
    ("actors.antecedent.parallel-subject.v1",
     "Chile condemned the Peruvian government on Monday. It said the border was closed.",
     {"It": "CHL"}, {"It": "PERGOV"}),
    # "He" as the subject of what a person says is that person.
    ("actors.antecedent.reported-speaker.v1",
     "Peruvian Foreign Minister Ana Ruiz met Luis Soto on Monday. Bolivian Foreign Minister "
     "Rui Alves said he hopes to visit Lima.",
     {"he": "BOLGOV"}, {"he": "PERGOV"}),
    ("actors.antecedent.clause-owner.v1",
     "Peru said the United States had reassured Chile over its defence.",
     {"its": "USA"}, {"its": "CHL"}),
    # "It" saying something in a relative clause on what a state acted on is that state.
    ("actors.antecedent.relative-clause-subject.v1",
     "The Chilean navy seized a Peruvian fishing boat that it said had entered Chilean waters.",
     {"it": "CHLMIL"}, {"it": "PER"}),
    # "They" in what an official reports is the official's side, unless the group before
    # includes the official's country.
    ("actors.antecedent.reporting-official.v1",
     "Chile, Peru and Bolivia met in Lima. Paraguayan trade official Ana Benitez says they are "
     "seeking a deal with Uruguay.",
     {"they": "PRYGOV"}, {"they": "BOL+CHL+PER"}),
    ("actors.antecedent.reporting-official.v1",
     "Chile and Peru met in Lima. Peruvian Foreign Minister Ana Ruiz said they had agreed to "
     "reopen the border.",
     {"they": "CHL+PER"}, {"they": "CHL+PER"}),
    ("actors.antecedent.coordination.v1",
     "Chile and Peru signed a treaty. They agreed to open the border.",
     {"They": "CHL+PER"}, {"They": None}),
    # A counterpart holds the office of whose counterpart it is, in its own country; one of
    # no named country is left out.
    ("actors.refs.counterpart.v1", "Chile's defense minister met his Peruvian counterpart.",
     {"his Peruvian counterpart": "PERMIL"}, {"his Peruvian counterpart": "PERGOV"}),
    ("actors.refs.counterpart.v1", "Chile's president met his counterpart on Monday.",
     {"his counterpart": None}, {"his counterpart": "CHLGOV"}),
    # No state violates or strikes what it owns itself.
    ("actors.antecedent.violated-owner.v1", "Bolivia said Peruvian jets had violated its airspace.",
     {"its": "BOL"}, {"its": "PER"}),
    ("actors.antecedent.violated-owner.v1", "Peru accused Chile of breaching its airspace.",
     {"its": "PER"}, {"its": "CHL"}),
    # ... but an attack another repels may be on what the one who repels it owns.
    ("actors.antecedent.violated-owner.v1",
     "Chile said Peru had repelled an attack on its border post.", {"its": "PER"}, {"its": "PER"}),
    # What a verb's object refers back to is not its own subject.
    ("actors.antecedent.own-subject.v1",
     "Chile and Peru have fought for a week. Bolivia and Brazil urged both sides to accept a "
     "truce.",
     {"both sides": "CHL+PER"}, {"both sides": "BOL+BRA"}),
    # Nor is it the noun a relative pronoun subject stands for.
    ("actors.antecedent.own-subject.v1",
     "Chile and Peru have fought for a week. Bolivia and Brazil, which mediate between the two "
     "sides, urged calm.",
     {"two sides": "CHL+PER"}, {"two sides": "BOL+BRA"}),
    # Nor does a pronoun object stand for one of its verb's own subjects.
    ("actors.antecedent.own-subject.v1",
     "The motion passed on Monday, with Chile and Bolivia voting against it.",
     {"it": None}, {"it": "BOL"}),
    ("actors.refs.sector-group.v1", "Protesters marched in the capital on Sunday.",
     {"Protesters": "CVL"}, {"Protesters": None}),
    ("actors.refs.group-place.v1", "Refugees in Jordan protested on Sunday.",
     {"Refugees in Jordan": "JORREF"}, {"Refugees": "REF", "Jordan": "JOR"}),
    ("actors.refs.group-place.v1", "Ministers from Chile and Peru met in Lima on Monday.",
     {"Ministers from Chile and Peru": "CHLGOV+PERGOV"},
     {"Ministers": "GOV", "Chile": "CHL", "Peru": "PER"}),
    # After a participle of where a group is, "on" places it too.
    ("actors.refs.group-place.v1", "Peru's army shelled rebels entrenched on Bolivian territory.",
     {"rebels entrenched on Bolivian": "BOLREB"}, {"rebels": "REB", "Bolivian": "BOL"}),
    ("actors.refs.role-modifier.v1", "Chile closed a police academy in Lima.",
     {"police": None}, {"police": "COP"}),
    # A day after the role says when; it is no noun the role modifies.
    ("actors.refs.role-modifier.v1", "The Chilean minister briefed Congress Tuesday on the budget.",
     {"Congress": "LEG"}, {"Congress": "LEG"}),
    ("actors.refs.role-modifier.v1", "Peru criticized the army-run mines in Bolivia.",
     {"army": None}, {"army": "PERMIL"}),
    # A group or a crewed craft of the role is its people, and keeps the role.
    ("actors.refs.role-modifier.v1", "Peruvian media groups condemned the arrest.",
     {"Peruvian media": "PERMED"}, {"Peruvian media": "PERMED"}),
    ("actors.refs.role-modifier.v1", "Gunmen attacked a passenger train near Lima.",
     {"passenger": "CVL"}, {"passenger": "CVL"}),
    # So is an act the role does.
    ("actors.refs.role-modifier.v1", "A rebel ambush killed twelve Peruvian soldiers.",
     {"rebel": "REB"}, {"rebel": "REB"}),
    # And a place the role holds.
    ("actors.refs.role-modifier.v1", "Chilean warplanes struck rebel positions near the border.",
     {"rebel": "REB"}, {"rebel": "REB"}),
    # A hyphenated word between a possessive and the noun it owns is one modifier.
    ("actors.chunk.possessive.v1", "China's state-owned bank provided loans to Chad.",
     {"China's state-owned bank": "CHNBUS"}, {"bank": "BUS"}),
    ("actors.anaphora.states.v1",
     "Chile and Peru signed a treaty. The two neighbouring states then accused Bolivia.",
     {"two neighbouring states": "CHL+PER"}, {"two neighbouring states": None}),
    ("actors.anaphora.states.v1",
     "Chile and Peru signed a treaty. Each side then accused Bolivia.",
     {"Each side": "CHL+PER"}, {"Each side": None}),
    # "The bloc" in what an organisation says is that organisation, however the tagger reads
    # the noun.
    ("actors.anaphora.states.v1", "The EU said the bloc remained open to talks with China.",
     {"bloc": "IGOEUREEC"}, {"bloc": None}),
    # "The agency" is the office named before, never an armed group named since.
    ("actors.anaphora.states.v1",
     "The U.N. humanitarian office warned of famine in Peru. The Shining Path attacked a "
     "village. The agency said aid was blocked.", {"agency": "IGOUNO"}, {"agency": None}),
    # "The agency's spokesman" speaks for the agency.
    ("actors.anaphora.states.v1",
     "The UN refugee agency warned of famine in Chile. The agency's spokesman said aid was "
     "blocked.", {"spokesman": "IGOUNOHCR"}, {"spokesman": "GOV"}),
    # A count without "the" names states not yet told of.
    ("actors.anaphora.states.v1",
     "Chilean manufacturers protested on Monday. Peru imposed tariffs on wine from 12 countries.",
     {"12 countries": None}, {"12 countries": None}),
    ("actors.anaphora.country.v1",
     "Chile closed its border on Monday. The country's foreign minister criticized Peru.",
     {"foreign minister": "CHLGOV"}, {"foreign minister": "GOV"}),
    ("actors.anaphora.country.v1", "Chile closed its border. The country also recalled its envoy.",
     {"country": "CHL"}, {"country": None}),
    ("actors.refs.organisation-person.v1", "U.N. envoy Anna Keller visited Chile.",
     {"U.N. envoy Anna Keller": "IGOUNO"}, {"U.N. envoy Anna Keller": ""}),
    ("actors.refs.organisation-role.v1", "EU negotiators met Chile.",
     {"EU negotiators": "IGOEUREEC"}, {"EU negotiators": "GOV"}),
    # A national organisation's people act for it, not for its state.
    ("actors.refs.organisation-person.v1", "Fatah official Jibril Rajoub visited Chile.",
     {"Fatah official Jibril Rajoub": "PSEPTY"}, {"Fatah official Jibril Rajoub": "PSEGOV"}),
    ("actors.refs.organisation-role.v1", "ZANU-PF officials met Chile.",
     {"ZANU-PF officials": "ZWEPTY"}, {"ZANU-PF officials": "ZWEGOV"}),
    # After the name too: an organisation's role in apposition, or "a spokeswoman for" it.
    ("actors.refs.organisation-appositive.v1", "Anna Keller, the EU envoy, criticized Chile.",
     {"Anna Keller, the EU envoy": "IGOEUREEC"}, {"Anna Keller": ""}),
    # One who serves a body or office "to" it works for it.
    ("actors.refs.organisation-appositive.v1",
     "Rui Alves, an adviser to Chile's president, criticized Peru.",
     {"Rui Alves, an adviser to Chile's president": "CHLGOV"},
     {"Rui Alves": "", "Chile's president": "CHLGOV"}),
    ("actors.refs.organisation-appositive.v1",
     "Anna Keller, a spokeswoman for Hamas, criticized Chile.",
     {"Anna Keller, a spokeswoman for Hamas": "PSEREB"}, {"Anna Keller, a spokeswoman": ""}),
    ("actors.refs.organisation-appositive.v1",
     "John Smith, the executive director of Amnesty International, criticized Chile.",
     {"John Smith, the executive director of Amnesty International": "NGOHRIAMN"},
     {"John Smith": ""}),
    # A name right before an organisation's "of" works for it; so does one "at" it, or one
    # speaking for a body or heading a delegation of it.
    ("actors.refs.organisation-appositive.v1",
     "Luis Soto of Amnesty International criticized Peru.",
     {"Luis Soto of Amnesty International": "NGOHRIAMN"}, {"Luis Soto": ""}),
    ("actors.refs.organisation-appositive.v1",
     "Luis Soto, a researcher at Amnesty International, criticized Peru.",
     {"Luis Soto, a researcher at Amnesty International": "NGOHRIAMN"},
     {"Luis Soto, a researcher": ""}),
    ("actors.refs.organisation-appositive.v1",
     "Luis Soto, speaking for the Chilean foreign ministry, criticized Peru.",
     {"Luis Soto, speaking for the Chilean foreign ministry": "CHLGOV"}, {"Luis Soto": ""}),
    # The delegation's country is where it works: its head acts for the organisation.
    ("actors.refs.organisation-appositive.v1",
     "Luis Soto, the head of the Red Cross delegation in Peru, criticized Chile.",
     {"Luis Soto, the head of the Red Cross delegation": "NGOHLHIRC"}, {"Luis Soto": ""}),
    # The head of a body the lexicon lacks is of the country its name gives, not of its
    # state; of a body of research, a researcher.
    ("actors.refs.headed-body.v1",
     "Luis Soto, director of the Andes Mining Federation in Chile, criticized Peru.",
     {"Luis Soto, director of the Andes Mining Federation in Chile": "CHL"}, {"Luis Soto": ""}),
    ("actors.refs.headed-body.v1",
     "Luis Soto, director of the Lima Institute for Peace, criticized Chile.",
     {"Luis Soto": "PEREDU"}, {"Luis Soto": ""}),
    # An organisation with words that end in an office names the person's office in it.
    ("actors.refs.organisation-appositive.v1",
     "Rui Alves, the Fatah media director, criticized Chile.",
     {"Rui Alves, the Fatah": "PSEPTY"}, {"Rui Alves": ""}),
    # A relative clause that says a person leads a body gives the person the body's code.
    ("actors.refs.leading-relative.v1", "Luis Soto, who leads the Peruvian army, criticized Chile.",
     {"Luis Soto, who leads the Peruvian army": "PERMIL"}, {"Luis Soto": ""}),
    # A listed person named family name first is later called by it.
    ("actors.refs.family-name-first.v1",
     "South Korean President Lee Jae-myung visited Lima on Monday. Peru's president met Lee "
     "at the palace.", {"Lee": "KORGOV"}, {"Lee": ""}),
    # One who represents another is a lawyer, of the story's home country.
    ("actors.refs.representing-relative.v1",
     "Peru's police detained Luis Soto in Lima. Peru's president defended the police. Rui "
     "Alves, who represents Soto, criticized the decision.",
     {"Rui Alves": "PERJUD"}, {"Rui Alves": ""}),
    # A party the lexicon lacks is known by the last word of its name, not taken for a person.
    ("actors.recognise.party-name.v1", "The Chilean Socialist Party criticized Peru.",
     {"Chilean Socialist Party": "CHLPTY"}, {"Chilean Socialist Party": None}),
    # A foundation or association the lexicon lacks is a non-governmental organisation, of
    # the country its name says, not that state itself.
    ("actors.recognise.civil-organisation-name.v1",
     "The Chilean Network for Press Freedom condemned Peru.",
     {"Chilean Network": "CHLNGO"}, {"Chilean": "CHL"}),
    ("actors.recognise.civil-organisation-name.v1",
     "The Andean Democracy Foundation urged Peru to free the journalists.",
     {"Andean Democracy Foundation": "NGO"}, {"Andean Democracy Foundation": None}),
    # People "from" a body or a named group are its members.
    ("actors.refs.group-member.v1",
     "Militants from the Islamic State attacked a Chilean border post.",
     {"Militants from the Islamic State": "IMG"}, {"Militants": "REB"}),
    # So do those loyal to, affiliated with or allied to it.
    ("actors.refs.group-member.v1",
     "Forces loyal to the Peruvian president attacked rebel positions.",
     {"Forces loyal to the Peruvian president": "PERGOV"}, {"Forces": "MIL"}),
    # An armed group the lexicon lacks is known by the last word of its name, not taken for a
    # state's army.
    ("actors.recognise.armed-group-name.v1",
     "The Chilean Andean Liberation Army attacked a Peruvian police post.",
     {"Chilean Andean Liberation Army": "CHLREB"}, {"Chilean Andean Liberation Army": "CHLMIL"}),
    # A surname the tagger calls a common noun, as a clause's subject, is still the person.
    ("actors.recognise.surname.v1",
     "Chilean Interior Minister Rui Alves rejected the claims. Alves said Peru lied.",
     {"Alves": "CHLGOV"}, {"Alves": None}),
    # A relative clause that states a person's nationality or role places the person.
    ("actors.refs.stated-nationality.v1", "Rui Alves, who is Peruvian, criticized Chile.",
     {"Rui Alves, who is Peruvian": "PER"}, {"Rui Alves": ""}),
    ("actors.refs.stated-nationality.v1",
     "Rui Alves, who is a Peruvian diplomat, criticized Chile.",
     {"Rui Alves, who is a Peruvian diplomat": "PERGOV"}, {"Rui Alves": ""}),
    # So does an appositive that gives the nationality alone, or as a national or citizen.
    ("actors.refs.stated-nationality.v1", "Rui Alves, a Peruvian, criticized Chile.",
     {"Rui Alves, a Peruvian": "PER"}, {"Rui Alves": ""}),
    ("actors.refs.stated-nationality.v1", "Rui Alves, a Peruvian national, criticized Chile.",
     {"Rui Alves, a Peruvian": "PER"}, {"Rui Alves": ""}),
    # Or before what the person is or does, which the lexicon need not know.
    ("actors.refs.stated-nationality.v1",
     "Rui Alves, a Peruvian poet and former senator, criticized Chile.",
     {"Rui Alves, a Peruvian": "PER"}, {"Rui Alves": ""}),
    ("actors.refs.stated-nationality.v1", "Chile hosted Rui Alves, a Peruvian poet.",
     {"Rui Alves, a Peruvian": "PER"}, {"Rui Alves": ""}),
    # An international organisation's office in a country speaks for the organisation.
    ("actors.refs.organisation-branch.v1", "Amnesty International Chile criticized Peru.",
     {"Amnesty International": "NGOHRIAMN"}, {"Amnesty International Chile": "CHL"}),
    # A state's body too; but not a state, which an envoy "for" deals with.
    ("actors.refs.organisation-appositive.v1",
     "Rui Alves, a spokesman for Chile's foreign ministry, criticized Peru.",
     {"Rui Alves, a spokesman for Chile's foreign ministry": "CHLGOV"},
     {"Rui Alves, a spokesman": ""}),
    ("actors.refs.organisation-appositive.v1",
     "Rui Alves, head of Peru's central bank, criticized Chile.",
     {"Rui Alves, head of Peru's central bank": "PERGOV"}, {"Rui Alves": ""}),
    ("actors.refs.organisation-appositive.v1",
     "Anna Keller, a former EU official, criticized Chile.",
     {"Anna Keller": ""}, {"Anna Keller": ""}),
    # A role held in a state's body, or from a state, is of that state; an envoy "for" one is not.
    ("actors.refs.institution-appositive.v1",
     "Ana Costa, a senator in Chile's Congress, criticized Peru.",
     {"Ana Costa, a senator in Chile's Congress": "CHLLEG"},
     {"Ana Costa, a senator": ""}),
    ("actors.refs.institution-appositive.v1", "Rui Alves, a diplomat from Peru, criticized Chile.",
     {"Rui Alves, a diplomat from Peru": "PERGOV"}, {"Rui Alves, a diplomat": ""}),
    ("actors.refs.institution-appositive.v1",
     "Rui Alves, a senator and party spokesman in Peru's Congress, criticized Chile.",
     {"Rui Alves, a senator and party spokesman in Peru's Congress": "PERLEG"},
     {"Rui Alves, a senator": ""}),
    # A second role joined by "and" takes the body after it too.
    ("actors.refs.institution-appositive.v1",
     "Rui Alves, a senator and former deputy minister in Peru's government, criticized Chile.",
     {"Rui Alves, a senator and former deputy minister in Peru's government": "PERLEG"},
     {"Rui Alves, a senator": ""}),
    ("actors.refs.institution-appositive.v1", "Rui Alves, a lawmaker and Chile, criticized Peru.",
     {"Rui Alves, a lawmaker": ""}, {"Rui Alves, a lawmaker": ""}),
    ("actors.refs.institution-appositive.v1",
     "Rui Alves, a lecturer at the Pacific Center for Mining Research in Santiago, criticized "
     "Peru.",
     {"Rui Alves, a lecturer at the Pacific Center for Mining Research in Santiago": "CHLEDU"},
     {"Rui Alves, a lecturer": ""}),
    # An institution the words after it place, or whose name ends in its country.
    ("actors.refs.institution-appositive.v1",
     "Rui Alves, a professor of law at San Marcos University in Lima, criticized Chile.",
     {"Rui Alves, a professor of law at San Marcos University in Lima": "PEREDU"},
     {"Rui Alves, a professor": ""}),
    ("actors.refs.institution-appositive.v1",
     "Rui Alves, a researcher at the Andean Studies Center of Peru, criticized Chile.",
     {"Rui Alves, a researcher at the Andean Studies Center of Peru": "PEREDU"},
     {"Rui Alves, a researcher": ""}),
    ("actors.refs.institution-appositive.v1",
     "Rui Alves, the OAS special envoy for Haiti, criticized Chile.",
     {"Rui Alves, the OAS special envoy": "IGOOAS"},
     {"Rui Alves, the OAS special envoy": "IGOOAS"}),
    # The text's international title is newer than the lexicon's national office.
    ("actors.refs.international-office.v1", "NATO chief Angela Merkel criticized Chile.",
     {"NATO chief Angela Merkel": "IGOWSTNAT"}, {"NATO chief Angela Merkel": "DEUGOV"}),
    ("actors.refs.international-office.v1", "Former NATO chief Angela Merkel criticized Chile.",
     {"NATO chief Angela Merkel": "DEUGOV"}, {"NATO chief Angela Merkel": "DEUGOV"}),
    ("actors.refs.nation-abroad.v1", "Croatian Serbs protested in Zagreb.",
     {"Croatian Serbs": "HRV"}, {"Croatian Serbs": "HRV+SRB"}),
    # A country's name listed with US states is the state of that name.
    ("actors.recognise.listed-us-state.v1",
     "Peru bought cotton grown in Texas and Georgia.", {"Georgia": "USA"}, {"Georgia": "GEO"}),
    ("actors.recognise.listed-us-state.v1",
     "Russia and Georgia signed a deal.", {"Georgia": "GEO"}, {"Georgia": "GEO"}),
    ("actors.recognise.name-part.v1", "Protesters blocked the Europe Bridge in Kehl.",
     {"Europe": None}, {"Europe": "EUR"}),
    # A person's name inside a longer name is no mention of the person.
    ("actors.recognise.name-part.v1", "Protesters gathered at San Marcos University in Lima.",
     {"Marcos": None}, {"Marcos": "PHLGOV"}),
    # Articles and adjectives may open an appositive, unless they make the office a past one.
    ("actors.refs.modified-appositive.v1",
     "Maria Lopez, a veteran Mexican diplomat, criticized Peru.",
     {"Maria Lopez, a veteran Mexican diplomat": "MEXGOV"}, {"Maria Lopez": ""}),
    ("actors.refs.modified-appositive.v1",
     "Maria Lopez, a former Mexican diplomat, criticized Peru.",
     {"Maria Lopez": ""}, {"Maria Lopez": ""}),
    # The object of a preposition before a name and a comma does not describe the person.
    ("actors.refs.object-before-name.v1",
     "In an interview with a Bolivian radio station, Colonel Ana Ruiz condemned Peru.",
     {"Bolivian radio station": "BOLMED", "Colonel Ana Ruiz": ""},
     {"Bolivian radio station, Colonel Ana Ruiz": "BOLMIL"}),
    ("actors.refs.object-before-name.v1",
     "Following a meeting with Bolivian President Luis Arce, the Peruvian leader announced "
     "new aid.",
     {"Bolivian President Luis Arce": "BOLGOV", "Peruvian leader": "PERGOV"},
     {"Bolivian President Luis Arce, the Peruvian leader": "BOLGOV"}),
    ("actors.refs.object-before-name.v1",
     "In an interview with a Bolivian radio station, Ana Ruiz, a Chilean diplomat, condemned "
     "Peru.",
     {"Ana Ruiz, a Chilean diplomat": "CHLGOV"},
     {"Bolivian radio station, Ana Ruiz, a Chilean diplomat": "BOLMED"}),
    # "The continental body" stands for the organisation last named; "the body of" a person not.
    ("actors.anaphora.states.v1",
     "Chile joined the African Union in May. Peru criticized the continental body.",
     {"continental body": "IGO"}, {"continental body": None}),
    ("actors.anaphora.states.v1", "Mali left ECOWAS in January. The body of a soldier was found.",
     {"body": None, "The body": None}, {"body": None}),
    # "The group" is the group of people named last, never a body of states.
    ("actors.anaphora.states.v1",
     "Amnesty International criticized Peru in May. The World Health Organization praised Chile. "
     "The group also criticized Bolivia.",
     {"group": "NGOHRIAMN"}, {"group": None}),
    # "The council" stands for the organisation last named whose name ends in "council".
    ("actors.anaphora.organisation-head.v1",
     "Chile asked the U.N. Security Council to meet. The council refused.",
     {"council": "IGOUNO"}, {"council": None}),
    # A state body's person speaks for it, as an organisation's does.
    ("actors.refs.appositive.v1",
     "The spokesperson for the Peruvian foreign ministry rejected the claims.",
     {"spokesperson for the Peruvian foreign ministry": "PERGOV"}, {"spokesperson": "GOV"}),
    # A name ending in a plural noun is a group, read from the lexicon; a plural proper noun
    # the lexicon does not know is a surname the tagger read as plural.
    ("actors.entity.plural-not-person.v1",
     "Chilean lawmaker Rui Alves accused the Peruvian government of lying.",
     {"Chilean lawmaker Rui Alves": "CHLLEG"}, {"Chilean lawmaker Rui Alves": "CHLLEG"}),
    # A town's own name, in a country the article names, before another city's other name.
    ("actors.recognise.named-country-place.v1",
     "Spain's king spoke in Madrid. Protesters gathered in Zaragoza on Monday.",
     {"Zaragoza": "ESP"}, {"Zaragoza": "MEX"}),
    ("actors.recognise.named-country-place.v1",
     "Britain's prime minister spoke. Police sealed off a street in Salisbury on Monday.",
     {"Salisbury": "GBR"}, {"Salisbury": "ZWE"}),
    # "The regime" stands for the ruling body named last, whatever word named it.
    ("actors.antecedent.ruling-body.v1",
     "Peru's military government took power in May. The regime expelled two Chilean diplomats.",
     {"regime": "PERMIL"}, {"regime": "GOV"}),
    # "he" and "she" stand for a person named before, or one office holder named by title.
    ("actors.anaphora.personal.v1",
     "The Kenyan foreign minister arrived in Nairobi on Monday. He condemned Somalia.",
     {"He": "KENGOV"}, {"He": None}),
    ("actors.anaphora.personal.v1",
     "Kenyan police arrived in Nairobi on Monday. She condemned Somalia.",
     {"She": None}, {"She": None}),
    ("actors.anaphora.country.v1",
     "Morocco closed its border on Monday. The kingdom also recalled its envoy.",
     {"kingdom": "MAR"}, {"kingdom": None}),
    # Where a group is based or operates is its country, also before a hyphen; a named body
    # stays an actor of its own.
    ("actors.refs.group-place.v1",
     "Chile closed its border. Rebels in the country's north attacked a police station.",
     {"Rebels": "CHLREB"}, {"Rebels": "REB"}),
    ("actors.refs.group-place.v1", "A rebel group based in Peru attacked Chile.",
     {"rebel group based in Peru": "PERREB"}, {"rebel group": "REB"}),
    ("actors.chunk.affiliating-participle.v1", "A Peru-based rebel group attacked Chile.",
     {"Peru-based rebel group": "PERREB"}, {"rebel group": "REB"}),
    # In what an organ of a state says, "the country" is its own state, not the one the
    # story named last.
    ("actors.anaphora.speakers-country.v1",
     "Peru closed the border. A Chilean government spokesperson said the country would not "
     "negotiate with Peru.", {"country": "CHL"}, {"country": "PER"}),
    # A family name's particles belong to the name, and the surname with them names the
    # person again later.
    ("actors.recognise.name-particles.v1",
     "Chilean President Ana Ruiz de la Cruz criticized Peru. De la Cruz also urged Peru to talk.",
     {"Chilean President Ana Ruiz de la Cruz": "CHLGOV", "De la Cruz": "CHLGOV"},
     {"Chilean President Ana Ruiz de la Cruz": None, "De la Cruz": ""}),
    # "The West" is the Western world alone, and opens a place's name before a capital.
    ("actors.recognise.compass-name.v1",
     "The West Virginia senator criticized China. Moscow blames the West for the war.",
     {"West Virginia senator": "USALEG", "West": "WST"}, {"West Virginia senator": "WSTLEG"}),
    # A weekday following "the West" dates the sentence.
    ("actors.recognise.compass-name.v1", "Moscow accused the West Monday of prolonging the war.",
     {"West": "WST"}, {"West": "WST"}),
    # A state or province of a country the article names, before a town abroad of its name.
    ("actors.recognise.named-country-division.v1",
     "Nigerian troops killed 20 insurgents in Borno state on Monday.",
     {"insurgents in Borno": "NGAINS"}, {"insurgents in Borno": "DEUINS"}),
    ("actors.recognise.named-country-division.v1",
     "Pakistan's army said separatists attacked a train in Balochistan.",
     {"Balochistan": "PAK"}, {"Balochistan": None}),
    # A name the text calls a province is looked up without the word, and is the one
    # division of the world so named when the article names no country of it.
    ("actors.recognise.named-country-division.v1",
     "Militants ambushed a supply convoy in Kandahar province.",
     {"Kandahar province": "AFG"}, {"Kandahar province": None}),
    ("actors.recognise.named-country-division.v1",
     "Gunmen shot dead five police officers in Sindh province.",
     {"police officers in Sindh": "PAKCOP"}, {"police officers": "COP"}),
    # A name no town has is the one division so called, in English as GeoNames gives it
    # ("Hebei", where ISO 3166-2 says "Hebei Sheng"), and "the ... Region" is its division.
    ("actors.recognise.named-country-division.v1",
     "Police detained three activists in Hebei on Monday.",
     {"activists in Hebei": "CHNOPP"}, {"activists": "OPP"}),
    ("actors.recognise.named-country-division.v1",
     "Troops shelled villages in the Amur Region.", {"Amur Region": "RUS"}, {"Amur Region": None}),
    # A firm's titled head is in business, not the story country's government.
    ("actors.refs.business-head.v1",
     "Peru's copper exports rose in March. Peru's government expects more growth. Rui Alves, "
     "president of Andes Copper Company, told reporters that Peru's tax rules were unfair.",
     {"Rui Alves, president": ""}, {"Rui Alves, president": "PERGOV"}),
    # A big city the tagger leaves unlabelled is a place when the story names its country.
    ("actors.recognise.untagged-city.v1",
     "The Bolivian government accused Chile of spying on its officials. Santiago denied the "
     "accusation.", {"Santiago": "CHL"}, {"Santiago": None}),
]  # fmt: skip


@pytest.mark.parametrize(
    "rule, text, with_rule, without_rule", RULE_CASES, ids=[c[0] for c in RULE_CASES]
)
def test_actor_rule_on_and_off(coder, rule, text, with_rule, without_rule):
    from dyads.ingest import article_from_text

    article = article_from_text(text, id="t")
    on = _codes(coder.code(article))
    off = _codes(coder.with_rules_off([rule]).code(article))
    assert {m: on.get(m) for m in with_rule} == with_rule
    assert {m: off.get(m) for m in without_rule} == without_rule


def test_every_actor_rule_has_a_case_here_or_in_the_recogniser_tests():
    covered = {c[0] for c in RULE_CASES}
    new_units = {r for r in registered() if r.startswith(("actors.chunk.", "actors.antecedent."))}
    assert new_units <= covered


@pytest.mark.parametrize(
    "name, titles, want",
    [
        ("Bush", ["role.president"], ["USA"]),
        ("George Bush Jr.", ["role.president"], ["USA"]),
        ("Bush", None, ["USA"]),  # heads a body: "the Bush administration"
        ("Bush", ["role.foreign-minister"], []),  # not a leader's title
        ("Bush", [], []),
        ("Kim", ["role.president"], []),  # a surname of several countries is in no map
        ("Jr.", ["role.president"], []),
    ],
)
def test_leader_country(name, titles, want):
    assert leader_country({"Bush": "USA"}, name, titles) == want


@pytest.mark.parametrize(
    "words, start, end, want",
    [
        (["the", "Chilean", "ministers"], 0, 3, 1),
        (["their", "envoy"], 0, 2, 1),
        (["the", "the"], 0, 2, 1),  # a mention keeps one word
        (["Chile"], 0, 1, 0),
    ],
)
def test_mention_start(hand_parse, words, start, end, want):
    doc = hand_parse(words, list(range(len(words))), ["ROOT"] * len(words), ["X"] * len(words))
    assert mention_start(doc.tokens, start, end) == want


@pytest.mark.parametrize(
    "words, start, want",
    [
        (["Chile", "recalled", "its", "envoy"], 3, "its"),
        (["They", "recalled", "their", "envoys"], 3, "their"),
        (["Chile", "recalled", "the", "envoy"], 3, None),
        (["Envoys", "recalled", "their", "staff"], 0, None),  # nothing before the first word
    ],
)
def test_possessor_pronoun(hand_parse, words, start, want):
    doc = hand_parse(words, [1, 1, 3, 1], ["nsubj", "ROOT", "poss", "dobj"],
                     ["PROPN", "VERB", "PRON", "NOUN"])  # fmt: skip
    assert possessor_pronoun(doc.tokens, start) == want


def test_dyads_rules_lists_the_actor_units(run_dyads):
    result = run_dyads("rules", "--stage", "actors")
    assert result.returncode == 0
    for rule in ("actors.refs.leader-surname.v1", "actors.chunk.leader-body.v1",
                 "actors.antecedent.role.v1", "actors.antecedent.parallel-subject.v1"):  # fmt: skip
        assert rule in result.stdout


@pytest.mark.parametrize(
    "text",
    ["Chilean activist Rui Santiago was arrested in Peru. Santiago denied the charges.",
     "Chilean activist Rui Santiago was arrested in Peru on Monday. Lawyers for Santiago said "
     "the arrest was illegal."],
)  # fmt: skip
def test_a_surname_that_is_also_a_big_city_names_the_person_again(coder, text):
    from dyads.ingest import article_from_text

    coded = coder.code(article_from_text(text, id="t"))
    assert _codes(coded)["Santiago"] == "CHLOPP"
