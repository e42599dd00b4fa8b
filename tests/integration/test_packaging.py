"""The built wheel serves the site from any folder: it carries templates/ and static/ (with
the GOV.UK Frontend assets `npm ci` built) and the migrations, and the installed package
finds them; built without those assets, it refuses to start and says why.

The wheel is built from a copy of the sources (no build/ left in the checkout) without build
isolation, and installed with `pip --target` beside this venv's dependencies, so that the
whole module takes seconds rather than a fresh venv's minute.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.support.processes import free_port, http, wait_for_http

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["pyproject.toml", "setup.py", "README.md", "forum", "templates", "static"]


@pytest.fixture(autouse=True, scope="module")
def _once_per_run(request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--db") != "sqlite":
        pytest.skip("packaging does not depend on the database: runs with --db=sqlite")


def copy_sources(target: Path, *, without_built_assets: bool = False) -> Path:
    ignore = ["__pycache__", "*.pyc"] + (["build"] if without_built_assets else [])
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns(*ignore))
        else:
            shutil.copy2(source, target / name)
    return target


def build_wheel(sources: Path, out: Path) -> Path:
    setuptools = version("setuptools")
    assert int(setuptools.split(".")[0]) >= 77, (
        f"setuptools {setuptools} cannot build this project (the [test] extra needs 77 or "
        "newer): run scripts/install.sh '[test]'"
    )
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    command += ["--quiet", "--wheel-dir", str(out), str(sources)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    [wheel] = out.glob("*.whl")
    return wheel


def install(wheel: Path, target: Path) -> Path:
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet"]
    command += ["--target", str(target), str(wheel)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return target


def outside_env(site: Path, workdir: Path) -> dict[str, str]:
    """Only the installed copy of forum is importable, configured as an operator would."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_", "WERKZEUG_"))}
    env.update(
        {
            "PYTHONPATH": str(site),
            "DATABASE_URL": f"sqlite:///{workdir / 'forum.sqlite3'}",
            "SECRET_KEY": secrets.token_urlsafe(32),
            "SEARCH_INDEX_DIR": str(workdir / "search-index"),
            "GUIDANCE_FILES_DIR": str(workdir / "guidance-files"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def run_outside(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = copy_sources(tmp_path_factory.mktemp("sources"))
    return build_wheel(sources, tmp_path_factory.mktemp("dist"))


def test_the_wheel_carries_every_module_the_pages_assets_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    in_checkout = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "forum").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert in_checkout - names == set()
    for folder in ("templates", "static"):
        files = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()}
        assert {f"forum/{name}" for name in files} - names == set()
    assert "forum/templates/base.html" in names
    assert "forum/static/build/site.css" in names
    assert "forum/static/build/govuk-frontend.min.js" in names
    assert "forum/migrations/env.py" in names
    assert "forum/migrations/alembic.ini" in names
    assert "forum/search/openapi.json" in names  # served at /api/openapi.json
    assert any(name.startswith("forum/migrations/versions/") for name in names)
    assert not any(name.startswith(("templates/", "static/", "tests/")) for name in names)


@pytest.fixture
def served(wheel: Path, tmp_path: Path) -> Iterator[str]:
    """The installed wheel, its database created by init-db, served by gunicorn from a folder
    outside the checkout."""
    site = install(wheel, tmp_path / "site")
    workdir = tmp_path / "outside"
    workdir.mkdir()
    env = outside_env(site, workdir)

    where = run_outside(["-c", "import forum; print(forum.__file__)"], env, workdir)
    assert where.stdout.strip() == str(site / "forum" / "__init__.py"), where.stderr
    init = run_outside(["-m", "flask", "--app", "forum", "init-db"], env, workdir)
    assert init.returncode == 0, init.stdout + init.stderr

    port = free_port()
    log = (tmp_path / "gunicorn.log").open("wb")
    command = ["-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [sys.executable, *command, "forum:create_app()"],
        cwd=workdir,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_for_http(f"{base}/healthz")
        except AssertionError as error:
            raise AssertionError((tmp_path / "gunicorn.log").read_text()) from error
        yield base
    finally:
        server.terminate()
        server.wait(20)
        log.close()


def test_the_installed_wheel_serves_pages_and_styles_from_any_folder(served: str) -> None:
    status, home = http(f"{served}/")
    assert status == 200
    assert b"/static/build/site.css" in home
    assert http(f"{served}/guidance/")[0] == 200
    status, css = http(f"{served}/static/build/site.css")
    assert status == 200
    assert b".govuk-" in css
    assert http(f"{served}/static/build/govuk-frontend.min.js")[0] == 200


def test_a_wheel_built_without_npm_ci_refuses_to_start(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    sources = copy_sources(tmp_path_factory.mktemp("sources"), without_built_assets=True)
    site = install(build_wheel(sources, tmp_path / "dist"), tmp_path / "site")

    result = run_outside(
        ["-m", "flask", "--app", "forum", "init-db"], outside_env(site, tmp_path), tmp_path
    )

    assert result.returncode != 0
    assert "AssetsNotBuiltError" in result.stderr
    assert "npm ci" in result.stderr
