"""One exception type for everything a user can cause or fix.

Its message is a single line that names the file, setting or command involved, so the CLI can
print it as-is and scripts can grep it; tracebacks are reserved for our own bugs.
"""


class KgError(Exception):
    """A failure the user can act on; ``str(err)`` is one line."""
