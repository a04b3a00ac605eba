"""Which official language a text's script points to: Han for Chinese, Arabic, Cyrillic
for Russian. The Latin-script languages are told apart by their words, not here."""

from __future__ import annotations


def is_cjk(ch: str) -> bool:
    """A Han character or CJK/full-width punctuation: no space is written between two."""
    if not ch:
        return False
    code = ord(ch)
    return (
        0x3000 <= code <= 0x303F
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FFFF
    )


def script_language(sample: str) -> tuple[str, int]:
    """("zh" | "ar" | "ru", how many characters of that script the sample holds), for
    the script with the most characters."""
    counts = {"zh": 0, "ar": 0, "ru": 0}
    for ch in sample:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            counts["zh"] += 1
        elif "\u0600" <= ch <= "\u06ff":
            counts["ar"] += 1
        elif "\u0400" <= ch <= "\u04ff":
            counts["ru"] += 1
    return max(counts.items(), key=lambda kv: kv[1])
