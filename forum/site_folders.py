"""Where the pages and static files are: a checkout's top-level templates/ and static/, or
the copies an installed wheel carries inside the package (forum/templates, forum/static;
see setup.py).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_ROOT = PACKAGE_DIR.parent

# scripts/build-assets.mjs (run by `npm ci`) writes GOV.UK Frontend's styles here.
BUILT_STYLESHEET = Path("build") / "site.css"


class AssetsNotBuiltError(RuntimeError):
    """static/build is missing: pages would be served without their styles."""


def site_folder(name: str) -> Path:
    """The packaged folder when installed from a wheel, else the checkout's.

    Only a wheel has forum/<name>; checking it first means a stray top-level folder of the
    same name in site-packages (some packages ship one) is never taken for ours.
    """
    packaged = PACKAGE_DIR / name
    return packaged if packaged.is_dir() else CHECKOUT_ROOT / name


def require_built_assets(static_folder: Path) -> None:
    if not (static_folder / BUILT_STYLESHEET).is_file():
        raise AssetsNotBuiltError(
            f"{static_folder / BUILT_STYLESHEET} is missing: GOV.UK Frontend's assets were "
            "not built. Run `npm ci` in the checkout (it builds static/build), then start "
            "the site; for an installed package, run `npm ci` before `pip install .` or "
            "building the wheel."
        )
