"""Case tables for how a measure is read: action, status, negation and date.

Every sentence here was written for these tests. Each case is
``(sentence, kind, action, status, negated)``; the reference date is Wednesday 12 March 2025.
"""

from __future__ import annotations

ACTIONS = [
    # words of strictness are about strength whatever an allowance's size means; words of
    # size are inverted on an allowance
    ("Seoul eased its beef import quotas last month.", "import_restriction", "decrease",
     "effective", False),
    ("Cairo tightened the quotas on imported sugar.", "import_restriction", "increase",
     "effective", False),
    ("Jakarta has relaxed its export quotas on nickel ore.", "export_control", "decrease",
     "effective", False),
    # a duty stacked on one in force raises the level; stacking words with a verb of their
    # own, or before the measure, say nothing of it
    ("Lima slapped a 15% tariff on Bolivian wine on top of the rate already in force.",
     "tariff", "increase", "effective", False),
    ("Exporters will face an extra 20% levy from May 3, on top of the existing rate.",
     "tariff", "increase", "announced", False),
    ("The new tariffs came on top of a weak yen.", "tariff", "impose", "effective", False),
    # the later of two predicates of the measure, joined by "but" or "and", says where it
    # stands when it changes it; one that only says how it is carried out does not
    ("The duties took effect in May but were suspended in July.", "tariff", "suspend",
     "effective", False),
    ("The levies were due to start on 1 June but were postponed.", "tariff", "suspend",
     "effective", False),
    # a licence granted to sell abroad eases the control that requires it
    ("Washington granted two chipmakers licences to sell their processors to China.",
     "export_control", "decrease", "effective", False),
    # a court that rules a measure unlawful lifts it; a trade body's panel does not
    ("A federal judge ruled the lumber duties unlawful.", "tariff", "lift", "effective",
     False),
    ("A WTO panel ruled the lumber duties unlawful.", "tariff", "impose", "effective",
     False),
    ("A federal court found the potash tariffs illegal.", "tariff", "lift", "effective",
     False),
    # a notice revoking the order it is about lifts it, also after quoting a finding that
    # revoking is not likely to lead to continuation or recurrence of injury
    ("As the ITC found that revocation of the AD order on steel nails from Oman is not likely "
     "to lead to continuation or recurrence of material injury, Commerce is revoking the AD "
     "order on steel nails from Oman.", "tariff", "lift", "effective", False),
    ("Commerce is issuing the final results of a changed circumstances review of the AD "
     "order on glass jars from China, to revoke the order, in part, for amber jars.",
     "tariff", "lift", "effective", False),
    # more of a measure already in place strengthens it
    ("Ottawa approved further sanctions against Minsk on Monday.", "sanction", "increase",
     "effective", False),
    ("Washington threatened more tariffs on Mexican steel.", "tariff", "increase",
     "threatened", False),
    # taking names off a list lifts the listing, past a participle that qualifies them
    ("OFAC is removing the vessels identified below from the SDN List.", "sanction", "lift",
     "effective", False),
    ("Commerce deleted four Russian firms from the Entity List.", "export_control", "lift",
     "effective", False),
    # a quota set below the one before it tightens; above it, loosens
    ("Jakarta set a new nickel export quota of 90,000 tonnes against 120,000 tonnes last "
     "year.", "export_control", "increase", "effective", False),
    ("Seoul set its beef import quota at 50,000 tonnes, up from 40,000 tonnes.",
     "import_restriction", "decrease", "effective", False),
    # widening what a measure covers tightens it; narrowing it eases it
    ("The rule expands the scope of items that require a license for export to Cuba.",
     "export_control", "increase", "effective", False),
    ("The rule reduces the number of items that require a license for export to Cuba.",
     "export_control", "decrease", "effective", False),
    # figures a verb other than one that sets a level ties to the quota are not its level
    ("Imports under the sugar import quota totalled 5,000 tonnes against 9,000 tonnes a "
     "week earlier.", "import_restriction", "impose", "effective", False),
    # halving or de-escalating weakens a tariff
    ("The tariff de-escalation took effect in May.", "tariff", "decrease", "effective",
     False),
    ("Washington halved its tariffs on Brazilian coffee.", "tariff", "decrease", "effective",
     False),
    # an infinitive after "and" with an object between acts on its own object only; with
    # none between, the two share it
    ("Lima plans to increase farm spending and use tariffs against dumped wheat.", "tariff",
     "impose", "announced", False),
    ("Lima plans to raise and maintain its tariffs on wheat.", "tariff", "increase",
     "announced", False),
    # "the end of" quotas is their lifting
    ("Unions blamed the job losses on the end of worldwide textile import quotas.",
     "import_restriction", "lift", "effective", False),
    # enacting a measure imposes it
    ("The new government is enacting tariffs that will raise costs for builders.", "tariff",
     "impose", "effective", False),
    # "a ... push" is a noun of intention, not a verb: the measure is proposed
    ("Aides backed a Republican push in Congress to impose sanctions on court officials.",
     "sanction", "impose", "proposed", False),
    # rescinding tariffs lifts them; a quota system for exports controls them
    ("Even after rescinding the emergency tariffs, Washington turned to other tools.",
     "tariff", "lift", "effective", False),
    ("In May, Kinshasa imposed a quota system for cobalt exports.", "export_control",
     "impose", "effective", False),
    # a participle aside between subject and verb: the bill is the subject, not the
    # industry that backs it
    ("The bill, backed by the shoe industry and two senators, would impose quotas on shoe "
     "imports.", "import_restriction", "impose", "proposed", False),
    # a purpose that acts on the measure takes its status from the verb it serves; one that
    # only names it keeps the measure as it stands
    ("Taipei said it would launch new measures within two months to reduce import tariffs.",
     "tariff", "decrease", "announced", False),
    ("Such a move would encourage partners to adopt reciprocal duties.", "tariff",
     "impose", "proposed", False),
    ("The levy revenue would be used to finance the export subsidy.", "subsidy", "impose",
     "effective", False),
    # an inverted condition is a hypothesis, not advice: the measure is proposed
    ("Should Ottawa impose duties on Korean steel, Seoul would retaliate.", "tariff",
     "impose", "proposed", False),
    # tariffs brought down are cut; a trade-weighted average weighs up no proposal
    ("Chile's tariffs were brought down sharply after the 1991 reforms.", "tariff",
     "decrease", "effective", False),
    ("The trade-weighted tariff that Chile maintains is a modest 4.6%.", "tariff", "impose",
     "effective", False),
    # what will apply "with immediate effect" is in force now
    ("The new duties on Chilean salmon will apply with immediate effect.", "tariff", "impose",
     "effective", False),
    # "would" in what a speaker named after it said is reported intent, not a hypothesis
    ("Seoul would lift the ban on U.S. beef next month, officials said.",
     "import_restriction", "lift", "announced", False),
    # what is told keeps its own status; an assurance is a pledge
    ("Yeutter told reporters that Washington would lift the duties on Japanese chips.",
     "tariff", "lift", "announced", False),
    ("Seoul assured Washington that it would open its beef market to imports.",
     "import_restriction", "lift", "agreed", False),
    # reported speech after a date keeps the tense of what was said
    ("London announced on 24 March that sanctions have been imposed on four generals.",
     "sanction", "impose", "effective", False),
    ("Washington said on Tuesday that it would lift the ban on Japanese beef.",
     "import_restriction", "lift", "announced", False),
    # "most-favoured-nation" names a tariff regime and favours no proposal
    ("Ottawa will apply standard Most-Favoured-Nation tariffs to Chilean wine.", "tariff",
     "impose", "announced", False),
    # slowing subsidies down weakens them
    ("Trump plans to slow down green subsidies for carmakers.", "subsidy", "decrease",
     "announced", False),
    # a level that falls is a weaker measure
    ("Chile's tariff rate has fallen to 8% from 11%.", "tariff", "decrease", "effective",
     False),
    # impose
    ("Turkey imposed duties on Italian pasta.", "tariff", "impose", "effective", False),
    ("Ankara slapped a levy on imported cars.", "tariff", "impose", "effective", False),
    (
        "Jakarta introduced an export ban on nickel ore.",
        "export_control",
        "impose",
        "effective",
        False,
    ),
    # increase, by verb, by noun, by widening
    (
        "Washington raised tariffs on Chinese steel to 50%.",
        "tariff",
        "increase",
        "effective",
        False,
    ),
    (
        "Beijing announced a hike in tariffs on American pork.",
        "tariff",
        "increase",
        "announced",
        False,
    ),
    (
        "Canada tightened export restrictions on uranium.",
        "export_control",
        "increase",
        "effective",
        False,
    ),
    (
        "The Commerce Department expanded export controls to more chipmaking tools.",
        "export_control",
        "increase",
        "effective",
        False,
    ),
    (
        "Washington threatened to double tariffs on Chinese goods.",
        "tariff",
        "increase",
        "threatened",
        False,
    ),
    # decrease, including strength rather than numbers: a larger quota loosens it
    ("Japan cut tariffs on American beef.", "tariff", "decrease", "effective", False),
    (
        "The EU granted tariff relief to Ukrainian farmers.",
        "tariff",
        "decrease",
        "effective",
        False,
    ),
    (
        "Seoul eased its ban on imports of U.S. beef.",
        "import_restriction",
        "decrease",
        "effective",
        False,
    ),
    (
        "Washington exempted Canadian potash from the tariffs.",
        "tariff",
        "decrease",
        "effective",
        False,
    ),
    # what is exempted "from" a measure may be a list of goods
    ("Ottawa exempted lumber, potash and some farm goods from the new tariffs.", "tariff",
     "decrease", "effective", False),
    # a measure spelt out after "including" is part of the one before it and eased with it
    ("Washington exempted phones and laptops from the reciprocal tariffs, including the 125% "
     "duties levied on Chinese goods.", "tariff", "decrease", "effective", False),
    (
        "India raised its import quota for pulses.",
        "import_restriction",
        "decrease",
        "effective",
        False,
    ),
    (
        "Mexico announced a larger import quota for sugar.",
        "import_restriction",
        "decrease",
        "announced",
        False,
    ),
    (
        "Seoul may ease its export controls on memory chips.",
        "export_control",
        "decrease",
        "proposed",
        False,
    ),
    # suspend, by verb and by noun
    (
        "Beijing suspended its ban on exports of gallium.",
        "export_control",
        "suspend",
        "effective",
        False,
    ),
    (
        "Washington announced a pause in the tariffs on Mexican goods.",
        "tariff",
        "suspend",
        "announced",
        False,
    ),
    (
        "Japan agreed to delay its export restrictions on gallium.",
        "export_control",
        "suspend",
        "agreed",
        False,
    ),
    ("Ottawa postponed the surcharge on American steel.", "tariff", "suspend", "effective", False),
    # lift, by verb and by noun
    ("India scrapped export duties on rice.", "export_control", "lift", "effective", False),
    ("Indonesia revoked its export ban on palm oil.", "export_control", "lift", "effective", False),
    (
        "Rome announced the lifting of its ban on beef imports.",
        "import_restriction",
        "lift",
        "announced",
        False,
    ),
    (
        "Brazil plans to lift its import quotas on steel.",
        "import_restriction",
        "lift",
        "announced",
        False,
    ),
    ("The tariffs will be lifted once Japan complies.", "tariff", "lift", "announced", False),
]

