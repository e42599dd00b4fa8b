"""Data interfaces: the only place that builds queries.

Routes call these small, typed functions (keyword-only arguments) and never import
SQLAlchemy themselves; an import-linter contract in pyproject.toml keeps it that way.
"""
