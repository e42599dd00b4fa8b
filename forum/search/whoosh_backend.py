"""The embedded backend: a Whoosh index in a folder, one writer at a time.

Readers share one index object per process and a searcher per thread, refreshed (cheaply,
when nothing changed) before each search: never an index opened per request. Writing waits
for Whoosh's lock instead of failing, so two processes can both apply the outbox.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as q
from whoosh import scoring, sorting
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.highlight import ContextFragmenter, Formatter, get_text
from whoosh.index import LockError
from whoosh.writing import CLEAR

from forum.search.documents import PUBLIC, Document
from forum.search.query import ParsedQuery
from forum.search.results import MARK_END, MARK_START, BackendResults, RawHit, plain_snippet

TEXT_FIELDS = ("title", "heading", "topic_names", "body")
FACET_COLUMNS = {"kind": "kind", "topic": "topic_list", "board": "board"}
LOCK_WAIT_SECONDS = 60.0


def build_schema() -> Schema:
    stemmed = StemmingAnalyzer()
    return Schema(
        id=ID(unique=True, stored=True),
        group=ID(stored=True, sortable=True),
        kind=ID(stored=True, sortable=True),
        source=ID(stored=True),
        title=TEXT(analyzer=stemmed, stored=True, field_boost=3.0, spelling=True),
        heading=TEXT(analyzer=stemmed, stored=True, field_boost=2.0),
        topic_names=TEXT(analyzer=stemmed, field_boost=1.5),
        body=TEXT(analyzer=stemmed, stored=True, spelling=True),
        topics=KEYWORD(stored=True, lowercase=True),
        topic_list=ID(sortable=True),  # the same slugs as a column, for counting facets
        board=ID(stored=True, sortable=True),
        area=ID(stored=True),
        region=ID(stored=True),
        author=TEXT(analyzer=SimpleAnalyzer(), stored=True),
        audience=ID(stored=True),
        url=STORED(),
        stamp=STORED(),
        created_at=DATETIME(stored=True, sortable=True),
    )


class _MarkFormatter(Formatter):
    """Marks matched words with sentinel characters; results.snippet_html escapes the rest."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"{MARK_START}{get_text(text, token, replace)}{MARK_END}"


