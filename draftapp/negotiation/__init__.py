"""The negotiation between versions: negotiation labels (PP3 bis, OP5 alt), the
compilation text, merging delegations' files into proposals, amendments and oral
revisions. The data itself is in draftapp/model/negotiation.py."""
