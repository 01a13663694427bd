"""Filtering the signals frame: pure functions, no Streamlit.

The dashboard keeps its whole view in a :class:`Filters` value. The URL query
string, the sidebar widgets, chart selections and the evidence table all read
or produce one, and :func:`apply_filters` is the only place rows are dropped.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from analysis.taxonomy import taxonomy

# Query parameter names are a public interface: links in reports depend on
# them. docs/dashboard.md documents each one.
P_ACTOR, P_SIGNAL, P_SOURCE, P_DOC = "actor", "signal", "source", "doc"
P_FROM, P_TO, P_QUERY, P_REPORTED = "from", "to", "q", "reported"
P_VIEW = "view"  # the open tab
P_STATE = "state"  # the state an actor counts for (its affiliation)
P_RAW = "raw"  # the analyser's raw output instead of the reviewed data
P_MENTIONS = "mentions"  # count every mention, not one per event
QUERY_PARAMS = (
    P_ACTOR, P_SIGNAL, P_STATE, P_SOURCE, P_DOC, P_FROM, P_TO, P_QUERY, P_REPORTED, P_VIEW,
    P_RAW, P_MENTIONS,
)  # fmt: skip
VIEWS = ("Matrix", "Timeline", "Map", "Relations", "Actor profile")

# A signal below this confidence counts as hedged ("hoped to", "readiness to help").
HEDGED_BELOW: float = taxonomy().hedged_below
# Any date a link may name; the date pickers accept these, not just the corpus range.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


@dataclass(frozen=True)
class Filters:
    """What the user looks at. Empty tuples and None mean "no restriction"."""

    actors: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    doc: str | None = None
    # Signals of actors that count for these states: the state, its people and bodies.
    states: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    include_reported: bool = True
    # the analyser's own output, without the review corrections (default: corrected)
    raw: bool = False
    # count every mention of a statement (default: one per event, analysis/events)
    mentions: bool = False


@dataclass(frozen=True)
class Options:
    """The values a link may name, taken from the loaded corpus."""

    actors: tuple[str, ...]
    signals: tuple[str, ...]
    sources: tuple[str, ...]
    docs: tuple[str, ...]
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    extra: Mapping[str, str] = field(default_factory=dict)
    # A document's name (the file name the CLI writes, "000_a05659aaa7e80c9a") -> its
    # id (a hash of the text); only names that belong to one document.
    doc_names: Mapping[str, str] = field(default_factory=dict)
    states: tuple[str, ...] = ()  # states some actor counts for (dashboard.geo)


def document_names(names: Mapping[str, str]) -> dict[str, str]:
    """Name -> id for the names (from ``Store.document_names``: id -> name) that one
    document has; a name two documents share cannot stand for either in a link."""
    ids_by_name: dict[str, list[str]] = {}
    for doc_id, name in names.items():
        ids_by_name.setdefault(name, []).append(doc_id)
    return {name: ids[0] for name, ids in ids_by_name.items() if len(ids) == 1 and name}


def resolve_doc(value: str | None, options: Options) -> str | None:
    """The document id a link's ``doc`` names: an id, or a name users see."""
    if not value:
        return None
    if value in options.docs:
        return value
    return options.doc_names.get(value)


def doc_param(doc_id: str, options: Options) -> str:
    """What a link writes for a document: its name when that names it alone, else the id."""
    for name, named in options.doc_names.items():
        if named == doc_id:
            return name
    return doc_id


def prepare_signals(signals: pd.DataFrame) -> pd.DataFrame:
    """Add the columns filtering and charts need, once per corpus (cache the result).

    ``day`` is the document date as datetime64 (NaT when unknown),
    ``targets_text`` the targets joined for display and search,
    ``secondhand`` marks reported or hedged statements, and the repeated text
    columns become categoricals so that filters compare small integer codes.
    """
    df = signals.reset_index(drop=True).copy()
    df["row"] = np.arange(len(df))
    df["day"] = pd.to_datetime(df["date"], errors="coerce", format="ISO8601").dt.normalize()
    df["targets_text"] = [
        "; ".join(t) if isinstance(t, list | tuple) else "" for t in df["targets"]
    ]
    df["secondhand"] = (df["modality"] == "reported") | (
        df["confidence"].astype(float) < HEDGED_BELOW
    )
    repeated = (
        "doc_id", "signal", "actor", "actor_type", "affiliation", "source", "sentence", "date",
        "modality", "reported_by", "targets_text", "cue", "cameo", "plover", "title",
    )  # fmt: skip
    for column in repeated:
        df[column] = df[column].astype("category")
    return df


