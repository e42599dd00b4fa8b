"""Settings: defaults, environment, overrides, and refusing unsafe production starts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from forum.config import (
    ConfigurationError,
    build_config,
    defaults,
    environment_name,
    from_environment,
    normalise_database_url,
)

PRODUCTION = {
    "FORUM_ENV": "production",
    "SECRET_KEY": "s" * 40,
    "DATABASE_URL": "postgresql://db/forum",
    "SITE_URL": "https://forum.example.org",
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No setting of the machine running the tests leaks into them."""
    for key in defaults(tmp_path):
        monkeypatch.delenv(key, raising=False)
        monkeypatch.delenv(environment_name(key), raising=False)


def set_environment(monkeypatch: pytest.MonkeyPatch, variables: dict[str, str]) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)


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
    ("given", "missing"),
    [
        ([], "SECRET_KEY, DATABASE_URL and SITE_URL"),
        (["SECRET_KEY"], "DATABASE_URL and SITE_URL"),
        (["SECRET_KEY", "SITE_URL"], "DATABASE_URL"),
        (["DATABASE_URL", "SITE_URL"], "SECRET_KEY"),
        (["SECRET_KEY", "DATABASE_URL"], "SITE_URL"),
    ],
)
def test_production_refuses_to_guess(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: list[str], missing: str
) -> None:
    set_environment(monkeypatch, {"FORUM_ENV": "production"})
    set_environment(monkeypatch, {name: PRODUCTION[name] for name in given})
    with pytest.raises(ConfigurationError, match=f"needs {missing} set in the environment"):
        build_config(tmp_path, None)
    assert not (tmp_path / "secret_key").exists()


def test_production_takes_its_settings_from_overrides_too(tmp_path: Path) -> None:
    config = build_config(
        tmp_path,
        {
            "FORUM_ENV": "production",
            "SECRET_KEY": "s" * 40,
            "SQLALCHEMY_DATABASE_URI": "postgresql://db/forum",
            "SITE_URL": "http://127.0.0.1:5000",  # the default's value, but chosen
        },
    )
    assert config["SITE_URL"] == "http://127.0.0.1:5000"


def test_production_with_settings_uses_secure_cookies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, PRODUCTION)
    config = build_config(tmp_path, None)
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["REMEMBER_COOKIE_SECURE"] is True
    assert config["SEARCH_BACKEND"] == "postgres"


def test_production_refuses_whoosh_beside_postgres(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, {**PRODUCTION, "SEARCH_BACKEND": "whoosh"})
    with pytest.raises(ConfigurationError, match="ALLOW_WHOOSH_WITH_POSTGRES=true"):
        build_config(tmp_path, None)

    monkeypatch.setenv("ALLOW_WHOOSH_WITH_POSTGRES", "true")
    assert build_config(tmp_path, None)["SEARCH_BACKEND"] == "whoosh"


def test_whoosh_beside_postgres_is_allowed_outside_production(tmp_path: Path) -> None:
    """The test suite runs Whoosh beside PostgreSQL; one development machine is one host."""
    config = build_config(
        tmp_path,
        {"SQLALCHEMY_DATABASE_URI": "postgresql://db/forum", "SEARCH_BACKEND": "whoosh"},
    )
    assert config["SEARCH_BACKEND"] == "whoosh"


def test_a_mistyped_forum_env_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORUM_ENV", "prod")
    with pytest.raises(ConfigurationError, match="FORUM_ENV must be 'development' or 'production'"):
        build_config(tmp_path, None)


@pytest.mark.parametrize(
    "url",
    ["forum.example.org", "ftp://forum.example.org", "https://", "/forum", "https://x.org/?a=1"],
)
def test_site_url_must_be_a_full_web_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("SITE_URL", url)
    with pytest.raises(ConfigurationError, match=f"SITE_URL must be .* not '{re.escape(url)}'"):
        build_config(tmp_path, None)


@pytest.mark.parametrize(
    "url", ["https://forum.example.org", "http://127.0.0.1:5000", "https://example.org/forum"]
)
def test_site_url_accepts_web_addresses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("SITE_URL", url)
    assert build_config(tmp_path, None)["SITE_URL"] == url


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


# --- Every setting from the environment, read as the type of its default ----------------


def test_every_plain_setting_can_come_from_the_environment(tmp_path: Path) -> None:
    """Any key in defaults() (including ones added later) is read without more code: each
    default written out as text reads back as itself."""
    known = defaults(tmp_path)
    plain = {key: value for key, value in known.items() if not isinstance(value, dict)}
    assert "SQLALCHEMY_ENGINE_OPTIONS" not in plain
    environ = {environment_name(key): _as_text(value) for key, value in plain.items()}

    settings = from_environment(known, environ)

    assert settings.keys() == plain.keys()
    for key, default in plain.items():
        if default is not None and default != []:
            assert settings[key] == default, key
            assert type(settings[key]) is type(default), key
    assert settings["SECRET_KEY_FALLBACKS"] == ["an-old-key"]
    assert (settings["MAIL_SERVER"], settings["WTF_CSRF_TIME_LIMIT"]) == ("60", 60)


