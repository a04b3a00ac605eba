"""Which paragraph of the new draft is which of the old one, and which moved.

`pair(old_items, new_items)` pairs items by identity first (the same paragraph id: the
lineage a draft keeps through its edits and moves), then, for what is left, by text:
equal texts in order (difflib over the sequences), then similar texts (ratio at least
`SIMILAR`) in the stretches between, then similar texts anywhere (a paragraph moved and
edited). `stable(pairs)` keeps the longest run of pairs in the same order in both
drafts; the other pairs are moves.
"""

from __future__ import annotations

import bisect
import difflib
from typing import Callable, Sequence

from draftapp.compare.words import similarity

#: How alike two texts must be to count as one paragraph edited.
SIMILAR = 0.6
#: ... and to count as one paragraph moved and edited (far apart, so surer).
SIMILAR_FAR = 0.75


def pair(old_ids: Sequence[str], new_ids: Sequence[str], old_text: Callable[[int], str],
         new_text: Callable[[int], str]) -> dict[int, int]:
    """old index -> new index."""
    where = {pid: j for j, pid in enumerate(new_ids)}
    pairs = {i: where[pid] for i, pid in enumerate(old_ids) if pid in where}
    taken = set(pairs.values())
    rest_old = [i for i in range(len(old_ids)) if i not in pairs]
    rest_new = [j for j in range(len(new_ids)) if j not in taken]
    if not rest_old or not rest_new:
        return pairs
    a = [old_text(i).strip() for i in rest_old]
    b = [new_text(j).strip() for j in rest_new]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    loose_old, loose_new = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                pairs[rest_old[i1 + k]] = rest_new[j1 + k]
            continue
        # in a replaced stretch, pair in order what is alike enough
        j = j1
        for i in range(i1, i2):
            best = None
            for jj in range(j, j2):
                if similarity(a[i], b[jj], SIMILAR) >= SIMILAR:
                    best = jj
                    break
            if best is None:
                loose_old.append(i)
                continue
            loose_new.extend(range(j, best))
            pairs[rest_old[i]] = rest_new[best]
            j = best + 1
        loose_new.extend(range(j, j2))
    # anything still loose: a paragraph moved (and maybe edited) far away
    free = set(loose_new)
    for i in loose_old:
        scored = [(similarity(a[i], b[j], SIMILAR_FAR), j) for j in sorted(free)]
        scored = [s for s in scored if s[0] >= SIMILAR_FAR]
        if scored:
            _, j = max(scored, key=lambda s: (s[0], -s[1]))
            pairs[rest_old[i]] = rest_new[j]
            free.discard(j)
    return pairs


def stable(pairs: dict[int, int]) -> set[int]:
    """The old indices of the longest subsequence of pairs in the same order in both
    drafts (patience-style LIS, O(n log n)); every other pair is a move."""
    items = sorted(pairs.items())
    tails: list[int] = []  # new index at the end of the best run of each length
    tail_at: list[int] = []  # position in items of that end
    back = [-1] * len(items)
    for k, (_i, j) in enumerate(items):
        n = bisect.bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[n] = j
            tail_at[n] = k
        back[k] = tail_at[n - 1] if n > 0 else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(items[k][0])
        k = back[k]
    return keep
