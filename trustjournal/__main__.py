"""`python -m trustjournal` does what the `trustjournal` command does."""

from trustjournal.cli import main

raise SystemExit(main())