STATUSES = [
    # a participle before the measure says the stage it had reached; the verb it is the
    # subject of, that it is now in force (or will be on a date to come)
    ("The proposed duties on Brazilian shoes went into effect on Friday.", "tariff",
     "impose", "effective", False),
    ("The threatened sanctions on the Belarusian airline came into force last week.",
     "sanction", "impose", "effective", False),
    ("The planned export curbs on cobalt will take effect on 1 June.", "export_control",
     "impose", "announced", False),
    # but not where a verb only makes the proposal public, nor in an "if" clause
    ("The minister's proposed subsidies for shipyards were issued last week.", "subsidy",
     "impose", "proposed", False),
    ("If the proposed duties on shoes are implemented, prices will rise.", "tariff",
     "impose", "proposed", False),
    # an offer puts a measure forward; once accepted, it is taken up
    ("Rain will decide how much maize Cairo would buy under a subsidy offer.", "subsidy",
     "impose", "proposed", False),
    ("Ministers discussed the offer of duty-free access for Kenyan roses.", "tariff",
     "decrease", "proposed", False),
    ("The agency has accepted a bonus offer from a trader on the sale of 40 head of "
     "breeding cattle to Oman.", "subsidy", "impose", "effective", False),
    # a verb over the impact of a measure says nothing of the measure; over its possibility
    # it does
    ("Analysts weighed the impact of the new US tariffs on Kenyan tea.", "tariff", "impose",
     "effective", False),
    ("Analysts weighed the possibility of new US tariffs on Kenyan tea.", "tariff", "impose",
     "proposed", False),
    # a measure among the alternatives of a choice is only weighed
    ("Officials said the choice now lies between a licence system and a special levy on "
     "imported maize.", "tariff", "impose", "proposed", False),
    ("Ottawa is weighing a choice between import quotas and higher duties on Chinese "
     "steel.", "tariff", "increase", "proposed", False),
    ("Trade between the two countries fell after the duties on steel took effect.", "tariff",
     "impose", "effective", False),
    # the noun a measure is equated with may close the verb group itself
    ("A ban on rice exports and a tighter quota on tea are possibilities that will be "
     "studied.", "export_control", "impose", "proposed", False),
    # retaliation only weighed is a threat, as "could retaliate" is; foreseen as what
    # something else may cause, or in an "if" clause, it is speculation
    ("Their only remaining option is retaliation against Korean imports.", "tariff",
     "impose", "threatened", False),
    ("Other options for Ottawa include retaliation against American goods.", "tariff",
     "impose", "threatened", False),
    ("The levy could prompt retaliation against European exports, the growers said.",
     "tariff", "impose", "proposed", False),
    ("Prices may climb if trading partners introduce retaliatory tariffs.", "tariff",
     "impose", "proposed", False),
    # a participle of purpose says what a measure is for, not how far it has got
    ("The new duties on cement are intended to protect local kiln owners.", "tariff",
     "impose", "effective", False),
    ("Seoul's export curbs on scrap copper were designed to keep the metal at home.",
     "export_control", "impose", "effective", False),
    ("The levies, which are meant to shield growers, will take effect in May.", "tariff",
     "impose", "announced", False),
    # a part of a measure stands for it, and a short aside without a verb stands beside
    # its phrase: the notice above governs the quota
    ("The trade office is providing notice of the allocations of the fiscal year (FY) 2027 "
     "in-quota quantity of the tariff-rate quota for imported peanuts.", "tariff", "impose",
     "announced", False),
    ("The trade office is providing notice of the allocations of the fiscal year 2027 "
     "(October 1, 2026 through September 30, 2027) in-quota quantity of the tariff-rate "
     "quota for imported peanuts.", "tariff", "impose", "announced", False),
    # the second of two measures a verb of gaining takes has that verb's status, past a
    # participle before it ("reduced levies" says what was done, "will benefit" how far)
    ("Peru will also benefit from a larger quota for tinned tuna at a 5% duty and reduced "
     "levies on coffee beans.", "tariff", "decrease", "announced", False),
    # restoring a measure imposes it again (§3 impose): done when the verb says it is done
    ("The export subsidies for maize growers were quickly restored after the protests.",
     "subsidy", "impose", "effective", False),
    ("By reinstating the export controls on drones, the agency is closing a gap.",
     "export_control", "impose", "effective", False),
    # a measure equated with a noun of status stands where the noun says
    ("Scrapping the import levies on fuel has been a declared goal of the cabinet since "
     "2019.", "tariff", "lift", "announced", False),
    ("Lower tariffs on Kenyan tea are the stated aim of the Indian trade ministry.",
     "tariff", "decrease", "announced", False),
    ("The new duties on Korean steel are one option under review in Ottawa.", "tariff",
     "impose", "proposed", False),
    ("A quota on sugar imports is not an option for Manila, the minister said.",
     "import_restriction", "impose", "proposed", True),
    ("The existing duties on Korean steel are a burden for Canadian builders.", "tariff",
     "impose", "effective", False),
    ("The sanctions are a threat to the recovery of the region.", "sanction", "impose",
     "effective", False),
    # the terms goods move on ("at reduced rates") hang from the verb past where they go
    ("The oats will be brought into Portugal at special levy levels, officials said.",
     "tariff", "impose", "announced", False),
    ("Ottawa is considering offering barley to Algeria at subsidised prices.", "subsidy",
     "impose", "proposed", False),
    # a vow to punish another party states an intent; a vow made under a deal or to a
    # party is a commitment
    ("The senator vowed to impose steep tariffs on Mexican trucks.", "tariff", "impose",
     "announced", False),
    ("The candidate has promised sanctions on Venezuelan oil officials.", "sanction",
     "impose", "announced", False),
    ("Under the accord, Seoul promised to raise duties on Chinese steel.", "tariff",
     "increase", "agreed", False),
    ("Lima pledged to raise duties on Bolivian wine.", "tariff", "increase", "agreed", False),
    ("Ottawa promised Washington that it would impose duties on Chinese steel.", "tariff",
     "impose", "agreed", False),
    ("Jakarta pledged to cut its tariffs on American wheat.", "tariff", "decrease",
     "agreed", False),
    # an investigation an agreement suspends: the suspension is signed and in force
    ("Commerce and the growers signed an amendment to the Agreement Suspending the "
     "Antidumping Duty Investigation on Fresh Figs from Peru.", "tariff", "suspend",
     "effective", False),
    # asked not to take or tighten a measure: its holder weighs it, a threat; asked not to
    # lift one, the measure stands
    ("Seoul sent envoys to persuade Washington not to impose duties on Korean steel.",
     "tariff", "impose", "threatened", False),
    ("The farm lobby urged Brussels not to raise its levies on Brazilian sugar.", "tariff",
     "increase", "threatened", False),
    ("Exporters urged Ottawa not to lift its import quotas on Chilean wine.",
     "import_restriction",
     "impose", "effective", False),
    # a gerund after "by" is the means of the verb before, not the noun's: the suspension
    # is done, not an investigation's proposal
    ("USTR has determined to modify the action in the investigation by suspending the extra "
     "tariffs on French cheese for four months.", "tariff", "suspend", "effective", False),
    # a participle after the measure recalls its history; the main verb after says where
    # it stands now, unless that verb says what the measure does
    ("The levy, first announced in May, took effect on Monday.", "tariff", "impose",
     "effective", False),
    ("The import quotas imposed last year will be lifted in June.", "import_restriction",
     "lift", "announced", False),
    # talks that go on about a measure leave it under negotiation
    ("Manila continued separate talks regarding reciprocal tariff structures with Brussels.",
     "tariff", "impose", "proposed", False),
    # the -ing form of a verb whose cue ends in e ("hike*") is that verb too
    ("Voters blamed the cabinet for hiking the levies.", "tariff", "increase", "effective",
     False),
    # what a verb of causing brings about under a modal is foreseen, not in force
    ("The quarrel could trigger Canadian tariffs on US pork.", "tariff", "impose",
     "proposed", False),
    ("Officials fear the row will provoke sanctions against Minsk.", "sanction", "impose",
     "proposed", False),
    # a bill holding the measure is in force once its own verb enacts it
    ("The bill setting quotas on imported shoes was signed into law on Friday.",
     "import_restriction", "impose", "effective", False),
    ("The bill setting quotas on imported shoes was debated on Friday.",
     "import_restriction", "impose", "proposed", False),
    ("Senators drafted a proposal to write the shoe import quotas into law.",
     "import_restriction", "impose", "proposed", False),
    # a level "up from" or "down from" the old one says which way the measure moved
    ("The duty on wine is now 5%, down from 12% last year.", "tariff", "decrease",
     "effective", False),
    ("Ottawa set the surcharge on steel at 30 pct against 20 pct before.", "tariff",
     "increase", "effective", False),
    # "an expansion of" sanctions strengthens them
    ("Kyiv welcomed the expansion of British sanctions on Russian banks.", "sanction",
     "increase", "effective", False),
    # wanting to act oneself is an intention; wanting another to act, a demand that leaves
    # the other's measure in force
    ("Seoul wants to lift its quotas on beef.", "import_restriction", "lift", "proposed",
     False),
    ("Washington wants Tokyo to scrap its quotas on beef.", "import_restriction", "impose",
     "effective", False),
    # a relative clause on the measure with no commas: the main verb after it says what
    # happens, even when the relative's verb has a light object ("took effect")
    ("The tariffs that took effect in March will be lifted next week.", "tariff", "lift",
     "announced", False),
    ("The sanctions that came into force in 2014 were eased on Monday.", "sanction",
     "decrease", "effective", False),
    # advice: scrapping them "would be a good start" leaves them in force
    ("Scrapping the import quotas that have piled up over the years would be a good start.",
     "import_restriction", "impose", "effective", False),
    # a raising predicate: the infinitive says the action, the predicate the status
    ("The EU arms embargo on Myanmar is likely to be lifted within months.", "sanction",
     "lift", "proposed", False),
    ("The duties on Korean steel are set to rise next month.", "tariff", "increase",
     "announced", False),
    ("The quotas on Thai sugar are expected to be raised again.", "import_restriction",
     "decrease", "proposed", False),
    # "was to be implemented": planned, not done
    ("The new tariffs on cars were to be implemented in three phases.", "tariff", "impose",
     "announced", False),
    # "will be used to fund" is a purpose: the subsidies it funds are already paid
    ("Receipts from the new fee will be used to fund Brazil's coffee export subsidies.",
     "subsidy", "impose", "effective", False),
    # a second verb after "and" keeps its own object: "and reimposed sweeping sanctions"
    ("The junta scrapped the accord and reimposed sweeping sanctions.", "sanction",
     "impose", "effective", False),
    # putting entities on a list is imposing a control: its tense gives the status
    ("Commerce said the five firms will be added to the Entity List.", "export_control",
     "impose", "announced", False),
    ("The three firms were listed on the Entity List last week.", "export_control",
     "impose", "effective", False),
    # threatened: coercive signals and conditionals
    (
        "Washington threatened tariffs on Chinese electric cars.",
        "tariff",
        "impose",
        "threatened",
        False,
    ),
    (
        "Brussels warned it could impose duties on American whiskey.",
        "tariff",
        "impose",
        "threatened",
        False,
    ),
    (
        "If Tokyo does not act, Washington will impose duties on Japanese cars.",
        "tariff",
        "impose",
        "threatened",
        False,
    ),
    # proposed: under consideration
    (
        "Canberra is studying export restrictions on lithium.",
        "export_control",
        "impose",
        "proposed",
        False,
    ),
    (
        "The ministry may impose an import ban on poultry.",
        "import_restriction",
        "impose",
        "proposed",
        False,
    ),
    (
        "The Commission proposed tariffs on Russian fertiliser.",
        "tariff",
        "impose",
        "proposed",
        False,
    ),
    (
        "Commerce initiated an anti-dumping investigation into Vietnamese shrimp.",
        "tariff",
        "impose",
        "proposed",
        False,
    ),
    (
        "Ottawa is considering a surcharge on Chinese aluminium.",
        "tariff",
        "impose",
        "proposed",
        False,
    ),
    # announced
    (
        "Beijing will impose export controls on graphite from December.",
        "export_control",
        "impose",
        "announced",
        False,
    ),
    (
        "The government decided to ban exports of raw cashews.",
        "export_control",
        "impose",
        "announced",
        False,
    ),
    (
        "Jakarta plans to restrict exports of bauxite.",
        "export_control",
        "impose",
        "announced",
        False,
    ),
    # agreed
    (
        "China agreed to buy more American soybeans.",
        "purchase_commitment",
        "increase",  # a bigger purchase strengthens the commitment
        "agreed",
        False,
    ),
    (
        "Beijing pledged to purchase $50 billion of U.S. farm goods.",
        "purchase_commitment",
        "impose",
        "agreed",
        False,
    ),
    (
        "Tokyo committed to limit car exports to the United States.",
        "export_control",
        "impose",
        "agreed",
        False,
    ),
    # effective
    ("Canada imposed a 25% tariff on U.S. steel.", "tariff", "impose", "effective", False),
    (
        "The duties on Chinese solar panels took effect on Tuesday.",
        "tariff",
        "impose",
        "effective",
        False,
    ),
    (
        "Washington is enforcing strict controls on chip exports to China.",
        "export_control",
        "impose",
        "effective",
        False,
    ),
    (
        "Australia imposed sanctions on three Russian banks.",
        "sanction",
        "impose",
        "effective",
        False,
    ),
    # reported speech does not change the status
    ("The minister said Canada imposed tariffs on steel.", "tariff", "impose", "effective", False),
    (
        "Officials say Japan will lift the ban on rice imports.",
        "import_restriction",
        "lift",
        "announced",
        False,
    ),
    # what a measure would do is a hypothesis; what it would have done, announced and
    # averted; what it will do says nothing of how far it has got
    ("These tariffs would raise prices for shoppers.", "tariff", "impose", "proposed", False),
    ("The levies would have raised the cost of Thai rice by 30% overnight.", "tariff",
     "impose", "announced", False),
    # a measure in the present tense dated after the article is not yet in force
    ("The duties on Mexican trucks are activated on April 1.", "tariff", "impose",
     "announced", False),
    ("The duties on Mexican trucks were activated on February 1.", "tariff", "impose",
     "effective", False),
    # a purchase agreement signed is agreed, not yet carried out
    ("Cairo signed a grain purchase agreement with Kyiv.", "purchase_commitment", "impose",
     "agreed", False),
    # a hedge before the verb is speculation, whatever the tense its "to" gives
    ("Seoul is likely to ease its export curbs on chips.", "export_control", "decrease",
     "proposed", False),
    ("Exporters are pressing for an approach to securing tariff cuts from Ottawa.", "tariff",
     "decrease", "proposed", False),
    # a measure floated is an idea put about, not a decision
    ("Brussels floated an export ban on scrap metal.", "export_control", "impose",
     "proposed", False),
    # the one exposed meets the measure when its verb says: the verb's tense is the measure's
    ("Peruvian coffee would have faced a levy of 12%.", "tariff", "impose", "announced", False),
    ("Chilean wine will face new duties next spring.", "tariff", "impose", "announced", False),
    ("Chilean wine could face new duties.", "tariff", "impose", "proposed", False),
    ("Chilean wine faces a duty of 8%.", "tariff", "impose", "effective", False),
    # so does the one who gains from it
    ("Ghanaian cocoa will benefit from lower duties in Japan.", "tariff", "decrease",
     "announced", False),
    # a participle before the measure says what was done to it; a verb above says how far
    # that has got
    ("Ottawa has proposed reduced duties on Korean cars.", "tariff", "decrease", "proposed",
     False),
    ("The lowered tariffs on Korean cars will take effect in March.", "tariff", "decrease",
     "announced", False),
    ("Ottawa agreed to reduced duties on Korean cars.", "tariff", "decrease", "agreed", False),
    ("Korean cars now enter at reduced duties.", "tariff", "decrease", "effective", False),
    # an agreement "on" a measure is a deal's term; one that failed to come is a proposal
    ("Coffee producers failed to reach an agreement on export quotas.", "export_control",
     "impose", "proposed", True),
    ("Coffee producers reached an agreement on export quotas.", "export_control", "impose",
     "agreed", False),
    # a condition with no subject of its own is on the measure: not yet decided
    ("If approved, the levy on Thai rice will take effect in May.", "tariff", "impose",
     "proposed", False),
    # what a deal not yet made will do is still under negotiation; a deal reached sets terms
    ("Peru is close to a deal with Chile that will scrap tariffs on rice.", "tariff", "lift",
     "proposed", False),
    ("Peru reached a deal with Chile that will scrap tariffs on rice.", "tariff", "lift",
     "agreed", False),
    ("Lima is nearing a deal with Quito, but Peru will impose tariffs on Chilean rice.",
     "tariff", "impose", "announced", False),
    # what observers say will come is their speculation; officials saying it announce it
    ("Tariffs on Brazilian coffee will rise next year, economists predict.", "tariff",
     "increase", "proposed", False),
    ("Analysts said Ottawa would ease its export curbs on potash.", "export_control",
     "decrease", "proposed", False),
    ("Ottawa will ease its export curbs on potash, officials said.", "export_control",
     "decrease", "announced", False),
    ("Ottawa eased its export curbs on potash, analysts said.", "export_control",
     "decrease", "effective", False),
    # an exemption ended tightens the measure; one extended or granted loosens it; a
    # measure that lapses is lifted
    ("The tariff exclusions were ended on May 31.", "tariff", "increase", "effective", False),
    ("USTR extended the tariff exclusions on Chinese pumps.", "tariff", "decrease",
     "effective", False),
    ("The duties on Chinese tyres expired last year.", "tariff", "lift", "effective", False),
    # a participle after its measure hangs from nothing above it
    ("The two sides are not at war, despite U.S. sanctions announced last week against "
     "Cuban sugar.", "sanction", "impose", "announced", False),
    # a bill signed into law no longer only proposes; a noun cue is never a verb
    ("The farm bill that Congress signed into law wound down the subsidies for wind power.",
     "subsidy", "decrease", "effective", False),
    ("The farm bill would wind down the subsidies for wind power.", "subsidy", "decrease",
     "proposed", False),
    # a verb with its own modal after "and" hangs from what its partner hangs from
    ("The minister said Seoul did not want a dispute and would lift the ban on beef imports "
     "once Ottawa complied.", "import_restriction", "lift", "announced", False),
    # a determination in a dumping investigation is proposed; a review's results are not,
    # and a negative determination denies the measure
    ("Commerce determines that garlic from Peru is sold in the United States at less than "
     "fair value.", "tariff", "impose", "proposed", False),
    ("Commerce determines that garlic from Peru is not being sold in the United States at "
     "less than fair value.", "tariff", "impose", "proposed", True),
    ("Commerce determines that producers sold garlic at less than normal value during the "
     "period of review.", "tariff", "impose", "effective", False),
    # a measure said to go on is in force, whatever the hedge over its going on
    ("The duties on Thai shrimp are expected to remain in place until 2027.", "tariff",
     "impose", "effective", False),
    ("Seoul is likely to continue its ban on Japanese seafood imports.",
     "import_restriction", "impose", "effective", False),
    ("Cairo said the quota on sugar imports will stay until June.", "import_restriction",
     "impose", "effective", False),
    # a measure that negotiations are about, with nothing else saying how far it has got
    ("Hanoi and Ottawa began negotiations on a deal for relief from the steel duties.",
     "tariff", "decrease", "proposed", False),
    ("Ms Lee attended the talks and spoke about the tariffs on rice.", "tariff",
     "impose", "effective", False),
    # a plural noun after the measure's word heads the compound, it is not the verb
    ("Tariff cuts on cars took effect in Korea.", "tariff", "decrease", "effective", False),
    # talks on a measure are a proposal; talks that fail, a proposal denied (§3)
    ("Ottawa and Seoul opened tariff talks on beef.", "tariff", "impose", "proposed", False),
    ("The OPEC quota talks collapsed in Vienna.", "export_control", "impose", "proposed",
     True),
    ("Brazil's coffee export quota negotiations broke down.", "export_control", "impose",
     "proposed", True),
    # a measure already on the table, weighed in an "if" clause, is a threat; a new one
    # there is a hypothesis
    ("Exporters would suffer if Washington went ahead with the tariffs.", "tariff",
     "impose", "threatened", False),
    ("Seoul said that if Washington imposed the duties, it would complain to the WTO.",
     "tariff", "impose", "threatened", False),
    ("If Ottawa imposes a levy on steel, prices will rise.", "tariff", "impose", "proposed",
     False),
    # what a measure does not do, or what someone does not feel about it, is denied, not
    # the measure; what does not apply to someone is
    ("The tariffs may not make steel cheaper.", "tariff", "impose", "effective", False),
    ("The economist is not optimistic about the Canadian tariffs.", "tariff", "impose",
     "effective", False),
    ("Seoul is not subject to the tariffs.", "tariff", "impose", "effective", True),
    # a copula's predicate is denied, not the measure announced under it
    ("Ottawa is not the first to say that the levies will be phased out.", "tariff", "lift",
     "announced", False),
    ("Japan is not going to impose tariffs.", "tariff", "impose", "announced", True),
    ("Lima is not alone in facing higher tariffs.", "tariff", "increase", "effective",
     False),
    # ending exemptions from a measure strengthens it
    ("The order eliminates all exemptions from the steel tariffs.", "tariff", "increase",
     "effective", False),
    # a denied passive whose agent is the measure denies its effect, not the measure
    ("Exporters say they were not bothered by the UK sanctions.", "sanction", "impose",
     "effective", False),
    ("The tariffs were not imposed by Ottawa.", "tariff", "impose", "effective", True),
    # in a clause of its own, a measure's status is its own verb's, and a deal talked
    # of above it does not make it a term of the deal
    ("Officials doubt a deal can be struck before the duties of 50 per cent - up from five "
     "per cent - are to take effect.", "tariff", "increase", "announced", False),
    # a quota agreement is agreed; lacking it is a proposal denied; in force, effective
    ("Prices fell partly because of the lack of an ICO quota agreement.", "export_control",
     "impose", "proposed", True),
    ("The ICO quota agreement took effect in October.", "export_control", "impose",
     "effective", False),
    # preliminary findings in a notice are proposed
    ("Commerce preliminarily finds that exporters of nails from Oman made sales at less "
     "than normal value.", "tariff", "impose", "proposed", False),
    # a light verb's modal is the measure's: "would make an offer" is a hypothesis
    ("Nobody confirmed the report that the administration would make a subsidy offer to "
     "Egypt.", "subsidy", "impose", "proposed", False),
    # an intention noun before the infinitive makes the measure a proposal, also across a
    # phrase naming whose it is; not when the infinitive averts the measure
    ("Lawmakers praised the bid by Brussels to ban imports of seal fur.",
     "import_restriction", "impose", "proposed", False),
    ("Growers fear protectionist efforts in Congress to limit imports of tomatoes.",
     "import_restriction", "impose", "proposed", False),
    ("Chipmakers welcomed government drives to head off American sanctions.", "sanction",
     "impose", "threatened", False),
    # the "if" belongs to the retaliation, not to the move
    ("Lima condemned efforts in Santiago to restrict imports of pisco and said it would "
     "respond if sales fell.", "import_restriction", "impose", "proposed", False),
    # a cancelled measure is lifted
    ("Cairo cancelled its export subsidy on cotton.", "subsidy", "lift", "effective", False),
    ("Officials may cancel the tariffs on Korean steel.", "tariff", "lift", "proposed", False),
    # a larger import quota loosens it, even named as a compound's head
    ("Manila approved a sugar quota increase.", "import_restriction", "decrease",
     "effective", False),
    # an investigation ended is a proposal that failed: its duty will not come
    ("The antidumping duty investigation on garlic from Peru is terminated.", "tariff",
     "impose", "proposed", True),
    ("Commerce terminated the countervailing duty investigation on nails from Oman.",
     "tariff", "impose", "proposed", True),
    # a measure "to be imposed" is still to come; a payment "to be paid" in kind is the aid's
    # manner; an aid in an if-clause is never a threat
    ("Ottawa named the duties to be imposed on Chinese steel.", "tariff", "impose",
     "announced", False),
    ("Growers will get more if the subsidies are paid per acre.", "subsidy", "impose",
     "proposed", False),
    # what is under debate is not decided
    ("The cabinet continues to debate whether to offer export subsidies on sugar.", "subsidy",
     "impose", "proposed", False),
    # what a verb of answering acts with takes the verb's modal; what one competes with
    # does not
    ("Lima could respond with tariffs on Chilean wine.", "tariff", "impose", "proposed",
     False),
    ("Lima will hit back with tariffs on Chilean wine.", "tariff", "impose", "announced",
     False),
    # a participle after the measure says what a demand wants done to it: the measure stands
    ("Canberra wants farm subsidies eliminated.", "subsidy", "impose", "effective", False),
    # a measure let to lapse or expire is lifted; the verb that lets it says how far
    ("In May the cabinet allowed the export controls on palm oil to lapse.", "export_control",
     "lift", "effective", False),
    ("Congress let the tariffs on Canadian lumber expire in March.", "tariff", "lift",
     "effective", False),
    ("Ottawa will allow the surcharge on Chinese steel to lapse.", "tariff", "lift",
     "announced", False),
]

