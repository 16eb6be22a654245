"""`python -m eventscribe` runs the command line."""

from eventscribe.cli import main

raise SystemExit(main())
