"""The embedded backend: a Whoosh index in a folder, one writer at a time.

Readers share one index object per process and a searcher per thread, opened again only
when the index has changed: never an index opened per request. Writing waits
for Whoosh's lock instead of failing, so two processes can both apply the outbox.
"""

from __future__ import annotations

import logging
import mmap
import os
import threading
import time
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path
from typing import Any

from whoosh import matching, scoring, sorting
from whoosh import query as q
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import LockError
from whoosh.writing import CLEAR

from forum.search.documents import PUBLIC, Document
from forum.search.highlight import highlight, stemmed_words
from forum.search.query import ParsedQuery
from forum.search.results import BackendResults, RawHit

log = logging.getLogger(__name__)
FACET_COLUMNS = {"kind": "kind", "topic": "topic_list", "board": "board"}
LOCK_WAIT_SECONDS = 60.0


def build_schema() -> Schema:
    """One indexed text field holds everything searchable, the title three times and
    headings and topics twice (so they weigh more): one posting list per word keeps
    searches fast. The parts are stored separately, to show and highlight."""
    return Schema(
        id=ID(unique=True, stored=True),
        group=ID(stored=True, sortable=True),
        kind=ID(stored=True, sortable=True),
        source=ID(stored=True, sortable=True),
        text=TEXT(analyzer=StemmingAnalyzer(), spelling=True),
        titles=TEXT(analyzer=StemmingAnalyzer()),  # title and heading: see _query
        title=STORED(),
        heading=STORED(),
        body=STORED(),
        topics=KEYWORD(stored=True, lowercase=True),
        topic_list=ID(sortable=True),  # the same slugs as a column, for counting facets
        board=ID(stored=True, sortable=True),
        area=ID(stored=True),
        region=ID(stored=True),
        author=TEXT(analyzer=SimpleAnalyzer(), stored=True),
        audience=ID(stored=True, sortable=True),
        url=STORED(),
        stamp=STORED(),
        created_at=DATETIME(stored=True, sortable=True),
    )


