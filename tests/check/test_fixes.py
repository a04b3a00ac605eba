"""Every fix on a draft full of faults: it applies, clears its diagnostic, and undoes."""

import copy

from draftapp.check import check_draft
from draftapp.model import SetSponsors

from .helpers import en

FAULTY = (
    "recaling its resolution A/RES/64/256 of March 2, 2010<sup>1</sup>,\n\n"
    "*Recalling further* the report (A/71/L23);<sup>2</sup>\n\n"
    "1. *Decides* to act,\n\n"
    "3. *Decides* to follow paragraph 1 above:\n(a) On one;\n(b) On two,\n\n"
    "4. *Requests* the Secretary-General to report on its resolution 64/256 dated 2 March 2010;\n\n"
    "5. *Decides* to include in the provisional agenda of its eighty-first session the item entitled \u201cSomething else\u201d;\n\n"
    "<sup>1</sup> A/80/1\n\n<sup>2</sup> A/80/1\n"
)


def _key(d):
    return (d.rule, d.paragraph_id, d.field)


def test_every_fix_clears_its_diagnostic_and_undoes():
    draft = en(FAULTY)
    SetSponsors(["Kazakhstan", "State of Palestine", "Armenia", "Armenia", "Belaruss"]).apply(draft)
    before = check_draft(draft)
    fixable = [d for d in before if d.fix is not None]
    rules = {d.rule for d in fixable}
    assert len(rules) >= 15, rules
    for d in fixable:
        work = copy.deepcopy(draft)
        command = d.fix.make(work)
        command.apply(work)
        after = check_draft(work)
        same = [x for x in after if _key(x) == _key(d) and x.message == d.message and x.span == d.span]
        assert same == [], (d.rule, d.message)
        command.revert(work)
        assert work == draft, d.rule
        assert [(x.rule, x.span, x.message) for x in check_draft(work)] == [(x.rule, x.span, x.message) for x in before]
