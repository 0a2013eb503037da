"""Case tables for what counts as a measure, by class.

Every sentence here was written for these tests. ``FOUND`` cases are
``(sentence, kind, action, status)``; ``NOT_MEASURES`` are sentences with no measure.
"""

from __future__ import annotations

FOUND = [
    # a relative clause set off by a comma describes a measure that exists
    ("Revenue still leans on VAT and import duties, which weigh on poorer households.",
     "tariff", "impose", "effective"),
    # a list of measures that something is done to is no list of conditions
    ("Tariffs, quotas and licence fees on rice were cut in May.", "tariff", "decrease",
     "effective"),
    # foreign owners ordered to sell their stakes; officials barred from a foreign app
    ("Ottawa ordered two Chinese firms to sell their stakes in a nickel miner.",
     "investment_restriction", "impose", "effective"),
    ("Canberra barred public servants from using DeepSeek.", "investment_restriction",
     "impose", "effective"),
    # a market said to stay closed to "the" partner's goods keeps them out
    ("The Korean market has remained largely closed to the U.S. rice.", "import_restriction",
     "impose", "effective"),
    # opening markets for several goods removes the barriers to them
    ("Seoul agreed to open its beef and citrus markets next year.", "import_restriction",
     "lift", "agreed"),
    # a government that stops buying from a partner reverses a purchase
    ("The bloc stopped buying Russian coal.", "purchase_commitment", "suspend", "effective"),
    ("Beijing paused buying Canadian canola.", "purchase_commitment", "suspend", "effective"),
    # money paid to farmers by a government is farm support
    ("Washington paid soybean farmers $11 billion in aid.", "subsidy", "impose", "effective"),
    # deals signed to buy are agreed
    ("Hanoi signed deals to buy $2 billion of US cotton.", "purchase_commitment", "impose",
     "agreed"),
    # the verbs of a sanctions authority: freezing assets, designating parties
    ("Canberra froze the assets of two Myanmar generals.", "sanction", "impose", "effective"),
    ("OFAC designated four shipping companies on Tuesday.", "sanction", "impose",
     "effective"),
    # a foreign owner ordered to sell is an investment restriction
    ("Ottawa ordered Hikvision to divest its Canadian unit.", "investment_restriction",
     "impose", "effective"),
    # buyers barred from buying abroad: an import restriction
    ("Beijing barred state firms from buying Australian coal.", "import_restriction",
     "impose", "effective"),
    # a firm kept from selling abroad: its government's export control
    ("Tokyo barred the toolmaker from shipping lithography machines to Russia.",
     "export_control", "impose", "effective"),
    # a ban or curbs on a mined raw material: the producer keeps it in
    ("Jakarta's ban on bauxite took effect in June.", "export_control", "impose",
     "effective"),
    ("Beijing lifted its ban on antimony shipments to the United States.", "export_control",
     "lift", "effective"),
    # the -ing form of "impose" names the action: a measure, though it says little else
    ("Many blame the cabinet for imposing such levies.", "tariff", "impose", "effective"),
    # the EU's name for countervailing cases and duties: a tariff, not a subsidy
    ("Brussels opened an anti-subsidy probe into Chinese tyres.", "tariff", "impose",
     "proposed"),
    ("The bloc imposed anti-subsidy duties on imported glass fibre.", "tariff", "impose",
     "effective"),
    # the amount a farm agency sets aside for guarantees on one good's sales abroad
    ("The department cut the guarantee line for sales of barley to Jordan to 8 mln dlrs.",
     "subsidy", "decrease", "effective"),
    # incentives for exports are export subsidies
    ("The budget offers incentives for non-traditional exports.", "subsidy", "impose",
     "effective"),
    # a tax on both imported and home-made goods reaches imports
    ("The Commission proposed a tax on both imported and locally made margarine.",
     "tariff", "impose", "proposed"),
    # a tax break for those who export is an export subsidy
    ("A 15% corporate tax exemption applies to firms exporting most of their output.",
     "subsidy", "impose", "effective"),
    # a legal instrument that compels the executive holds a proposed measure, no demand
    ("The panel dropped a provision that would have forced the president to impose quotas "
     "on shoe imports.", "import_restriction", "impose", "proposed"),
    # the nominal verb with its agent before its object
    ("The sanctioning by the Ottawa government of Ali Rezaei drew protests.", "sanction",
     "impose", "effective"),
    # the delisting formula: property no longer blocked is a sanction lifted
    ("Property and interests in property of the two vessels are no longer blocked.",
     "sanction", "lift", "effective"),
    # purchases counted against a supply agreement are the pledge carried out
    ("Moscow has bought 1.2 mln tonnes of Canadian wheat for shipment in the second year "
     "of the long-term grain agreement.", "purchase_commitment", "impose", "effective"),
    # firms added to the forced-labour entity list: their goods are barred from entry
    ("The notice adds three firms to the UFLPA Entity List for sourcing cotton from "
     "Xinjiang.", "import_restriction", "impose", "effective"),
    # the list of sectors closed to foreign investors; shortening it eases them
    ("Hanoi shortened its negative list for foreign investment to 25 sectors.",
     "investment_restriction", "decrease", "effective"),
    # the notices' own words for new export controls
    ("The rule creates a new reason for control for certain sensors sent to Cuba.",
     "export_control", "impose", "effective"),
    ("The rule adds reporting requirements in the Automated Export System for exports to "
     "Syria.", "export_control", "impose", "effective"),
    # a relative clause that says what the measure limits names its goods
    ("This has led to export controls that limit what kinds of chips firms can sell abroad.",
     "export_control", "impose", "effective"),
    # buying wound down by a government's pledge
    ("Ankara agreed to wind down purchases of Iranian oil.", "purchase_commitment",
     "decrease", "agreed"),
    # a firm that "isn't allowed to sell" abroad: the n't sits inside a word and is the
    # control's own wording, no denial
    ("Nvidia isn't allowed to sell its H20 chips to China.", "export_control", "impose",
     "effective"),
    # the exports or imports as the subject of a passive
    ("Rice exports were suspended in July.", "export_control", "impose", "effective"),
    ("Imports of Thai shrimp have been banned.", "import_restriction", "impose", "effective"),
    # purchases cancelled are called off; bought under a deal is the deal carried out
    ("Lima cancelled purchases of US soybeans.", "purchase_commitment", "lift", "effective"),
    ("Quito bought 300,000 tonnes of US wheat under the accord.", "purchase_commitment",
     "impose", "effective"),
    # a doubled consonant before -ed ("capped"); goods kept out of a market
    ("Kyiv capped wheat exports at two million tonnes.", "export_control", "impose",
     "effective"),
    ("Manila capped sugar imports at 100,000 tonnes.", "import_restriction", "impose",
     "effective"),
    ("Hanoi barred Thai rice from its market.", "import_restriction", "impose", "effective"),
    ("Tokyo kept foreign rice out of the domestic market.", "import_restriction", "impose",
     "effective"),
    # a percentage levied on goods stands for the duty, even in a second clause
    ("Peru levies 9% on imported wheat.", "tariff", "impose", "effective"),
    ("Chile charges 6% on foreign wine.", "tariff", "impose", "effective"),
    # modern export controls reported as a party's access or ability being limited
    ("The new controls curb Iran's ability to acquire drone parts.", "export_control",
     "impose", "effective"),
    ("Ottawa restricted Moscow's access to Canadian aircraft engines.", "export_control",
     "impose", "effective"),
    ("Washington moved to restrict Iran's access to advanced drones technology.",
     "export_control", "impose", "effective"),
    ("The rules further restrict Beijing's ability to obtain chipmaking equipment.",
     "export_control", "increase", "effective"),
    ("Brussels cut off Belarusian access to European machine tools.", "export_control",
     "impose", "effective"),
    # the verb, with a possessive before the persons it names
    ("Washington will sanction their associates next week.", "sanction", "impose",
     "announced"),
    # a measure's noun as the subject of a passive: "curbs were imposed on"
    ("Curbs were imposed on Thai exports of rice.", "import_restriction", "impose",
     "effective"),
    ("Restrictions have been placed on imports of frozen fish.", "import_restriction",
     "impose", "effective"),
    # a purpose clause before the subject does not make the sentence a correction notice
    ("To correct the imbalance, Ottawa announced new tariffs on Chinese steel.", "tariff",
     "impose", "announced"),
    # a tariff increase on imports is a tariff, never a purchase
    ("To close the gap, he announced a steep tariff increase on all imports from Peru.",
     "tariff", "increase", "announced"),
    # a bonus priced per tonne is an export bonus, in the singular as in the plural
    ("He said the bonus was 31.50 dlrs per tonne.", "subsidy", "impose", "effective"),
    # goods a government licenses for export are under export control
    ("Only 5,000 tonnes were licensed for export by Madrid.", "export_control", "impose",
     "effective"),
    # a quota on apparel is an import quota
    ("Dhaka wants the US to revisit its apparel quota.", "import_restriction", "impose",
     "effective"),
    # import restraint is an import restriction
    ("The surplus owed much to continued import restraint by Lagos.", "import_restriction",
     "impose", "effective"),
    # nominal export bans, and a surtax on imports
    ("Windhoek announced the prohibition for the export of unprocessed lithium ore.",
     "export_control", "impose", "announced"),
    ("The regulator extended the suspension of cobalt exports until October.",
     "export_control", "impose", "effective"),
    ("The order imposes a surtax of 100% on electric cars imported into Canada.", "tariff",
     "impose", "effective"),
    # a public body giving money to a producer's project, with or without an amount
    ("The Ministry of Industry announced providing KRW 80 billion to a battery project in "
     "Cheongju.", "subsidy", "impose", "announced"),
    ("The Department of Energy announced financial assistance to Northgate Copper for its "
     "smelter project.", "subsidy", "impose", "announced"),
    ("The Department of Defense awarded Tungsten West a USD 30 million contract to expand "
     "domestic tungsten mining.", "subsidy", "impose", "effective"),
    ("Ottawa announced the investment of CAD 90 million under its battery minerals "
     "programme.", "subsidy", "impose", "announced"),
    ("The Union Cabinet of India approved an incentive scheme worth INR 900 crore for "
     "battery recycling plants.", "subsidy", "impose", "effective"),
    # a public lender's loan to a named producer is state aid; a bank's is not
    ("The Department of Energy provided USD 400 million in loans to Lithium Falls Corp for "
     "a refinery.", "subsidy", "impose", "effective"),
    # the verb: a government sanctioning a named party, persons, firms or ships
    ("Washington sanctioned Rosneft on Friday.", "sanction", "impose", "effective"),
    ("The administration has sanctioned three Iranian tankers.", "sanction", "impose",
     "effective"),
    ("Ottawa will sanction Belarusian officials next week.", "sanction", "impose",
     "announced"),
    ("Two Dubai firms sanctioned by the US Treasury appealed.", "sanction", "impose",
     "effective"),
    ("The EU sanctioning of Sakharov Metals angered Minsk.", "sanction", "impose",
     "effective"),
    ("The UK sanctioned quartet includes two generals.", "sanction", "impose", "effective"),
    # the blocking formula of sanctions notices
    ("All property and interests in property of the persons listed are blocked.",
     "sanction", "impose", "effective"),
    # what a measure did reports a measure in place; what it may do is a comment
    ("Export restrictions have throttled access to advanced chips.", "export_control",
     "impose", "effective"),
    # a tax presented as hitting imports or a partner's exports is a tariff
    ("Washington imposed a 44% tax on Malaysian exports.", "tariff", "impose", "effective"),
    ("Ghana put a new tax on imported cars.", "tariff", "impose", "effective"),
    # a move or a bid to act is a proposal; a dispute over a named measure reports it
    ("Last week there was a move to impose arms sanctions against Myanmar.", "sanction",
     "impose", "proposed"),
    ("Talks stalled in a dispute over the U.S. tariffs on steel.", "tariff", "impose",
     "effective"),
    # a purchase authorization is a commitment's instrument
    ("The purchase authorization covers 20,000 tonnes of wheat for Tunisia.",
     "purchase_commitment", "impose", "effective"),
    # a demand to end a measure leaves it standing
    ("Canberra wants an end to subsidies on farm goods from dairy to vegetable oils.",
     "subsidy", "impose", "effective"),
    # a state seeking to buy goods from another: a proposed purchase
    ("Dhaka is in talks with Ottawa to explore purchasing potash from Canada.",
     "purchase_commitment", "impose", "proposed"),
    ("Cairo will import wheat from Romania next season.", "purchase_commitment", "impose",
     "announced"),
    ("Seoul will buy more LNG from the United States.", "purchase_commitment", "increase",
     "announced"),
    # ...but goods exports still make a tariff about trade in the same words
    ("Lanka's apparel exports face US tariffs as the energy sector struggles.", "tariff",
     "impose", "effective"),
    # a tax named by where it is paid is a tariff
    ("Accra raised import taxes on frozen poultry.", "tariff", "increase", "effective"),
    ("Delhi imposed a customs tax on silver bars.", "tariff", "impose", "effective"),
    # a deal made is agreed; one under discussion is proposed
    ("Tokyo signed a deal to lower tariffs on cars.", "tariff", "decrease", "agreed"),
    ("The two sides are negotiating a deal to lower tariffs on cars.", "tariff", "decrease",
     "proposed"),
    # an action recommended is advice: the measure stays as it stands; one done is done
    ("Ministers have one task: Reduce import duties on consumer goods.", "tariff", "impose",
     "effective"),
    ("Cut tariffs on Canadian steel took effect on Monday.", "tariff", "decrease",
     "effective"),
    ("The U.S. urged Japan to scrap the levy on rice.", "tariff", "impose", "effective"),
    # "for the quotas to be lifted": a passive infinitive with the measure as subject
    ("Growers called for Korea's beef quotas to be lifted.", "import_restriction", "impose",
     "effective"),
    # tax relief or an aid package for exporters and producers is a subsidy, and the
    # relief is the aid itself, not an easing of it
    ("Hanoi grants tax exemptions to garment exporters.", "subsidy", "impose", "effective"),
    ("Paris announced an aid package for winegrowers.", "subsidy", "impose", "announced"),
    ("Beijing cut tax relief for steel exporters.", "subsidy", "decrease", "effective"),
    # a measure in a phrase before the question is not asked about
    ("Given the rising US tariffs on garments, what can Colombo do?", "tariff", "increase",
     "effective"),
    ("Will Washington raise its tariffs on Chinese steel?", "tariff", "increase", "proposed"),
    # buying farm goods into public stores is farm support, not a purchase from a partner
    ("Brussels will buy up to 300,000 tonnes of wheat into intervention in June.", "subsidy",
     "impose", "announced"),
    # a party that has a measure, to its gain or loss, reports it in place
    ("For a decade the mills enjoyed tariff protection.", "tariff", "impose", "effective"),
    ("The growers that obtained subsidies expanded their planting.", "subsidy", "impose",
     "effective"),
    # coffee imports held under quotas are the importer's quotas, not the producers'
    ("Brokers say the coffee imports under quotas are checked by customs each month.",
     "import_restriction", "impose", "effective"),
    # keeping imports out: protecting an industry from them, closing borders to goods
    ("Lima protects its textile industry from imports.", "import_restriction", "impose",
     "effective"),
    ("Hanoi closed its borders to foreign poultry products.", "import_restriction", "impose",
     "effective"),
    # credit guarantees a farm agency gives for sales abroad, and its export credit programs
    ("The CCC shifted 8 mln dlrs in credit guarantees to cover sales of U.S. rice to Peru.",
     "subsidy", "impose", "effective"),
    ("The USDA widened its export credit programs for Egypt.", "subsidy", "increase",
     "effective"),
    # a state threatened or hit with a tax at a rate: a tariff
    ("Washington threatened Ottawa with a 30 per cent tax.", "tariff", "impose",
     "threatened"),
    # limits on capital flows are investment restrictions
    ("Seoul imposed curbs on short-term capital inflows.", "investment_restriction",
     "impose", "effective"),
    # a market named by its goods closed to imports, and imports controlled
    ("Manila moved to close its sugar market to imports.", "import_restriction", "impose",
     "effective"),
    ("Paris has long sought to control imports of American soy meal.", "import_restriction",
     "impose", "proposed"),
    # a tax on imported goods with its level between, or beside domestic goods
    ("Ottawa proposed a tax of 40 dlrs a tonne on imported canola.", "tariff", "impose",
     "proposed"),
    ("Seoul set a tax on locally grown and imported barley.", "tariff", "impose", "effective"),
    # a measure that complements a noun of status ("proposals by the EC for", "plans for")
    # takes the noun's status; the verb after is the noun's
    ("Proposals by the Commission for a 9 pct tax on imported fats remain unclear.", "tariff",
     "impose", "proposed"),
    ("Plans by Tokyo for quotas on beef imports were shelved.", "import_restriction",
     "impose", "announced"),
    # interest rates elsewhere in the sentence leave a duty alone
    ("Ottawa will levy a 25% duty on steel, the bank said, as interest rates rose.", "tariff",
     "impose", "announced"),
    # evading a measure does not make it a threat: it is in force
    ("Smugglers evaded the export ban on rice.", "export_control", "impose", "effective"),
    ("Lowering import tariffs would be a good first step.", "tariff", "impose", "effective"),
    ("Easing FDI restrictions is the way forward for the island.", "investment_restriction",
     "impose", "effective"),
    ("Easing the sanctions on Iran was the first step of the deal.", "sanction", "decrease",
     "effective"),
    # purchase commitments, by value or volume, alone or as a deal's term
    ("The bloc will purchase $600 billion of U.S. energy over four years.",
     "purchase_commitment", "impose", "announced"),
    ("Tokyo pledged to buy more American corn.", "purchase_commitment", "increase", "agreed"),
    ("Beijing will step up purchases of U.S. sorghum.", "purchase_commitment", "increase",
     "announced"),
    ("Seoul agreed to double its imports of American liquefied natural gas.",
     "purchase_commitment", "increase", "agreed"),
    ("Delhi halted purchases of Iranian crude.", "purchase_commitment", "suspend",
     "effective"),
    ("Manila cut its purchases of Thai rice.", "purchase_commitment", "decrease", "effective"),
    ("Under the accord, Egypt will import two million tonnes of wheat a year.",
     "purchase_commitment", "impose", "agreed"),
    ("Under the new agreement, Oman will supply Pakistan with three million tonnes of LNG.",
     "purchase_commitment", "impose", "agreed"),
    ("The two governments renewed their long-term grain agreement.",
     "purchase_commitment", "impose", "effective"),
    # modern export controls, sanctions and restrictions, and their easing
    ("The agency added eleven firms to the Entity List.", "export_control", "impose",
     "effective"),
    ("Exporters will need a licence to ship advanced lithography tools to China.",
     "export_control", "impose", "announced"),
    ("Beijing banned exports of antimony to the United States.", "export_control", "impose",
     "effective"),
    ("Delhi banned TikTok and dozens of other Chinese apps.", "investment_restriction",
     "impose", "effective"),
    ("Jakarta banned imports of used clothing.", "import_restriction", "impose", "effective"),
    ("Washington eased export controls on some chipmaking equipment.", "export_control",
     "decrease", "effective"),
    ("Washington imposed a top-up of 40 percentage points on Indian goods.", "tariff",
     "increase", "effective"),
    ("Imports of jet engines are excluded from the new tariffs.", "tariff", "decrease",
     "effective"),
    # a levy with a name of its own is still a levy; a surname is not
    ("Imported onions are subject to a Special Commodity Levy of LKR 40 per kg.", "tariff",
     "impose", "effective"),
    # a noun at the end of a longer cue governs the measure: "the phased removal of"
    ("The ministry announced the phased removal of para-tariffs.", "tariff", "lift",
     "announced"),
    # a tender under the seller's programme is the tendering country's purchase; "May 3"
    # is a month, not a modal
    ("Tunisia is scheduled to tender on May 3 for 40,000 tonnes of U.S. vegetable oil "
     "under PL-480.", "purchase_commitment", "impose", "announced"),
    # investment restrictions named by their abbreviation
    ("Jakarta eased its FDI restrictions in the mining sector.", "investment_restriction",
     "decrease", "effective"),
    # public money named by its allocation or as support from a public body
    ("The Victorian government announced an allocation of AUD 30 million for new graphite "
     "processing zones.", "subsidy", "impose", "announced"),
    ("Ridgeline Metals Ltd received up to CAD 9 million in support from the Ministry of "
     "Mines.", "subsidy", "impose", "effective"),
    # a measure used, wielded or deployed as an instrument is one in force
    ("Critics say that using tariffs to fight migration stretches their purpose.", "tariff",
     "impose", "effective"),
    ("Over the years Beijing has deployed anti-dumping duties as political retaliation.",
     "tariff", "impose", "effective"),
    ("Ankara uses export subsidies as a weapon in the flour trade.", "subsidy", "impose",
     "effective"),
]

