"""Demo data set loaded by `flask --app forum seed-demo`."""
