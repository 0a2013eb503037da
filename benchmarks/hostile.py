"""Extraction time on adversarial inputs, as a ratio to the same amount of real news.

    python benchmarks/hostile.py [--size MB] [--only NAME ...] [--scaling]
                                 [--corpus ../shared/corpora/news_long_lk_trade_2024_2026.jsonl]

Each input is built here, from words written for this benchmark, to hit one way a text
can make a reader slow: runs of punctuation with no space after, one endless sentence of
trade words, thousands of triggers, country names, numbers, dates, abbreviations,
brackets, control characters... The benign baseline is the same number of characters of
real news read at run time from the corpus (the benchmark exits when it is absent).

The target (issue 11): no input slower than 3x the news, and time growing linearly with
size. ``--scaling`` also times every input at 0.25, 0.5, 1 and 2 times ``--size``; the
last column is the time per megabyte at the largest size over that at the smallest (1.0
is perfectly linear, 8.0 would be quadratic).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from policymeasures import Extractor

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora" / (
    "news_long_lk_trade_2024_2026.jsonl")
MEGABYTE = 1_000_000
SCALES = (0.25, 0.5, 1.0, 2.0)
TARGET_RATIO = 3.0
# Characters of news each fresh extractor reads before it is timed.
WARM_UP_CHARACTERS = 10_000
# The reference date of every extraction: leaders' terms and relative dates need one.
REFERENCE_DATE = "2025-03-12"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Vocabulary written for this benchmark (never taken from a corpus).
TRADE_WORDS = _words(
    "tariff tariffs duty duties levy export exports import imports ban quota quotas curbs "
    "sanctions subsidies subsidy controls restrictions embargo surcharge imposed raised "
    "lifted suspended cut threatened agreed proposed announced will would may not on of "
    "from to by the a 25% 10 pct $3 bln steel aluminium soybeans chips wheat cars")
COUNTRIES = _words(
    "China Canada Mexico Japan India Brazil Germany France Korea Vietnam Indonesia Turkey "
    "Australia Russia Iran Egypt Chile Peru Nigeria Kenya Argentina Poland Spain Italy "
    "Washington Beijing Ottawa Tokyo Brussels Moscow Seoul Delhi")
MONTHS = _words(
    "January February March April May June July August September October November "
    "December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Oct. Nov. Dec.")
ABBREVIATIONS = _words("U.S. U.K. Corp. Inc. Ltd. Co. Mr. Dr. Gov. Jan. No. vs. etc. e.g. i.e.")


def _fill(size: int, piece: Callable[[random.Random], str], seed: int = 11) -> str:
    """Pieces from ``piece`` joined until ``size`` characters, cut to exactly ``size``."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        part = piece(rng)
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def _sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(TRADE_WORDS) for _ in range(words))


def punctuation_runs(size: int) -> str:
    """Trade sentences ending in long runs of stops, bangs and question marks, no space."""
    return _fill(size, lambda rng: "Canada imposed a tariff on steel "
                 + rng.choice(".!?") * rng.randint(1_000, 20_000))


def one_punctuation_run(size: int) -> str:
    """One trigger sentence, then nothing but full stops."""
    head = "Canada imposed a tariff on steel "
    return head + "." * (size - len(head))


def endless_sentence(size: int) -> str:
    """One sentence of trade words with no punctuation at all."""
    return _fill(size, lambda rng: _sentence(rng) + " ")


def dense_triggers(size: int) -> str:
    """Thousands of triggers, a few to a sentence."""
    return _fill(size, lambda rng: f"{rng.choice(COUNTRIES)} imposed tariffs, duties, quotas "
                 "and export controls on steel. ")


def trigger_per_word(size: int) -> str:
    """Nothing but triggers: "tariff tariff tariff ..." """
    return _fill(size, lambda rng: rng.choice(("tariff ", "duty ", "ban ", "quota ")))


def tariffs_and_countries(size: int) -> str:
    """"tariff" alternating with country names, no punctuation."""
    return _fill(size, lambda rng: f"tariff {rng.choice(COUNTRIES)} ")


def numbers(size: int) -> str:
    """Bare numbers, numbers with units and ranges, one after another."""
    return _fill(size, lambda rng: rng.choice((
        "7 ", f"{rng.randint(1, 999)} pct ", f"${rng.randint(1, 99)}.{rng.randint(0, 9)} bln ",
        f"from {rng.randint(1, 50)} to {rng.randint(51, 99)} pct ", "1,000,000 tonnes ",
        "one hundred thousand ", "between two and three billion dollars ")))


def long_numbers(size: int) -> str:
    """Digit strings and number-word chains far too long to be real, beside units."""
    return _fill(size, lambda rng: rng.choice((
        "tariff of 1" + "0" * rng.randint(300, 5_000) + " pct. ",
        "a duty of " + "hundred " * rng.randint(100, 2_000) + "tonnes. ",
        "9" * rng.randint(1_000, 10_000) + " ")))


def many_dates(size: int) -> str:
    """Tariffs dated by thousands of distinct dates."""
    def piece(rng: random.Random) -> str:
        date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2030)}"
        return f"Canada imposed a tariff on steel from {date}. "
    return _fill(size, piece)


def abbreviations(size: int) -> str:
    """Abbreviations and initials that end in a full stop without ending a sentence."""
    return _fill(size, lambda rng: rng.choice(ABBREVIATIONS) + " "
                 + rng.choice(("tariff", "J.", "A.", "duty", "Co.", "steel")) + " ")


def brackets(size: int) -> str:
    """Deeply nested and unbalanced brackets around triggers."""
    return _fill(size, lambda rng: rng.choice(("(((((", ")))", "[[", "]]", "{", "}"))
                 + rng.choice(("tariff", "duty (China)", "(U.S.)", "ban")) + " ")