# An index built by an older version lacks these and is started again (see _open_or_create).
SCHEMA_MARK = "titles"
COLUMNS = ("group", "source", "audience")  # read for every candidate: columns, not stored


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
                    self._index = _open_or_create(self.directory)
        return self._index

    def _searcher(self) -> Any:
        # Not Searcher.refresh(): it keys the readers it could reuse by generation, which
        # all of an index's segments share, so it closes one and leaks the others' files.
        ix = self._ix()
        held = getattr(self._local, "held", None)
        if held is not None and held.searcher.reader().generation() != ix.latest_generation():
            held.close()
            held = None
        if held is None:
            held = self._local.held = _HeldSearcher(ix.searcher(weighting=WEIGHTING))
        return held.searcher

    @contextmanager
    def writing(self, *, clear: bool = False, wait: float = LOCK_WAIT_SECONDS) -> Iterator[Any]:
        """Hold the index's one write lock (waiting for it, never failing a caller at once)
        and commit what was written when the block ends; `clear` starts from empty."""
        deadline = time.monotonic() + wait
        while True:
            try:
                # Separate files per segment, not one compound file: Whoosh copies each
                # part of a compound file into memory when it opens it (a 100,000-post
                # index made every worker 220 MiB bigger); separate files are read from
                # the OS's shared file cache instead.
                writer = self._ix().writer(limitmb=64, compound=False)
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
        analyser = reader.schema["text"].analyzer
        return {
            word
            for word in words
            if any(reader.doc_frequency("text", t.text) for t in analyser(word, mode="query"))
        }

    def correct(self, word: str) -> str | None:
        """The commonest indexed word within two edits (that starts with the same letter)."""
        searcher = self._searcher()
        reader = searcher.reader()
        spelling = _spelling_field(reader, "text")
        candidates = searcher.suggest("text", word, limit=5, maxdist=2, prefix=1)
        ranked = sorted(candidates, key=lambda w: -reader.doc_frequency(spelling, w))
        return ranked[0] if ranked else None

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
        query, narrowed = self._query(searcher, parsed)
        if query is None:
            return BackendResults(hits=[], total=0)
        # Field filters are part of the query, scoring nothing, so the words' postings skip
        # along them (Whoosh's own `filter=` lists every document a filter allows, 40,000
        # for a busy board, on every search). Who may see what is checked on the candidates.
        wanted = page * per_page
        limit = max(CANDIDATES, wanted * 3)
        options: dict[str, Any] = {"limit": limit}
        if sort == "date" or not (parsed.words or parsed.phrases):  # (filters alone: newest)
            options["sortedby"] = sorting.FieldFacet("created_at", reverse=True)
        else:
            # Matched terms (for coverage) cost memory per match: only when there are words
            # to cover.
            options |= {"terms": len(parsed.words) > 1, "optimize": True}
        # Too many matches to rank them all quickly: rank those in guidance, in titles and
        # among the newest documents, as the PostgreSQL backend ranks the newest it finds.
        scoped = _within_reach(searcher, query, parsed, "titles" if narrowed else "text")
        if scoped is not None:
            results = _search_stepping(searcher, scoped, options)
        else:
            results = searcher.search(query, **options)
        if narrowed and results.scored_length() < per_page:
            # The common words are in few titles: look for them in the text as well.
            query, _ = self._query(searcher, parsed, narrow=False)
            scoped = _within_reach(searcher, query, parsed, "text")
            results = _search_stepping(searcher, scoped or query, options)
        reached = scoped is not None
        candidates = []
        if results.scored_length():  # (an empty index has no columns to read)
            audience = searcher.reader().column_reader("audience")
            candidates = [hit for hit in results if audience[hit.docnum] in audiences]
        if sort != "date":
            candidates = _by_coverage(searcher, parsed, candidates)
        kept = _collapsed(candidates) if collapse else candidates
        stems = _query_stems(searcher, parsed)
        every_match_seen = len(candidates) < limit and not narrowed and not reached
        facets = _facets(searcher, [hit.docnum for hit in kept])
        if every_match_seen:
            total = len(kept)
        else:
            # Too many matches to count them all quickly: estimate from the candidates'
            # share of distinct pages and threads; facets count the best candidates.
            share = len(kept) / max(len(candidates), 1)
            total = max(len(kept), round(_commonest(searcher, stems) * share))
        shown = kept[(page - 1) * per_page : wanted]
        if collapse:
            shown = [_part_to_link(hit, candidates, stems) for hit in shown]
        return BackendResults(
            hits=[_raw_hit(hit, stems) for hit in shown],
            total=total,
            facets=facets,
            exact=every_match_seen,
        )

    def _query(
        self, searcher: Any, parsed: ParsedQuery, *, narrow: bool = True
    ) -> tuple[Any, bool]:
        """The words (any of them), phrases (all of them), minus exclusions; and whether
        common words were looked for in titles only.

        Scoring every document that has a very common word is what makes pure-Python search
        slow on a big forum (a word in half of 100,000 posts means 50,000 documents to
        score). So, as Lucene's common-terms query does, common words only add to the score
        of documents found by the rarer words; a search made only of common words looks for
        them in titles and headings first, where they say what a page or thread is about.
        """
        reader = searcher.reader()
        common_df = _common_df(reader)
        optional, narrowed_words = _word_queries(reader, parsed, common_df, narrow=narrow)
        required, narrowed_phrases = _phrase_queries(reader, parsed, common_df, narrow=narrow)
        excluded = [e for e in (_phrase_query(reader.schema, x) for x in parsed.excluded) if e]
        if required:
            query: Any = q.And(required)
            if optional:
                query = q.AndMaybe(query, q.Or(optional))
        elif optional:
            query = q.Or(optional)
        else:
            query = None
        filters = self._filter(parsed)
        if filters is not None:
            query = _Unscored(filters) if query is None else q.And([query, _Unscored(filters)])
        if query is None:
            return None, False
        if excluded:
            query = q.AndNot(query, q.Or(excluded))
        return query, narrowed_words or narrowed_phrases

    def _filter(self, parsed: ParsedQuery) -> Any:
        parts: list[Any] = []
        field_names = {"topic": "topics", "board": "board", "kind": "kind"}
        field_names |= {"area": "area", "region": "region"}
        for name, values in parsed.filters.items():
            if name == "author":
                parts.append(
                    q.Or([q.And([q.Term("author", w) for w in v.split()]) for v in values])
                )
            else:
                parts.append(q.Or([q.Term(field_names[name], v) for v in values]))
        return q.And(parts) if parts else None

    def close(self) -> None:
        held = getattr(self._local, "held", None)
        if held is not None:
            held.close()
            self._local.held = None


