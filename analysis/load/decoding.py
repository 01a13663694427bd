"""Bytes -> text: the encoding found, byte-order marks and binary files told apart.

A file is UTF-8 when it decodes as UTF-8; otherwise its byte-order mark or
charset-normalizer's guess decides. Binary files (images, PDFs, archives) are
refused with a sentence naming what they are.
"""

from __future__ import annotations

import logging
import re

from analysis.load.errors import Refused

SAMPLE_BYTES = 1 << 20  # how much of a collection file the encoding is guessed from

# charset_normalizer logs through the root logger's last-resort handler when
# the application configured none; a loader should not print.
logging.getLogger("charset_normalizer").addHandler(logging.NullHandler())


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP archive (or Word/Excel document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office (old format)"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "program (ELF)"),
    (b"MZ", "Windows program"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3", "SQLite database"),
    (b"PAR1", "Parquet table"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def kind_of_binary(data: bytes) -> str | None:
    """The kind of binary file ``data`` is, from its signature, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # Some signatures are printable ("MZ", "ID3", "BZh"): a text that
            # happens to start that way has no control bytes after it.
            head = data[:4096]
            if _BINARY_BYTES.search(head) or not _decodes(head):
                return kind
    return None


_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start >= len(data) - 3  # cut inside the last character
    return True


def _binary_reason(kind: str | None) -> str:
    if kind:
        return (
            f"this is a {kind} file, not text; save the document as .txt, .md, .html, "
            ".csv or .jsonl and load that"
        )
    return (
        "this looks like a binary file, not text (it holds control bytes); save the "
        "document as plain text (.txt) and load that"
    )


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def guess_encoding(sample: bytes, *, complete: bool, by_line: bool = False) -> str:
    """The encoding of ``sample`` (all of the file when ``complete``), or Refused.

    ``by_line``: the caller decodes line by line and reports bad lines itself.
    """
    if not sample.strip():
        raise Refused(
            "the file is empty; add the document text or remove the file"
            if not sample
            else "the file holds only blank space; add the document text or remove the file"
        )
    bom = _bom_encoding(sample)
    if bom:
        return bom
    kind = kind_of_binary(sample)
    if kind:
        raise Refused(_binary_reason(kind))
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if not complete and e.start >= len(sample) - 3 and e.reason.startswith("unexpected end"):
            return "utf-8"  # the sample ends inside a character
    if b"\x00" in sample:
        raise Refused(_binary_reason(None))
    replaced = sample.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if sum(1 for c in replaced if c > "\x7f") > 2 * bad:
        # Mostly valid UTF-8 with a few stray bytes: decoding it all as an 8-bit
        # code page would garble every real UTF-8 character instead.
        if complete and not by_line:
            line = replaced[: replaced.index("\ufffd")].count("\n") + 1
            raise Refused(
                f"line {line} is not valid UTF-8, although the rest of the file is; re-save "
                "the file as UTF-8",
                line,
            )
        return "utf-8"
    from charset_normalizer import from_bytes

    results = from_bytes(sample[:SAMPLE_BYTES])
    best = results.best()
    if best is not None:
        # Short Western texts often tie between several 8-bit code pages (cp1250
        # first); in a tie, Windows-1252, the usual one for English and Western
        # European news, wins.
        for match in results:
            tied = match.chaos <= best.chaos and match.coherence >= best.coherence
            if tied and "cp1252" in match.could_be_from_charset:
                return "cp1252"
    if best is None:
        raise Refused(
            "the text encoding could not be recognised (it is not UTF-8, UTF-16 or a "
            "common 8-bit encoding); re-save the file as UTF-8"
        )
    return best.encoding


# Files starting like this take the long way through guess_encoding.
_SPECIAL_STARTS = tuple(bom for bom, _ in _BOMS) + tuple(magic for magic, _ in _MAGIC)


def decode_text(data: bytes) -> str:
    """The text of a whole file: encoding detected, newlines normalised."""
    text = None
    controls_possible = True
    if data and not data.isspace() and not data.startswith(_SPECIAL_STARTS):
        # What guess_encoding decides for a file that is not blank and has
        # no byte-order mark or binary signature: UTF-8 whenever it decodes
        # as UTF-8 -- so decode once, and detect only when that fails.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            # In UTF-8 a control character is its own byte, and no other
            # character uses those bytes; deleting them is 10x faster than
            # searching the text for them.
            controls_possible = len(data.translate(None, _CONTROL_BYTES)) != len(data)
    if text is None:
        encoding = guess_encoding(data, complete=True)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise Refused(
                f"the file is not valid {encoding} text and its encoding could not be "
                "recognised; re-save the file as UTF-8"
            ) from None
        text = text.removeprefix("\ufeff")
    if controls_possible and _CONTROL.search(text, 0, 100_000) is not None:
        controls = _CONTROL.findall(text, 0, 100_000)
        if "\x00" in controls or len(controls) > max(2, len(text[:100_000]) // 200):
            raise Refused(_binary_reason(None))
    if not text or text.isspace():
        raise Refused("the file holds only blank space; add the document text or remove the file")
    return normalise_newlines(text)
