"""`python -m advisoryboard` is the same as the `advisoryboard` command."""

from advisoryboard.cli import main

raise SystemExit(main())
