"""Mentoring forms: mentor profiles, answering offers, asking and publishing questions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from forum.boards.forms import TITLE_MAX, TITLE_MIN, body_field
from forum.forms import OneOfTheChoices, id_select, optional_id, strip
from forum.models.mentoring import ExpertiseLevel
from forum.models.places import Topic

BIO_MAX = 5_000
CAPACITY_MAX = 20


class WholeNumberField(IntegerField):
    """An IntegerField whose "not a number" error is an instruction, like every other one."""

    def __init__(self, label: str, *, what: str, **kwargs: Any) -> None:
        super().__init__(label, **kwargs)
        self.what = what

    def process_formdata(self, valuelist: list[Any]) -> None:
        if not valuelist or valuelist[0] in ("", None):
            self.data = None
            return
        try:
            self.data = int(str(valuelist[0]).strip())
        except ValueError:
            self.data = None
            raise ValueError(f"Enter {self.what} as a whole number, like 2") from None


def _count(label: str, what: str, *, hint: str = "", low: int = 0, high: int = 60) -> Any:
    return WholeNumberField(
        label,
        what=what,
        description=hint,
        widget=GovTextInput(),
        validators=[
            InputRequired(f"Enter {what}"),
            NumberRange(min=low, max=high, message=f"Enter {what} from {low} to {high}"),
        ],
    )


class MentorProfileForm(FlaskForm):
    bio = TextAreaField(
        "About you",
        description="What you have done and how you can help. You can use Markdown.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[Length(max=BIO_MAX, message=f"Enter {BIO_MAX:,} characters or fewer")],
    )
    capacity = WholeNumberField(
        "How many areas can you mentor at once?",
        what="how many areas you can mentor at once",
        widget=GovTextInput(),
        validators=[
            InputRequired("Enter how many areas you can mentor at once"),
            NumberRange(
                min=1,
                max=CAPACITY_MAX,
                message=f"Enter a number of areas from 1 to {CAPACITY_MAX}",
            ),
        ],
    )
    available = RadioField(
        "Are you taking on new areas?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("yes", "Yes, I can take on new areas"),
            SelectChoice("no", "Not at the moment"),
        ],
        validate_choice=False,
        validators=[
            DataRequired("Select whether you are taking on new areas"),
            OneOfTheChoices("Select whether you are taking on new areas"),
        ],
    )
    areas_mentored = _count(
        "How many areas have you mentored before?", "how many areas you have mentored"
    )
    years_experience = _count(
        "Years of experience in neighbourhood work", "your years of experience"
    )
    signed_contracts = _count(
        "How many of those areas signed a contract while you mentored them?",
        "how many signed contracts you have mentored",
        high=200,
    )
    regions = SelectMultipleField(
        "Regions you can cover",
        widget=GovCheckboxesInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select regions from the list")],
    )
    conflict_organisations = SelectMultipleField(
        "Organisations you must not mentor for (conflicts of interest)",
        description="For example a council you work for or advise.",
        widget=GovCheckboxesInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select organisations from the list")],
    )
    conflict_areas = SelectMultipleField(
        "Areas you must not mentor (conflicts of interest)",
        widget=GovCheckboxesInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select areas from the list")],
    )
    submit = SubmitField("Save mentor profile", id="save-profile", widget=GovSubmitInput())


LEVEL_CHOICES = [SelectChoice("", "No")] + [
    SelectChoice(level.value, level.label) for level in ExpertiseLevel
]


def expertise_field_name(topic_id: int) -> str:
    return f"topic_{topic_id}"


def profile_form(topics: Sequence[Topic], **kwargs: Any) -> MentorProfileForm:
    """The profile form with one expertise select per topic of the shared taxonomy."""

    class WithExpertise(MentorProfileForm):
        pass

    for topic in topics:
        field = SelectField(
            topic.name,
            widget=GovSelect(),
            choices=LEVEL_CHOICES,
            default="",
            validate_choice=False,
            validators=[OneOfTheChoices(f"Select a level for {topic.name}, or No")],
        )
        setattr(WithExpertise, expertise_field_name(topic.id), field)
    return WithExpertise(**kwargs)


class DeclineForm(FlaskForm):
    reason = TextAreaField(
        "Why are you declining?",
        description="The area and programme staff see this. It helps them find another mentor.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter why you are declining"),
            Length(max=2000, message="Enter 2,000 characters or fewer"),
        ],
    )
    submit = SubmitField("Decline the offer", id="decline", widget=GovSubmitInput())


class RequestMentorForm(FlaskForm):
    mentor = RadioField(
        "Choose a mentor",
        widget=GovRadioInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[
            DataRequired("Select a mentor from the shortlist"),
            OneOfTheChoices("Select a mentor from the shortlist"),
        ],
    )
    submit = SubmitField("Ask this mentor", id="ask-mentor", widget=GovSubmitInput())


ANY_MENTOR = "any"


class AskQuestionForm(FlaskForm):
    title = StringField(
        "Your question in one line",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter your question"),
            Length(
                min=TITLE_MIN,
                max=TITLE_MAX,
                message=f"Enter a question between {TITLE_MIN} and {TITLE_MAX} characters",
            ),
        ],
    )
    body = body_field("Details")
    mentor = RadioField(
        "Who should answer?",
        widget=GovRadioInput(),
        validate_choice=False,
        validators=[
            DataRequired("Select who should answer"),
            OneOfTheChoices("Select who should answer"),
        ],
    )
    submit = SubmitField("Ask the question", id="ask-question", widget=GovSubmitInput())


class PublishForm(FlaskForm):
    board = id_select(
        "Publish to board",
        "Select a board from the list",
    )
    submit = SubmitField("Publish the question", id="publish", widget=GovSubmitInput())