CANDIDATES = 400  # documents ranked in full for each search
COMMON_SHARE = 0.05  # a word in more than 5% of documents (and at least COMMON_MIN_DOCS)
COMMON_MIN_DOCS = 2000
NEWEST_MATCHES = 500  # a search with very many matches ranks about this many of the newest
COVERAGE_POWER = 2
SYNONYM_WEIGHT = 0.5  # an alternative word counts half as much as the word typed
# BM25 with mild length normalisation: a whole page is long because it covers more, which
# is not a reason to rank it lower than one short section.
WEIGHTING = scoring.BM25F(B=0.3, K1=1.2)


class _HeldSearcher:
    """A thread's searcher (Whoosh's are not thread-safe), closed when it is replaced or,
    as the thread ends and its local storage goes, when this is collected: a server that
    starts a thread per request would otherwise leave each one's files open."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.closed = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.searcher.close()

    def __del__(self) -> None:
        self.close()


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


def _search_stepping(searcher: Any, query: Any, options: dict[str, Any]) -> Any:
    """Search stepping through matches one by one, so every part of the query can skip:
    Whoosh otherwise lists a phrase's every match, then checks each against the rest."""
    collector = searcher.collector(**options)
    searcher.search_with_collector(query, collector, context=searcher.context(needs_current=True))
    return collector.results()


def _common_df(reader: Any) -> int:
    return max(COMMON_MIN_DOCS, int(reader.doc_count() * COMMON_SHARE))


def _likely_matches(searcher: Any, parsed: ParsedQuery, field: str) -> int:
    """About how many documents a query finds in a field: for phrases, as many as the
    rarest word of the rarest phrase is in; else as many as the rarer words are in, added
    up (or, when every word is common, all of them)."""
    reader = searcher.reader()

    def documents_with(texts: Iterable[str]) -> list[int]:
        stems = _tokens(reader.schema, list(texts))
        return [reader.doc_frequency(field, stem) for stem in stems]

    if parsed.phrases:
        return min(min(documents_with(phrase), default=0) for phrase in parsed.phrases)
    counts = [max(documents_with([w, *parsed.alternatives(w)]), default=0) for w in parsed.words]
    rare = [n for n in counts if n <= _common_df(reader)]
    return sum(rare or counts)


def _within_reach(searcher: Any, query: Any, parsed: ParsedQuery, field: str) -> Any | None:
    """The query, limited to guidance, to titles and headings with its words (when they are
    few), and to the newest documents: as many as hold about NEWEST_MATCHES matches
    (documents are numbered in the order they were indexed, so the newest are last).
    Scoring every one of 40,000 posts that have a common word takes Whoosh a tenth of a
    second; skipping to the newest costs little. None when the query finds few enough
    documents to rank them all."""
    reader = searcher.reader()
    total = reader.doc_count_all()
    matches = _likely_matches(searcher, parsed, field)
    reach = NEWEST_MATCHES * total // max(matches, 1)
    if matches <= NEWEST_MATCHES or reach >= total:
        return None
    also: list[Any] = [q.Term("kind", "guidance")]
    stems = _query_stems(searcher, parsed)
    titled = [q.Term("titles", s) for s in sorted(stems) if reader.doc_frequency("titles", s)]
    if titled and sum(reader.doc_frequency("titles", t.text) for t in titled) < NEWEST_MATCHES:
        also.append(q.Or(titled))
    return q.And([query, _Scope(searcher, total - reach, also)])


