"""`flask --app forum worker`, and the one-off commands that run a job now.

The one-off commands (`send-digests`, `expire-offers`, `mentoring-tick`) go through the
same runner as the worker: under the job's lock, waiting for a run elsewhere to finish, so
a cron'd command beside any number of workers still has each effect happen once.
"""

from __future__ import annotations

import click
from flask import Flask, current_app

from forum.worker import jobs as job_names
from forum.worker.jobs import jobs_for
from forum.worker.runner import JobRun, run_job


def _run_now(*names: str) -> list[JobRun]:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    jobs = jobs_for(app)
    runs = [run_job(app, jobs[name], force=True, wait=True) for name in names]
    for run in runs:
        if run.failed:
            raise click.ClickException(f"{run.job} {run.outcome}")
    return runs


@click.command("worker")
def worker() -> None:
    """Run all background work (search index, mail, scheduled jobs) until SIGTERM."""
    from forum.worker.process import Worker

    process = Worker(current_app._get_current_object())  # type: ignore[attr-defined]
    process.install_signal_handlers()
    process.run()


@click.command("jobs")
def list_jobs() -> None:
    """List the scheduled jobs: when each last ran, what it did, and when it is next due."""
    from forum.data import service as service_data

    rows = {row.name: row for row in service_data.job_rows()}
    for job in jobs_for(current_app._get_current_object()).values():  # type: ignore[attr-defined]
        row = rows.get(job.name)
        click.echo(f"{job.name}: {job.description} ({job.schedule.describe()})")
        if row is None:
            click.echo("    never run")
            continue
        last = f"{row.last_finished_at:%Y-%m-%d %H:%M} UTC" if row.last_finished_at else "never"
        click.echo(f"    last run {last}: {row.last_outcome or '-'}; runs {row.runs}")
        click.echo(f"    next due {row.next_run_at:%Y-%m-%d %H:%M} UTC")
        if row.last_error:
            click.echo(f"    last error ({row.failures} in a row): {row.last_error}")


@click.command("send-digests")
def send_digests() -> None:
    """Queue today's daily summaries now (the worker does it daily at DIGEST_HOUR)."""
    [run] = _run_now(job_names.DAILY_SUMMARIES)
    click.echo(f"{run.outcome.capitalize()}.")


@click.command("expire-offers")
def expire_offers() -> None:
    """Expire offers past their deadline and offer each area to the next-ranked mentor."""
    [run] = _run_now(job_names.OFFER_EXPIRY)
    click.echo(f"{run.outcome.capitalize()}.")


@click.command("mentoring-tick")
def mentoring_tick() -> None:
    """Expire overdue offers, and open long-unanswered questions to every mentor."""
    offers, questions = _run_now(job_names.OFFER_EXPIRY, job_names.QUESTION_ESCALATION)
    click.echo(f"{offers.outcome.capitalize()}; {questions.outcome}.")


def register(app: Flask) -> None:
    for command in (worker, list_jobs, send_digests, expire_offers, mentoring_tick):
        app.cli.add_command(command)