def view_id(f: Filters) -> int:
    """A number that changes with the filters, for widget keys that belong to one view."""
    return abs(hash(f)) % 10**8


def options_from(
    signals: pd.DataFrame, documents: pd.DataFrame, signal_types: Sequence[str]
) -> Options:
    """Valid filter values: actors and sources sorted by name, documents by date."""
    days = signals["day"].dropna() if "day" in signals else pd.Series([], dtype="datetime64[ns]")
    docs = documents.sort_values(["date", "doc_id"], na_position="last")["doc_id"]
    sources = sorted({s for s in documents["source"].dropna().astype(str) if s})
    return Options(
        actors=tuple(sorted(signals["actor"].dropna().astype(str).unique())),
        signals=tuple(signal_types),
        sources=tuple(sources),
        docs=tuple(docs.astype(str)),
        first_day=days.min().date() if len(days) else None,
        last_day=days.max().date() if len(days) else None,
    )


def _in(column: pd.Series, values: Iterable[str]) -> np.ndarray:
    """Membership test; on a categorical it compares the small integer codes."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        wanted = column.cat.categories.get_indexer(list(values))
        return np.isin(column.cat.codes.to_numpy(), wanted[wanted >= 0])
    return column.isin(list(values)).to_numpy()


def _contains(column: pd.Series, needle: str) -> np.ndarray:
    """Case-insensitive substring test; on a categorical only the distinct texts are scanned."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        hits = column.cat.categories.str.contains(needle, case=False, regex=False)
        codes = column.cat.codes.to_numpy()
        return np.where(codes >= 0, np.asarray(hits, dtype=bool)[codes], False)
    return column.astype(str).str.contains(needle, case=False, regex=False).to_numpy()


