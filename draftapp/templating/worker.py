"""Render one user template in a process of its own: `python -m draftapp.templating.worker`.

Reads a job (JSON) on stdin, limits its own memory and CPU time where the OS allows,
renders in the sandbox and writes {"text": …} or {"error": {template, line, problem}}
on stdout. The parent (render.py) also enforces a wall-clock limit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _limit(max_memory: int, seconds: float) -> None:
    """Memory and CPU limits (POSIX), and an alarm that stops the template where it is, so
    the error can name its line; the parent kills the process if even that fails."""
    try:
        import resource
        import signal
    except ImportError:  # not on this OS: the parent's time limit still holds
        return

    def out_of_time(signum, frame):
        raise TimeoutError(f"took longer than {seconds:g} seconds and was stopped")

    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, out_of_time)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    cpu_seconds = int(seconds) + 2  # a backstop: the alarm comes first
    for which, value in ((resource.RLIMIT_AS, max_memory), (resource.RLIMIT_CPU, cpu_seconds)):
        soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):
            pass


def main() -> int:
    job = json.loads(sys.stdin.read())
    from draftapp.templating.environment import make_environment
    from draftapp.templating.errors import TemplateError
    from draftapp.templating.render import context_for, render_in
    from draftapp.templating.request import NewDraftRequest

    request = NewDraftRequest.from_dict(job["request"])
    context = context_for(request)
    dirs = [Path(job["user_dir"])]
    env = make_environment(dirs)
    _limit(job["max_memory"], job["seconds"])  # imports are done: limit the rendering
    try:
        text = render_in(env, job["template"], context, dirs, job["max_output"])
        answer = {"text": text}
    except TemplateError as e:
        answer = {"error": {"template": e.template, "line": e.line, "problem": e.problem}}
    json.dump(answer, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
