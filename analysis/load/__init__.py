"""Loading documents: files, folders, uploads and pasted text -> ``Document``.

Each module answers one question: ``files`` (which files, how big, which
format), ``decoding`` (bytes -> text), ``collections`` (CSV and JSON rows),
``markdown`` and ``html`` (reading through markup), ``text`` (plain text ->
Document), ``layout`` (headline, date line, outlet, captions), ``dates``,
``language``, ``wordlists`` (the word lists in ``analysis/data/``) and
``errors``.

The text is decoded (as UTF-8 when it is valid UTF-8, else with the encoding
detected by charset-normalizer), newlines are normalised to ``\\n``, and
nothing else is changed: that is ``Document.text``, and every offset refers to
it. Anything that cannot be loaded comes back as a ``LoadError`` whose
``reason`` says what was wrong and what to do; nothing raises out of
``iter_documents``. ``iter_sources`` lists the same without reading the files
that hold one document (``Source``), so that the processes that analyse them
can read them (``read_source``); ``UniqueIds`` then refuses repeated ids.
"""

from analysis.load.errors import LoadError
from analysis.load.files import (
    COLLECTION_EXTENSIONS,
    HTML_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
    MAX_BYTES,
    TEXT_EXTENSIONS,
    Source,
    UniqueIds,
    documents_from_bytes,
    iter_documents,
    iter_sources,
    load_documents,
    read_source,
)
from analysis.load.text import document_from_text

__all__ = [
    "COLLECTION_EXTENSIONS",
    "HTML_EXTENSIONS",
    "MARKDOWN_EXTENSIONS",
    "MAX_BYTES",
    "TEXT_EXTENSIONS",
    "LoadError",
    "Source",
    "UniqueIds",
    "document_from_text",
    "documents_from_bytes",
    "iter_documents",
    "iter_sources",
    "load_documents",
    "read_source",
]
