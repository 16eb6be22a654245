"""`python -m eventscribe` runs the command line."""

from eventscribe.cli import run

run()
