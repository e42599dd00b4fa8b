"""The search API's OpenAPI document, and checking a response against it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

DOCUMENT = Path(__file__).parents[2] / "forum" / "search" / "openapi.json"


def document() -> dict[str, Any]:
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


def _validator(status: int) -> Draft202012Validator:
    """A validator for the documented JSON body of /api/search at this status, its $refs
    resolved within the OpenAPI document."""
    whole = document()
    registry = Registry().with_resource("urn:openapi", Resource.opaque(whole))
    response = whole["paths"]["/api/search"]["get"]["responses"][str(status)]
    schema = response["content"]["application/json"]["schema"]
    return Draft202012Validator({"$ref": "urn:openapi" + schema["$ref"]}, registry=registry)


VALIDATORS = {status: _validator(status) for status in (200, 400, 429)}


def assert_documented(response: Any) -> dict[str, Any]:
    """The JSON body of an /api/search response, checked against the schema for its status."""
    assert response.status_code in VALIDATORS, f"undocumented status {response.status_code}"
    assert response.mimetype == "application/json"
    body = response.get_json()
    errors = [e.message for e in VALIDATORS[response.status_code].iter_errors(body)]
    assert not errors, f"{response.request.url}: {errors}"
    return body
