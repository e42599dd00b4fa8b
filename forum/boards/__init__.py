"""The forum: boards, threads, posts, moderation and keeping up."""