NEGATIONS = [
    # a verb of action after "without" denies the action; a verb that is not one leaves
    # the measure in force, and a clause that opens with "without" weighs a condition
    ("Ottawa answered the levy without imposing new tariffs of its own.", "tariff",
     "impose", "effective", True),
    ("The chip was designed for Chinese buyers without violating US export controls.",
     "export_control", "impose", "effective", False),
    ("Without phasing out its import levies, Peru will lose export markets.", "tariff",
     "lift", "effective", False),
    # a denied verb about the measure denies the verb, not the measure; one that acts with
    # it denies it
    ("Seoul would not retaliate against the tariffs Washington slapped on its steel.",
     "tariff", "impose", "effective", False),
    ("Beijing did not respond to the new duties on its solar panels.", "tariff", "impose",
     "effective", False),
    ("Seoul did not retaliate with tariffs.", "tariff", "impose", "effective", True),
    # a denied copula denies its predicate; after "but" the measure is affirmed
    ("The levy on Thai rice is not a permanent measure.", "tariff", "impose", "effective",
     False),
    ("The levy on Thai rice is not in force yet.", "tariff", "impose", "effective", True),
    ("Lima did not impose tariffs but quotas on rice.", "import_restriction", "impose",
     "effective", False),
    ("Seoul did not depend on the tariff money.", "tariff", "impose", "effective", False),
    # a dropped plan denies the measure it was for; it lifts nothing
    ("Jakarta dropped plans for an export levy on cocoa beans.", "export_control", "impose",
     "announced", True),
    ("The cabinet abandoned a proposal to cut duties on steel.", "tariff", "decrease",
     "proposed", True),
    # what is ruled out or decided against was only on the table: proposed, denied
    ("Canberra ruled out export curbs on iron ore.", "export_control", "impose", "proposed",
     True),
    ("The bloc decided against imposing duties on Turkish steel.", "tariff", "impose",
     "proposed", True),
    # a denied demand leaves the measure it asks to change as it stands, not denied
    ("Seoul rejected calls to cut its rice tariffs.", "tariff", "impose", "effective", False),
    ("Tokyo failed to convince Washington to call off the threatened tariffs.", "tariff",
     "impose", "threatened", False),
    # a condition with no subject of its own is on the measure or its author: no threat
    ("If adopted, the new levies will raise the cost of imported fertiliser.", "tariff",
     "impose", "proposed", False),
    ("If re-elected, the senator would impose quotas on Mexican sugar.",
     "import_restriction", "impose", "proposed", False),
    # a measure that buyers split their shipments to avoid is a threat
    ("Indian refiners are splitting their shipments to avoid secondary sanctions.",
     "sanction", "impose", "threatened", False),
    # the plan governs every infinitive of its list, after a comma too
    ("Tokyo plans to boost domestic demand, increase imports of U.S. beef and aid farmers.",
     "purchase_commitment", "increase", "announced", False),
    # a fronted condition with a verb the lexicon does not know still makes a threat, and
    # a conditional promise to ease is announced (GUIDELINES §3)
    ("If Lima retaliates, Ottawa will impose duties on Peruvian copper.", "tariff", "impose",
     "threatened", False),
    ("If prices slump, Seoul will cut its duties on beef.", "tariff", "decrease",
     "announced", False),
    # "should" in a question weighed is no advice: the duty is under consideration
    ("Commerce will determine whether a duty should be imposed on Thai shrimp.", "tariff",
     "impose", "proposed", False),
    # an obligation in the rule's own words is a requirement in force
    ("Exporters must obtain a licence to ship advanced chips to Iran.", "export_control",
     "impose", "effective", False),
    # a nominal of reintroducing is an action on the measure, so the failure to agree on
    # it reaches the quotas
    ("The failure of the cocoa producers to agree on the reintroduction of export quotas "
     "hit prices.", "export_control", "impose", "proposed", True),
    # talks that a participle says were about a measure fail with it
    ("Cocoa prices slid when the discussions aimed at restoring export quotas broke down.",
     "export_control", "impose", "proposed", True),
    # a denial reaches through a noun of what is said; a rumour is speculation
    ("Officials denied reports that Tokyo would lift the ban on rice imports.",
     "import_restriction", "lift", "proposed", True),
    ("Traders spread the rumour that Tokyo will lift the ban on rice imports.",
     "import_restriction", "lift", "proposed", False),
    # talks that failed are proposed and denied, also when a noun says the failure and
    # a named body with its acronym stands between it and the verb
    ("Prices slid after the failure of the Cocoa Producers Alliance (CPA) meeting to "
     "agree export quotas.", "export_control", "impose", "proposed", True),
    (
        "Japan said it would not impose tariffs on American rice.",
        "tariff",
        "impose",
        "announced",
        True,
    ),
    (
        "Korea has no plans to restrict exports of memory chips.",
        "export_control",
        "impose",
        "announced",
        True,
    ),
    ("Britain ruled out new tariffs on Norwegian salmon.", "tariff", "impose", "proposed", True),
    (
        "Beijing denied that it planned to restrict exports of rare earths.",
        "export_control",
        "impose",
        "announced",
        True,
    ),
    (
        "Seoul is unlikely to delay its ban on imports of Japanese seafood.",
        "import_restriction",
        "suspend",
        "proposed",
        True,
    ),
    # scope: these do not negate
    (
        "The ministry did not say whether it would impose tariffs on steel.",
        "tariff",
        "impose",
        "announced",
        False,
    ),
    (
        "Washington not only raised tariffs on steel but widened them to aluminium.",
        "tariff",
        "increase",
        "effective",
        False,
    ),
    (
        "Canada imposed tariffs on steel that were not expected by markets.",
        "tariff",
        "impose",
        "effective",
        False,
    ),
]

