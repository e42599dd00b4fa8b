"""Settings: defaults, environment, overrides, and refusing unsafe production starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum.config import ConfigurationError, build_config, normalise_database_url


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "FORUM_ENV",
        "SECRET_KEY",
        "DATABASE_URL",
        "REDIS_URL",
        "MAIL_SERVER",
        "MAIL_PORT",
        "MENTORING_OFFER_DAYS",
        "MENTORING_ESCALATE_DAYS",
    ):
        monkeypatch.delenv(name, raising=False)


def test_embedded_default_needs_no_settings(tmp_path: Path) -> None:
    config = build_config(tmp_path, None)
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'forum.sqlite3'}"
    assert config["SEARCH_BACKEND"] == "whoosh"
    assert config["SEARCH_INDEX_DIR"] == str(tmp_path / "search-index")
    assert config["RATELIMIT_STORAGE_URI"] == "memory://"


def test_demo_secret_is_random_and_kept(tmp_path: Path) -> None:
    first = build_config(tmp_path, None)["SECRET_KEY"]
    second = build_config(tmp_path, None)["SECRET_KEY"]
    assert first == second
    assert len(first) >= 40
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    other = tmp_path / "other"
    other.mkdir()
    assert build_config(other, None)["SECRET_KEY"] != first


def test_environment_then_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://db.internal/forum")
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/0")
    monkeypatch.setenv("MAIL_SERVER", "smtp.internal")
    monkeypatch.setenv("MAIL_PORT", "2525")
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")

    config = build_config(tmp_path, {"MAIL_PORT": 1025})

    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://db.internal/forum"
    assert config["SEARCH_BACKEND"] == "postgres"
    assert config["RATELIMIT_STORAGE_URI"] == "redis://cache.internal:6379/0"
    assert (config["MAIL_SERVER"], config["MAIL_PORT"]) == ("smtp.internal", 1025)
    assert config["SECRET_KEY"] == "from-the-environment"


def test_bad_mail_port_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAIL_SERVER", "smtp.internal")
    monkeypatch.setenv("MAIL_PORT", "twenty-five")
    with pytest.raises(ConfigurationError, match="MAIL_PORT must be a whole number"):
        build_config(tmp_path, None)


def test_mentoring_days_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert build_config(tmp_path, None)["MENTORING_OFFER_DAYS"] == 5
    assert build_config(tmp_path, None)["MENTORING_ESCALATE_DAYS"] == 3
    monkeypatch.setenv("MENTORING_OFFER_DAYS", "7")
    monkeypatch.setenv("MENTORING_ESCALATE_DAYS", "2")

    config = build_config(tmp_path, None)

    assert (config["MENTORING_OFFER_DAYS"], config["MENTORING_ESCALATE_DAYS"]) == (7, 2)
    assert build_config(tmp_path, {"MENTORING_OFFER_DAYS": 10})["MENTORING_OFFER_DAYS"] == 10


@pytest.mark.parametrize("value", ["five", "0", "-1", "2.5"])
@pytest.mark.parametrize("name", ["MENTORING_OFFER_DAYS", "MENTORING_ESCALATE_DAYS"])
def test_bad_mentoring_days_are_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=f"{name} must be"):
        build_config(tmp_path, None)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY and DATABASE_URL"),
        ({"SECRET_KEY": "s" * 40}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://db/forum"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_guess(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: str
) -> None:
    monkeypatch.setenv("FORUM_ENV", "production")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=f"needs {missing} set"):
        build_config(tmp_path, None)
    assert not (tmp_path / "secret_key").exists()


def test_production_with_settings_uses_secure_cookies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORUM_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/forum")
    config = build_config(tmp_path, None)
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["REMEMBER_COOKIE_SECURE"] is True


def test_unknown_search_backend_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="SEARCH_BACKEND"):
        build_config(tmp_path, {"SEARCH_BACKEND": "elastic"})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_urls_use_psycopg_3(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected
