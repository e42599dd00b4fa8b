"""Atom feeds: the latest posts site-wide, new threads on a board, new posts in a thread.

Feeds carry public content only and are the same for every reader, so shared caches may
keep them for a minute. Entry content is the HTML stored when a post was written (already
sanitised by `forum.content`); nothing is rendered from Markdown when a feed is read.
"""
