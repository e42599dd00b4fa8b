"""Forms for areas: filters, the contract, standards, ledger entries, progress, members."""

from __future__ import annotations

from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovDateInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    DateField,
    Field,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional

from forum.areas.contracts import (
    HOUSEHOLD_BANDS,
    MEMBER_ROLE_LABELS,
    PROGRAMME_LABELS,
    STAGE_FILTER_LABELS,
    STAGE_LABELS,
    lines,
    lines_problem,
)
from forum.forms import OneOfTheChoices, id_select, optional_id, strip
from forum.models.types import utcnow

EARLIEST_YEAR, LATEST_YEAR = 1990, 2100


def choices_of(labels: dict[str, str], blank: str | None = None) -> list[SelectChoice]:
    first = [SelectChoice("", blank)] if blank is not None else []
    return first + [SelectChoice(value, label) for value, label in labels.items()]


class DayMonthYearInput(GovDateInput):
    """GOV.UK's date input without `required` on its wrapper <div>, where HTML forbids it."""

    def map_gov_params(self, field: Field, **kwargs: Any) -> dict[str, Any]:
        params: dict[str, Any] = super().map_gov_params(field, **kwargs)
        params["attributes"].pop("required", None)
        return params


class DayMonthYearField(DateField):
    """GOV.UK's three-box date input, with instructions for every way a date can be wrong.

    The widget expects exactly three values; a request with fewer or more is padded or cut
    here, so odd input is a message beside the field, never an error page.
    """

    def __init__(self, label: str, **kwargs: Any) -> None:
        kwargs.setdefault("widget", DayMonthYearInput())
        super().__init__(label, format="%d %m %Y", **kwargs)

    def process_formdata(self, valuelist: list[str]) -> None:
        parts = [str(value).strip() for value in valuelist[:3]]
        parts += [""] * (3 - len(parts))
        self.raw_data = parts
        self.data = None
        if not any(parts):
            return
        if not all(parts):
            names = ("day", "month", "year")
            missing = [name for name, part in zip(names, parts, strict=True) if not part]
            raise ValueError(f"{self.label.text} must include a {' and a '.join(missing)}")
        if not all(part.isdigit() for part in parts):
            raise ValueError(f"Enter {self.label.text.lower()} as numbers, like 27 3 2010")
        day, month, year = (int(part) for part in parts)
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            raise ValueError(f"Enter a year between {EARLIEST_YEAR} and {LATEST_YEAR}")
        try:
            self.data = date(year, month, day)
        except ValueError:
            raise ValueError(f"{self.label.text} must be a real date, like 27 3 2010") from None


class DaysField(IntegerField):
    """A whole number of days; anything else is an instruction, not "Not a valid integer"."""

    def process_formdata(self, valuelist: list[str]) -> None:
        text = str(valuelist[0]).strip() if valuelist else ""
        self.data = None
        if not text:
            return
        if not text.isdigit():
            raise ValueError("Enter the number of days to respond as a whole number, like 10")
        self.data = int(text)


def not_in_future(form: FlaskForm, field: Field) -> None:
    if field.data is not None and field.data > utcnow().date():
        raise ValidationError("Enter a date that is today or in the past")


class AreaFilterForm(FlaskForm):
    """The filters on the area list and the comparison page (GET, so no CSRF token)."""

    class Meta:
        csrf = False

    topic = SelectField(
        "Topic",
        widget=GovSelect(),
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select a topic from the list")],
    )
    programme = SelectField(
        "Programme",
        widget=GovSelect(),
        choices=choices_of(PROGRAMME_LABELS, "Any programme"),
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select a programme from the list")],
    )
    stage = SelectField(
        "Contract stage",
        widget=GovSelect(),
        choices=choices_of(STAGE_FILTER_LABELS, "Any stage"),
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select a contract stage from the list")],
    )
    region = SelectField(
        "Region",
        widget=GovSelect(),
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select a region from the list")],
    )
    submit = SubmitField("Apply filters", id="apply-filters", widget=GovSubmitInput())


def _lines_field(label: str, description: str, what: str) -> TextAreaField:
    return TextAreaField(
        label,
        description=description,
        widget=GovTextArea(),
        filters=[strip],
        validators=[Length(max=9000, message=f"Enter fewer {what}")],
    )


