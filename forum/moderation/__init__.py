"""Flags from members and the moderators' queue."""