def _as_text(default: object) -> str:
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, list):
        return ",".join(default) or "an-old-key"
    if default is None:
        return "60"  # text for most such keys, a whole number for WTF_CSRF_TIME_LIMIT
    return str(default)


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("MAX_CONTENT_LENGTH", "20971520", 20 * 1024 * 1024),
        ("PASSWORD_RESET_MAX_AGE", " 1800 ", 1800),
        ("POSTING_LINK_LIMIT", "50", 50),
        ("POSTING_LINK_LIMIT_NEW_MEMBER", "0", 0),
        ("RATELIMIT_SIGN_IN", "5 per minute;50 per hour", "5 per minute;50 per hour"),
        ("RATELIMIT_POSTING", "100 per minute", "100 per minute"),
        ("MAIL_DEFAULT_SENDER", "Forum <forum@council.example>", "Forum <forum@council.example>"),
        ("MAIL_SERVER", "smtp.internal", "smtp.internal"),
        ("WTF_CSRF_TIME_LIMIT", "7200", 7200),
        ("WORKER_POLL_SECONDS", "0.5", 0.5),
        ("HOLD_NEW_MEMBERS_POSTS", "true", True),
        ("HOLD_NEW_MEMBERS_POSTS", "YES", True),
        ("HOLD_NEW_MEMBERS_POSTS", "1", True),
        ("HOLD_NEW_MEMBERS_POSTS", "On", True),
        ("RATELIMIT_HEADERS_ENABLED", "false", False),
        ("RATELIMIT_HEADERS_ENABLED", "no", False),
        ("RATELIMIT_HEADERS_ENABLED", "0", False),
        ("RATELIMIT_HEADERS_ENABLED", "off", False),
    ],
)
def test_settings_are_read_as_the_type_of_their_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, raw: str, expected: object
) -> None:
    monkeypatch.setenv(name, raw)
    value = build_config(tmp_path, None)[name]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("name", "raw", "explained"),
    [
        ("MAX_CONTENT_LENGTH", "10MB", "MAX_CONTENT_LENGTH must be a whole number, not '10MB'"),
        ("PASSWORD_RESET_MAX_AGE", "1h", "PASSWORD_RESET_MAX_AGE must be a whole number, not '1h'"),
        ("HOLD_NEW_MEMBERS_POSTS", "maybe", "HOLD_NEW_MEMBERS_POSTS must be true or false"),
        ("WORKER_POLL_SECONDS", "soon", "WORKER_POLL_SECONDS must be a number, not 'soon'"),
        ("WTF_CSRF_TIME_LIMIT", "an hour", "WTF_CSRF_TIME_LIMIT must be a whole number"),
    ],
)
def test_a_bad_value_names_the_variable_and_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, raw: str, explained: str
) -> None:
    monkeypatch.setenv(name, raw)
    with pytest.raises(ConfigurationError, match=re.escape(explained)):
        build_config(tmp_path, None)


def test_an_empty_variable_counts_as_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAIL_PORT", "")
    monkeypatch.setenv("HOLD_NEW_MEMBERS_POSTS", "  ")
    config = build_config(tmp_path, None)
    assert (config["MAIL_PORT"], config["HOLD_NEW_MEMBERS_POSTS"]) == (25, False)


def test_customary_names_set_the_database_and_redis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DATABASE_URL and REDIS_URL are the names platforms give; the keys' own names are not
    read, so there is one way to set each."""
    monkeypatch.setenv("SQLALCHEMY_DATABASE_URI", "postgresql://ignored/forum")
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "redis://ignored:6379/0")
    config = build_config(tmp_path, None)
    assert config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
    assert config["RATELIMIT_STORAGE_URI"] == "memory://"


def test_dictionaries_are_not_read_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SQLALCHEMY_ENGINE_OPTIONS", "{'echo': True}")
    assert build_config(tmp_path, None)["SQLALCHEMY_ENGINE_OPTIONS"] == {"pool_pre_ping": True}


# --- Key rotation ---------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["old-one,old-two", "old-one old-two", " old-one,\n old-two, "])
def test_old_keys_come_from_the_environment_as_a_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("SECRET_KEY", "current")
    monkeypatch.setenv("SECRET_KEY_FALLBACKS", raw)
    config = build_config(tmp_path, None)
    assert config["SECRET_KEY_FALLBACKS"] == ["old-one", "old-two"]
    # CSRF tokens in forms opened before the rotation are accepted; new ones use "current".
    assert config["WTF_CSRF_SECRET_KEY"] == ["old-one", "old-two", "current"]


def test_without_old_keys_csrf_uses_the_secret_key(tmp_path: Path) -> None:
    config = build_config(tmp_path, None)
    assert config["SECRET_KEY_FALLBACKS"] == []
    assert "WTF_CSRF_SECRET_KEY" not in config


def test_old_keys_may_be_given_as_text_or_a_list(tmp_path: Path) -> None:
    assert build_config(tmp_path, {"SECRET_KEY_FALLBACKS": "a, b"})["SECRET_KEY_FALLBACKS"] == [
        "a",
        "b",
    ]
    assert build_config(tmp_path, {"SECRET_KEY_FALLBACKS": ["a"]})["SECRET_KEY_FALLBACKS"] == ["a"]
    with pytest.raises(ConfigurationError, match="SECRET_KEY_FALLBACKS must be a list"):
        build_config(tmp_path, {"SECRET_KEY_FALLBACKS": [b"bytes"]})