def apply_filters(signals: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows of a prepared signals frame that pass every filter in ``f``."""
    mask = np.ones(len(signals), dtype=bool)
    which = "raw" if f.raw else "kept"  # review: the raw output or the corrected data
    if which in signals.columns:
        mask &= signals[which].to_numpy(dtype=bool)
    if f.actors:
        mask &= _in(signals["actor"], f.actors)
    if f.signals:
        mask &= _in(signals["signal"], f.signals)
    if f.sources:
        mask &= _in(signals["source"], f.sources)
    if f.states:
        mask &= _in(signals["affiliation"], f.states)
    if f.doc:
        mask &= _in(signals["doc_id"], [f.doc])
    if f.date_from is not None:
        mask &= (signals["day"] >= pd.Timestamp(f.date_from)).to_numpy()
    if f.date_to is not None:
        mask &= (signals["day"] <= pd.Timestamp(f.date_to)).to_numpy()
    if not f.include_reported:
        mask &= ~signals["secondhand"].to_numpy(dtype=bool)
    if f.q.strip():
        mask &= _contains(signals["sentence"], f.q.strip())
    return signals[mask]


def counted(view: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """What the charts, counts and evidence table count: one row per event (its first
    mention in the view, with ``mentions``, how many the view holds), or every
    mention when ``f.mentions``."""
    if "event_id" not in view.columns or view.empty:
        return view.assign(mentions=1)
    sizes = view.groupby("event_id", observed=True, sort=False)["event_id"].transform("size")
    view = view.assign(mentions=sizes.to_numpy())
    if f.mentions:
        return view
    return view[~view["event_id"].duplicated()]


def narrow_to_selection(
    f: Filters, points: Sequence[Mapping], *, dimensions: Sequence[str] = ("actor", "signal", "day")
) -> Filters:
    """The filters narrowed to the chart marks a user selected.

    Every chart puts ``[actor, signal, day]`` in a mark's ``customdata`` ("" when
    the mark has no such dimension), so a matrix cell narrows actor and signal,
    a timeline bar signal and day, a network node the actor; the map adds a
    fourth entry, the state. ``dimensions``
    limits what is narrowed: a box dragged over the timeline means a date
    range, not "these signal types".
    """
    actors: set[str] = set()
    signals: set[str] = set()
    days: set[str] = set()
    states: set[str] = set()
    for point in points:
        data = point.get("customdata")
        if not isinstance(data, list | tuple) or len(data) < 3:
            continue
        actor, signal, day = (str(v) if v is not None else "" for v in data[:3])
        if actor:
            actors.add(actor)
        if signal:
            signals.add(signal)
        if day:  # a day, or a bin's first and last day as an ISO interval "FIRST/LAST"
            days.update(part[:10] for part in day.split("/"))
        if len(data) > 3 and data[3]:
            states.add(str(data[3]))
    parsed_days = sorted(d for d in (_parse_day(x) for x in days) if d is not None)
    if "actor" not in dimensions:
        actors = set()
    if "signal" not in dimensions:
        signals = set()
    if "day" not in dimensions:
        parsed_days = []
    return replace(
        f,
        actors=tuple(sorted(actors)) or f.actors,
        signals=tuple(sorted(signals)) or f.signals,
        states=tuple(sorted(states)) or f.states,
        date_from=parsed_days[0] if parsed_days else f.date_from,
        date_to=parsed_days[-1] if parsed_days else f.date_to,
    )


def _parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


# Reading a link as the sidebar's widgets read it. Each filter widget is bound to its
# URL parameter, and Streamlit seeds a bound widget from the URL when it is first
# drawn; a session's first page describes the link's filters in text before its
# widgets are drawn (issue 12), so these functions must read a link exactly as the
# widgets will, or the view would change when they appear (tests/test_app_first_paint.py
# compares the two on many links).


def link_day(text: str) -> dt.date | None:
    """A date as a bound date picker reads it: YYYY-MM-DD (or YYYY/MM/DD, months
    and days unpadded too) between :data:`EARLIEST` and :data:`LATEST`; else None."""
    for pattern in ("%Y-%m-%d", "%Y/%m/%d"):
        try:
            day = dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        return day if EARLIEST <= day <= LATEST else None
    return None


def link_bool(text: str) -> bool | None:
    """A boolean as a bound checkbox reads it: ``true`` or ``false`` in any case."""
    return {"true": True, "false": False}.get(text.lower())


def _link_choices(values: Sequence[str], valid: Iterable[str]) -> tuple[str, ...]:
    """A multiselect's values: those it offers, in the link's order, each once."""
    valid = set(valid)
    return tuple(dict.fromkeys(v for v in values if v in valid))


def _link_date(values: Sequence[str], default: dt.date | None) -> dt.date | None:
    """A date picker's value as a filter: None for no bound. One bad date of several
    leaves the picker at its default (the corpus's first or last day, no bound)."""
    days = [link_day(v) for v in values if v]
    if not days or None in days or days[0] == default:
        return None
    return days[0]


def _link_flag(values: Sequence[str], default: bool) -> bool:
    """A checkbox's value: the link's last value, when it is a boolean."""
    value = link_bool(values[-1]) if values else None
    return default if value is None else value


def filters_from_link(raw: Mapping[str, Sequence[str]], options: Options) -> Filters:
    """The filters a link sets, read as the sidebar's widgets read it.

    ``raw`` maps a parameter name to all its values, as ``st.query_params.get_all``.
    Values that name nothing are left out (:func:`invalid_params` lists them);
    a single-valued parameter given twice counts with its last value, as in
    Streamlit, except the dates, which take the first.
    """
    none: Sequence[str] = ()
    query = raw.get(P_QUERY) or none
    doc = raw.get(P_DOC) or none
    return Filters(
        actors=_link_choices(raw.get(P_ACTOR, none), options.actors),
        signals=_link_choices(raw.get(P_SIGNAL, none), options.signals),
        sources=_link_choices(raw.get(P_SOURCE, none), options.sources),
        states=_link_choices(raw.get(P_STATE, none), options.states),
        doc=resolve_doc(doc[-1] if doc else None, options),
        date_from=_link_date(raw.get(P_FROM, none), options.first_day),
        date_to=_link_date(raw.get(P_TO, none), options.last_day),
        q=query[-1].strip() if query else "",
        include_reported=_link_flag(raw.get(P_REPORTED, none), True),
        raw=_link_flag(raw.get(P_RAW, none), False),
        mentions=_link_flag(raw.get(P_MENTIONS, none), False),
    )


def describe_filters(f: Filters, *, doc_label: str | None = None) -> list[tuple[str, str]]:
    """The filters in words, as (label, value) pairs; the values are plain text
    (escape them for Markdown or HTML). Empty when nothing is filtered."""
    lines: list[tuple[str, str]] = []
    for label, values in (("Actors", f.actors), ("Signal types", f.signals), ("States", f.states)):
        if values:
            lines.append((label, ", ".join(values)))
    if f.date_from is not None:
        lines.append(("From", f.date_from.isoformat()))
    if f.date_to is not None:
        lines.append(("To", f.date_to.isoformat()))
    if f.sources:
        lines.append(("Sources", ", ".join(f.sources)))
    if f.doc:
        lines.append(("Document", doc_label or f.doc))
    if f.q:
        lines.append(("Search", f.q))
    if not f.include_reported:
        lines.append(("Reported and hedged statements", "left out"))
    if f.raw:
        lines.append(("Data", "the analyser's raw output"))
    if f.mentions:
        lines.append(("Count", "every mention"))
    return lines


def invalid_params(raw: Mapping[str, Sequence[str]], options: Options) -> dict[str, list[str]]:
    """Values in a link that name nothing in the corpus, per parameter.

    ``raw`` maps a parameter name to all its values, as ``st.query_params.get_all``.
    """
    valid = {
        P_ACTOR: set(options.actors),
        P_SIGNAL: set(options.signals),
        P_STATE: set(options.states),
        P_SOURCE: set(options.sources),
        P_DOC: set(options.docs) | set(options.doc_names) | {""},
        P_VIEW: set(VIEWS),
    }
    bad: dict[str, list[str]] = {}
    for name, values in raw.items():
        if name in valid:
            wrong = [v for v in values if v not in valid[name]]
        elif name in (P_REPORTED, P_RAW, P_MENTIONS):  # as the checkboxes read them
            wrong = [v for v in values if link_bool(v) is None]
        elif name in (P_FROM, P_TO):  # as the date pickers read them
            wrong = [v for v in values if link_day(v) is None]
        else:
            continue
        if wrong:
            bad[name] = wrong
    return bad


def to_query(f: Filters, options: Options) -> list[tuple[str, str]]:
    """The query string pairs that reproduce ``f`` (defaults left out, as the widgets do)."""
    pairs: list[tuple[str, str]] = []
    pairs += [(P_ACTOR, a) for a in f.actors]
    pairs += [(P_SIGNAL, s) for s in f.signals]
    pairs += [(P_STATE, s) for s in f.states]
    pairs += [(P_SOURCE, s) for s in f.sources]
    if f.doc:
        pairs.append((P_DOC, doc_param(f.doc, options)))
    if f.date_from is not None and f.date_from != options.first_day:
        pairs.append((P_FROM, f.date_from.isoformat()))
    if f.date_to is not None and f.date_to != options.last_day:
        pairs.append((P_TO, f.date_to.isoformat()))
    if f.q:
        pairs.append((P_QUERY, f.q))
    if not f.include_reported:
        pairs.append((P_REPORTED, "false"))
    if f.raw:
        pairs.append((P_RAW, "true"))
    if f.mentions:
        pairs.append((P_MENTIONS, "true"))
    return pairs


# Columns the dashboard adds in prepare_signals; exports keep the contract's columns.
_DERIVED = ["row", "day", "targets_text", "secondhand", "document", "raw", "kept", "mentions"]


def export_frame(signals: pd.DataFrame) -> pd.DataFrame:
    """The filtered signals in the output contract's columns, as plain values."""
    out = signals.drop(columns=[c for c in _DERIVED if c in signals.columns])
    for column in out.select_dtypes("category").columns:
        values = out[column].astype(object)
        out[column] = values.where(values.notna(), None)
    return out.reset_index(drop=True)


def to_csv(signals: pd.DataFrame) -> str:
    """CSV of the filtered signals, written as ``analysis.output`` writes every CSV."""
    from analysis.output import write_csv

    out = export_frame(signals)
    buffer = io.StringIO()
    write_csv(out.to_dict("records"), buffer, list(out.columns))
    return buffer.getvalue()


def to_json(signals: pd.DataFrame) -> str:
    """A JSON array of signal records (SIGNALS.md), missing values as null."""
    return export_frame(signals).to_json(orient="records", force_ascii=False, indent=1)