# (sentence, expected ISO date or None); reference date Wednesday 2025-03-12.
DATES = [
    ("Mexico will raise duties on Asian textiles from April 1.", "2025-04-01"),
    ("The duties on Chinese tyres take effect April 17.", "2025-04-17"),
    ("India will ban sugar exports next month.", "2025-04-01"),
    ("Japan will lift its beef import quota by the end of June.", "2025-06-30"),
    ("Canada will impose the surcharge within 30 days.", "2025-04-11"),
    ("Washington will impose 25% tariffs on Friday.", "2025-03-14"),
    ("Beijing imposed the export controls on Monday.", "2025-03-10"),
    ("Canada imposed the tariffs on March 4, 2025.", "2025-03-04"),
    ("Brazil cut import tariffs today.", "2025-03-12"),
    # not dates: the modal, a year, a season, a meeting
    ("The United States may impose tariffs on Brazilian ethanol.", None),
    ("Canada imposed the import quota in 2024.", None),
    ("Thailand set a rice export quota for the 2024/25 season.", None),
    ("Officials will meet on Thursday to discuss the tariffs Washington imposed.", None),
]

# Effective dates without a year lie on whichever side of the article date is nearer,
# whatever the verb's tense: (sentence, reference date, expected ISO date).
EFFECTIVE_DATES = [
    ("Mexico raised the duty on footwear to 35% from March 1.", "2025-02-10", "2025-03-01"),
    ("Mexico raised the duty on footwear to 35% from March 1.", "2025-03-20", "2025-03-01"),
    ("Ottawa will lift the surcharge effective January 15.", "2025-12-20", "2026-01-15"),
]