def control_characters(size: int) -> str:
    """Trade words separated by control, zero-width and direction characters."""
    junk = "\x00\x01\x07\x1b\x7f\u200b\u200e\u202e\ufeff\u2028"
    return _fill(size, lambda rng: rng.choice(TRADE_WORDS) + rng.choice(junk) * rng.randint(1, 4))


def whitespace_runs(size: int) -> str:
    """Triggers separated by long runs of spaces, tabs and newlines."""
    return _fill(size, lambda rng: rng.choice(TRADE_WORDS)
                 + rng.choice((" ", "\t", "\n", " \n ")) * rng.randint(100, 5_000))


def hyphenated(size: int) -> str:
    """Words glued by hyphens into one endless token: "export-control-tariff-..." """
    return _fill(size, lambda rng: rng.choice(TRADE_WORDS) + "-")


def no_spaces(size: int) -> str:
    """One word a megabyte long."""
    return "tariff" + "x" * (size - 6)


def quotes_and_apostrophes(size: int) -> str:
    """Quotes, apostrophes and possessives in every position."""
    return _fill(size, lambda rng: rng.choice(("'", '"', "\u2019", "\u201c", "\u201d"))
                 + rng.choice(COUNTRIES) + "'s " + rng.choice(TRADE_WORDS) + " ")


def dense_measures(size: int) -> str:
    """Short, complete measure sentences, each with actor, figure, goods and date."""
    def piece(rng: random.Random) -> str:
        a, b = rng.sample(COUNTRIES, 2)
        return (f"{a} said on {rng.choice(MONTHS)} {rng.randint(1, 28)} it would raise "
                f"tariffs on {b} steel to {rng.randint(1, 99)}% from next month. ")
    return _fill(size, piece)


INPUTS: dict[str, Callable[[int], str]] = {
    "punctuation_runs": punctuation_runs,
    "one_punctuation_run": one_punctuation_run,
    "endless_sentence": endless_sentence,
    "dense_triggers": dense_triggers,
    "trigger_per_word": trigger_per_word,
    "tariffs_and_countries": tariffs_and_countries,
    "numbers": numbers,
    "long_numbers": long_numbers,
    "many_dates": many_dates,
    "abbreviations": abbreviations,
    "brackets": brackets,
    "control_characters": control_characters,
    "whitespace_runs": whitespace_runs,
    "hyphenated": hyphenated,
    "no_spaces": no_spaces,
    "quotes_and_apostrophes": quotes_and_apostrophes,
    "dense_measures": dense_measures,
}


def news(path: Path, size: int) -> str:
    """``size`` characters of real news: article bodies joined by blank lines."""
    bodies: list[str] = []
    length = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            body = json.loads(line).get("body") or ""
            bodies.append(body)
            length += len(body) + 2
            if length >= size:
                break
    text = "\n\n".join(bodies)
    if len(text) < size:
        text = (text + "\n\n") * (size // max(1, len(text)) + 1)
    return text[:size]


def seconds(text: str, warm_up: str) -> float:
    """Wall-clock seconds of one extraction by a fresh extractor, warmed up on other text.

    A fresh one for every timing: an extractor remembers the sentences it has read, and
    the inputs of one kind at different sizes share their opening, so a reused extractor
    would time its memory, not its reading."""
    import datetime

    reference = datetime.date.fromisoformat(REFERENCE_DATE)
    extractor = Extractor()
    extractor.extract(warm_up, reference_date=reference)  # compile, import dateparser
    started = time.perf_counter()
    extractor.extract(text, reference_date=reference)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="megabytes per input")
    parser.add_argument("--only", nargs="+", choices=sorted(INPUTS), help="inputs to run")
    parser.add_argument("--scaling", action="store_true",
                        help="also time each input at 0.25, 0.5, 1 and 2 times --size")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"news corpus not found at {args.corpus}; nothing to compare with")
        return 0
    size = int(args.size * MEGABYTE)
    warm_up = news(args.corpus, WARM_UP_CHARACTERS)
    benign = seconds(news(args.corpus, size), warm_up)
    print(f"{'input':<24}{'seconds':>9}{'ratio':>7}")
    print(f"{'news (benign)':<24}{benign:>9.2f}{1.0:>7.2f}")
    worst = 0.0
    for name in args.only or INPUTS:
        elapsed = seconds(INPUTS[name](size), warm_up)
        worst = max(worst, elapsed / benign)
        print(f"{name:<24}{elapsed:>9.2f}{elapsed / benign:>7.2f}", flush=True)
    verdict = "ok" if worst <= TARGET_RATIO else "TOO SLOW"
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO:.0f}): {verdict}")
    if args.scaling:
        _scaling(warm_up, args, size)
    return 0


def _scaling(warm_up: str, args: argparse.Namespace, size: int) -> None:
    """Seconds per megabyte at each scale; the last column is largest over smallest."""
    header = "".join(f"{f'{scale:g}x s/MB':>11}" for scale in SCALES)
    print(f"\n{'input':<24}{header}{'growth':>8}")
    names = ["news (benign)", *(args.only or INPUTS)]
    for name in names:
        per_megabyte = []
        for scale in SCALES:
            length = int(size * scale)
            text = news(args.corpus, length) if name == "news (benign)" else INPUTS[name](length)
            per_megabyte.append(seconds(text, warm_up) / (length / MEGABYTE))
        cells = "".join(f"{value:>11.3f}" for value in per_megabyte)
        print(f"{name:<24}{cells}{per_megabyte[-1] / per_megabyte[0]:>8.2f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
