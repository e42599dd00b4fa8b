"""`flask --app forum expire-offers` and `mentoring-tick`: the mentoring clock, for cron."""

from __future__ import annotations

import click
from flask import Flask, current_app

from forum.extensions import db


@click.command("expire-offers")
def expire_offers() -> None:
    """Expire offers past their deadline and offer each area to the next-ranked mentor."""
    from forum.mentoring.offers import expire_due

    expired = expire_due()
    db.session.commit()
    click.echo(f"Expired {len(expired)} {'offer' if len(expired) == 1 else 'offers'}.")


@click.command("mentoring-tick")
def mentoring_tick() -> None:
    """Expire overdue offers, and open long-unanswered questions to every mentor."""
    from forum.mentoring.offers import expire_due
    from forum.mentoring.questions import escalate_due

    expired = expire_due()
    escalated = escalate_due(days=current_app.config["MENTORING_ESCALATE_DAYS"])
    db.session.commit()
    click.echo(
        f"Expired {len(expired)} {'offer' if len(expired) == 1 else 'offers'}; opened "
        f"{len(escalated)} {'question' if len(escalated) == 1 else 'questions'} to every mentor."
    )


def register(app: Flask) -> None:
    app.cli.add_command(expire_offers)
    app.cli.add_command(mentoring_tick)
