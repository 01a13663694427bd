import sys

try:
    from analysis.cli import main
except ImportError as err:  # e.g. a compiled rule module older than its source
    sys.exit(f"error: {err}")

sys.exit(main())
