"""`python -m stellenstof_desktop` runs the same CLI as the `stellenstof` script."""

import sys

from stellenstof_desktop.cli import main

sys.exit(main())
