"""Write the API reference pages while `mkdocs build` runs (the mkdocs-gen-files plug-in).

One page per public module (no leading underscore), found by walking the source tree, so a
module added later gets its page without anyone editing the nav; and an index that lists
every name of ``policymeasures.__all__`` with the page that documents it. Names are read
statically with griffe (which mkdocstrings already uses), so modules that need an optional
extra are documented without it being installed.
"""

from __future__ import annotations

from pathlib import Path

import griffe
import mkdocs_gen_files

PACKAGE = "policymeasures"
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src"
# The same docstring rewriting as the rendered pages, so summaries link the same way.
EXTENSION = ROOT / "docs" / "tools" / "griffe_rst.py"
API_DIR = Path("api")
INDEX_PAGE = """# API reference

::: {package}
    options:
      members: false
      show_root_heading: false

## Everything in `{package}.__all__`

Import these from `{package}` itself; each is documented on its module's page.

{rows}
"""


def public_modules(package: griffe.Module) -> list[griffe.Module]:
    """The package's modules and subpackages whose dotted path has no private part."""
    found: list[griffe.Module] = []
    for member in package.modules.values():
        if member.name.startswith("_"):
            continue
        found.append(member)
        found.extend(public_modules(member))
    return sorted(found, key=lambda module: module.path)


def page_of(module: griffe.Module) -> Path:
    """Where a module's page goes: api/engine.md for policymeasures.engine."""
    parts = module.path.split(".")[1:]
    return API_DIR.joinpath(*parts).with_suffix(".md")


def summary(obj: griffe.Object | griffe.Alias) -> str:
    """The first line of a docstring, or nothing."""
    if obj.docstring is None:
        return ""
    return obj.docstring.value.strip().splitlines()[0]


def export_rows(package: griffe.Module) -> list[str]:
    """A Markdown table row for each name in ``__all__``: the name, its module, its summary."""
    rows = ["| name | documented in | what it is |", "|---|---|---|"]
    for name in sorted(package.exports or (), key=str.lower):
        member = package.members[name]
        target = member.final_target if isinstance(member, griffe.Alias) else member
        if target.module is package:  # a value set in __init__.py itself, such as __version__
            rows.append(f"| `{name}` | `{PACKAGE}` | {summary(target) or 'set on import'} |")
            continue
        # An autorefs cross-reference: mkdocstrings resolves it to the object's anchor.
        rows.append(f"| [`{name}`][{target.path}] | `{target.module.path}` | {summary(target)} |")
    return rows


def write_pages() -> None:
    """The index, one page per public module, and the SUMMARY.md that literate-nav reads."""
    package = griffe.load(PACKAGE, search_paths=[str(SOURCE)], resolve_aliases=True,
                          extensions=griffe.load_extensions(str(EXTENSION)))
    nav = mkdocs_gen_files.Nav()
    nav["Overview"] = "index.md"
    with mkdocs_gen_files.open(API_DIR / "index.md", "w") as index:
        index.write(INDEX_PAGE.format(package=PACKAGE, rows="\n".join(export_rows(package))))
    for module in public_modules(package):
        page = page_of(module)
        nav[module.path.split(".")[1:]] = page.relative_to(API_DIR).as_posix()
        with mkdocs_gen_files.open(page, "w") as handle:
            print(f"::: {module.path}", file=handle)
    with mkdocs_gen_files.open(API_DIR / "SUMMARY.md", "w") as handle:
        handle.writelines(nav.build_literate_nav())


write_pages()
