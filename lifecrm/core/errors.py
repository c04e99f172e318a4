"""Errors a person can cause and fix, kept apart from bugs.

A `UserError` is shown calmly by the front ends (exit code 2 on the command line, a message box
in the window). Anything else that escapes is a bug: logged with its traceback.

Core says facts, not sentences for one reader: a UserError carries its `code`, its `facts`
(row, column, value, path...) and a `text` marked with `N_()`, so each front door says it in
its reader's language (`lifecrm.core.i18n.describe`) and adds its own hint for the code (the
command line names its options, the window its buttons).
"""

from __future__ import annotations

from lifecrm.core.i18n import Text


class UserError(Exception):
    """Something the user can fix; `str(error)` is one English sentence saying what."""

    code = "user_error"

    def __init__(self, message: str, **facts: object) -> None:
        self.text: str = (
            Text(message.template, {**message.facts, **facts})
            if isinstance(message, Text)
            else message
        )
        super().__init__(self.text)
        self.facts = facts


class BadDate(UserError):
    code = "bad_date"


class DatabaseUnusable(UserError):
    code = "database_unusable"


class BadSetting(UserError):
    code = "bad_setting"