# Constructions added after reading the dev set's error classes (sentences written here).
MORE = [
    # a deal's terms are agreed, even with "will"
    ("Under the accord, Korea will import 500,000 tonnes of American beef.",
     "purchase_commitment", "impose", "agreed", False),
    # general licences ease sanctions
    ("OFAC issued a general license under the Syria Sanctions Regulations.",
     "sanction", "decrease", "effective", False),
    # the restriction is the negation itself
    ("Chipmakers are not allowed to sell advanced tools to Chinese buyers.",
     "export_control", "impose", "effective", False),
    # a bound is not a denial
    ("Farmers will receive no less than 90 pct of their support payments.",
     "subsidy", "impose", "announced", False),
    # advice to lift a measure names the measure in force (GUIDELINES §1)
    ("Britain should scrap its tariffs on imported cheese, the think tank said.",
     "tariff", "impose", "effective", False),
    # an undifferentiated mention merges into the measure whose action is said
    ("The rule amends the Export Administration Regulations to expand controls on exports "
     "of chips.", "export_control", "increase", "effective", False),
]

# Not measures: commercial deals, advice and names (sentences written here).
NOT_MEASURES = [
    # another party's demand, also in a bare verb that shares the modal of the one before
    "Officials in Washington said Tokyo must cut its rice output and buy more US rice.",
    "Local millers agreed to buy 40,000 tonnes of Australian wheat for June shipment.",
    "The company agreed to buy a 20% stake in the brewer for $1.2 billion.",
    "Farm groups would like the government to raise export subsidies on sugar.",
    "The board met under the General Agreement on Tariffs and Trade.",
    # only "from" opens a list of goods to its verb: here "cutting" is not said of subsidies
    "The cost of cutting out imports and the cost of subsidising farmers fall on consumers.",
]