class _Unscored(q.WrappingQuery):
    """A filter inside a query: it narrows what matches and adds nothing to the score."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return _ScoresNothing(self.child.matcher(searcher, searcher.boolean_context()))


class _ScoresNothing(matching.WrappingMatcher):
    def __init__(self, child: Any, boost: float = 0.0) -> None:
        super().__init__(child, boost=0.0)

    def supports_block_quality(self) -> bool:
        return False  # (skipping by quality would divide by its boost of nothing)

    def score(self) -> float:
        return 0.0


class _Scope(q.Query):
    """Documents numbered `first` or later, and those the `also` queries match, as one
    sorted list (scoring nothing) that the rest of a query can skip along."""

    def __init__(self, searcher: Any, first: int, also: list[Any]) -> None:
        self.first, self.also = first, also
        # Searches run segment by segment: where each segment starts among all documents.
        self.starts = {id(leaf): offset for leaf, offset in searcher.leaf_searchers()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Scope) and (other.first, other.also) == (self.first, self.also)

    def __hash__(self) -> int:
        return hash((type(self), self.first))

    def __repr__(self) -> str:
        return f"_Scope({self.first}, {self.also!r})"

    def estimate_size(self, ixreader: Any) -> int:
        return max(ixreader.doc_count_all() - self.first, 0)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        start = max(self.first - self.starts.get(id(searcher), 0), 0)
        count = searcher.reader().doc_count_all()
        older = sorted({d for query in self.also for d in query.docs(searcher) if d < start})
        documents = array("I", older)
        documents.extend(range(start, count))
        return _SortedIds(documents, all_weights=0.0) if documents else matching.NullMatcher()


class _SortedIds(matching.ListMatcher):
    """Whoosh's list matcher skips forward one id at a time; this one bisects."""

    def skip_to(self, target: int) -> None:
        if not self.is_active():
            raise matching.ReadTooFar
        if target > self._ids[self._i]:
            self._i = bisect_left(self._ids, target, self._i)


def _commonest(searcher: Any, stems: set[str]) -> int:
    """How many documents have the commonest searched word: a cheap upper estimate (Whoosh's
    own estimate walks a filter's bit set once per document)."""
    reader = searcher.reader()
    return max((reader.doc_frequency("text", stem) for stem in stems), default=0)


def _by_coverage(searcher: Any, parsed: ParsedQuery, candidates: list[Any]) -> list[Any]:
    """Re-rank candidates by how many of the searched words each one has.

    BM25 adds up each word's weight, so a section repeating one common word can beat a page
    that has every word asked about. Multiplying by the share of words covered (squared)
    puts the pages that answer the whole question first.
    """
    analyser = searcher.schema["text"].analyzer
    stems = {
        w: {t.text for text in (w, *parsed.alternatives(w)) for t in analyser(text, mode="query")}
        for w in parsed.words
    }
    stems = {w: s for w, s in stems.items() if s}
    if len(stems) < 2:
        return candidates
    ranked = []
    for hit in candidates:
        matched = {_text(term) for _field, term in hit.matched_terms()}
        covered = sum(1 for wanted in stems.values() if wanted & matched)
        relevance = hit.score or 0.0
        ranked.append((relevance * (covered / len(stems)) ** COVERAGE_POWER, hit.rank, hit))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return [hit for _score, _rank, hit in ranked]


def _part_to_link(best: Any, candidates: list[Any], stems: set[str]) -> Any:
    """A section or reply whose own words match, or else (only the shared title matched)
    the whole page or thread."""
    reader = best.searcher.reader()
    group, source = reader.column_reader("group"), reader.column_reader("source")
    if source[best.docnum] in WHOLE or _mentions(best, stems):
        return best
    wanted = group[best.docnum]
    for hit in candidates:
        if group[hit.docnum] == wanted and source[hit.docnum] in WHOLE:
            return hit
    return best


WHOLE = frozenset({"page", "thread"})


def _mentions(hit: Any, stems: set[str]) -> bool:
    text = f"{hit.get('heading', '')} {hit.get('body', '')}"
    return any(stem in stems for _start, _end, stem in stemmed_words(text))


def _collapsed(hits: list[Any]) -> list[Any]:
    """The first (best) hit of each page or thread."""
    if not hits:
        return []
    group = hits[0].searcher.reader().column_reader("group")
    seen: set[str] = set()
    kept = []
    for hit in hits:
        key = group[hit.docnum]
        if key not in seen:
            seen.add(key)
            kept.append(hit)
    return kept


def _word_queries(
    reader: Any, parsed: ParsedQuery, common_df: int, *, narrow: bool
) -> tuple[list[Any], bool]:
    schema = reader.schema
    rare, common = [], []
    for word in parsed.words:
        word_query = _word_query(schema, word, parsed.alternatives(word))
        if word_query is None:
            continue
        stems = {t for text in (word, *parsed.alternatives(word)) for t in _tokens(schema, [text])}
        frequency = max((reader.doc_frequency("text", t) for t in stems), default=0)
        (common if frequency > common_df else rare).append((stems, word_query))
    if rare and common:
        found = q.Or([query for _stems, query in rare])
        return [q.AndMaybe(found, q.Or([query for _stems, query in common]))], False
    if common and narrow and not parsed.phrases:
        return [q.Or([q.Term("titles", t) for stems, _q in common for t in sorted(stems)])], True
    return [query for _stems, query in rare + common], False


