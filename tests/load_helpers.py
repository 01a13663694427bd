"""What the loader tests share: the seed article, a body text, and ways to read results.

Each test writes small files to tmp_path (or passes bytes, as an upload does)
and checks what comes back: the Document's metadata and blocks, or the
LoadError's reason and line.
"""

from __future__ import annotations

from helpers import SEED_ARTICLE

from analysis import Document, LoadError

SEED = SEED_ARTICLE

BODY = (
    "Russian Foreign Minister Sergei Lavrov offered on Wednesday to host talks between the "
    "two sides in Moscow, the ministry said in a statement.\n\n"
    "The United Nations has already called on both sides to stop the fighting at once."
)


def spans(doc: Document) -> list[tuple[str, str]]:
    """(kind, text) of every block, as the tests read them."""
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def only(items: list) -> Document | LoadError:
    assert len(items) == 1, items
    return items[0]


def errors(items) -> list[tuple[int | None, str]]:
    return [(e.line, e.reason) for e in items if isinstance(e, LoadError)]


def assert_blocks_are_lines(doc: Document) -> None:
    """Blocks are in order, do not overlap, and each is one line of the text."""
    end = 0
    for b in doc.blocks:
        assert end <= b.start < b.end <= len(doc.text)
        line = doc.text[b.start : b.end]
        assert "\n" not in line and line == line.strip()
        end = b.end
