"""Case tables for the clause model: verb groups and clauses.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (sentence, [(verb group words, tense, passive, negated), ...])
VERB_GROUPS = [
    # a gerund after a preposition of means stays one past adverbs; after other
    # prepositions an adverb leaves the -ing word to the noun phrase
    ("Lima protects growers by further restricting imports.",
     [("protects", "present", False, False), ("restricting", "gerund", False, False)]),
    ("Lima protected growers by sharply raising duties.",
     [("protected", "past", False, False), ("raising", "gerund", False, False)]),
    ("Lima spoke on only raising duties.", [("spoke", "past", False, False)]),
    # a bare form after an article and a name is a noun: "the EC" would take "levies"
    ("Manila criticised the EC levy on oils.", [("criticised", "past", False, False)]),
    ("Officials said that Japan lift the quotas.",
     [("said", "past", False, False), ("lift", "present", False, False)]),
    ("Goods of the European Union face duties.", [("face", "present", False, False)]),
    # so is a bare form after an article and a singular noun: "quota" would take
    # "increases"; but a bare verb after "that" is a demand's
    ("Manila approved a sugar quota increase.", [("approved", "past", False, False)]),
    ("Mills asked that the ministry lift the quota.",
     [("asked", "past", False, False), ("lift", "present", False, False)]),
    ("The quotas increase every year.", [("increase", "present", False, False)]),
    # "subsidise" is a verb: its subject pays
    ("European governments subsidise the aircraft maker.",
     [("subsidise", "present", False, False)]),
    # a participle naming a topic, even right after a name
    ("The pact with Chile related to tariffs lapsed.",
     [("related", "participle", True, False), ("lapsed", "past", False, False)]),
    # an adverb never sits inside a compound noun: after one, a present form is a verb
    ("Local industry also subsidises rice farms.",
     [("subsidises", "present", False, False)]),
    ("The state further protects domestic mills.", [("protects", "present", False, False)]),
    # after a trade flow, "to" before a known verb opens its purpose, not a destination
    ("Refiners halted shipments to avoid sanctions.",
     [("halted", "past", False, False), ("to avoid", "infinitive", False, False)]),
    ("Refiners halted shipments to China.", [("halted", "past", False, False)]),
    # a list of infinitives goes on after a comma; the infinitive's object is no verb
    ("Seoul plans to lift domestic output, cut duties and ease quotas.",
     [("plans", "present", False, False), ("to lift", "infinitive", False, False),
      ("cut", "infinitive", False, False), ("ease", "infinitive", False, False)]),
    # "are likely to be lifted": the passive after a semi-modal is one group
    ("The duties are likely to be lifted.",
     [("are likely to be lifted", "future", True, False)]),
    ("Japan said it would not impose tariffs.",
     [("said", "past", False, False), ("would not impose", "conditional", False, True)]),
    ("Canada imposed a levy on steel.", [("imposed", "past", False, False)]),
    ("Exporters would be hard hit.", [("would be hard hit", "conditional", True, False)]),
    ("Ottawa will raise duties in May.", [("will raise", "future", False, False)]),
    ("Seoul may ease its controls.", [("may ease", "possible", False, False)]),
    ("The tariffs were lifted last week.", [("were lifted", "past", True, False)]),
    ("The ban has been extended.", [("has been extended", "past", True, False)]),
    ("The levy would have raised costs.",
     [("would have raised", "counterfactual", False, False)]),
    ("Tokyo should scrap its quotas.", [("should scrap", "obligation", False, False)]),
    ("Beijing agreed to delay the curbs.",
     [("agreed", "past", False, False), ("to delay", "infinitive", False, False)]),
    ("Jakarta restricts nickel exports.", [("restricts", "present", False, False)]),
    ("Delhi is considering a ban.", [("is considering", "present", False, False)]),
    ("Brussels did not lift the duties.", [("did not lift", "past", False, True)]),
    ("Seoul sent envoys to head off the duties.",
     [("sent", "past", False, False), ("to head off", "infinitive", False, False)]),
    ("The duties imposed by the bloc hurt farmers.", [("imposed", "participle", True, False)]),
    # a word after a possessive is its noun, not a verb: "Lima's moves"
    ("Quito opposed Lima's moves to curb imports.",
     [("opposed", "past", False, False), ("to curb", "infinitive", False, False)]),
    ("It's imposed tariffs.", [("imposed", "past", False, False)]),
    # an aside between an auxiliary and its participle stays inside the group
    ("Tokyo has, in effect, raised tariffs.", [("has, in effect, raised", "past", False,
                                               False)]),
    # "to" after "due", "thanks" or "exports" is a preposition; a name and an adverb
    # before an -s verb make it finite
    ("Due to current import curbs, it now depends heavily on imported oil.",
     [("depends", "present", False, False)]),
    # an adverb may split an infinitive
    ("Seoul agreed to gradually lift the ban.",
     [("agreed", "past", False, False), ("to gradually lift", "infinitive", False, False)]),
    # "to" before an unknown word and a plural noun is a preposition
    ("Prices rose for goods from dairy products to vegetable oils.",
     [("rose", "past", False, False)]),
    ("Seoul plans to impose duties on steel.",
     [("plans", "present", False, False), ("to impose", "infinitive", False, False)]),
    # a past form that is never a participle stays finite after an aside or "and"
    ("Ms Silva attended the meeting and spoke about trade.",
     [("attended", "past", False, False), ("spoke", "past", False, False)]),
    # a past form that is never a participle stays finite after an aside
    ("Ms Perera, a panellist at the forum, spoke to reporters.",
     [("spoke", "past", False, False)]),
    # not verbs: a participle before its noun, a name, a plural after "to"
    ("The quota talks will resume in May.", [("will resume", "future", False, False)]),
    ("The firm met growers to discuss export quotas.",
     [("met", "past", False, False), ("to discuss", "infinitive", False, False)]),
    ("The threatened duties never came.", [("came", "past", False, False)]),
    ("Quotas apply to producers in Beijing.", [("apply", "present", False, False)]),
    ("Washington might boost sentiment and lead to curbs.",
     [("might boost", "possible", False, False), ("lead", "possible", False, False)]),
    # an -ing word is never finite alone; after a determiner it is a noun unless an
    # object follows; a known verb ending like a noun ("agree") still follows "to"
    ("The OPEC meeting will agree output quotas.", [("will agree", "future", False, False)]),
    ("Brazil hopes to agree output quotas.",
     [("hopes", "present", False, False), ("to agree", "infinitive", False, False)]),
    ("The EU ruling will hurt Japan.", [("will hurt", "future", False, False)]),
    # a participle of purpose after a noun qualifies it
    ("The talks aimed at new quotas stalled.",
     [("aimed", "participle", True, False), ("stalled", "past", False, False)]),
    ("The EU meeting to agree quotas ended.",
     [("to agree", "infinitive", False, False), ("ended", "past", False, False)]),
    # "to be", "to have" open an infinitive; "have" with no participle is the verb
    ("Growers want the quotas to be lifted.",
     [("want", "present", False, False), ("to be lifted", "infinitive", True, False)]),
    ("They have tariffs on steel.", [("have", "present", False, False)]),
    ("Seoul hopes to have talks.",
     [("hopes", "present", False, False), ("to have", "infinitive", False, False)]),
    # an -ing verb right after a name is that name's: "with Iran defying sanctions"
    ("Trade went on with Iran defying sanctions.",
     [("went", "past", False, False), ("defying", "gerund", False, False)]),
    ("The Chancellor urging them to act was ignored.",
     [("urging", "gerund", False, False), ("to act", "infinitive", False, False),
      ("was ignored", "past", True, False)]),
]

# (sentence, [(clause kind, first word of the clause), ...])
CLAUSES = [
    # "should" before its subject opens a condition, as "if" does
    ("Should Ottawa impose duties on steel, Seoul would retaliate.",
     [("conditional", "Should"), ("main", ",")]),
    # after a verb of telling and its hearer, "that" opens what was told
    ("Lyng told reporters that Tokyo would lift the ban.",
     [("main", "Lyng"), ("complement", "that")]),
    ("Lyng told reporters that covered the talks.",
     [("main", "Lyng"), ("relative", "that")]),
    # "that" after a day or a date opens what the verb before said; after a participle's
    # time phrase it is still relative
    ("Ottawa said on Tuesday that it would lift the ban.",
     [("main", "Ottawa"), ("complement", "that")]),
    ("Seoul announced in May 2024 that duties had been cut.",
     [("main", "Seoul"), ("complement", "that")]),
    ("Duties imposed last year that hit steel were lifted.",
     [("main", "Duties"), ("relative", "that")]),
    # "that" after a noun of what is said opens what it says, not a relative clause
    ("Officials denied reports that Tokyo would lift the ban.",
     [("main", "Officials"), ("complement", "that")]),
    ("Officials denied the reports that Tokyo published.",
     [("main", "Officials"), ("relative", "that")]),
    # an aside between dashes does not keep "before" from opening a clause
    ("Talks may fail before the duties of 50 per cent - up from five per cent - are to take "
     "effect.", [("main", "Talks"), ("subordinate", "before")]),
    ("Talks may fail before the deadline.", [("main", "Talks")]),
    # "as" opens a clause when a short subject and its verb follow; not "such as"
    ("Seoul raised duties on steel as markets rallied in Asia.",
     [("main", "Seoul"), ("subordinate", "as")]),
    ("Seoul raised duties on goods such as steel imported from Asia.", [("main", "Seoul")]),
    ("As a result, Seoul raised duties on steel.", [("main", "As")]),
    # an opening adverb does not keep an if-clause open past its comma
    ("However, if Tokyo does not act, Washington will impose duties.",
     [("main", "However"), ("conditional", "if"), ("main", ",")]),
    # a hedge is no condition
    ("Officials will decide what duties, if any, should apply.", [("main", "Officials")]),
    ("Officials will decide what duties if at all should apply.", [("main", "Officials")]),
    ("If Tokyo does not act, Washington will impose duties.",
     [("conditional", "If"), ("main", ",")]),
    # ", and" joins two clauses only after a verb: before any, it ends a list of subjects
    ("Higher duties, a stricter quota regime, and new licences are options.",
     [("main", "Higher")]),
    ("Seoul raised duties on steel, and Tokyo lifted its quota.",
     [("main", "Seoul"), ("main", ",")]),
    # a short condition ends at its comma even when its verb is unknown to the lexicon;
    # commas of a list inside it do not end it
    ("If Lima retaliates, Ottawa will impose duties.", [("conditional", "If"), ("main", ",")]),
    ("If Chile, Peru and Bolivia retaliate, Ottawa will impose duties.",
     [("conditional", "If"), ("main", ",")]),
    ("Canada imposed tariffs that were not expected.",
     [("main", "Canada"), ("relative", "that")]),
    ("The ministry said that it would lift the ban.",
     [("main", "The"), ("complement", "that")]),
    ("The duties, which took effect in May, hurt exporters.",
     [("main", "The"), ("relative", "which")]),
    ("The European Community (EC) imposed a levy.", [("main", "The")]),
    ("Tariffs rose; quotas fell.", [("main", "Tariffs"), ("main", ";")]),
    ("Officials asked whether the curbs would end.",
     [("main", "Officials"), ("complement", "whether")]),
    ('The "temporary" levy stayed.', [("main", "The")]),
]