class ContractForm(FlaskForm):
    title = StringField(
        "Name of the contract (optional)",
        description="For example ‘Clean and Tidy agreement’",
        widget=GovTextInput(),
        filters=[strip],
        validators=[Length(max=150, message="Enter a name of 150 characters or fewer")],
    )
    contract_stage = RadioField(
        "Contract stage",
        widget=GovRadioInput(),
        choices=choices_of(STAGE_LABELS),
        validate_choice=False,
        validators=[
            DataRequired("Select the contract stage"),
            OneOfTheChoices("Select the contract stage"),
        ],
    )
    parties = _lines_field(
        "Parties",
        "One per line: the council, police team, landlord, residents' group and others who "
        "signed or will sign.",
        "parties",
    )
    residents_commitments = _lines_field(
        "Residents' commitments",
        "One per line: what residents agree to do, like ‘Put bins out only on collection day’.",
        "commitments",
    )
    redress_options = _lines_field(
        "Redress options",
        "One per line: what happens when a standard is missed, like ‘A written response’.",
        "redress options",
    )
    response_days = DaysField(
        "Days to respond to a missed standard",
        description="How many days a provider has to respond after a standard is missed.",
        widget=GovTextInput(),
        validators=[
            InputRequired("Enter the number of days to respond, like 10"),
            NumberRange(min=1, max=365, message="Enter a number of days from 1 to 365"),
        ],
    )
    signed_on = DayMonthYearField("Date signed (optional)", validators=[Optional()])
    review_on = DayMonthYearField("Review date (optional)", validators=[Optional()])
    households_band = SelectField(
        "Households in the area",
        widget=GovSelect(),
        choices=choices_of(HOUSEHOLD_BANDS, "Not known"),
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select a number of households from the list")],
    )
    priority_topics = SelectMultipleField(
        "Priority topics",
        description="The topics residents chose as priorities.",
        widget=GovCheckboxesInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select topics from the list")],
    )
    description = TextAreaField(
        "About the area",
        widget=GovTextArea(),
        filters=[strip],
        validators=[Length(max=3000, message="Enter 3,000 characters or fewer")],
    )
    submit = SubmitField("Save contract", id="save-contract", widget=GovSubmitInput())

    def _check_lines(self, field: Field, what: str) -> None:
        problem = lines_problem(lines(field.data), what)
        if problem:
            raise ValidationError(problem)

    def validate_parties(self, field: Field) -> None:
        self._check_lines(field, "parties")

    def validate_residents_commitments(self, field: Field) -> None:
        self._check_lines(field, "commitments")

    def validate_redress_options(self, field: Field) -> None:
        self._check_lines(field, "redress options")

    def validate_review_on(self, field: Field) -> None:
        if field.data and self.signed_on.data and field.data < self.signed_on.data:
            raise ValidationError("Enter a review date that is after the date signed")


class ProgressForm(FlaskForm):
    recorded_on = DayMonthYearField(
        "Date", validators=[InputRequired("Enter the date"), not_in_future]
    )
    text = TextAreaField(
        "Update",
        description="What happened. You can use Markdown.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter the update"),
            Length(max=5000, message="Enter an update of 5,000 characters or fewer"),
        ],
    )
    standard = id_select(
        "Standard it measures (optional)",
        "Select a standard from the list",
    )
    measured_value = StringField(
        "Measured value (optional)",
        widget=GovTextInput(),
        filters=[strip],
        validators=[Length(max=100, message="Enter a value of 100 characters or fewer")],
    )
    submit = SubmitField("Add update", id="add-update", widget=GovSubmitInput())

    def validate_measured_value(self, field: Field) -> None:
        if field.data and not self.standard.data:
            raise ValidationError("Select the standard this value measures")


class MemberForm(FlaskForm):
    email = StringField(
        "Email address of the person to add",
        description="They must already have an account on the forum.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter an email address"),
            Email("Enter an email address in the correct format, like name@example.org"),
        ],
    )
    role = RadioField(
        "Their role",
        widget=GovRadioInput(),
        choices=choices_of(MEMBER_ROLE_LABELS),
        validate_choice=False,
        validators=[DataRequired("Select their role"), OneOfTheChoices("Select their role")],
    )
    submit = SubmitField("Add member", id="add-member", widget=GovSubmitInput())
