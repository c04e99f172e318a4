"""What the frozen LifeCRM executable runs: the same `main` as the `lifecrm` command.

Named so that it never shadows the `lifecrm` package when PyInstaller analyses it.
"""

from lifecrm.cli import main

raise SystemExit(main())
