"""`python -m lifecrm` behaves exactly like the `lifecrm` command."""

from lifecrm.cli import main

raise SystemExit(main())
