"""A worker whose offer-expiry job stops half-way (after its effects, before its commit)
until it is killed: what a host dying mid-job looks like. Run by test_worker_process."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

from forum import create_app
from forum.worker import jobs as names
from forum.worker.jobs import Job, jobs_for
from forum.worker.process import Worker


def main() -> None:
    app = create_app()
    marker = Path(os.environ["SLOW_JOB_MARKER"])
    real = jobs_for(app)[names.OFFER_EXPIRY]

    def expire_then_hang(now: datetime) -> str:
        outcome = real.run(now)
        marker.write_text(outcome)
        time.sleep(600)  # killed here, with the job's transaction still open
        return outcome

    Worker(app, jobs={real.name: Job(real.name, real.schedule, expire_then_hang, "")}).run()


if __name__ == "__main__":
    main()
