"""The error a command raises for a problem the user can fix; `status` is the exit code.
Its own module, so that `python -m draftapp.cli` (which loads cli.py a second time as
__main__) and the commands share one class."""


class UserError(Exception):
    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status
