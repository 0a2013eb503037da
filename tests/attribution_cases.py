"""Case tables for who imposes a measure and whom it hits.

Every sentence here was written for these tests. Each case is
``(sentence, kind, imposer, targets)``; the reference date is Wednesday 12 March 2025.
"""

from __future__ import annotations

ATTRIBUTION = [
    # a measure on the table weighed in an "if" clause falls on the subject of the verb it
    # conditions, also after a fronted "if", through a pronoun, or past a coordinated verb
    ("If the tariffs go ahead, Canada would lose thousands of jobs.", "tariff", None,
     ["CAN"]),
    ("Kenya chose talks and avoided mass layoffs if the levy went ahead.", "tariff", None,
     ["KEN"]),
    ("Nigeria said it would consider leaving OPEC if its export quota was cut.",
     "export_control", "OPEC", ["NGA"]),
    # a subject that bears a measure's burden is not its author
    ("Peru's fishing fleet cannot bear the burden of the new levies.", "tariff", None, []),
    ("Mexico's car industry bears the burden of the steel tariffs.", "tariff", None, []),
    ("Vietnam bore the burden of the US tariffs on shrimp.", "tariff", "USA", ["VNM"]),
    # a lender or adviser that speaks of a measure is not its author, nor its target
    ("The IMF said lifting the ban on car imports would raise revenue.",
     "import_restriction", None, []),
    ("The International Monetary Fund urged Zambia to scrap its maize subsidies.",
     "subsidy", "ZMB", []),
    ("Kenya lifted its ban on maize imports after talks with the IMF.",
     "import_restriction", "KEN", []),
    # but a fronted phrase is no subject
    ("With Japan holding 9,000 tariff lines, if the new duties are fully applied, this "
     "system may grow complex.", "tariff", None, []),
    # an owner of the act that names no jurisdiction holds the measure all the same
    ("Turkey's gas imports from Russia have grown since Russia's invasion of Ukraine and "
     "the West's imposition of sanctions on Russian lenders.", "sanction", None, ["RUS"]),
    # only a law's maker takes a measure under it
    ("Sanctions were placed on the shipping firm under British law.", "sanction", "GBR", []),
    ("Tariffs on Indian shrimp rose last year under U.S. trade law.", "tariff", "USA",
     ["IND"]),
    ("Canada imposed duties on Chinese steel pursuant to Canadian trade law.", "tariff",
     "CAN", ["CHN"]),
    # a country's own imports that come in under a measure are under its measure
    ("A scheme for checking U.S. sugar imports under quotas is seen as weak by many refiners.",
     "import_restriction", "USA", []),
    ("Auditors said the EC's wine imports within the quota were rising.",
     "import_restriction", "EU", []),
    # imports named by their importer and then their origin come into the importer's
    # market, under its measure; with no origin, the name may be the goods' own
    ("The tariffs on US imports from Vietnam and Laos went into effect on Tuesday.",
     "tariff", "USA", ["VNM", "LAO"]),
    ("A ban on Indian imports of palm oil from Malaysia was lifted.",
     "import_restriction", "IND", ["MYS"]),
    ("Duties of 15% on Japanese imports from Korea were cut.", "tariff", "JPN", ["KOR"]),
    ("Canada imposed tariffs on US imports.", "tariff", "CAN", ["USA"]),
    # an export control stops goods reaching where a verb of sale after it sends them
    ("Washington tightened export controls that limit what chips firms can sell to China.",
     "export_control", "USA", ["CHN"]),
    ("The rule imposes a licence requirement when such items are shipped abroad to Iran, Syria "
     "or Cuba.", "export_control", None, ["IRN", "SYR", "CUB"]),
    # a people's imports are their origin's goods, hit by the measure
    ("Officials are monitoring Canadian cheese imports under the quota, a trade group said.",
     "import_restriction", None, ["CAN"]),
    # the owner of an initiative on a measure puts it forward; it hits no one
    ("Delegates dismissed a new Peruvian initiative on copper export quotas.",
     "export_control", "PER", []),
    ("The council debated a Kenyan initiative on tea export quotas last week.",
     "export_control", "KEN", []),
    # a leader's time in office owns a measure nothing else owns, while the leader holds it
    ("Duties on Chilean copper will climb during Mr Trump's second term.", "tariff", "USA",
     ["CHL"]),
    ("Duties on Chilean copper climbed during Reagan's second term.", "tariff", None,
     ["CHL"]),
    # a participle naming a topic: the name before it owns nothing after it
    ("Ottawa published rules for the free trade pact with Chile related to tariffs on "
     "wine.", "tariff", "CAN", ["CHL"]),
    # an export control on goods "from" a country, with no acting subject, is that country's
    ("The decree suspends the export of cobalt from Zambia for three months.",
     "export_control", "ZMB", []),
    # of parties agreeing to limit exports, the one whose exports they are limits them
    ("Ottawa and Washington agreed to limit Canadian softwood exports.", "export_control",
     "CAN", ["USA"]),
    # the object of the verb above an infinitive does what it says
    ("Analysts expect Ottawa to raise duties on Chinese steel.", "tariff", "CAN", ["CHN"]),
    ("The waiver allowed Washington to impose quotas on dairy imports.", "import_restriction",
     "USA", []),
    # suspending a partner's goods bans them: the suspending state imposes, no easing
    ("Manila suspended chicken imports from Brazil over bird flu.", "import_restriction",
     "PHL", ["BRA"]),
    # a longer name ending in the trigger is another state's list, in any case
    ("Beijing put two US drone makers on its unreliable entity list.", "export_control",
     "CHN", ["USA"]),
    # the one who wins a measure gets it from another: not its author
    ("Kyiv secured new sanctions against Moscow.", "sanction", None, ["RUS"]),
    # goods named between the access and the market it opens
    ("Ghana keeps duty-free access for its cocoa butter to the Swiss market.", "tariff",
     "CHE", ["GHA"]),
    # an agency that a subsidy's goods or money come "from" pays it
    ("A bonus of 30 dlrs per tonne went to two exporters of Gulf wheat, and will be paid "
     "in commodities from the CCC inventory, the department said.", "subsidy", "USA", []),
    ("The subsidy was awarded to a Texas mill, and it will be drawn in kind from the "
     "Commodity Credit Corporation.", "subsidy", "USA", []),
    # the one who buys under a subsidy does not pay it
    ("Weather will determine how much wheat Cairo would buy under a subsidy offer.",
     "subsidy", None, []),
    # "Commission" without "the", in a sentence set in Europe, is the European Commission
    ("The rebate follows a Commission commitment to grant rebates for exports of 50,000 "
     "tonnes of French barley to non-EC countries.", "subsidy", "EU", []),
    # "its" is not the place something happened in
    ("The cocoa organization's board met in Accra but did not reopen debate on its export "
     "quotas.", "export_control", None, []),
    # the name between an article and the measure's noun owns it
    ("Manila criticised the EC levy on coconut oil.", "tariff", "EU", ["PHL"]),
    # a demand's owner is not the owner of the measure it asks another to lift
    ("He repeated the Canadian request that Seoul lift its quotas on beef.",
     "import_restriction", "KOR", []),
    # an imperative after a colon spells out the advice before it, to the same party
    ("To grow trade, Kenya should simplify its tariffs: Cut import duties on wheat and "
     "maize.", "tariff", "KEN", []),
    # the one who risks a measure is exposed to it
    ("Brazilian growers cannot ship more soy without risking new tariffs.", "tariff", None,
     ["BRA"]),
    # the one who comments on what a measure does is not its author
    ("Officials in Ottawa said that the sanctions on Russian banks will set a bad "
     "precedent.", "sanction", None, ["RUS"]),
    # a warning's condition is the hearer's deed: "it" in the "if" clause is the hearer
    ("Ottawa warned Seoul it will face retaliation if it bans imports of Canadian beef.",
     "import_restriction", "KOR", ["CAN"]),
    # the one a sentence says benefits from an easing is relieved by it, not its author,
    # also from the second of two measures it gains
    ("Peru will benefit from a larger quota of hake fillets at a 5% duty and lower "
     "levies on bran.", "tariff", None, ["PER"]),
    # a wire service's capital after "U.S." is no programme's name: the sanctions are the
    # U.S.'s; a name that goes on is a programme named after its target
    ("Warsaw says U.S. Sanctions have cost its economy 15 billion dlrs.", "sanction", "USA",
     []),
    ("OFAC amended the Syria Sanctions Regulations.", "sanction", "USA", ["SYR"]),
    # a market shut to a partner's goods: its owner restricts, the partner is hit
    ("The Taiwanese market has remained all but closed to American apples.",
     "import_restriction", "TWN", ["USA"]),
    ("Seoul closed its market to Australian beef.", "import_restriction", "KOR", ["AUS"]),
    # the one whose access is restricted is hit; the restricting state acts
    # a demand to raise an import quota asks for an easing: the quota stands, the one
    # asking is hit
    ("Canberra asked Seoul to raise its beef import quota.", "import_restriction", "KOR",
     ["AUS"]),
    # imports "of" goods "to" a market are that market's to ban; exports banned "by" a state
    ("Imports of pork to Korea are banned under the quarantine law.", "import_restriction",
     "KOR", []),
    ("Exports of gallium to Japan were banned by China.", "export_control", "CHN", ["JPN"]),
    # "different from" compares, it names no one hit
    ("Targeted duties are different from Tokyo's tariffs on rice.", "tariff", "JPN", []),
    # a country's name before goods owns the measure when nothing else does; a demonym
    # qualifies the goods
    ("Seoul secured an exemption from US steel tariffs.", "tariff", "USA", ["KOR"]),
    ("Growers asked for an end to the Japan rice import ban.", "import_restriction", "JPN",
     []),
    ("Chinese steel tariffs took effect.", "tariff", None, ["CHN"]),
    # a destination named after coordinated prepositions: "to and within", "to or within"
    ("Washington imposed a licence requirement on exports to and within Belarus.",
     "export_control", "USA", ["BLR"]),
    # technology a country's name comes with is held back by that country; other goods
    # named with a country are more often curbed by the buyer
    ("The curbs on Japanese chip exports to Russia took effect.", "export_control", "JPN",
     ["RUS"]),
    ("Despite some easing of curbs on Korean technology exports, controls stay strict.",
     "export_control", "KOR", []),
    ("Washington imposed curbs on Japanese car exports.", "import_restriction", "USA",
     ["JPN"]),
    # an adverb between a subject and its verb leaves the verb's object in place
    ("Tokyo further restricts Russia's ability to obtain Japanese chips.", "export_control",
     "JPN", ["RUS"]),
    ("Tokyo moved to restrict Russia's access to Japanese semiconductors.",
     "export_control", "JPN", ["RUS"]),
    # a demonym owns the decision an infinitive complements, as a possessive does
    ("Asked about the Mexican government decision to apply a duty on US pork, Washington "
     "said it could complain.", "tariff", "MEX", ["USA"]),
    # a nationality's plural names people, so the passive's agent sanctions them
    ("The six Syrians sanctioned by Canada include two ministers.", "sanction", "CAN",
     ["SYR"]),
    ("Three Iraqis sanctioned by Washington appealed the decision.", "sanction", "USA",
     ["IRQ"]),
    # a measure on a state's allies hits the allies a list spells out, not the state
    ("Washington may impose tariffs on China's neighbours, such as Vietnam and Laos.",
     "tariff", "USA", ["LAO", "VNM"]),
    # access "to" goods of a country is their market's relief, not that country's tariff
    ("The EU granted duty-free access to Kenyan roses.", "tariff", "EU", ["KEN"]),
    # the government or the state a measure is on is hit, and does not act
    ("Sanctions on the government of Iran were lifted in January.", "sanction", None,
     ["IRN"]),
    ("Sanctions imposed on the apartheid state of South Africa forced it to change course.",
     "sanction", None, ["ZAF"]),
    # a forum hears complaints about measures; it neither sets them nor is hit by them
    ("Washington dropped its complaint with the GATT that Tokyo was unfairly curbing "
     "imports of fish.", "import_restriction", "JPN", []),
    # a place inside a company's name is the firm's home: hit, never acting
    ("Commerce determines that Siam Steel Wire Co. sold wire below normal value.", "tariff",
     "USA", ["THA"]),
    # "the Council for ..." is another body than the EU's Council
    ("An official of the Council for Economic Planning said the government plans deep "
     "tariff cuts.", "tariff", None, []),
    # a possessive after "on" is hit, and acts for no measure near it
    ("The deal comes with new aid to Kyiv, an expansion of sanctions on Iran's oil trade as "
     "well as secondary sanctions, and a minerals pact.", "sanction", None, ["IRN"]),
    # with no payer named, a firm's home pays its subsidy; where it is listed does not
    ("The Hong Kong-listed firm Hunan Steel Company Limited disclosed government subsidies "
     "of 20 mln yuan.", "subsidy", "CHN", []),
    # a place before "-based" says where another stands; it does not act
    ("The Vienna-based cartel imposed export quotas on its members.", "export_control",
     None, []),
    # a city before traders names a market, not the state whose firms get a subsidy
    ("London traders expected the export subsidy to be around 40 dlrs a tonne.",
     "subsidy", None, []),
    # a rate priced in the currency one jurisdiction alone issues is that jurisdiction's
    ("The export refund for barley was set at 140 Ecus a tonne.", "subsidy", "EU", []),
    ("A levy of 25 European currency units per tonne now applies to maize imports.",
     "tariff", "EU", []),
    # a trade measure protecting a jurisdiction's own producers or interests is its own
    ("Import quotas were tightened to protect Japanese rice growers.", "import_restriction",
     "JPN", []),
    ("The new rules safeguard American security interests by restricting exports of "
     "lithography tools to China.", "export_control", "USA", ["CHN"]),
    # but not what the protected party is shielded from, nor a sanction defending another
    ("The pact would shield Canadian mills from the tariffs on Canadian steel.", "tariff", None,
     ["CAN"]),
    ("Sanctions were imposed to protect Ukrainian sovereignty.", "sanction", None, []),
    # but not a sum, which anyone may raise or count in it
    ("Officials said export subsidies totalled 300 mln Ecus last year.", "subsidy", None, []),
    # goods controlled because they could help a state: that state is the target
    ("Washington restricted exports of chips that could help Iran build drones.",
     "export_control", "USA", ["IRN"]),
    # short bracketed asides do not use up the reach of a list of targets
    ("Commerce is issuing antidumping duty (AD) orders on certain paper plates (paper "
     "plates) from the People's Republic of China (China), Thailand, and the Socialist "
     "Republic of Vietnam (Vietnam).", "tariff", "USA", ["CHN", "THA", "VNM"]),
    # the verb after a "who" aside is the main clause's: Ottawa said, not the aside's Tokyo
    ("Ottawa, which will hold talks with Japanese officials this week, said it would lift "
     "the duties on Japanese cars.", "tariff", "CAN", ["JPN"]),
    # a scare-quoted word inside the noun phrase keeps the phrase whole
    ("Washington threatened to hit Taiwan with a 32% \u201creciprocal\u201d tariff.",
     "tariff", "USA", ["TWN"]),
    # "US imports from China": the US imports, China is hit
    ("Washington will place a 60% tariff on US imports from China.", "tariff", "USA",
     ["CHN"]),
    # a jurisdiction labelled with the level it faces, in brackets
    ("Shirts from Chile (12% tariff) sell well in Ohio.", "tariff", None, ["CHL"]),
    # a second "that" clause hangs from the verb of the first, with its own subject
    ("He said he did not foresee a dispute with Japan but that Washington had no choice "
     "but to impose sanctions.", "sanction", "USA", ["JPN"]),
    # the subject of the governing verb, through reports, infinitives and coordination
    ("Washington imposed tariffs on Chinese steel.", "tariff", "USA", ["CHN"]),
    ("Japan said it would not impose duties on American rice.", "tariff", "JPN", ["USA"]),
    ("Beijing agreed to delay its curbs on exports of graphite.", "export_control", "CHN", []),
    ("Ottawa did not want a trade war and would drop the surcharge on Mexican steel.",
     "tariff", "CAN", ["MEX"]),
    ("In response to the invasion, the Commerce Department tightened export controls on "
     "Russia.", "export_control", "USA", ["RUS"]),
    # the jurisdiction that owns the measure's noun
    ("China's curbs on exports of gallium angered chipmakers.", "export_control", "CHN", []),
    ("U.S. tariffs on Canadian lumber took effect on Monday.", "tariff", "USA", ["CAN"]),
    ("Brussels said its anti-dumping duties on Chinese e-bikes would stay.", "tariff", "EU",
     ["CHN"]),
    # whose threat, bid or move the measure is owns it, not the one who reacts to it
    ("Ottawa condemned Trump's threat to impose tariffs on Canadian lumber.", "tariff",
     "USA", ["CAN"]),
    ("Lawmakers praised the bid by Brussels to ban imports of seal fur.",
     "import_restriction", "EU", []),
    ("Brussels criticised moves by Congress to limit imports of textiles.",
     "import_restriction", "USA", []),
    ("Seoul criticised Washington's efforts to restrict exports of chips to China.",
     "export_control", "USA", ["CHN"]),
    ("Tokyo resents Chinese efforts to curb exports of rare earths.", "export_control",
     "CHN", []),
    # a list closed by "and" ends at the comma before a name that opens a clause
    ("Faced with U.S. tariffs on Mexico, Canada and China, Sri Lanka must sell more to "
     "Brazil.", "tariff", "USA", ["MEX", "CAN", "CHN"]),
    ("Washington imposed tariffs on Mexico, Canada and China, Japan and Korea.", "tariff",
     "USA", ["MEX", "CAN", "CHN", "JPN", "KOR"]),
    # goods imported into a market meet its tariffs; where they were made is hit
    ("The order imposes a surtax of 100% on electric cars made in China and imported into "
     "Canada.", "tariff", "CAN", ["CHN"]),
    ("Washington raised tariffs on steel made in Vietnam.", "tariff", "USA", ["VNM"]),
    # an aside between the auxiliary and its participle is read through
    ("The Indonesian government has, as of April, progressively banned the export of nickel "
     "ore.", "export_control", "IDN", []),
    # a participle after its measure's noun takes its agent
    ("The levy imposed on US imports by the European Union angered farmers.", "tariff",
     "EU", ["USA"]),
    # the head of a subject comes first; a name in its modifiers does not act
    ("The Department of Commerce and a representative of the Government of Mexico signed "
     "an agreement suspending the duties on sugar from Mexico.", "tariff", "USA", ["MEX"]),
    # a place before traders or firms is no actor; a body after "said" is
    ("Tokyo dealers said the European Commission would release 90,000 tonnes of barley "
     "authorised for export.", "export_control", "EU", []),
    # the sanctions formula names who blocks
    ("All property and interests in property subject to U.S. jurisdiction of the persons "
     "listed are blocked.", "sanction", "USA", []),
    ("Their assets are frozen, and UK persons are prohibited from dealing with them under "
     "the sanctions.", "sanction", "GBR", []),
    # goods imported to a market meet its tariffs
    ("Officials threatened a 20% tariff on other imports to the U.S.", "tariff", "USA", []),
    # a bare infinitive after an object pronoun is a verb: who avoids a measure is no owner
    ("Taipei said it would help them avoid the proposed Chinese tariffs.", "tariff", "CHN",
     []),
    # the object of a verb of harm whose subject is the measure is hit by it
    ("The new tariffs hit Vietnam hardest.", "tariff", None, ["VNM"]),
    ("US sanctions target Russian banks and Iranian shippers.", "sanction", "USA",
     ["RUS", "IRN"]),
    ("Washington's tariffs will hurt China, Japan and Korea.", "tariff", "USA",
     ["CHN", "JPN", "KOR"]),
    ("The levies punish poor countries like Lesotho and Malawi.", "tariff", None,
     ["LSO", "MWI"]),
    # every name of a series before a verb of exposure is hit
    ("Countries such as China, India, Malaysia and Thailand face tariffs of 30%.", "tariff",
     None, ["CHN", "IND", "MYS", "THA"]),
    # "his" stands for a person and "its" for a state, whatever is nearer
    ("Trump met Xi, and in China the halving of his tariffs on toys was welcomed.", "tariff",
     "USA", []),
    ("Trump said Canada would keep its tariffs on dairy.", "tariff", "CAN", []),
    # a name after a verb of giving receives the measure: the giver imposes it
    ("Brussels offered the Kingdom of Morocco subsidised barley.", "subsidy", "EU", []),
    ("Farmers welcomed the Chinese tariffs on soybeans.", "tariff", "CHN", []),
    # the comma after an "if"-clause closes it, even after an opening adverb
    ("Still, if a subsidy is offered, Cairo may buy more wheat.", "subsidy", None, []),
    # with nobody named as hit, the one other state in the sentence is, unless it speaks,
    # stands past a hard break or is only where the goods go
    ("The Trump tariff is the jolt that Laos needed.", "tariff", "USA", ["LAO"]),
    ("Washington will drop the sanctions once Caracas frees the prisoners.", "sanction",
     "USA", ["VEN"]),
    ("Chile's minister said the talks were wasted after the EU imposed a levy on wine.",
     "tariff", "EU", []),
    ("The U.S. tariffs are a shock; Laos is unprepared.", "tariff", "USA", []),
    ("The EU will ship maize into Portugal at a reduced levy.", "tariff", "EU", []),
    # the jurisdiction a measure stands in keeps it; not where goods were made
    ("Import restrictions in Japan hurt American farmers.", "import_restriction", "JPN",
     ["USA"]),
    ("Lawmakers debated curbs on Chinese investment in the United States.",
     "investment_restriction", "USA", ["CHN"]),
    ("The tariffs in place in India are among the highest.", "tariff", "IND", []),
    ("Tariffs on beef produced in Brazil rose.", "tariff", None, ["BRA"]),
    # a state pays for its own goods; a complaint is not the complainer's measure
    ("Moscow would buy more grain if offered a subsidy on U.S. wheat.", "subsidy", "USA", []),
    ("Brussels complained about subsidies for Chinese electric cars.", "subsidy", "CHN", []),
    ("Washington criticised Beijing for its export curbs on gallium.", "export_control",
     "CHN", []),
    # a verb phrase has no attributive owner: the subject of the talks buys
    ("Dhaka is in talks with Ottawa to explore purchasing potash from Canada.",
     "purchase_commitment", "BGD", ["CAN"]),
    # "the Commission" is the European one only in a sentence set in Europe
    ("The Commission hereby gives notice of antidumping duty investigations of steel from "
     "Korea.", "tariff", None, ["KOR"]),
    # a verb after the measure with an object of its own takes the arguments after it;
    # a verb of scope ("cover") does not
    ("The easing of TikTok restrictions may signal a shift in policy toward Chinese firms.",
     "investment_restriction", None, []),
    ("The duties now cover half of Chile's imports from Peru.", "tariff", None, ["PER"]),
    # a name right before an -ing verb is its subject
    ("Analysts expect Beijing tightening export curbs on gallium.", "export_control", "CHN",
     []),
    # a programme's name in lower case is still its country's
    ("Wheat will be offered to Algeria under the export enhancement program.", "subsidy",
     "USA", []),
    # a trade-remedy case names the imports it is about long after the case itself
    ("The Commission instituted countervailing duty investigations to determine whether a "
     "domestic industry is injured by reason of imports of ceramic tiles from Peru and "
     "Chile, sold at subsidised prices.", "tariff", None, ["CHL", "PER"]),
    ("The Commission will pay export refunds on barley, EC officials said.", "subsidy", "EU",
     []),
    # the jurisdiction the sentence is about keeps the measure that explains its plight
    ("Due to the import ban on palm oil, Kenya now depends heavily on costlier oils.",
     "import_restriction", "KEN", []),
    # the one a promise is made to is the party the measure is for
    ("Brussels has promised the United States it will import two mln tonnes of maize.",
     "purchase_commitment", "EU", ["USA"]),
    # relief comes from the one who holds the measure; the one who wins it is hit
    ("Ottawa won tariff relief from Washington on steel.", "tariff", "USA", ["CAN"]),
    ("Hanoi is securing tariff rollbacks from the US on shrimp.", "tariff", "USA", ["VNM"]),
    ("Exporters want relief from duties on imports from China.", "tariff", None, ["CHN"]),
    # a "where" clause stands in the place it hangs from
    ("Exporters look to Canada, where tariffs on dairy remain high.", "tariff", "CAN", []),
    # asked to keep to a measure, others presuppose it is in force
    ("Banks must comply with the Swiss sanctions on Belarus.", "sanction", "CHE", ["BLR"]),
    # a passive's agent, with a genitive in it
    ("To curb inflation, tariffs on food were cut by the government of Kenya.", "tariff",
     "KEN", []),
    # those who govern in a place act for it: "officials in Ankara", "new rules in Peru"
    ("Officials in Ankara doubled the duties on American rice.", "tariff", "TUR", ["USA"]),
    ("New regulations in Peru banned imports of used tyres.", "import_restriction", "PER",
     []),
    # but firms in a place do not
    ("Traders in Ankara paid higher duties on American rice this year.", "tariff", None,
     ["USA"]),
    # a name inside a figure is its currency, not a party
    ("Tokyo cut tariffs on 4 bln U.S. dlrs worth of imports from Brazil.", "tariff", "JPN",
     ["BRA"]),
    ("Tokyo cut tariffs on 4 bln U.S. dlrs worth of goods.", "tariff", "JPN", []),
    # the one who wins an easing is relieved by it, not its author
    ("Seoul won exemptions from the steel tariffs.", "tariff", None, ["KOR"]),
    ("Dhaka secured tariff relief from Washington.", "tariff", "USA", ["BGD"]),
    ("Hanoi benefited from lower US tariffs on furniture.", "tariff", "USA", ["VNM"]),
    # and one who secures a new measure gets it from another: it names no author
    ("London secured a 10% tariff on its car exports.", "tariff", None, []),
    # the one "threatened with" a measure is its target, adverbs or not
    ("Seoul also has been threatened with sanctions if it fails to act.", "sanction", None,
     ["KOR"]),
    # the one who gives something in return for an easing is relieved by it
    ("Pyongyang, Seoul and Washington discussed a deal for Pyongyang to freeze its missile "
     "tests in return for relief from US sanctions.", "sanction", "USA", ["PRK"]),
    ("Caracas, Bogota and Washington met as Caracas offered to free prisoners in exchange "
     "for an easing of US sanctions.", "sanction", "USA", ["VEN"]),
    # people named by their nationality are their country's
    ("London imposed sanctions on four Iranians.", "sanction", "GBR", ["IRN"]),
    # the one who copes with a measure is hit by it, not its author
    ("Seoul weathered the American tariffs better than expected.", "tariff", "USA", ["KOR"]),
    ("Tehran has learned to cope with the sanctions.", "sanction", None, ["IRN"]),
    # the one who uses a measure as an instrument imposes it
    ("Washington has repeatedly wielded tariffs against Ottawa.", "tariff", "USA", ["CAN"]),
    # the subject of a phrase opening the sentence is the main clause's
    ("To protect its farmers, Tokyo raised duties on American rice.", "tariff", "JPN",
     ["USA"]),
    ("Explaining the decision to impose sanctions on Belarus, the UK foreign secretary "
     "said the move was overdue.", "sanction", "GBR", ["BLR"]),
    # a passive's agent
    ("Duties on Russian fertiliser were imposed by the European Union.", "tariff", "EU",
     ["RUS"]),
    # relative clauses: the measure as object of the relative verb
    ("Ranchers oppose the beef quotas, which Tokyo says must stay.", "import_restriction",
     "JPN", []),
    # a name before a verb is its subject, not the origin of the goods after the verb
    ("Tokyo escalates beef tariffs again.", "tariff", "JPN", []),
    # the programme a purchase is made under is the seller's
    ("Jordan will tender next week for 50,000 tonnes of U.S. wheat under the Export "
     "Enhancement Program.", "purchase_commitment", "JOR", ["USA"]),
    # the market one has access to is the one whose tariff it is
    ("Bangladeshi garments keep duty-free access to the EU until 2029.", "tariff", "EU",
     ["BGD"]),
    # "says" after a name is a verb even before a modal; "talks" before one is a noun
    ("Washington criticised the beef quotas, which Tokyo says must stay in place.",
     "import_restriction", "JPN", []),
    # goods going to a market meet its tariffs and import rules, not its export controls
    ("Vietnam's exports to the United States will face a 46% tariff.", "tariff", "USA",
     ["VNM"]),
    ("Kenyan flower shipments to Pakistan now face new duties.", "tariff", "PAK", ["KEN"]),
    # an exporter's quota for its exports to a market is that market's import quota
    ("Growers said Mauritius's quota for sugar exports to the United States was cut.",
     "import_restriction", "USA", ["MUS"]),
    ("Beijing restricted exports to Japan of rare earths.", "export_control", "CHN", ["JPN"]),
    # a perfect "has threatened" is active: its subject threatens; "has been hit" is hit
    ("Carmakers fear the duties that Washington has threatened to impose on Korean cars.",
     "tariff", "USA", ["KOR"]),
    ("Exporters worry about the sanctions that the EU imposed on Belarus last year.",
     "sanction", "EU", ["BLR"]),
    ("Ottawa has threatened tariffs on American whiskey.", "tariff", "CAN", ["USA"]),
    ("Brazil has been hit with tariffs by the United States.", "tariff", "USA", ["BRA"]),
    # a demand to ease is about the measure in force, owned by the one asked
    ("Farm groups urged Seoul to lift its ban on American poultry.", "import_restriction",
     "KOR", ["USA"]),
    # the one who heads off or persuades another to drop a measure is the one it hits
    ("Seoul sent envoys to Washington to head off the threatened duties.", "tariff", None,
     ["KOR"]),
    ("Hanoi hopes to persuade the United States to drop threatened tariffs.", "tariff", "USA",
     ["VNM"]),
    # a demand to ease with no target named: the one demanding is the one hit; "call on"
    # and "ask" are demands too
    ("Brasilia called on Washington to remove its curbs on steel imports.", "import_restriction",
     "USA", ["BRA"]),
    ("Jakarta asked Canberra to ease its export controls on wheat.", "export_control",
     "AUS", ["IDN"]),
    # a target the sentence names wins over the one demanding
    ("Paris urged Washington to lift its sanctions on Cuba.", "sanction", "USA", ["CUB"]),
    # the one evading or defying a measure in force is the one it hits
    ("Traders keep shipping oil with Venezuela defying American sanctions.", "sanction",
     "USA", ["VEN"]),
    ("Manila has circumvented the Indonesian export ban on nickel ore.", "export_control",
     "IDN", ["PHL"]),
    # with no payer named, a subsidy to a firm is paid by the firm's own state; a payer
    # named after the subsidy wins
    ("A Korean battery firm disclosed 30 mln dlrs of government subsidies.", "subsidy", "KOR",
     []),
    ("The Korean firm Samsung won subsidies from the U.S. government.", "subsidy", "USA", []),
    # an infinitive after a preposition's noun qualifies it: the talker is not the imposer
    ("Colombo has three months to negotiate with Washington regarding tariffs to be imposed "
     "on Sri Lankan tea.", "tariff", None, ["LKA"]),
    # the name owning the noun that says what is done to the measure owns it
    ("Ottawa will firmly oppose the US's reckless imposition of tariffs.", "tariff", "USA",
     ["CAN"]),
    # "with" a measure and an infinitive is the sentence's own clause
    ("The EU's border levy scheme is being phased in, with duties to be levied from 2027.",
     "tariff", "EU", []),
    # a relative clause on a verb's object: the verb's subject acts through it
    ("The government of Canada announced the National Battery Supply Chain Development "
     "Programme, which would provide 40 mln dlrs in grants to battery makers.", "subsidy",
     "CAN", []),
    # the Commission that approves a member state's aid does not pay it
    ("The European Commission approved a 90 mln euro grant scheme from Italy.", "subsidy",
     "ITA", []),
    # an -ing verb after a noun that is no name hangs from the verb before: whoever issued
    # the order bans
    ("Kinshasa issued an order from the mines ministry banning exports of cobalt.",
     "export_control", "COD", []),
    # a long list of names, with bracketed short forms, is read to its end
    ("Commerce issued duty orders on wire rod from Brazil, Chile, Egypt, the Kingdom of "
     "Morocco (Morocco), Oman, Peru, the Republic of Korea (Korea), Qatar, and the United "
     "Arab Emirates (UAE).", "tariff", "USA",
     ["ARE", "BRA", "CHL", "EGY", "KOR", "MAR", "OMN", "PER", "QAT"]),
    # targets: arguments, lists, objects put into or out of the measure
    ("Washington imposed tariffs of 25% on Canada and Mexico.", "tariff", "USA",
     ["CAN", "MEX"]),
    ("The Commerce Department added nine Chinese companies to the Entity List.",
     "export_control", "USA", ["CHN"]),
    ("Ottawa exempted Mexican steel from the surcharge.", "tariff", "CAN", ["MEX"]),
    ("Imports from Japan face new duties.", "tariff", None, ["JPN"]),
    ("For Belarus and Russia, the rule also tightens export controls.", "export_control", None,
     ["BLR", "RUS"]),
    ("The Iran Sanctions Regulations were amended by OFAC.", "sanction", "USA", ["IRN"]),
    ("US sanctions on Venezuela remain in place.", "sanction", "USA", ["VEN"]),
    # the one blamed for a measure took it
    ("The minister criticised Washington for the new tax on imported oil.", "tariff", "USA",
     []),
    # purchases: the buyer imposes, the seller is the target, also seen from the seller
    ("Beijing pledged to buy more American soybeans.", "purchase_commitment", "CHN", ["USA"]),
    ("Under the deal, Qatar will supply India with five million tonnes of gas a year.",
     "purchase_commitment", "IND", ["QAT"]),
    ("India halted purchases of Russian oil.", "purchase_commitment", "IND", ["RUS"]),
]
