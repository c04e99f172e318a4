"""Errors a person can cause and fix, kept apart from bugs.

A `UserError` is shown calmly by the front ends (exit code 2 on the command line, a message box
in the window). Anything else that escapes is a bug: logged with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `str(error)` is one sentence saying what and what to do."""

    code = "user_error"

    def __init__(self, message: str, **facts: object) -> None:
        super().__init__(message)
        self.facts = facts


class BadDate(UserError):
    code = "bad_date"


class DatabaseUnusable(UserError):
    code = "database_unusable"


class BadSetting(UserError):
    code = "bad_setting"
