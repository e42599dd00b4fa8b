"""Site search: one small service in front of two interchangeable backends.

The database is the truth and the index is derived from it. Every change to an indexed row
writes a search outbox row in the same transaction (`forum.search.outbox`); one writer at a
time applies the outbox to the index (`forum.search.writer`). Searches go through
`forum.search.service`, which parses the query once (`forum.search.query`), asks the
configured backend (`whoosh_backend` or `postgres_backend`) for ranked document ids with
snippets and facet counts, and loads what it shows from the database, so nothing a reader
may not see is ever shown, even while the index lags.
"""
