"""Small drafts for the rule tests, written in the text dialect."""

from __future__ import annotations

from draftapp.check import check_draft
from draftapp.io.text import read_text

EN_HEAD = """## Eightieth session

Agenda item 12

Armenia, Belarus and Kazakhstan: draft resolution

### Cooperation between the United Nations and the Collective Security Treaty Organization

*The General Assembly*,

"""

ZH_HEAD = """## 第八十届会议

议程项目 12

亚美尼亚、白俄罗斯和哈萨克斯坦：决议草案

### 联合国同集体安全条约组织的合作

大会，

"""

FR_HEAD = """<!-- draftapp
language: fr
-->
## Quatre-vingtième session

*L'Assemblée générale*,

"""


def en(body: str, head: str = EN_HEAD):
    return read_text(head + body)


def zh(body: str, head: str = ZH_HEAD):
    return read_text(head + body)


def rules_of(draft) -> list[str]:
    return [d.rule for d in check_draft(draft)]


def found(draft, rule: str):
    return [d for d in check_draft(draft) if d.rule == rule]


def apply_fix(draft, diagnostic):
    """Apply a diagnostic's fix and return the draft's diagnostics afterwards."""
    diagnostic.fix.make(draft).apply(draft)
    return check_draft(draft)


CLEAN_EN = """*Recalling* its resolution 79/6 of 29 October 2024,

*Noting* the report of the Secretary-General,<sup>1</sup>

1. *Welcomes* the report;<sup>1</sup>

2. *Decides* to remain seized of the matter.

<sup>1</sup> A/80/160.
"""
