"""Coverage-guided fuzzing of policymeasures with atheris (libFuzzer for Python).

    pip install -e '.[fuzz]'
    python fuzz/run.py text  [libFuzzer options]     # articles
    python fuzz/run.py rules [libFuzzer options]     # rule files

Each target feeds bytes to a check of ``fuzz/checks.py``; any exception, a failed
assertion, or an input slower than ``-timeout`` seconds is a finding. The seeds in
``fuzz/seeds/TARGET`` start the search, the corpus it grows is kept in
``fuzz/corpus/TARGET`` (not committed), and findings are written to
``fuzz/crashers/TARGET``: once fixed, commit them there and ``tests/test_fuzz.py``
replays them for ever. Useful options: ``-max_total_time=3600`` (seconds), ``-jobs=2``,
``-print_final_stats=1``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# A slow input is a finding: no article of a few kilobytes should take seconds. Inputs
# reach the full length at once (-len_control=0): slowness hides in long inputs.
DEFAULTS = ["-timeout=10", "-max_len=8192", "-len_control=0", "-rss_limit_mb=4096"]
WARM_UP = b"\x01Canada imposed a 25% tariff on U.S. steel on March 4."


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("text", "rules"):
        print(__doc__)
        return 2
    try:
        import atheris
    except ImportError:
        print("atheris is not installed: pip install -e '.[fuzz]'", file=sys.stderr)
        return 2
    target = sys.argv[1]
    # Only the package is instrumented: coverage of regex or dateparser guides nothing.
    with atheris.instrument_imports(include=["policymeasures"]):
        import policymeasures  # noqa: F401
    sys.path.insert(0, str(HERE))
    from checks import TARGETS

    # Build the default extractor before the clock runs: it is not a slow input.
    TARGETS[target](WARM_UP)

    corpus = HERE / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    crashers = HERE / "crashers" / target
    crashers.mkdir(parents=True, exist_ok=True)
    options = [arg for arg in sys.argv[2:] if arg.startswith("-")]
    given = {option.split("=")[0] for option in options}
    options += [d for d in DEFAULTS if d.split("=")[0] not in given]
    if "-artifact_prefix" not in given:
        options.append(f"-artifact_prefix={crashers}/")
    argv = [sys.argv[0], *options, str(corpus), str(HERE / "seeds" / target)]
    atheris.Setup(argv, TARGETS[target])
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
