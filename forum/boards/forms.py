"""Forum forms. `title` and `body` are stable seams (DESIGN.md)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    RadioField,
    SelectChoice,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, Optional

from forum.forms import OneOfTheChoices, id_select, optional_id, strip

BODY_MAX = 20_000
TITLE_MIN, TITLE_MAX = 5, 150
MAX_TOPICS = 3


def body_field(label: str = "Your message") -> TextAreaField:
    return TextAreaField(
        label,
        description="You can use Markdown: **bold**, *italic*, lists, links and tables.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter your message"),
            Length(max=BODY_MAX, message=f"Enter a message of {BODY_MAX:,} characters or fewer"),
        ],
    )


class ReplyForm(FlaskForm):
    body = body_field("Your reply")
    preview = SubmitField("Preview", id="preview", widget=GovSubmitInput())
    submit = SubmitField("Post reply", id="post-reply", widget=GovSubmitInput())


class NewThreadForm(FlaskForm):
    title = StringField(
        "Title",
        description="A question or a short summary, like ‘How quickly do you remove graffiti?’",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter a title"),
            Length(
                min=TITLE_MIN,
                max=TITLE_MAX,
                message=f"Enter a title between {TITLE_MIN} and {TITLE_MAX} characters",
            ),
        ],
    )
    kind = RadioField(
        "What are you posting?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("discussion", "A discussion: share experience or an idea"),
            SelectChoice("question", "A question: you want an answer you can mark as accepted"),
        ],
        default="discussion",
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select discussion or question")],
    )
    body = body_field()
    topics = SelectMultipleField(
        "Topics (optional)",
        description=f"Pick up to {MAX_TOPICS}, so people working on the same things find it.",
        widget=GovCheckboxesInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select topics from the list")],
    )
    area = id_select(
        "Neighbourhood area (optional)",
        "Select an area from the list",
    )
    guidance = id_select(
        "Guidance page this is about (optional)",
        "Select a guidance page from the list",
        description="The thread is listed on that page, so its readers find the discussion.",
    )
    preview = SubmitField("Preview", id="preview", widget=GovSubmitInput())
    submit = SubmitField("Post thread", id="post-thread", widget=GovSubmitInput())

    def validate_topics(self, field: SelectMultipleField) -> None:
        if len(field.data or []) > MAX_TOPICS:
            raise ValidationError(f"Select up to {MAX_TOPICS} topics")


class EditPostForm(FlaskForm):
    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            Optional(),
            Length(
                min=TITLE_MIN,
                max=TITLE_MAX,
                message=f"Enter a title between {TITLE_MIN} and {TITLE_MAX} characters",
            ),
        ],
    )
    body = body_field()
    preview = SubmitField("Preview", id="preview", widget=GovSubmitInput())
    submit = SubmitField("Save changes", id="save-changes", widget=GovSubmitInput())


class MoveThreadForm(FlaskForm):
    board = id_select(
        "Move to board",
        "Select a board from the list",
    )
    submit = SubmitField("Move thread", id="move-thread", widget=GovSubmitInput())


class FlagForm(FlaskForm):
    reason = RadioField(
        "Why should a moderator look at this post?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("spam", "It is spam or advertising"),
            SelectChoice("abusive", "It is abusive, threatening or discriminatory"),
            SelectChoice("personal_data", "It shares someone's personal details"),
            SelectChoice("off_topic", "It is off topic or in the wrong place"),
            SelectChoice("other", "Something else"),
        ],
        validate_choice=False,
        validators=[
            DataRequired("Select why you are flagging this post"),
            OneOfTheChoices("Select why you are flagging this post"),
        ],
    )
    details = TextAreaField(
        "Anything a moderator should know (optional)",
        widget=GovTextArea(),
        filters=[strip],
        validators=[Length(max=1000, message="Enter 1,000 characters or fewer")],
    )
    submit = SubmitField("Send to moderators", id="send-flag", widget=GovSubmitInput())
