"""Running the scripts of examples/ from the tests, and the counts they should print."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_example(name: str) -> ModuleType:
    """A script of examples/ imported as a module, so tests can call its functions."""
    path = Path(__file__).parents[1] / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure_counts(path: Path) -> dict[tuple[str, str | None], int]:
    """Measures by kind and imposer in a JSON-lines corpus, extracted here, one by one."""
    from policymeasures import Extractor
    from policymeasures.corpus import read_documents

    extractor = Extractor()
    counts: dict[tuple[str, str | None], int] = {}
    for doc in read_documents([path]):
        for m in extractor.extract(doc.text, reference_date=doc.date):
            key = (str(m.kind), m.imposer.code if m.imposer else None)
            counts[key] = counts.get(key, 0) + 1
    return counts
