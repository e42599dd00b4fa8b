"""Mentoring: pairing Connecting Communities areas with experienced mentors.

`matching` holds the pure scoring and assignment functions (no Flask, no database), so the
rules people see explained on the site can be tested on plain values.
"""