class WhooshBackend:
    name = "whoosh"

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._index: Any = None
        self._open_lock = threading.Lock()
        self._local = threading.local()

    # -- the index -------------------------------------------------------------------------

    def _ix(self) -> Any:
        if self._index is None:
            with self._open_lock:
                if self._index is None:
                    self.directory.mkdir(parents=True, exist_ok=True)
                    if whoosh_index.exists_in(str(self.directory)):
                        self._index = whoosh_index.open_dir(str(self.directory))
                    else:
                        self._index = whoosh_index.create_in(str(self.directory), build_schema())
        return self._index

    def _searcher(self) -> Any:
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = self._ix().searcher(weighting=WEIGHTING)
        else:
            searcher = searcher.refresh()
        self._local.searcher = searcher
        return searcher

    @contextmanager
    def writing(self, *, clear: bool = False, wait: float = LOCK_WAIT_SECONDS) -> Iterator[Any]:
        """Hold the index's one write lock (waiting for it, never failing a caller at once)
        and commit what was written when the block ends; `clear` starts from empty."""
        deadline = time.monotonic() + wait
        while True:
            try:
                writer = self._ix().writer(limitmb=64)
                break
            except LockError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        sink = _WhooshSink(writer, clear=clear)
        try:
            yield sink
        except BaseException:
            writer.cancel()
            raise
        if clear:
            writer.commit(mergetype=CLEAR)
        elif sink.touched:
            writer.commit()
        else:
            writer.cancel()

    def update(
        self,
        *,
        add: Iterable[Document] = (),
        remove_ids: Iterable[str] = (),
        remove_groups: Iterable[str] = (),
    ) -> None:
        with self.writing() as sink:
            sink.update(add=add, remove_ids=remove_ids, remove_groups=remove_groups)

    def index(self, document: Document) -> None:
        self.update(add=[document])

    def remove(self, doc_id: str) -> None:
        self.update(remove_ids=[doc_id])

    def stamps(self) -> dict[str, str]:
        searcher = self._searcher()
        return {fields["id"]: fields.get("stamp", "") for fields in searcher.all_stored_fields()}

    def count(self) -> int:
        return int(self._searcher().doc_count())

    # -- reading ---------------------------------------------------------------------------

    def known_words(self, words: Iterable[str]) -> set[str]:
        """The words that find something as they are (after stemming): the rest may be typos."""
        reader = self._searcher().reader()
        return {
            word
            for word in words
            if any(
                reader.doc_frequency(name, token.text)
                for name in ("title", "body")
                for token in reader.schema[name].analyzer(word, mode="query")
            )
        }

    def correct(self, word: str) -> str | None:
        searcher = self._searcher()
        best: tuple[int, str] | None = None
        for name in ("body", "title"):
            for candidate in searcher.suggest(name, word, limit=3, maxdist=2, prefix=1):
                frequency = searcher.reader().doc_frequency(
                    _spelling_field(searcher.reader(), name), candidate
                )
                if best is None or frequency > best[0]:
                    best = (frequency, candidate)
            if best:
                break
        return best[1] if best else None

    def search(
        self,
        parsed: ParsedQuery,
        *,
        page: int,
        per_page: int,
        sort: str,
        audiences: tuple[str, ...] = (PUBLIC,),
        collapse: bool = True,
    ) -> BackendResults:
        searcher = self._searcher()
        query = self._query(searcher, parsed)
        if query is None:
            return BackendResults(hits=[], total=0)
        # Filters go into the query, adding the same constant to every score, rather than
        # search(filter=...): Whoosh's filter collector bypasses collapsing (and its
        # Require query matches nothing when its first part is a scaled Or).
        filtered = q.And([query, q.ConstantScoreQuery(self._filter(parsed, audiences))])
        sortedby = sorting.FieldFacet("created_at", reverse=True) if sort == "date" else None
        collector = searcher.collector(
            limit=page * per_page,
            sortedby=sortedby,
            collapse=sorting.FieldFacet("group") if collapse else None,
            collapse_limit=1,
            terms=False,
        )
        searcher.search_with_collector(filtered, collector)
        results = collector.results()
        results.fragmenter = ContextFragmenter(maxchars=SNIPPET_WINDOW, surround=70)
        results.formatter = _MarkFormatter()
        if collapse:
            # One document kept per page or thread: count those, not every section or post.
            kept = [best[0][1] for best in collector.lists.values()]
        else:
            kept = list(results.docs())
        shown = results[(page - 1) * per_page : page * per_page]
        if sort != "date" and len(parsed.words) > 1:
            shown = self._by_coverage(searcher, filtered, parsed, page, per_page, collapse) or shown
        hits = [_raw_hit(hit) for hit in shown]
        return BackendResults(hits=hits, total=len(kept), facets=_facets(searcher, kept))

    def _by_coverage(
        self,
        searcher: Any,
        query: Any,
        parsed: ParsedQuery,
        page: int,
        per_page: int,
        collapse: bool,
    ) -> list[Any]:
        """Re-rank the best candidates by how many of the searched words each one has.

        BM25 adds up each word's weight, so a section repeating one common word can beat a
        page that has every word asked about. Multiplying by the share of words covered
        (squared) puts pages that answer the whole question first. Returns [] when the
        page asked for lies beyond the candidates (the plain ranking is used there).
        """
        analyser = searcher.schema["body"].analyzer
        stems = {
            w: {
                t.text
                for text in (w, *parsed.alternatives(w))
                for t in analyser(text, mode="query")
            }
            for w in parsed.words
        }
        stems = {w: s for w, s in stems.items() if s}
        if len(stems) < 2:
            return []
        candidates = searcher.search(query, limit=COVERAGE_CANDIDATES, terms=True)
        candidates.fragmenter = ContextFragmenter(maxchars=SNIPPET_WINDOW, surround=70)
        candidates.formatter = _MarkFormatter()
        ranked = []
        for hit in candidates:
            matched = {_text(term) for _field, term in hit.matched_terms()}
            covered = sum(1 for wanted in stems.values() if wanted & matched)
            relevance = max(hit.score - FILTER_SCORE, 0.0)
            ranked.append((relevance * (covered / len(stems)) ** COVERAGE_POWER, hit.rank, hit))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        best: list[Any] = []
        seen: set[str] = set()
        for _score, _rank, hit in ranked:
            if collapse:
                if hit["group"] in seen:
                    continue
                seen.add(hit["group"])
            best.append(hit)
        start = (page - 1) * per_page
        if start + per_page > len(best) and len(candidates) >= COVERAGE_CANDIDATES:
            return []
        return best[start : start + per_page]

    def _query(self, searcher: Any, parsed: ParsedQuery) -> Any:
        schema = searcher.schema
        optional = [_word_query(schema, w, parsed.alternatives(w)) for w in parsed.words]
        optional = [w for w in optional if w is not None]
        required = [p for p in (_phrase_query(schema, p) for p in parsed.phrases) if p]
        excluded = [e for e in (_phrase_query(schema, x) for x in parsed.excluded) if e]
        if required:
            query: Any = q.And(required)
            if optional:
                query = q.AndMaybe(query, q.Or(optional))
        elif optional:
            query = q.Or(optional)
        elif parsed.filters:
            query = q.Every()
        else:
            return None
        if excluded:
            query = q.AndNot(query, q.Or(excluded))
        return query

    def _filter(self, parsed: ParsedQuery, audiences: tuple[str, ...]) -> Any:
        parts: list[Any] = [q.Or([q.Term("audience", a) for a in audiences])]
        field_names = {"topic": "topics", "board": "board", "kind": "kind"}
        field_names |= {"area": "area", "region": "region"}
        for name, values in parsed.filters.items():
            if name == "author":
                parts.append(
                    q.Or([q.And([q.Term("author", w) for w in v.split()]) for v in values])
                )
            else:
                parts.append(q.Or([q.Term(field_names[name], v) for v in values]))
        return q.And(parts)

    def close(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self._local.searcher = None


SNIPPET_WINDOW = 220
COVERAGE_CANDIDATES = 300
COVERAGE_POWER = 2
SYNONYM_WEIGHT = 0.5  # an alternative word counts half as much as the word typed
FILTER_SCORE = 1.0  # what ConstantScoreQuery adds to every match
# BM25 with mild length normalisation: a whole page is long because it covers more, which
# is not a reason to rank it lower than one short section.
WEIGHTING = scoring.BM25F(B=0.3, K1=1.2)


class _WhooshSink:
    """Changes made while a Whoosh writer is held: removals first, then additions."""

    def __init__(self, writer: Any, *, clear: bool) -> None:
        self.writer = writer
        self.clear = clear
        self.touched = False

    def update(
        self,
        *,
        add: Iterable[Document] = (),
        remove_ids: Iterable[str] = (),
        remove_groups: Iterable[str] = (),
    ) -> None:
        for group in remove_groups:
            self.writer.delete_by_term("group", group)
            self.touched = True
        for doc_id in remove_ids:
            self.writer.delete_by_term("id", doc_id)
            self.touched = True
        for document in add:
            if self.clear:
                self.writer.add_document(**_fields(document))
            else:
                self.writer.update_document(**_fields(document))
            self.touched = True


def _tokens(schema: Any, field: str, words: list[str]) -> list[str]:
    return [t.text for t in schema[field].analyzer(" ".join(words), mode="query")]


def _word_query(schema: Any, word: str, alternatives: tuple[str, ...]) -> Any:
    """The word in any text field, or (weighted lower) any of its alternatives."""
    terms = [q.Term(f, t) for f in TEXT_FIELDS for t in _tokens(schema, f, [word])]
    for other in alternatives:
        for field in TEXT_FIELDS:
            analysed = _tokens(schema, field, other.split())
            if len(analysed) > 1:
                terms.append(q.Phrase(field, analysed, boost=SYNONYM_WEIGHT))
            elif analysed:
                terms.append(q.Term(field, analysed[0], boost=SYNONYM_WEIGHT))
    return q.Or(terms) if terms else None


def _phrase_query(schema: Any, words: list[str]) -> Any:
    """Words next to each other, in that order (one word: just that word), in any text."""
    options: list[Any] = []
    for field in ("title", "heading", "body"):
        analysed = _tokens(schema, field, words)
        if len(analysed) > 1:
            options.append(q.Phrase(field, analysed))
        elif analysed:
            options.append(q.Term(field, analysed[0]))
    return q.Or(options) if options else None


def _facets(searcher: Any, docnums: list[int]) -> dict[str, dict[str, int]]:
    if not docnums:
        return {name: {} for name in FACET_COLUMNS}
    reader = searcher.reader()
    facets: dict[str, dict[str, int]] = {}
    for name, column in FACET_COLUMNS.items():
        values = reader.column_reader(column)
        counts: dict[str, int] = {}
        for docnum in docnums:
            for value in values[docnum].split():
                counts[value] = counts.get(value, 0) + 1
        facets[name] = counts
    return facets


def _text(term: Any) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else str(term)


def _spelling_field(reader: Any, name: str) -> str:
    field = reader.schema[name]
    return field.spelling_fieldname(name) if field.separate_spelling() else name


def _fields(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "group": document.group,
        "kind": document.kind,
        "source": document.source,
        "title": document.title,
        "heading": document.heading,
        "topic_names": " ".join(document.topic_names),
        "body": document.body,
        "topics": " ".join(document.topics),
        "topic_list": " ".join(document.topics),
        "board": document.board or "",
        "area": document.area or "",
        "region": document.region or "",
        "author": document.author or "",
        "audience": document.audience,
        "url": document.url,
        "stamp": document.stamp,
        "created_at": document.created_at.astimezone(UTC).replace(tzinfo=None),
    }


def _raw_hit(hit: Any) -> RawHit:
    snippet = hit.highlights("body", top=2) or hit.highlights("heading") or ""
    if not snippet:
        snippet = plain_snippet(hit.get("body", ""))
    return RawHit(
        doc_id=hit["id"],
        group=hit["group"],
        kind=hit["kind"],
        source=hit["source"],
        title=hit["title"],
        heading=hit.get("heading", ""),
        url=hit["url"],
        created_at=hit["created_at"].replace(tzinfo=UTC),
        snippet=snippet,
        score=float(hit.score or 0.0),
        board=hit.get("board", ""),
    )