NOT_MEASURES = [
    # held up by a strike or a storm, not by a government; a platform's fee is no duty
    "Copper exports were halted by a strike at the port.",
    "Shipping agents said exports were disrupted by the storm.",
    "PayPal charges 4% on foreign payments.",
    "The airline cancelled purchases of Airbus jets.",
    # a firm or a broker barred from a market is a regulator's matter
    "Regulators banned the broker from its markets for a year.",
    # the name of the GATT, in any of its spellings, is no tariff
    "Beijing applied to join the General Agreements on Tariffs and Trade.",
    "Seoul will complain to the General Agreement on Tariff and Trade.",
    # a lender's charge, a rate of interest or a tax on income is no duty
    "Some banks charge 18% on unpaid balances as interest.",
    "The lender imposes 4% on late payments.",
    "Ottawa levies 15% on corporate profits.",
    # a board or a court ordering a sale is corporate or legal, not a state's screening
    "The court ordered the company to sell its stake in the rival.",
    # consumers who stop buying, a co-operative paying its farmers, a licence to market
    "Consumers stopped buying luxury handbags during the downturn.",
    "The co-operative paid farmers $2 million for their milk.",
    "The agency granted the drugmaker licences to sell the vaccine in Europe.",
    # opening a stock market is finance, not trade
    "Hanoi will open its stock markets to foreign funds.",
    # a forecast of what a country will import is no pledge
    "Traders expect Egypt to import 12 mln tonnes of wheat this season.",
    # a buyer paying its growers, investors who stop buying paper
    "The mill paid growers $3 million for their cane.",
    "Japanese investors stopped buying US bonds last month.",
    # a food regulator's "prior sanction" is an old approval of an ingredient's use
    "The agency is revoking prior sanctions for the use of hardened oils in margarine.",
    # subsidies spoken of beside welfare and handouts are spending on people (§2)
    "The party vowed to cut subsidies and end the welfare handouts it blames for the deficit.",
    # a private payer, its verb after an adverb: no government acts
    "Official sources said local industry also subsidises rice farming in the region.",
    # a court's freeze is a case against a debtor, not a sanction
    "A London court froze the assets of the shipping tycoon.",
    # a notice that corrects an error in an earlier one is procedure
    "Commerce is issuing this notice to correct an inadvertent error in the scope of the "
    "antidumping duty investigation of steel nails from Oman.",
    # levies beside excise taxes are domestic taxes
    "Parliament will weigh excise taxes, among them new levies on beer and cigars.",
    # a levy said to be a value-added tax is a domestic tax
    "Note that Chile's 19% levy is a digital VAT, not a DST.",
    # advice inside a condition is still advice
    "If the singer thinks the film industry should have state funding, he is wrong.",
    # a disaster stops trade, nobody decides it
    "Exports of oil stopped after an earthquake halted the export of crude from the port.",
    # a state's own borrowing at home or abroad is no aid
    "The eight pct domestic loan, priced at par, is expected to raise 150 billion francs.",
    "Beijing signed foreign loan agreements worth 6.9 billion dlrs last year.",
    # a demand with no "that" before the bare verb asks for a measure; none exists yet
    "Activists called on Ottawa to demand the UN impose an arms embargo on the junta.",
    # a market that closes lower is a price
    "The stock market closed to fresh lows on Friday.",
    # a market's contracts to buy and sell, a state's own borrowing
    "Daily volume represents commitments to buy and sell silver worth 3 bln dlrs.",
    "The budget lets the Treasury issue up to 9 trillion yen of financing bills.",
    # "duty" as obligation or watch, exports as a business, a lender's surcharge
    "The new cabinet is duty-bound to put reconciliation first.",
    "Two customs officers on duty were praised for their work.",
    "Software exports must be at the heart of the new growth plan.",
    "A surcharge of 2% applies while the loan exceeds three times the country's SDR quota.",
    # a deadline for a determination is procedure
    "Unless the deadline is extended, the Commission must reach a preliminary determination "
    "in the countervailing duty investigation in 45 days.",
    # the IMF's charges, decimal points and all, are no duties on goods
    "The IMF's charges include a base rate (now 4.1%), a fee (0.5% a drawing) and a "
    "surcharge when credit exceeds 187.5% of quota.",
    # an airline's surcharges on fares are prices, not duties on goods
    "The carrier raised its long-haul surcharge to 10 pounds a flight, and the short-haul "
    "surcharge to 4 pounds a leg.",
    # lists of spam sources
    "The filter blocks sites on blacklists compiled by SpamWatchers.",
    # a trade association buying is no state buyer
    "The Taiwan Flour Mills Association will import 80,000 tonnes of wheat from Canada this "
    "year.",
    # a shipping line's war-risk surcharges; a rise in imports as a statistic; a council
    # "for" something is another body than the EU's
    "The shipping conference will cut its war risk insurance surcharges on cargoes to Gulf "
    "ports to 3 pct.",
    "Better business conditions brought a 27 pct increase in imports of raw materials.",
    # rescinding a review is procedure
    "Commerce is rescinding the administrative review of the antidumping duty order on nails "
    "from Oman.",
    # a power plant's selling price, and levies beside domestic taxes
    "A lower cost of capital can cut the prospective tariff for a solar plant by 5%.",
    "The easy way out is to increase VAT and levies again.",
    # permits to bring in a car duty-free, and a surcharge on a domestic tax
    "Lawmakers sold their duty free car permits last year.",
    "Introduce a windfall tax, a surcharge to the corporate tax of up to 15%.",
    # a person hit with a tax bill
    "The scandal hit Brown with a tax bill.",
    # an agreement's name holds the word
    "Chile is a signatory to the Global System of Tariff Preferences.",
    # capital flowing in is no measure; only limits on it are
    "A weaker dollar may hit the capital inflow that has financed the deficit.",
    # a bank's credit guarantees are lending, not an export subsidy
    "The bank's credit guarantees to small firms rose 5 pct last year.",
    # a levy on a domestic industry, child support, a road tax, the UK's budget rebate
    "The regulator is looking at a levy on the gambling industry to pay for treatment.",
    "The agency was set up to enforce child support payments by absent parents.",
    "The budget froze the vehicle licence duty for another year.",
    "Even with the rebate, the country pays more into the budget than France.",
    # a sentence's minimum term, duties that are obligations, a price plan
    "The judge can reduce the tariff, the minimum term a murderer must serve, for a guilty "
    "plea.",
    "The minister criticised the murder tariff rules.",
    "My duty is to look after the people of this country.",
    "The post holder no longer has those conflicting duties.",
    "The operator launched a flat-fee wi-fi tariff of 20 pounds a month.",
    # rebates to households, the UK's EU budget rebate, a carrier's handsets
    "Households with pensioners would get a rebate of up to 500 pounds on their bill.",
    "Paris called the UK's budget rebate from the EU unjustified.",
    "The carrier must offset the cost of subsidising the handsets its customers buy.",
    "Critics say the broadcaster ran a taxpayer subsidised campaign.",
    # an agreement to buy with no party, goods or figure is a takeover, not a commitment
    "Halvorsen sued, arguing that its earlier agreement to buy Brightline was binding.",
    # "would take 100 mln dlrs to repair" is a cost, not a purchase
    "It would take about 100 mln U.S. dlrs to repair the pipeline, the official said.",
    # a carmaker's rebates to buyers are a discount
    "Buyers of the Corvette between now and April 30 are eligible to receive a 1,000 dlrs "
    "rebate, the carmaker said.",
    # "increased imports" as the adjective of a statistic is no pledge to buy more
    "Increased imports from Chile and Peru have made up for the lost output, an analyst "
    "said.",
    # a firm's financing "to fund" a hotel is no public fund; paper bought by face value
    "Hanil Construction Co Ltd has signed a 40 mln U.S. dlr financing package to fund a hotel "
    "in Manila.",
    "Harbor Lines said it planned to purchase 300,000 dlrs principal amount of Fenwick's "
    "convertible debentures.",
    # "used to" is habit or purpose, not a measure used; a QR code is a barcode
    "Analysts used to ignore tariff news.",
    "Shoppers scan a QR code to pay at the till.",
    # "battery" is no verb of harm, and "targeted" before a noun is an adjective
    "Workers assemble rechargeable batteries for power tools.",
    # calls to act are a demand, not a measure
    "Calls to sanction Israel over the war have not resulted in action.",
    "The carmaker pulled out of an agreement to buy Fiorino.",
    "Paris imposed a surtax on high earners.",
    "Lawmakers debated a wealth surtax.",
    # money to people, sport or imports in general is no aid to producers
    "The government provided USD 3 million to flood victims.",
    "The ministry announced funding for the national football team.",
    "The central bank promised to provide $1.5 billion for vehicle imports.",
    "The Department of Defense awarded Boeing a USD 2 billion contract for tanker jets.",
    "Citibank said its loans to Brazil totalled 4.6 billion dlrs.",
    # bank lending, a state's borrowing, and freight rates quoted against a tariff
    "Commercial and industrial loans at major banks fell 90 mln dlrs, the Federal Reserve said.",
    "The finance ministry asked creditor banks for 2 billion dlrs in new loans.",
    "Laos signed a 40 mln dlr loan agreement with the World Bank for new roads.",
    "Barges on the Ohio River traded at 140 pct of tariff.",
    # firms buying firms, markets buying money, domestic levies and welfare
    "Northwind Communications agreed to buy its former parent for about $9bn.",
    "Dealers said Seoul and Taipei had withdrawn their bids to buy dollars.",
    "Airlines have reacted strongly against the proposed jet fuel levy.",
    "Some 20 billion pesos are earmarked for subsidies for the poor.",
    "The water company wants a tariff rise of 60% to fund water supply improvements.",
    "Ankara agreed with the IMF to borrow $10bn, extending its financial support to 2007.",
    "Milan's Fontana Spirits agreed to buy 33% of a Chinese winery.",
    # "sanction" as approval, a sporting penalty, or an adjective before goods or ships
    "The central bank sanctioned a half-point cut in interest rates.",
    "The council sanctioned funds for the new bridge.",
    "Eleven cyclists have been sanctioned by the federation for doping.",
    "Some ports refuse to handle sanctioned tankers.",
    # firms buying, however many words stand between them and the verb
    "Korean millers are thought to hold contracts to buy 90,000 tonnes of wheat from Canada.",
    "Parliament approved a tax on property and a tax on sugary drinks.",
    # revenue, penalties and topics are no measures
    "The budget counts on higher tariff income to pay for the wage rise.",
    "Losing the licence is the appropriate sanction for such violations.",
    "Relations soured in a long dispute over aircraft subsidies to Airbus and Boeing.",
    "The essay was centred on the idea of reciprocal tariff actions.",
    # a harvest or a drought limits trade without anyone deciding it
    "The drought could limit exports of wheat this year.",
    "Kenya faces a poor tea harvest, which could limit exports to Europe, brokers said.",
    "Local refiners plan to buy crude oil from Angola.",
    "The company said it will be able to purchase cheaper power from Delta Power Co.",
    # power sold to the grid is no trade: its "export tariff" is a feed-in price
    "The utility will revise export tariffs to reward rooftop solar energy at dusk.",
    "A higher tariff for peak exports is planned, in line with grid demand.",
    "Ministers hope to restructure tariffs and balance the books of the energy sector.",
    # tariffs in a comment, whatever the verb, and what merely relates to them
    "Even with tariffs, the imported shoes would still be cheaper than local ones.",
    "That is before one even mentions tariffs.",
    "And that is not to mention tariffs.",
    "And that's not to mention tariffs.",
    "Retailers passed tariff-related cost increases on to shoppers.",
    "Barge freight tariffs on the river rose sharply this week, shippers said.",
    "Dock unions partly lifted their embargo on ships bound for the island.",
    "Agency chief Paul Levy said profits rose.",
    # banks and companies
    "The lender raised its loan loss provisions to 80 mln dlrs.",
    "Net income includes a charge from the repeal of the investment tax credit.",
    "The company paid a bonus of two dlrs a share.",
    "The airline imposed a fuel surcharge on long-haul tickets.",
    # sport, schools and other senses of the words
    "The league imposed sanctions on the club after crowd trouble.",
    "The academy imposed stricter sanctions on students who plagiarise.",
    "He took over the kicking duties for the second half.",
    "The borrowing exceeds three times its IMF quota, so surcharges apply.",
    # domestic utility tariffs
    "Electricity tariffs for households will rise in July, the regulator said.",
    # commentary about tariffs in general
    "Lower tariffs would make the island more competitive.",
    "Even with tariffs, imported phones remain cheaper.",
    # a restrictive relative clause only says which measures are meant, in general
    "Import duties that weigh on poorer households are rarely popular.",
    # a bare measure as one item of a list of conditions in general
    "Red tape, tariffs, poor roads and costly power have held back investment.",
    "Weak courts, high energy costs, and import quotas deterred investors.",
    # another party's demand for a new measure
    "Steelmakers urged the government to impose duties on imported coil.",
    "Millers called on the ministry to impose quotas on flour imports.",
    # other senses: approval, quotas for people, a duty to do something
    "The plan went ahead with the sanction of the party leadership.",
    "Board quotas for women raised female pay in Norway.",
    "The higher the office, the greater the duty to prove competence.",
    # company and money-market news: firms and customers buying, a central bank's bills,
    # a subsidiary misspelt, directors' duties, a credit surcharge, debt paper
    "The Fed will purchase about two billion dlrs of Treasury bills for a customer.",
    "Acme said it was committed to purchasing the publishing company.",
    "Globex Corp signed a multi-year purchase agreement valued at three mln dlrs.",
    "Under the offer, customers would buy a return flight from Boston to Rome.",
    "Its 60 pct owned subsidiarey sells garden tools.",
    "The suit charged the directors with violating their duties.",
    "The central bank will abolish its credit quota surcharge next month.",
    "The ministry sold 500 billion yen of debt financing paper.",
    # a company that says it will buy; the words of takeovers
    "Acme Corp said it agreed to buy 40,000 tonnes of Brazilian steel.",
    "Globex said it signed a definitive agreement to purchase Initech for 40 mln dlrs.",
    "<Initech Inc> said it agreed to buy a plant in Ohio.",
    "The fund will buy more shares of Acme if they stay cheap.",
    # a schedule of tolls; an air-quality plan's sanctions
    "The two agencies publish the Seaway Tariff of Tolls each spring.",
    "Failure to submit will result in no sanctions or further FIP requirements.",
    "The agency will defer the CAA sanctions that its partial disapproval set off.",
    # import substitution is an economic strategy, not a measure
    "The country pursued an import-substitution strategy for decades.",
    # what a request asks for is no measure yet: its "that" opens the request's content
    "Officials would not comment on the millers' request that the government offer "
    "subsidized rice to Manila.",
    # a review finding no shipments, an update of a listed person's details, a health
    # regulator's penalties
    "Commerce finds that Delta Wire Co. had no shipments of subject merchandise under the "
    "antidumping duty order on wire rod from Peru.",
    "OFAC is publishing an update to the identifying information of two persons on the "
    "SDN List.",
    "The rule lets the agency impose alternative sanctions, such as civil money penalties, "
    "on clinics.",
    # a request for a panel review, past the initials of the agency it names
    "Panel Review was requested of the U.S. Commerce Department's final results in the "
    "countervailing duty review of steel pipe from Turkey.",
    # duties that are tasks or domestic excise, a game, a levy on income, spam blacklists
    "The game Call of Duty sold well this winter.",
    "The act places a new statutory duty on councils.",
    "A better-run firm will take over its duties.",
    "The chancellor froze petrol duty until September.",
    "He will levy a modest increase on earnings over 100,000 pounds.",
    "The service circulates blacklists of net addresses that send spam.",
    # protection that is not from imports
    "The vaccine protects farmers from infection.",
    # a lender's charge is interest
    "Some store cards levy 31% as a penal rate of interest.",
    # a verb after a noun the measure only qualifies is that noun's
    "Risks from high tariffs cannot be ignored, the bank said.",
    # what goes on is the complaint, not the barriers: a topic with no one acting
    "Importers continue to complain of non-tariff barriers and customs delays.",
    # tax relief for people, not for those who make or sell goods
    "Households will get tax relief on their pensions from April.",
]
