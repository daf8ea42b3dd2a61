"""Errors written for the user, each with the exit status the CLI gives it."""


class CasualtyError(Exception):
    """A failure the user can act on; its message is one line."""

    exit_code = 1


class InputError(CasualtyError):
    """An input file that cannot be read as article text."""


class StoreError(CasualtyError):
    """The store cannot be opened or written."""


class UsageError(CasualtyError):
    """An option value that makes no sense."""

    exit_code = 2
