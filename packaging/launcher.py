"""The standalone app's entry point: the same `trustjournal` command as a pip install.

With no command it opens the desktop app; with one it answers on the command line.
"""

from trustjournal.cli import main

raise SystemExit(main())
