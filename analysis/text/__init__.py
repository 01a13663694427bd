"""Text: sentences, tokens, and the parsed sentence later stages read.

``split_sentences(doc)`` gives the document's sentences with their offsets;
``tokenize(text, offset)`` the word tokens of one of them; actor recognition
returns each sentence as a ``ParsedSentence`` (tokens plus ``ActorSpan``s).
"""

from analysis.text.parsed import ActorSpan, ParsedSentence, by_start, order_by_start
from analysis.text.sentences import split_sentences
from analysis.text.tokens import Token, inflect, tokenize

__all__ = [
    "ActorSpan",
    "ParsedSentence",
    "Token",
    "by_start",
    "inflect",
    "order_by_start",
    "split_sentences",
    "tokenize",
]