# From a held-out audit's error classes (sentences written here).
AUDITED = [
    # an if-clause holds a hypothesis, not the threat, unless the measure is one already
    # on the table
    ("Talks will resume if new tariffs are implemented next year.", "tariff", "impose",
     "proposed", False),
    # a proposed rule frames everything in it
    ("In this proposed rule, the agency would tighten export controls on drones.",
     "export_control", "increase", "proposed", False),
]
NOT_MEASURES_AUDITED = [
    "The storm is expected to subside by Friday, forecasters said.",
    "The Export-Import Bank of the United States approved a loan guarantee for a ship.",
    "Jean-Bernard Levy, the chief executive, said profits rose.",
    "Travellers spent more at duty free stores this summer.",
    "He was accused of abandoning his duty to shareholders.",
    "Brussels threatened fiscal sanctions over the budget deficit.",
    "The investment banks advised on the merger.",
]

# A verb governs its own objects, not a later verb phrase's (sentences written here).
GOVERNING = [
    # an adjective on the object is not the action's status
    ("Ottawa agreed to suspend its planned surcharge on American aluminium.",
     "tariff", "suspend", "agreed", False),
    ("The dispute may boost protectionist sentiment and lead to curbs on imports of steel.",
     "import_restriction", "impose", "proposed", False),
    ("The deal will involve eliminating tariffs and import quotas on cars.",
     "import_restriction", "lift", "announced", False),
]

