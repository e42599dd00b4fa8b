"""The scaled-out backend: PostgreSQL full-text search over a documents table.

The table (created by migration 0004 on PostgreSQL) holds the same documents as the Whoosh
index, with a weighted `tsvector` the database keeps itself (title A; headings and topics B;
body C) and a GIN index. Queries are built from the parsed query piece by piece, each piece
a bound parameter (`plainto_tsquery`/`phraseto_tsquery`, combined with `||`, `&&` and `!!`),
so nothing a person types is ever parsed as tsquery syntax. Ranking adds up each word's
`ts_rank` weighted by how rare the word is (like BM25's idf), so a page that covers more of
the question, in its title or headings, comes first. Because the index lives in the same
database, the writer updates it in the same transaction as it clears the outbox.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text

from forum.extensions import db
from forum.search.documents import PUBLIC, Document
from forum.search.query import ParsedQuery, words_of
from forum.search.results import MARK_END, MARK_START, BackendResults, RawHit, plain_snippet

WRITER_LOCK_KEY = 0x5EA4C4  # pg_advisory_xact_lock: one writer at a time, across processes
RANK_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}"  # D, C, B, A
TEXT_ONLY_WEIGHTS = "{0.1, 0.2, 0.5, 0.0}"  # the same, ignoring the title (weight A)
HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=18, "
    "MaxFragments=2, FragmentDelimiter=' … '"
)
LOCK_WAIT_SECONDS = 600
MIN_RARITY = 0.1
REPLY_CANDIDATES = 200  # the newest matching threads, and replies, ranked in full
GUIDANCE_CANDIDATES = 300  # the guidance sections ranked in full (a library has ~1,500)
DENSE_SHARE = 0.05  # a search matching more than this share of documents walks the newest
COVERAGE_POWER = 2
_VOCABULARY_WORD = re.compile(r"^[a-z][a-z']{2,30}$")

_UPSERT = text(
    """
    INSERT INTO search_document (id, grp, kind, source, title, heading, body, topic_names, url,
        topics, board, area, region, author, audience, created_at)
    VALUES (:id, :grp, :kind, :source, :title, :heading, :body, :topic_names, :url,
        :topics, :board, :area, :region, :author, :audience, :created_at)
    ON CONFLICT (id) DO UPDATE SET grp = excluded.grp, kind = excluded.kind,
        source = excluded.source, title = excluded.title, heading = excluded.heading,
        body = excluded.body, topic_names = excluded.topic_names, url = excluded.url,
        topics = excluded.topics, board = excluded.board, area = excluded.area,
        region = excluded.region, author = excluded.author, audience = excluded.audience,
        created_at = excluded.created_at
    """
)
_VOCABULARY = text(
    """
    INSERT INTO search_term (word, doc_count)
    SELECT word, n FROM unnest(CAST(:words AS text[]), CAST(:counts AS int[])) AS t(word, n)
    ON CONFLICT (word) DO UPDATE SET doc_count = search_term.doc_count + excluded.doc_count
    """
)


class _PostgresSink:
    def __init__(self) -> None:
        self.vocabulary: Counter[str] = Counter()

    def update(
        self,
        *,
        add: Iterable[Document] = (),
        remove_ids: Iterable[str] = (),
        remove_groups: Iterable[str] = (),
    ) -> None:
        session = db.session
        groups, ids = list(remove_groups), list(remove_ids)
        if groups:
            session.execute(
                text("DELETE FROM search_document WHERE grp = ANY(:groups)"), {"groups": groups}
            )
        if ids:
            session.execute(text("DELETE FROM search_document WHERE id = ANY(:ids)"), {"ids": ids})
        rows = [_row(document) for document in add]
        if rows:
            session.execute(_UPSERT, rows)
            for row in rows:
                self.vocabulary.update(
                    {
                        w
                        for w in words_of(f"{row['title']} {row['heading']} {row['body']}")
                        if _VOCABULARY_WORD.match(w)
                    }
                )

    def flush_vocabulary(self) -> None:
        if self.vocabulary:
            words = sorted(self.vocabulary)
            db.session.execute(
                _VOCABULARY, {"words": words, "counts": [self.vocabulary[w] for w in words]}
            )
            self.vocabulary.clear()


def _row(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "grp": document.group,
        "kind": document.kind,
        "source": document.source,
        "title": document.title,
        "heading": document.heading,
        "body": document.body,
        "topic_names": " ".join(document.topic_names),
        "url": document.url,
        "topics": list(document.topics),
        "board": document.board,
        "area": document.area,
        "region": document.region,
        "author": document.author,
        "audience": document.audience,
        "created_at": document.created_at,
    }


class PostgresBackend:
    name = "postgres"
    shares_database = True

    def __init__(self) -> None:
        self._local = threading.local()  # per-search notes, in the thread that searches

    @contextmanager
    def writing(self, *, clear: bool = False) -> Iterator[_PostgresSink]:
        """Changes join the caller's transaction (the caller commits); the advisory lock
        keeps writers in order, so an older view of a row never overwrites a newer one."""
        # Wait a while for another writer (reindex can take minutes), but never forever.
        db.session.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'"))
        db.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
        if clear:
            db.session.execute(text("DELETE FROM search_document"))
            db.session.execute(text("DELETE FROM search_term"))
        sink = _PostgresSink()
        yield sink
        sink.flush_vocabulary()
        if clear:
            # Fresh statistics, or the planner takes a common word for a rare one.
            db.session.execute(text("ANALYZE search_document"))
            db.session.execute(text("ANALYZE search_term"))

    def update(self, **changes: Any) -> None:
        """Apply changes now, in a transaction of their own (the writer uses `writing()`)."""
        with self.writing() as sink:
            sink.update(**changes)
        db.session.commit()

    def index(self, document: Document) -> None:
        self.update(add=[document])

    def remove(self, doc_id: str) -> None:
        self.update(remove_ids=[doc_id])

    def stamps(self) -> dict[str, str]:
        rows = db.session.execute(
            text(
                "SELECT id, grp, kind, source, title, heading, body, topic_names, url, topics,"
                " board, area, region, author, audience, created_at FROM search_document"
            )
        )
        return {row.id: _document(row).stamp for row in rows}

    def count(self) -> int:
        return int(db.session.scalar(text("SELECT count(*) FROM search_document")) or 0)

    # -- spelling --------------------------------------------------------------------------

    def known_words(self, words: Iterable[str]) -> set[str]:
        """The words that find something as they are (after stemming): the rest may be typos.
        Most are in the vocabulary as typed; only the others need the index itself."""
        words = sorted(set(words))
        if not words:
            return set()
        known = set(
            db.session.scalars(
                text("SELECT word FROM search_term WHERE word = ANY(:words)"), {"words": words}
            )
        )
        others = [w for w in words if w not in known]
        if others:
            known |= set(
                db.session.scalars(
                    text(
                        "SELECT w FROM unnest(CAST(:words AS text[])) AS w WHERE EXISTS ("
                        " SELECT 1 FROM search_document"
                        " WHERE tsv @@ plainto_tsquery('english', w))"
                    ),
                    {"words": others},
                )
            )
        return known

    def correct(self, word: str) -> str | None:
        return db.session.scalar(
            text(
                # lower(word), as indexed (migration 0009): the words are lower case already.
                "SELECT word FROM search_term"
                " WHERE lower(word) % :w AND similarity(lower(word), :w) > 0.35"
                " AND left(word, 1) = left(:w, 1)"  # "inaccessible" is not "accessible"
                " ORDER BY similarity(lower(word), :w) DESC, doc_count DESC, word LIMIT 1"
            ),
            {"w": word},
        )

    # -- searching -------------------------------------------------------------------------

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
        params: dict[str, Any] = {"audiences": list(audiences)}
        match, rank = self._tsqueries(parsed, params)
        if match is None and not parsed.filters:
            return BackendResults(hits=[], total=0)
        score = self._score(parsed, params) if match is not None else "0"
        conditions = ["audience = ANY(:audiences)"]
        if match is not None and self._dense(parsed):
            # Most documents match: walking the newest until enough do is far cheaper than
            # the GIN index's list of every match, which the planner underprices. "IS TRUE"
            # keeps it from using the index.
            conditions.append(f"(tsv @@ ({match})) IS TRUE")
        elif match is not None:
            conditions.append(f"tsv @@ ({match})")
        conditions += self._filters(parsed, params)
        where = " AND ".join(conditions)
        # Ranking every reply that has a common word is what would make this slow on a big
        # forum, so threads and replies are ranked from the most recent REPLY_CANDIDATES of
        # each that match, and guidance sections from the GUIDANCE_CANDIDATES that match
        # best on a quick rank of all the words together. Beyond that, totals are
        # estimates. Each part has an index of its own (migration 0004).
        candidates = (
            f"((SELECT * FROM search_document WHERE {where} AND kind = 'guidance'"  # noqa: S608
            f" ORDER BY ts_rank('{RANK_WEIGHTS}', tsv, {rank}) DESC, id"
            f" LIMIT :guidance_candidates)"
            f" UNION ALL (SELECT * FROM search_document WHERE {where} AND kind = 'thread'"
            f" ORDER BY created_at DESC LIMIT :reply_candidates)"
            f" UNION ALL (SELECT * FROM search_document WHERE {where} AND kind = 'post'"
            f" ORDER BY created_at DESC LIMIT :reply_candidates)) AS candidate"
        )
        params |= {"reply_candidates": REPLY_CANDIDATES, "guidance_candidates": GUIDANCE_CANDIDATES}
        # Which part of a page or thread to link to: the section or reply whose own text
        # matches best; when only the shared title matched, the page or thread itself.
        in_text = (
            f"CASE WHEN source IN ('page', 'thread') THEN 0"
            f" ELSE ts_rank('{TEXT_ONLY_WEIGHTS}', tsv, {rank}) END"
            if match is not None
            else "0"
        )
        order = "created_at DESC, id" if sort == "date" else "score DESC, created_at DESC, id"
        best = (
            "SELECT DISTINCT ON (grp) id, grp, kind, source, title, heading, url, topics, board,"
            " created_at, max(score) OVER (PARTITION BY grp) AS score FROM matches"
            " ORDER BY grp, in_text DESC, source IN ('page', 'thread') DESC, score DESC, id"
            if collapse
            else "SELECT * FROM matches"
        )
        params |= {"limit": per_page, "offset": (page - 1) * per_page}
        # Only fragments built here are interpolated; everything typed is a bound parameter.
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT id, grp, kind, source, title, heading, url, topics, board, created_at,
                    {score} AS score, {in_text} AS in_text
                FROM {candidates}
            ), best AS MATERIALIZED ({best}),
            shown AS (SELECT * FROM best ORDER BY {order} LIMIT :limit OFFSET :offset)
            SELECT json_build_object(
                'total', (SELECT count(*) FROM best),
                'capped', (SELECT count(*) FROM matches WHERE kind = 'post')
                    >= :reply_candidates OR (SELECT count(*) FROM matches WHERE kind = 'thread')
                    >= :reply_candidates OR (SELECT count(*) FROM matches
                    WHERE kind = 'guidance') >= :guidance_candidates,
                'hits', (SELECT coalesce(json_agg(shown ORDER BY {order}), '[]') FROM shown),
                'kind', (SELECT coalesce(json_object_agg(kind, n), '{{}}')
                         FROM (SELECT kind, count(*) AS n FROM best GROUP BY kind) k),
                'topic', (SELECT coalesce(json_object_agg(t, n), '{{}}') FROM (
                    SELECT t, count(*) AS n FROM best, unnest(topics) AS t GROUP BY t) x),
                'board', (SELECT coalesce(json_object_agg(board, n), '{{}}') FROM (
                    SELECT board, count(*) AS n FROM best WHERE board IS NOT NULL
                    GROUP BY board) b)
            )
        """  # noqa: S608
        # psycopg prepares a statement run often; a generic plan cannot tell a common word
        # from a rare one, so plan each search for its own words.
        db.session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        result = db.session.scalar(text(sql), params)
        data = result if isinstance(result, dict) else json.loads(result)
        snippets = self._snippets([h["id"] for h in data["hits"]], rank, params)
        hits = [_raw_hit(h, snippets.get(h["id"], "")) for h in data["hits"]]
        facets = {name: dict(data[name]) for name in ("kind", "topic", "board")}
        total = int(data["total"])
        if data["capped"]:
            total = max(total, self._estimate(parsed))
        return BackendResults(hits=hits, total=total, facets=facets, exact=not data["capped"])

    def _dense(self, parsed: ParsedQuery) -> bool:
        """Whether a good share of all documents match (with no field filter that would
        make walking the newest a long way round): from the vocabulary's counts, read by
        _rarity. A phrase matches at most as many as its rarest word; words, any of them."""
        counts = getattr(self._local, "counts", {})
        if not counts or set(parsed.filters) - {"kind"}:
            return False
        total = max(total for _n, _least, total in counts.values())
        phrases = [" ".join(p) for p in parsed.phrases]
        if phrases:
            likely = min(counts.get(p, (0, 0, 0))[1] for p in phrases)
        else:
            likely = sum(counts.get(w, (0, 0, 0))[0] for w in parsed.words)
        return likely > DENSE_SHARE * total

    def _estimate(self, parsed: ParsedQuery) -> int:
        """About how many documents have the commonest word searched for."""
        return int(getattr(self._local, "commonest", 0) or self._document_total())

    def _tsqueries(self, parsed: ParsedQuery, params: dict[str, Any]) -> tuple[str | None, str]:
        words = [self._word_tsquery(parsed, n, word, params) for n, word in enumerate(parsed.words)]
        phrases = []
        for n, phrase in enumerate(parsed.phrases):
            params[f"p{n}"] = " ".join(phrase)
            phrases.append(f"phraseto_tsquery('english', :p{n})")
        excluded = []
        for n, words_out in enumerate(parsed.excluded):
            params[f"x{n}"] = " ".join(words_out)
            excluded.append(f"phraseto_tsquery('english', :x{n})")
        any_word = " || ".join(words)
        if phrases:
            match = " && ".join(phrases)
            rank = " || ".join(phrases + words)
        elif words:
            match = rank = any_word
        else:
            return None, "''::tsquery"
        if excluded:
            match = f"({match}) && !!({' || '.join(excluded)})"
        return match, rank

    def _word_tsquery(self, parsed: ParsedQuery, n: int, word: str, params: dict[str, Any]) -> str:
        """A word, or any of its alternatives (written the way guidance puts them)."""
        params[f"w{n}"] = word
        options = [f"plainto_tsquery('english', :w{n})"]
        for m, other in enumerate(parsed.alternatives(word)):
            params[f"w{n}a{m}"] = other
            options.append(f"phraseto_tsquery('english', :w{n}a{m})")
        query = " || ".join(options)
        return f"({query})"

    def _score(self, parsed: ParsedQuery, params: dict[str, Any]) -> str:
        """Each word's rank times its rarity, so matching rarer, more specific words counts."""
        terms = [(self._word_tsquery(parsed, n, w, params), w) for n, w in enumerate(parsed.words)]
        terms += [
            (f"phraseto_tsquery('english', :p{n})", " ".join(p))
            for n, p in enumerate(parsed.phrases)
        ]
        rarity = self._rarity([w for _, w in terms])
        parts, covered = [], []
        for n, (tsquery, word) in enumerate(terms):
            params[f"idf{n}"] = rarity.get(word, 1.0)
            parts.append(f"ts_rank('{RANK_WEIGHTS}', tsv, {tsquery}, 1) * :idf{n}")
            covered.append(f"(tsv @@ {tsquery})::int")
        if not parts:
            return "0"
        # Times the share of the words asked about that the document has (squared), as in
        # the Whoosh backend: pages answering the whole question first.
        coverage = f"power(({' + '.join(covered)})::float / {len(covered)}, {COVERAGE_POWER})"
        return f"({' + '.join(parts)}) * {coverage}"

    def _rarity(self, words: list[str]) -> dict[str, float]:
        self._local.counts = {}
        if not words:
            return {}
        rows = db.session.execute(
            text(
                "SELECT t.word, coalesce(max(s.doc_count), 0) AS n,"
                " coalesce(min(s.doc_count), 0) AS least, ("
                " SELECT greatest(c.reltuples, u.n_live_tup, 1)::bigint FROM pg_class c"
                " JOIN pg_stat_user_tables u ON u.relid = c.oid"
                " WHERE c.relname = 'search_document') AS total"
                " FROM unnest(CAST(:words AS text[])) AS t(word)"
                " LEFT JOIN search_term s ON s.word = ANY(string_to_array(t.word, ' '))"
                " GROUP BY t.word"
            ),
            {"words": words},
        ).all()
        self._local.commonest = max((n for _w, n, _l, _t in rows), default=0)
        self._local.counts = {word: (n, least, total) for word, n, least, total in rows}
        # doc_count only grows (re-indexing a document counts its words again): clamp it.
        return {
            word: max(MIN_RARITY, 1.0 + math.log((total + 1) / (min(n, total) + 1)))
            for word, n, _least, total in rows
        }

    def _document_total(self) -> int:
        # Statistics the server keeps anyway: exact enough for rarity, and free.
        estimate = db.session.scalar(
            text(
                "SELECT greatest(c.reltuples, s.n_live_tup, 1)::bigint FROM pg_class c"
                " JOIN pg_stat_user_tables s ON s.relid = c.oid"
                " WHERE c.relname = 'search_document'"
            )
        )
        return max(int(estimate or 1), 1)

    def _filters(self, parsed: ParsedQuery, params: dict[str, Any]) -> list[str]:
        conditions = []
        columns = {"kind": "kind", "board": "board", "area": "area", "region": "region"}
        for name, values in parsed.filters.items():
            params[f"f_{name}"] = values
            if name == "topic":
                conditions.append("topics && CAST(:f_topic AS text[])")
            elif name == "author":
                parts = []
                for n, value in enumerate(values):
                    params[f"f_author{n}"] = value
                    parts.append(
                        f"to_tsvector('simple', coalesce(author, ''))"
                        f" @@ plainto_tsquery('simple', :f_author{n})"
                    )
                conditions.append(f"({' OR '.join(parts)})")
            else:
                conditions.append(f"{columns[name]} = ANY(:f_{name})")
        return conditions

    def _snippets(self, ids: list[str], rank: str, params: dict[str, Any]) -> dict[str, str]:
        if not ids:
            return {}
        rows = db.session.execute(
            text(
                f"SELECT id, ts_headline('english', body, {rank}, :options) AS snippet,"  # noqa: S608 - fragments are ours; values are bound
                " left(body, 400) AS start FROM search_document WHERE id = ANY(:ids)"
            ),
            params | {"ids": ids, "options": HEADLINE_OPTIONS},
        )
        snippets = {}
        for row in rows:
            marked = MARK_START in (row.snippet or "")
            snippets[row.id] = row.snippet if marked else plain_snippet(row.start or "")
        return snippets


def _raw_hit(hit: dict[str, Any], snippet: str) -> RawHit:
    from datetime import datetime

    return RawHit(
        doc_id=hit["id"],
        group=hit["grp"],
        kind=hit["kind"],
        source=hit["source"],
        title=hit["title"],
        heading=hit["heading"],
        url=hit["url"],
        created_at=datetime.fromisoformat(hit["created_at"]),
        snippet=snippet,
        score=float(hit["score"] or 0.0),
        board=hit["board"] or "",
    )


def _document(row: Any) -> Document:
    return Document(
        id=row.id,
        group=row.grp,
        kind=row.kind,
        source=row.source,
        title=row.title,
        heading=row.heading,
        body=row.body,
        topic_names=tuple(row.topic_names.split(" ")) if row.topic_names else (),
        url=row.url,
        topics=tuple(row.topics),
        board=row.board,
        area=row.area,
        region=row.region,
        author=row.author,
        audience=row.audience,
        created_at=row.created_at,
    )
