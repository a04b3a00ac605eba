import sys

from draftapp.cli import main

sys.exit(main())