# A date in another clause belongs to another event: (sentence, expected ISO date or None).
CLAUSE_DATES = [
    ("Prices fell after the news on Monday, and Canada will impose duties on steel.", None),
    ("Canada will impose duties on steel from April 1, and prices fell.", "2025-04-01"),
]

# From the second held-out audit (sentences written here).
SECOND_AUDIT = [
    # the hit party of a passive threat is the target, not the imposer
    ("Brazil has been threatened with sanctions by the European Union.", "sanction",
     "impose", "threatened", False),
    # product exclusions ease duties
    ("USTR extended product exclusions from the Section 301 tariffs on Chinese goods.",
     "tariff", "decrease", "effective", False),
    # a final determination in an investigation is still proposed
    ("Commerce issued a final determination in the less-than-fair-value investigation of "
     "steel nails from Oman.", "tariff", "impose", "proposed", False),
]
NOT_MEASURES_SECOND = [
    "The regulator approved a 20% cut in household electricity tariffs.",
    "The board sanctioned the plan to build a new stadium.",
    "Policyholders will receive a terminal bonus this year.",
]

# From the third held-out audit (sentences written here).
THIRD_AUDIT = [
    # a noun phrase followed by a finite verb is that verb's subject, even after "said"
    ("Officials said the tariffs on Korean steel would be lifted next month.", "tariff",
     "lift", "announced", False),
    ("Exporters hope the ban on rice exports will be lifted.", "export_control", "lift",
     "proposed", False),
    # ... also when the measure's goods or targets are a list ("on A, B and C")
    ("The minister said the duties on tea, rubber and spices would be lifted in June.",
     "tariff", "lift", "announced", False),
    ("Ottawa has said levies on Chile, Peru and Mexico could come next spring.", "tariff",
     "impose", "proposed", False),
    # the main verb after a relative clause says what happens to the measure
    ("The duties that Ottawa imposed on steel will be removed in May.", "tariff", "lift",
     "announced", False),
    ("The sanctions, which Washington imposed in 2019, were lifted on Friday.", "sanction",
     "lift", "effective", False),
    ("The quotas on rice imports, which took effect in 2019, will be scrapped.",
     "import_restriction", "lift", "announced", False),
    # a bare participle after the measure modifies it; it is not its verb
    ("Seoul hopes Washington will soon lift sanctions imposed against Korean banks.",
     "sanction", "lift", "proposed", False),
    # a pledge to punish on a condition is a threat
    ("The order vows to impose tariffs on Peru if it taxes American firms.", "tariff",
     "impose", "threatened", False),
    # "from" after a verb that says nothing of measures hangs from the noun before it
    ("Ottawa will prioritise managing the fallout from Washington's tariffs on cars.",
     "tariff", "impose", "effective", False),
    # promoted by a legislator: still a proposal
    ("A new export subsidy for wheat was promoted today by the chairman of a House "
     "agriculture subcommittee.", "subsidy", "impose", "proposed", False),
    # a measure said to endure is in force
    ("Analysts expect that US sanctions on Cuba will endure.", "sanction", "impose",
     "effective", False),
    # a refusal to do something denies it, and its owner owns the measure
    ("The refusal of Japan to lift its ban on rice imports angered Washington.",
     "import_restriction", "lift", "proposed", True),
    # exploring a measure is considering it
    ("Washington is exploring tariffs on Mexican tomatoes.", "tariff", "impose", "proposed",
     False),
    # a measure not discussed is not denied
    ("Officials said the U.S. sanctions on Cuban sugar were not discussed at the meeting.",
     "sanction", "impose", "effective", False),
    # "no choice but to" is necessity, not denial
    ("The minister said Ottawa had no choice but to impose the tariffs on steel.", "tariff",
     "impose", "effective", False),
    ("Officials said there was no way out but to impose the tariffs on steel.", "tariff",
     "impose", "effective", False),
    # a second "that" clause hangs from the first one's verb, not from its denial
    ("Officials said that Tokyo had not retaliated and that Washington would impose "
     "sanctions.", "sanction", "impose", "announced", False),
    # a case named as an investigation is proposed
    ("Commerce gave notice of the institution of antidumping and countervailing duty "
     "investigations of paper boxes from Vietnam.", "tariff", "impose", "proposed", False),
    # two auxiliaries sharing one participle: the denial reaches it
    ("Commerce determines that steel racks from Peru are not being, or are not likely to "
     "be, sold in the United States at less than fair value.", "tariff", "impose",
     "proposed", True),
    # talks or efforts that the measure's verb complements fail with it
    ("Talks on lifting the sanctions on Belarus collapsed.", "sanction", "lift", "proposed",
     True),
    ("Efforts to restore export quotas on coffee will not be revived.", "export_control",
     "impose", "proposed", True),
    # a plan dropped: the verb after the measure is the plan's, not the measure's
    ("Plans to impose tariffs on steel were dropped.", "tariff", "impose", "announced",
     False),
    # a review that finds no sales below normal value leaves the order as it is
    ("Commerce determines that thermal paper from Korea was not sold in the United States "
     "at less than normal value during the period of review.", "tariff", "impose",
     "effective", False),
    # revoking an order weighed in a sunset review, found to bring back dumping: kept
    ("Commerce finds that revoking the antidumping duty order on steel racks from Peru "
     "would likely lead to continuation or recurrence of dumping.", "tariff", "impose",
     "effective", False),
]
NOT_MEASURES_THIRD = [
    "The central bank decided to sanction the second increase in its policy rate.",
    '"I have to levy taxes and attend to our problems," the president said.',
    "The WTO's subsidy rules prohibit such practices in theory.",
    '"Growth will be gradual and lasting," Levy predicted.',
    "The guards were pulled off their assigned duty for three days.",
    # requests, referrals and the rules of procedure are no measure (GUIDELINES §8)
    "Commerce found that a request for a new shipper review of the antidumping duty order "
    "on honey from Peru meets the requirements for initiation.",
    "Commerce has received a covered merchandise referral concerning the antidumping duty "
    "order on chassis from Peru.",
    "Commerce issued a final rule amending its antidumping and countervailing duty "
    "regulations.",
    # job duties, securities bought, repayment, a lender's loans to a state, an agreement's
    # name
    "The guards, who perform security duties at the port, went on strike.",
    "Analysts wonder when Japanese investors will resume purchasing U.S. stocks.",
    "The broker agreed to make restitution to the fund of all the missing money.",
    "Washington could file a complaint with GATT under the subsidies code.",
    # quotas for people on boards are no trade measure, whatever the market says
    "Investors punish boards that lack gender balance, and market pressure works better "
    "than hard quotas.",
    # a notice opening a review names the order under review, and procedure is no measure
    "Commerce is initiating a changed circumstances review of the antidumping duty order "
    "on steel nails from Oman.",
    "The Commission will proceed with a full review of the countervailing duty order on "
    "float glass from Korea.",
    "Unless Commerce extends the deadline, the Commission must reach its preliminary "
    "determinations in the antidumping investigations within 45 days.",
    "Commerce published its notice of initiation and preliminary results of a changed "
    "circumstances review of the antidumping duty order on steel pipes from Oman.",
]

# The verb right before a date places it: (sentence, expected ISO date); reference date
# Wednesday 2025-03-12.
DATES_BY_THEIR_VERB = [
    ("Washington will lift the duties it imposed on Canadian lumber on March 4.",
     "2025-03-04"),
    ("Ottawa said on March 3 that it will impose tariffs on steel.", "2025-03-03"),
]
