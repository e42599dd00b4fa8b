"""The admin form for an area's identity: name, web address, council, region, programme."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovRadioInput,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    Field,
    RadioField,
    SelectChoice,
    StringField,
    SubmitField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, Regexp

from forum.areas.contracts import PROGRAMME_LABELS
from forum.forms import OneOfTheChoices, id_select, strip

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
RESERVED_SLUGS = frozenset({"new"})  # /areas/new is the form for adding an area


class AreaDetailsForm(FlaskForm):
    name = StringField(
        "Name of the area",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the name of the area"),
            Length(max=200, message="Enter a name of 200 characters or fewer"),
        ],
    )
    slug = StringField(
        "Web address",
        description="Lower-case letters, numbers and hyphens, like ‘plains-farm’. It cannot "
        "be changed later, so links to the area keep working.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the area's web address"),
            Length(max=100, message="Enter a web address of 100 characters or fewer"),
            Regexp(
                SLUG_PATTERN,
                message="Enter a web address using lower-case letters, numbers and hyphens",
            ),
        ],
    )
    location = StringField(
        "Town or district (optional)",
        description="For example ‘Worksop, Nottinghamshire’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[Length(max=200, message="Enter a location of 200 characters or fewer")],
    )
    council = id_select(
        "Council",
        "Select a council from the list",
    )
    region = id_select(
        "Region",
        "Select a region from the list",
    )
    programme = RadioField(
        "Programme",
        widget=GovRadioInput(),
        choices=[SelectChoice(value, label) for value, label in PROGRAMME_LABELS.items()],
        validate_choice=False,
        validators=[
            DataRequired("Select the programme"),
            OneOfTheChoices("Select the programme"),
        ],
    )
    submit = SubmitField("Save area", id="save-area", widget=GovSubmitInput())

    def validate_slug(self, field: Field) -> None:
        if field.data in RESERVED_SLUGS:
            raise ValidationError("That web address is used by the site. Choose a different one.")
