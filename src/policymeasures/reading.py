"""Reading one trigger in its sentence: every field, each decided by a named rule.

The engine finds triggers; this module builds each one's :class:`~policymeasures.view.View`
(what the clause model says about it), lets the ordered rules of
:mod:`policymeasures.field_rules` decide action, status, negation, imposer and targets, and
reads the figures and goods within the measure's clauses. Offsets are relative to the
sentence; the engine shifts them to the text.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

import attrs
import regex

from policymeasures.actors import ActorMention, names_people
from policymeasures.cues import Cue
from policymeasures.dates import CALENDAR_WORDS
from policymeasures.field_rules import Fields, decide_fields, goods_flow_before
from policymeasures.grammar import ED, ING, ClauseKind, GrammarLexicon, SentenceModel
from policymeasures.records import Action, Magnitude, Product, Span, Status
from policymeasures.view import Hit, SentenceIndex, View, gerund_after_means

__all__ = ["Context", "Hit", "Reading", "read_trigger"]

# A noun phrase after "on"/"of" naming goods: a few words, stopping at punctuation or a
# function word. Bounded repetition keeps it linear.
_NOUN_PHRASE = regex.compile(
    r"\s*(?:the\s+|certain\s+|all\s+|some\s+|its\s+|their\s+|new\s+)?"
    r"((?:(?!(?:from|to|in|at|by|with|and|or|under|that|which|as|after|before|since|because|if"
    r"|was|were|is|are|will|would|for|on|of|the|a|an|its|over|during|within|through|until"
    r"|into|against|per|via|across|between|than|while|when|amid|despite)\b|\d)[\w'\u2019-]+"
    r"(?:\s+|$|(?=[.,;:!?)\]]))){1,4})",
    regex.IGNORECASE,
)
_MAGNITUDE_REACH = 140
_PRODUCT_REACH = 80


@attrs.frozen
class Reading:
    """One trigger read in its sentence; offsets are relative to the sentence."""

    hit: Hit
    action: Action
    status: Status
    negated: bool
    explicit: bool
    # Whether a cue or the rule named the action, rather than the default "impose".
    action_explicit: bool
    # Where the status came from: 2 a cue in the sentence, 1 the rule, 0 the default.
    status_source: int
    clause_start: int
    clause_end: int
    # The status cue's words, whose tense says which way an ambiguous date lies.
    status_words: str
    imposer: ActorMention | None
    targets: tuple[ActorMention, ...]
    rate: Magnitude | None
    amount: Magnitude | None
    products: tuple[Product, ...]
    date: datetime.date | None
    date_span: Span | None
    # The name of the rule that decided each field, for confidence and for debugging.
    decided_by: tuple[tuple[str, str], ...] = ()
    # The tense of the verb that governs the measure ("past", "future"...), or "" when
    # none does: it says which way a date without a year lies.
    tense: str = ""
    # Jurisdictions that hold the measure together with the imposer ("US and UN
    # sanctions"): the engine gives each its own record.
    joint_imposers: tuple[ActorMention, ...] = ()


# ---------------------------------------------------------------------- reading


@attrs.frozen
class Context:
    """What a sentence offers every trigger in it: cues, actors, goods and figures."""

    sentence: str
    model: SentenceModel
    cues: Sequence[Cue]
    actors: Sequence[ActorMention]  # in text order
    products: Sequence[Product]
    magnitudes: Sequence[Magnitude]
    with_codes: Callable[[Product], Product]
    # A figure in its imposer's own currency ("Rs 25" in a Sri Lankan levy is LKR).
    in_local_currency: Callable[[Magnitude, str], Magnitude] = lambda figure, _code: figure
    # Where every trigger of the sentence stands, to tell whose goods are whose.
    trigger_spans: Sequence[tuple[int, int]] = ()
    # The jurisdictions that issue the currencies of the sentence's figures, in text order.
    issuers: Sequence[ActorMention] = ()
    # The cues and actors indexed once for every trigger of the sentence.
    index: SentenceIndex = attrs.field(default=attrs.Factory(
        lambda context: SentenceIndex(context.cues, context.actors, context.issuers),
        takes_self=True))


def read_trigger(context: Context, hit: Hit) -> Reading | None:
    """Read one trigger in its sentence: every field, each decided by a named rule.

    Offsets are relative to the sentence; ``None`` when the trigger names a demand,
    which is no measure.
    """
    view = View(context.sentence, hit, context.model, context.index, context.magnitudes)
    fields = decide_fields(view)
    if fields is None:
        return None
    clause_start, clause_end = _reading_range(view)
    magnitudes = [m for m in context.magnitudes if not _change_of_another(view, m)]
    rate, amount = _magnitudes_for(hit, magnitudes, clause_start, clause_end,
                                   context.sentence, fields.action, context.cues,
                                   context.model.lexicon.rate_bases)
    if fields.imposer is not None:
        code = fields.imposer.actor.code
        rate = context.in_local_currency(rate, code) if rate is not None else None
        amount = context.in_local_currency(amount, code) if amount is not None else None
    found_products = tuple(
        context.with_codes(p) for p in _products_for(context, hit, clause_start, clause_end)
    ) or _goods_in_name(context, fields.imposer) or _goods_flowing_to(
        context, fields) or _goods_of_frame(context, hit)
    return Reading(
        hit=hit,
        action=fields.action,
        status=fields.status,
        negated=fields.negated,
        action_explicit=fields.action_explicit,
        explicit=fields.explicit,
        status_source=fields.status_source,
        clause_start=clause_start,
        clause_end=clause_end,
        status_words=fields.status_words,
        imposer=fields.imposer,
        targets=fields.targets,
        rate=rate,
        amount=amount,
        products=found_products,
        date=None,
        date_span=None,
        decided_by=fields.decided_by,
        tense=view.governor.group.tense.value if view.governor is not None and (
            view.governor.group is not None) else "",
        joint_imposers=fields.joint_imposers,
    )


def _goods_in_name(context: Context, imposer: ActorMention | None) -> tuple[Product, ...]:
    """A commodity body's quotas are on the goods it is named for: "export quotas ... put
    to the International Coffee Organization" are on coffee. Only when nothing nearer
    names the goods."""
    if imposer is None or imposer.form not in ("body", "bloc"):
        return ()
    start, end = imposer.actor.start, imposer.actor.end
    return tuple(context.with_codes(p) for p in context.products
                 if start <= p.start and p.end <= end)


# Tags of a flow word that is a verb's form, not the goods: "exported", "shipped".
_VERB_FORMS = frozenset((ED, ING))
# Between an owner and its flow word: a possessive ending, then space ("India's exports").
_OWNER_BEFORE_FLOW = regex.compile(r"(?:['\u2019]s)?\s+")


def _goods_of_frame(context: Context, hit: Hit) -> tuple[Product, ...]:
    """A phrase that opens the sentence may name the goods everything after it is about:
    "For the apparel sector, duty-free access is expected to remain" is access for apparel.
    Only goods the lexicon knows, inside the phrase, for a measure after its comma that
    names no goods of its own."""
    lexicon = context.model.lexicon
    tokens = context.model.tokens
    if not tokens or tokens[0].lower not in lexicon.frame_prepositions:
        return ()
    comma = next((i for i in range(1, min(len(tokens), lexicon.frame_tokens + 2))
                  if tokens[i].text == ","), None)
    if comma is None or comma < 2 or tokens[comma].end > hit.start:
        return ()
    start, end = tokens[1].start, tokens[comma - 1].end
    return tuple(context.with_codes(p) for p in context.products
                 if start <= p.start and p.end <= end)


def _goods_flowing_to(context: Context, fields: Fields) -> tuple[Product, ...]:
    """Goods named only as a flow to the market whose measure they meet: in "India's
    exports to the US face a 50% tariff" the exports are what the tariff covers (the rule
    `market-of-destination` found the US). The flow word keeps its owner ("India's
    exports"), when one stands right before it. Only when nothing nearer names the goods."""
    if fields.imposer is None or ("imposer", "market-of-destination") not in fields.decided_by:
        return ()
    model = context.model
    flow = goods_flow_before(model, fields.imposer)
    if flow is None or model.tokens[flow].tags & _VERB_FORMS:
        return ()  # "goods shipped to the US" name no goods by "shipped"
    start = model.tokens[flow].start
    owner = next((m for m in context.actors if m.actor.end <= start
                  and _OWNER_BEFORE_FLOW.fullmatch(context.sentence, m.actor.end, start)), None)
    if owner is not None:
        start = owner.actor.start
    end = model.tokens[flow].end
    return (context.with_codes(Product(text=context.sentence[start:end], start=start,
                                       end=end)),)


def _reading_range(view: View) -> tuple[int, int]:
    """The characters a measure's figures, goods and date are read from: its clause, and
    the clauses of the verbs that govern it."""
    start, end = view.model.clause_span(view.clause)
    for link in view.verb_links:
        assert link.group is not None
        c_start, c_end = view.model.clause_span(view.model.clause_of(link.group.head))
        start, end = min(start, c_start), max(end, c_end)
    defining = _defining_clause(view)
    if defining is not None:
        end = max(end, view.model.clause_span(defining)[1])
    return start, max(end, view.hit.end)


def _defining_clause(view: View) -> int | None:
    """A relative clause right after the measure whose verb says what it restricts or
    covers: "export controls that limit what chips Nvidia can sell to China" name their
    goods and target there."""
    model = view.model
    after = view.last + 1
    if after < len(model.tokens) and model.tokens[after].text == ",":
        after += 1  # "the tariffs, which would be levied on consumer electronics"
    if after >= len(model.tokens):
        return None
    clause = model.clause_of(after)
    if model.clauses[clause].kind is not ClauseKind.RELATIVE or model.clauses[
            clause].first != after:
        return None
    group = next((g for g in model.groups if g.first > after), None)
    if group is None or model.clause_of(group.head) != clause:
        return None
    head = model.tokens[group.head]
    categories = view.categories_at(head.start, head.end)
    says = any(c.startswith("action:") for c in categories) or "scope" in categories
    return clause if says else None


# ---------------------------------------------------------------------- magnitudes, products


def _is_rate(magnitude: Magnitude) -> bool:
    return magnitude.unit in ("%", "pp") or "/" in magnitude.unit


_CHANGE_AFTER = regex.compile(
    r"\s*(?:cut|cuts|reduction|increase|rise|drop|decline|fall|hike|jump|share|effect|impact)\b",
    regex.IGNORECASE)


def _magnitudes_for(
    hit: Hit, magnitudes: Sequence[Magnitude], clause_start: int, clause_end: int,
    sentence: str, action: Action, cues: Sequence[Cue] = (),
    rate_bases: frozenset[str] = frozenset(),
) -> tuple[Magnitude | None, Magnitude | None]:
    """The rate and the amount of a trigger: the nearest of each in its clause, except
    that a new level a change arrives at wins over the level it left (§5: "initially at
    44% and subsequently revised to 20%" is 20%)."""
    rate: tuple[int, Magnitude] | None = None
    amount: tuple[int, Magnitude] | None = None
    previous: Magnitude | None = None
    for magnitude in magnitudes:
        converted = previous is not None and _conversion_of(sentence, previous, magnitude)
        previous = magnitude
        if converted:
            continue  # "CAD 27 million (USD 20.07 million)": the sum as first stated
        if not (clause_start <= magnitude.start and magnitude.end <= clause_end):
            continue
        if hit.start <= magnitude.start and magnitude.end <= hit.end:
            distance = 0  # inside the pattern's own words: "will import two mln tonnes"
        else:
            distance = min(abs(magnitude.start - hit.end), abs(hit.start - magnitude.end))
        if distance > _MAGNITUDE_REACH:
            continue
        if _CHANGE_AFTER.match(sentence, magnitude.end) and _is_rate(magnitude):
            continue  # "a 50 pct cut": a change, not the measure's level
        if _is_rate(magnitude) and _share(sentence, magnitude, rate_bases, hit):
            continue  # "make up 28% of the total tax take": a share, not a level
        if _is_rate(magnitude):
            if _new_level(sentence, magnitude, cues):
                distance = -1  # before any level merely near the trigger
            if rate is None or distance < rate[0]:
                rate = (distance, magnitude)
        elif _price_level(sentence, magnitude):
            continue  # "awarded at a rebate of 43 Ecus": a level per unit, not a total
        elif amount is None or distance < amount[0]:
            amount = (distance, magnitude)
    return (rate[1] if rate else None, amount[1] if amount else None)


def _change_of_another(view: View, magnitude: Magnitude) -> bool:
    """A percentage right after a verb of change, or after that verb's object, is how much
    the verb's subject or object moved (§5: a rate is the measure's level). It stays the
    measure's only when the verb is said of the measure: "tariffs on steel rose 5%", "cut
    tariffs by 20%"; not in "despite the tariffs, exports grew by 3.3%" or "the tariffs cut
    Chinese exports by 20%"."""
    if not _is_rate(magnitude):
        return False
    model = view.model
    tokens = model.tokens
    position = model.token_at(magnitude.start) - 1
    while position >= 0 and tokens[position].lower in _FIGURE_QUALIFIERS:
        position -= 1
    if position < 0 or tokens[position].lower in ("to", "from", "at"):
        return False  # "has fallen to 20%": a level, which _new_level weighs
    if tokens[position].lower == "by":
        position -= 1
    object_end = position
    clause = model.clause_of(position)
    reach = model.lexicon.object_tokens
    while position >= 0 and model.group_at(position) is None:
        if object_end - position >= reach or model.clause_of(position) != clause or (
                tokens[position].text in _PHRASE_BREAKS):
            return False
        position -= 1
    group = model.group_at(position) if position >= 0 else None
    if group is None or tokens[group.head].lower not in model.lexicon.change_verbs:
        return False
    has_object = position < object_end
    if has_object and tokens[position + 1].start <= view.hit.start and (
            view.hit.end <= tokens[object_end].end):
        return False  # "cut tariffs by 20%": the measure is what moved
    link = next((link for link in view.verb_links if link.group is group), None)
    if link is None:
        return True  # the verb is not said of the measure at all
    if link.relation != "subject":
        return False
    if has_object:
        # "the tariffs cut Chinese exports by 20%"; but a duty that raises "the cost of"
        # goods by a share raises it by its rate
        return not any(tokens[p].lower in model.lexicon.rate_bases
                       for p in range(position + 1, object_end + 1))
    subject = model.subject_span(group)
    # "despite US tariffs, Vietnam's exports rose 12%": the subject is the exports
    return subject is None or not (
        tokens[subject[0]].start <= view.hit.start < tokens[subject[1] - 1].end)


# Words between a verb of change and its figure: "grew by about 3%", "fell nearly 20%".
_FIGURE_QUALIFIERS = frozenset(("about", "around", "some", "nearly", "almost", "roughly",
                                "approximately", "over", "just", "only", "another", "a",
                                "further"))
# Punctuation that ends the object of a verb of change before its figure.
_PHRASE_BREAKS = frozenset((",", ";", ":", "(", ")", "\u2014", "\u2013"))


def _conversion_of(sentence: str, first: Magnitude, second: Magnitude) -> bool:
    """A sum in brackets right after another in another currency converts it: "AUD 15
    million (approx. USD 10 million)"."""
    return (bool(_CURRENCY.fullmatch(first.unit)) and bool(_CURRENCY.fullmatch(second.unit))
            and first.unit != second.unit
            and _CONVERSION_GAP.fullmatch(sentence, first.end, second.start) is not None)


# An opening bracket and a hedge between a sum and its conversion.
_CONVERSION_GAP = regex.compile(
    r"\s*\(\s*(?:approx(?:imately|\.)?|about|around|some|roughly|c\.|ca\.|~|or)?\s*",
    regex.IGNORECASE)


def _share(sentence: str, magnitude: Magnitude, rate_bases: frozenset[str], hit: Hit) -> bool:
    """A percentage "of" something that is not what a duty is levied on ("28% of the
    total tax take", "60% of imports") is a share of it, not the measure's rate; but a
    percentage of the measure itself ("92 pct of their support payments") is its rate."""
    if magnitude.unit != "%":
        return False
    phrase = _OF_PHRASE.match(sentence, magnitude.end)
    if phrase is None or (phrase.start(1) < hit.end and hit.start < phrase.end(1)):
        return False
    return not any(word.lower() in rate_bases for word in phrase.group(1).split())


# "of" and the words of the noun phrase after a figure, up to four.
_OF_PHRASE = regex.compile(r"\s+of\s+((?:[\w.-]+\s+){0,3}[\w.-]+)", regex.IGNORECASE)


def _price_level(sentence: str, magnitude: Magnitude) -> bool:
    """Money after "at" is a price or a level per unit whose unit goes unsaid ("sold at
    200 dlrs", "at a maximum rebate of 43 Ecus"), not the total covered (§5 amount)."""
    if not _CURRENCY.fullmatch(magnitude.unit):
        return False
    return _AT_BEFORE.search(sentence, max(0, magnitude.start - _AT_REACH),
                             magnitude.start) is not None


_CURRENCY = regex.compile(r"[A-Z]{3}")
# "at", an article and up to three words of the noun ("a maximum rebate of") before money.
_AT_BEFORE = regex.compile(r"\bat\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
                           regex.IGNORECASE)
_AT_REACH = 45


def _new_level(sentence: str, magnitude: Magnitude, cues: Sequence[Cue]) -> bool:
    """ "revised to 20%", "cut the duty to 30%": the figure a change of level arrives at."""
    if not _TO_BEFORE.search(sentence, max(0, magnitude.start - _TO_REACH), magnitude.start):
        return False
    return any(c.end <= magnitude.start and magnitude.start - c.end <= _CHANGE_TO_REACH
               and c.category in _LEVEL_CHANGES for c in cues)


_TO_BEFORE = regex.compile(r"\bto\s*$", regex.IGNORECASE)
# Characters of "to " before a figure, and from the verb of change to the figure.
_TO_REACH = 4
_CHANGE_TO_REACH = 40
_LEVEL_CHANGES = frozenset(("action:increase", "action:decrease", "level_changes"))


def _products_for(
    context: Context,
    hit: Hit,
    clause_start: int,
    clause_end: int,
) -> tuple[Product, ...]:
    """The goods of a trigger: the lexicon's goods near it, else the words that name them.

    Words the lexicon does not know are taken from their place ("wine imports", "a
    levy on hake fillets") only when they can be goods: no verb of the sentence's
    verb groups ("to discuss export quotas", "agreed to bar imports"); after "on" or
    "of", not ending in a jurisdiction's name ("tariffs on China" names the target).
    A name may qualify goods before the trade word: "Japanese exports".
    """
    sentence = context.sentence
    near = [
        p for p in context.products
        if clause_start <= p.start and p.end <= clause_end
        and hit.start - _PRODUCT_REACH <= p.start <= hit.end + _PRODUCT_REACH
        and not _goods_of_a_later_measure(context, hit, p)
    ]
    if near:
        return _distinct([*_full_names(context, near, clause_start), *near,
                          *_examples_after(context, near, clause_end)])
    qualified = _qualifier_of_trade_word(sentence, hit, clause_start)
    if qualified is not None:  # "Japanese exports" are goods: a name may qualify them
        goods = _after_last_verb(context, qualified)
        if goods is not None:
            goods = _past_adjectives(sentence, goods, context.model.lexicon)
        if goods is None:
            return ()
        if _can_name_goods(context, goods):
            return (goods,)
        flows = _TRADE_FLOWS.match(sentence, goods.end)
        if flows is None:
            return ()
        # only an owner before "exports": the flow is the goods ("curbs on Japanese exports")
        return (Product(text=sentence[goods.start:flows.end()], start=goods.start,
                        end=flows.end()),)
    tail = _ON_OR_OF.match(sentence, hit.end, clause_end)
    if tail:
        phrase = _NOUN_PHRASE.match(sentence, tail.end(), clause_end)
        if phrase and phrase.group(1).strip():
            start = phrase.start(1)
            end = start + len(phrase.group(1).rstrip())
            ends_in_name = any(a.actor.start < end <= a.actor.end for a in context.actors)
            words = sentence[start:end].split()
            if any(word.lower() in context.model.lexicon.party_nouns for word in words):
                return ()  # "tariffs on its main trading partners": whom, not what
            if words[0] in CALENDAR_WORDS:
                return ()  # "sanctions on April 17": when, not what
            if any(start <= a.actor.start < end and names_people(a) for a in context.actors):
                return ()  # "sanctions on three Kenyans accused of abuses": people
            product = Product(text=sentence[start:end], start=start, end=end)
            if not ends_in_name and not _holds_verb(context, start, end) and (
                    _can_name_goods(context, product)):
                return (product,)
    return _goods_from_origin(context, clause_start, clause_end)


def _examples_after(context: Context, near: Sequence[Product],
                    clause_end: int) -> list[Product]:
    """Goods a category lists as its examples ("consumer goods such as luxury watches,
    gems and jewellery, and electronics"): each is named, whether the lexicon knows it or
    not; the list ends at anything but a comma, "and" or "or" between short phrases."""
    sentence = context.sentence
    found: list[Product] = []
    for product in near:
        opener = _SUCH_AS.match(sentence, product.end, clause_end)
        if opener is None:
            continue
        position = opener.end()
        for _ in range(_MAX_EXAMPLES):
            item = _EXAMPLE.match(sentence, position, clause_end)
            if item is None or not _can_be_example(context, item.start(), item.end()):
                break  # the list has ended
            found.append(Product(text=item.group(), start=item.start(), end=item.end()))
            gap = _LIST_GAP.match(sentence, item.end(), clause_end)
            if gap is None or gap.end() == item.end():
                break
            position = gap.end()
    return found


def _can_be_example(context: Context, start: int, end: int) -> bool:
    """An example of goods is words of its own: no verb, no jurisdiction ("such as the
    Soviet Union"), no preposition or article ("among others", "controls on computers"),
    not a lone letter of an abbreviation ("U.S.")."""
    if end - start < _SHORTEST_EXAMPLE or _holds_verb(context, start, end) or any(
            a.actor.start < end and start < a.actor.end for a in context.actors):
        return False
    lexicon = context.model.lexicon
    return not any(lexicon.token_tags(word) & _NOT_GOODS_WORDS
                   for word in context.sentence[start:end].lower().split())


# The shortest name of goods ("tea"), and the words that are never part of one.
_SHORTEST_EXAMPLE = 2
_NOT_GOODS_WORDS = frozenset(("prepositions", "determiners"))


# "such as" or "including" after a category of goods, and one example of a list of them:
# up to three words, then a comma, "and", "or" or the list's end.
_SUCH_AS = regex.compile(r"\s*,?\s*(?:such\s+as|including)\s+", regex.IGNORECASE)
_EXAMPLE = regex.compile(
    r"[A-Za-z][\w-]*(?:\s+(?!and\b|or\b)[A-Za-z][\w-]*){0,2}"
    r"(?=\s*(?:,|\band\b|\bor\b|[.;:)]|$))", regex.IGNORECASE)
_LIST_GAP = regex.compile(r"\s*,?\s*(?:(?:and|or)\s+)?", regex.IGNORECASE)
# How many examples a list is read for: a longer run is a table, not a list of goods.
_MAX_EXAMPLES = 8


def _goods_of_a_later_measure(context: Context, hit: Hit, product: Product) -> bool:
    """Goods on the far side of another measure that has its own arguments and a comma
    between are that measure's: in "tariffs on steel, with more levies on cars
    threatened" the cars are the levies' and the steel the tariffs', while "tariffs,
    duties and quotas on steel" share the steel."""
    sentence = context.sentence
    for start, end in context.trigger_spans:
        if hit.end <= start and end <= product.start:
            comma = _PHRASE_COMMA.search(sentence, hit.end, start)
            if comma is not None and _OWN_ARGUMENT.search(sentence, hit.end, comma.end()):
                return True
        elif end <= product.start and product.end <= hit.start and _PHRASE_COMMA.search(
                sentence, product.end, hit.start) and _OWN_ARGUMENT.search(
                sentence, end, product.start + 1):
            return True  # the mirror: "tariffs on steel, plus levies on cars": not the levies'
    return False


# A comma between phrases, not inside a figure ("300,000").
_PHRASE_COMMA = regex.compile(r",\s")
# A preposition that opens a measure's own argument before a comma: "tariffs on steel,".
_OWN_ARGUMENT = regex.compile(r"\s(?:on|against|of|for|from)\s", regex.IGNORECASE)


def _distinct(products: Sequence[Product]) -> tuple[Product, ...]:
    """The goods named, each once: a notice that repeats a name in brackets ("certain steel
    (steel) from Canada") names one good, not two."""
    seen: set[str] = set()
    kept = []
    for product in products:
        key = product.text.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(product)
    return tuple(kept)


def _full_names(context: Context, near: Sequence[Product],
                clause_start: int) -> list[Product]:
    """The full name of goods given a short one in brackets, as a notice defines its terms:
    in "exporters of steel concrete reinforcing bar (rebar)" the goods are named twice, and
    a reader searching either name should find them. The full name is the words between
    "of" or "on" and the bracket, read as :func:`_goods_from_origin` reads goods."""
    sentence = context.sentence
    found: list[Product] = []
    for product in near:
        opening = sentence.rfind("(", max(clause_start, product.start - _SHORT_NAME_CHARS),
                                 product.start)
        closing = sentence.find(")", product.end, product.end + _SHORT_NAME_CHARS)
        if opening < 0 or closing < 0 or ")" in sentence[opening:product.start] or (
                "(" in sentence[product.end:closing]):
            continue  # not inside a bracket of its own
        if _NAME_BREAKER.search(sentence, opening + 1, closing):
            continue  # a phrase, not a short name: "that sort of deal (a wheat subsidy)"
        window = max(clause_start, opening - _FULL_NAME_CHARS)
        named = _FULL_NAME.search(sentence, window, opening)
        if named is not None and _can_be_goods(context, *named.span("goods")):
            found.append(Product(text=named.group("goods"), start=named.start("goods"),
                                 end=named.end("goods")))
    return found


# Words that are never part of the name of goods: articles, prepositions, relatives; and,
# in a full name before a bracket, "order" ("the order on certain potassium phosphate").
_FUNCTION_WORDS = "of|on|the|a|an|to|for|by|in|at|with|that|which"
_NOT_IN_NAMES = "(?:" + _FUNCTION_WORDS + "|order|orders)"
_NAME_BREAKER = regex.compile(r"\b" + _NOT_IN_NAMES + r"\b", regex.IGNORECASE)
# How long a short name in brackets may be, and how far before it the full name may start.
_SHORT_NAME_CHARS = 40
_FULL_NAME_CHARS = 80
# "of|on [certain] GOODS " right before the bracket: up to eight words, no comma, none
# an article or a preposition ("the order on certain potassium phosphate" names an order).
_FULL_NAME = regex.compile(
    r"\b(?:of|on)\s+(?:certain\s+)?(?P<goods>(?:(?!" + _NOT_IN_NAMES + r"\b)[\w'\u2019-]+\s+)"
    r"{0,7}?(?!" + _NOT_IN_NAMES + r"\b)[\w'\u2019-]+)\s*$",
    regex.IGNORECASE)


def _can_be_goods(context: Context, start: int, end: int) -> bool:
    """Words a notice may name goods with: not ending in a word for goods of any kind
    ("all imports"), nor an adverb ("imports particularly"); no party ("four
    individuals"), no verb, no jurisdiction's name."""
    words = context.sentence[start:end].casefold().split()
    return bool(words) and not (
        words[-1] in _GENERIC_GOODS or words[-1].endswith("ly")
        or any(word in context.model.lexicon.party_nouns for word in words)
        or _holds_verb(context, start, end)
        or any(a.actor.start < end and start < a.actor.end for a in context.actors))


def _goods_from_origin(context: Context, clause_start: int,
                       clause_end: int) -> tuple[Product, ...]:
    """Goods the lexicon does not know, named as a trade case names them: "producers and
    exporters of sodium nitrite from India", "the order on certain pigments (pigments)
    from China". The words between "of"/"on" and "from" a jurisdiction are the goods."""
    sentence = context.sentence
    origins = {a.actor.start for a in context.actors
               if clause_start <= a.actor.start <= clause_end}
    if not origins:
        return ()  # no jurisdiction in the clause for goods to come from: not searched
    for found in _GOODS_FROM.finditer(sentence, clause_start, clause_end):
        place = found.end()
        if place not in origins:
            continue
        start, end = found.span("goods")
        if not _can_be_goods(context, start, end):
            continue  # "all imports", "imports particularly", "four individuals"
        return (Product(text=sentence[start:end], start=start, end=end),)
    # a full name too long to read ("engines between 99cc and 225cc, and parts thereof")
    # still has its short name in brackets right before the origin
    for found in _SHORT_NAME_FROM.finditer(sentence, clause_start, clause_end):
        start, end = found.span("goods")
        if found.end() in origins and _can_be_goods(context, start, end):
            return (Product(text=sentence[start:end], start=start, end=end),)
    return ()


# "of|on [certain] GOODS [(SHORT NAME)] from [the] ", the goods a few words long, a comma
# only inside a chemical's name ("1-Hydroxyethylidene-1, 1-Diphosphonic Acid"); bounded
# repetition keeps the search linear.
_GOODS_FROM = regex.compile(
    r"\b(?:of|on)\s+(?:certain\s+)?"
    r"(?P<goods>(?:(?!(?:" + _FUNCTION_WORDS + r")\b)[\w'\u2019-]+"
    r"(?:,(?=\s*\d))?\s+)"
    r"{0,7}?(?!(?:of|on|the|a|an)\b)[\w'\u2019-]+)"
    r"\s+(?:\([^()]{1,80}\)\s+)?from\s+(?:the\s+)?",
    regex.IGNORECASE,
)
# A short name in brackets, then "from [the] " and the origin: "(small engines) from ".
_SHORT_NAME_FROM = regex.compile(
    r"\(\s*(?P<goods>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,4})\s*\)\s+from\s+(?:the\s+)?",
    regex.IGNORECASE)
# Words that say there are goods without saying which.
_GENERIC_GOODS = frozenset(("imports", "exports", "goods", "products", "merchandise",
                            "shipments", "items", "sales"))


def _after_last_verb(context: Context, phrase: Product) -> Product | None:
    """The words of ``phrase`` after its last verb or action word ("banned frozen squid
    imports": "frozen squid"), or None when no word is left."""
    model = context.model
    start = phrase.start
    first = model.token_at(phrase.start)
    for index, token in enumerate(model.tokens[first:], start=first):
        if token.start >= phrase.end:
            break
        if _holds_verb(context, token.start, token.end) or gerund_after_means(model, index):
            start = token.end  # "without violating US export controls": not goods
    while start < phrase.end and context.sentence[start].isspace():
        start += 1
    if start >= phrase.end:
        return None
    return Product(text=context.sentence[start:phrase.end], start=start, end=phrase.end)


def _holds_verb(context: Context, start: int, end: int) -> bool:
    """Whether a word of ``sentence[start:end]`` belongs to one of the sentence's verb
    groups, or says an action or a status ("Lowering import tariffs ...")."""
    if any(c.start < end and start < c.end and c.category.startswith(("action:", "status:"))
           for c in context.cues):
        return True
    model = context.model
    for index in range(model.token_at(start), len(model.tokens)):
        if model.tokens[index].start >= end:
            break
        if model.group_at(index) is not None:
            return True
    return False


_ON_OR_OF = regex.compile(r"\s+(?:on|of)\b", regex.IGNORECASE)
_TRADE_WORD = regex.compile(r"\b(?:exports?|imports?|export|import)\b", regex.IGNORECASE)
# A trade flow named as a noun right after its owner: " exports" in "Japanese exports".
_TRADE_FLOWS = regex.compile(r"\s*(?:exports|imports)\b", regex.IGNORECASE)
_WORD = regex.compile(r"[\w'\u2019-]+")
_SPACE_AFTER = regex.compile(r"\s*")
_QUALIFIER = regex.compile(
    r"(\b(?:(?!(?:on|of|to|from|the|a|an|its|their|all|strict|new|further|certain|some|any|and"
    r"|or|in|for|by|with|tighter|tight|no|not|nor|more|less|such|these|those|this|that|is|are"
    r"|was|were|be|been|has|have|had|will|would)\b)[\w'\u2019-]+\s+){1,3})$",
    regex.IGNORECASE,
)


def _can_name_goods(context: Context, product: Product) -> bool:
    """Words taken from their place name goods only if they are not a figure ("10 per cent
    import taxes") and not only an owner: a possessive ("his import tariffs", "China's own
    export controls") or a jurisdiction's name ("curbs on Japanese exports": whose, not
    what)."""
    if any(m.start < product.end and product.start < m.end for m in context.magnitudes):
        return False
    words = []
    position = product.start
    for mention in context.index.actors_within(product.start, product.end):
        words.append(context.sentence[position:mention.actor.start])
        position = mention.actor.end
    words.append(context.sentence[position:product.end])
    left = _POSSESSIVE_ENDING.sub("", " ".join(words)).split()
    return not all(word.lower() in _OWNER_WORDS for word in left)


# Possessive words that qualify a trade word without naming goods.
_OWNER_WORDS = frozenset(("his", "her", "its", "their", "our", "my", "your", "own"))
# The ending that makes a name an owner: "China's", "the states'".
_POSSESSIVE_ENDING = regex.compile(r"['\u2019]s?(?=\s|$)")


def _past_adjectives(sentence: str, words: Product, lexicon: GrammarLexicon) -> Product | None:
    """The goods words past the adjectives that size the measure and past a preposition
    ("hefty wine import duties": wine; "employed against imports": none); None when nothing
    else is left ("hefty import duties")."""
    start = words.start
    for word in _WORD.finditer(sentence, words.start, words.end):
        lower = word.group().lower()
        if lower not in lexicon.measure_adjectives and "prepositions" not in lexicon.tags.get(
                lower, ()):
            break
        start = word.end()
    else:
        return None
    space = _SPACE_AFTER.match(sentence, start)
    start = space.end() if space is not None else start  # "\s*" always matches
    if start == words.start:
        return words
    return Product(text=sentence[start:words.end], start=start, end=words.end)


def _qualifier_of_trade_word(sentence: str, hit: Hit, clause_start: int) -> Product | None:
    """The goods words just before "exports"/"imports" in or at the trigger."""
    trade = _TRADE_WORD.search(sentence, hit.start, hit.end)
    if trade is None:
        return None
    window_start = max(clause_start, trade.start() - 60)
    found = _QUALIFIER.search(sentence, window_start, trade.start())
    if found is None:
        return None
    start, end = found.start(1), found.start(1) + len(found.group(1).rstrip())
    if trade.group()[:1].isupper() and all(w[:1].isupper() for w in sentence[start:end].split()):
        return None  # a name's words: "the Automated Export System"
    return Product(text=sentence[start:end], start=start, end=end)


