"""The editor italicizes an opening the bank lacks by its grammar (draftapp.lang.openings)."""

from draftapp.gui.openings import italic_opening_length


def test_editor_italics_follow_the_grammar_outside_the_bank():
    assert italic_opening_length("Greatly appreciates the work", "operative", "en") == len("Greatly appreciates")
    assert italic_opening_length("Exhortant les États", "preamble", "fr") == len("Exhortant")
    assert italic_opening_length("We acknowledge", "operative", "en") == 0
    # the bank still decides where it knows the phrase
    assert italic_opening_length("Requests the Secretary-General", "operative", "en") == len("Requests")
