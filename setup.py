"""The wheel's packages: forum's own, plus the checkout's top-level templates/ and static/
folders, which the wheel carries as forum/templates and forum/static (forum.site_files
finds either). pyproject.toml holds everything else; it cannot add mapped folders to the
packages that `packages.find` discovers, hence this file.
"""

from setuptools import find_namespace_packages, setup

SITE_FOLDERS = {"forum.templates": "templates", "forum.static": "static"}


def site_folder_packages() -> list[str]:
    """Each folder and its subfolders (forum.templates.accounts, forum.static.build, ...):
    setuptools warns about data files in a subfolder that is not a listed package."""
    return [
        name
        for package, folder in SITE_FOLDERS.items()
        for name in [package, *(f"{package}.{sub}" for sub in find_namespace_packages(folder))]
    ]


setup(
    packages=[*find_namespace_packages(include=["forum", "forum.*"]), *site_folder_packages()],
    package_dir=SITE_FOLDERS,
)