def _phrase_queries(
    reader: Any, parsed: ParsedQuery, common_df: int, *, narrow: bool
) -> tuple[list[Any], bool]:
    required, narrowed = [], False
    for phrase in parsed.phrases:
        tokens = _tokens(reader.schema, phrase)
        if (
            narrow
            and len(tokens) > 1
            and all(reader.doc_frequency("text", t) > common_df for t in tokens)
        ):
            required.append(q.Phrase("titles", tokens))  # common words: titles first
            narrowed = True
        elif (query := _phrase_query(reader.schema, phrase)) is not None:
            required.append(query)
    return required, narrowed


def _tokens(schema: Any, words: list[str]) -> list[str]:
    return [t.text for t in schema["text"].analyzer(" ".join(words), mode="query")]


def _word_query(schema: Any, word: str, alternatives: tuple[str, ...]) -> Any:
    """The word, or (weighted lower) any of its alternatives."""
    terms: list[Any] = [q.Term("text", t) for t in _tokens(schema, [word])]
    for other in alternatives:
        analysed = _tokens(schema, other.split())
        if len(analysed) > 1:  # all its words, not the exact phrase: far cheaper
            terms.append(q.And([q.Term("text", t) for t in analysed], boost=SYNONYM_WEIGHT))
        elif analysed:
            terms.append(q.Term("text", analysed[0], boost=SYNONYM_WEIGHT))
    return q.Or(terms) if len(terms) > 1 else (terms[0] if terms else None)


def _phrase_query(schema: Any, words: list[str]) -> Any:
    """Words next to each other, in that order (one word: just that word)."""
    analysed = _tokens(schema, words)
    if len(analysed) > 1:
        return q.Phrase("text", analysed)
    return q.Term("text", analysed[0]) if analysed else None


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
        "text": " ".join(
            [document.title] * 3
            + [document.heading] * 2
            + [" ".join(document.topic_names)] * 2
            + [document.body]
        ),
        # Replies share their thread's title, so only threads and guidance carry one here.
        "titles": "" if document.source == "post" else f"{document.title} {document.heading}",
        "title": document.title,
        "heading": document.heading,
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


class _Storage(FileStorage):
    """The index folder, with each segment's term dictionary and small columns mapped.

    Looking a word up (every search, every spelling suggestion) is a binary search over
    the dictionary, and scoring reads each candidate's field lengths and columns: tens of
    thousands of small reads, each a system call on an ordinary file, but a memory read
    from the OS's shared page cache when mapped. Postings and stored fields, far bigger,
    are read as files, so only the pages a worker touches count towards its memory."""

    def open_file(self, name: str, **kwargs: Any) -> Any:
        path = self._fpath(name)
        mapped_kind = name.endswith(".trm") or (
            name.endswith(".col") and not name.endswith("_stored.col")
        )
        if not mapped_kind or not os.path.getsize(path):
            return super().open_file(name, **kwargs)
        with open(path, "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        return StructFile(mapped, name=name, **kwargs)


def _open_or_create(directory: Path) -> Any:
    storage = _Storage(str(directory))
    if storage.index_exists():
        ix = storage.open_index()
        if SCHEMA_MARK in ix.schema.names() and all(ix.schema[c].column_type for c in COLUMNS):
            return ix
        log.warning(OLD_INDEX)
    return storage.create_index(build_schema())


OLD_INDEX = (
    "The search index was built by an older version, so it starts again empty: "
    "run `flask --app forum reindex` to fill it."
)


def _query_stems(searcher: Any, parsed: ParsedQuery) -> set[str]:
    analyser = searcher.schema["text"].analyzer
    texts = [*parsed.words, *(" ".join(p) for p in parsed.phrases)]
    texts += [other for word in parsed.words for other in parsed.alternatives(word)]
    return {token.text for text in texts for token in analyser(text, mode="query")}


def _raw_hit(hit: Any, stems: set[str]) -> RawHit:
    snippet = highlight(hit.get("body", ""), stems)
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
