"""One `Language` per official language, read from resources/lang/<code>.json.

Everything that differs by language (punctuation, label shapes, organ lines, kind
labels, agenda wording, direction, italics) is data there; this class only gives it
names and a few ways to use it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

from draftapp.model.numbering import LabelScheme, LevelStyle
from draftapp.paths import RESOURCES

#: The six official languages, in the UN's order.
LANGUAGES = ("ar", "zh", "en", "fr", "es", "ru")


class UnknownLanguage(ValueError):
    pass


@dataclass(frozen=True, eq=False)
class Language:
    code: str
    data: dict

    # --- simple facts -------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.data["name"]

    @property
    def native_name(self) -> str:
        return self.data["native_name"]

    @property
    def rtl(self) -> bool:
        return self.data["direction"] == "rtl"

    @property
    def cjk(self) -> bool:
        return self.data["cjk"]

    @property
    def italic_openings(self) -> bool:
        return self.data["italic_openings"]

    @property
    def lowercase_openings(self) -> bool:
        return self.data["lowercase_openings"]

    @property
    def marker_after_punctuation(self) -> bool:
        return self.data["footnote_marker"] == "after"

    @property
    def punct(self) -> SimpleNamespace:
        """preamble_end, operative_end, final_end, intro_end, subparagraph_end, …"""
        return SimpleNamespace(**self.data["punctuation"])

    @property
    def labels(self) -> LabelScheme:
        levels = tuple(
            LevelStyle(tuple(counter) if isinstance(counter, list) else counter, fmt)
            for counter, fmt in self.data["labels"]["levels"]
        )
        return LabelScheme(operative=self.data["labels"]["operative"], levels=levels)

    @property
    def united_nations(self) -> str:
        return self.data["united_nations"]

    # --- words --------------------------------------------------------------------
    def organ_name(self, organ: str) -> str:
        return self._organ(organ)["name"]

    def committee_name(self, organ: str) -> str:
        return self._organ(organ).get("committee", "")

    def organ_gender(self, organ: str) -> str:
        """"f" or "m": what preambular adjectives and Arabic verbs agree with
        ("Préoccupée" for the Assemblée, "Préoccupé" for the Conseil)."""
        return self._organ(organ).get("gender", "f")

    def organ_line(self, organ: str) -> str:
        """The organ line in the text dialect, e.g. "*The General Assembly*," or "大会，"."""
        return self._organ(organ)["line"]

    def organ_line_of(self, meta) -> str:
        """The organ line a draft shows: its own wording if it has one, else the organ's."""
        return meta.organ_line or self.organ_line(meta.organ)

    def organ_lines(self) -> set[str]:
        return {o["line"] for o in self.data["organs"].values()}

    def _organ(self, organ: str) -> dict:
        try:
            return self.data["organs"][organ]
        except KeyError:
            raise ValueError(f"unknown organ {organ!r}") from None

    def kind_label(self, kind: str) -> str:
        return self.data["kinds"][kind]

    def kinds(self) -> dict[str, str]:
        return dict(self.data["kinds"])

    def amendment_label(self, symbol: str) -> str:
        """"amendment to draft resolution A/80/L.12", in this language."""
        import json

        from draftapp.paths import RESOURCES

        data = json.loads((RESOURCES / "amendments" / f"{self.code}.json").read_text(encoding="utf-8"))
        return data["kind_line"].format(symbol=symbol)

    def agenda_line(self, numbers: list[str]) -> str:
        key = "agenda" if len(numbers) == 1 else "agenda_plural"
        return self.data[key].format(self.join(numbers))

    def session_name(self, session: int) -> str:
        from draftapp.lang.ordinals import session_name

        return session_name(self.code, session)

    def join(self, items: list[str]) -> str:
        """"A, B and C" / "A、B和C": a list joined by the language's convention."""
        p = self.punct
        if len(items) <= 1:
            return "".join(items)
        return p.list_separator.join(items[:-1]) + p.list_last + items[-1]

    def split(self, text: str, is_known=lambda name: False) -> list[str]:
        """The inverse of `join`: a sponsors list back into names.

        Names may contain the separators themselves ("Bosnia and Herzegovina",
        "朝鲜民主主义人民共和国" holds 和), so the text is cut at every separator and the
        pieces regrouped to make as many known names as possible; an unknown name keeps
        to a single piece."""
        p = self.punct
        seps = sorted({p.list_separator, p.list_last}, key=len, reverse=True)
        pattern = "(" + "|".join(re.escape(sep) for sep in seps) + ")"
        cut = re.split(pattern, text.strip())
        tokens, joints = cut[0::2], cut[1::2]
        n = len(tokens)
        NEG = float("-inf")
        best: list[tuple[float, list[str]]] = [(0.0, [])] + [(NEG, [])] * n
        for end in range(1, n + 1):
            # a name spans at most NAME_PIECES pieces: the work grows with the line's
            # length, not its cube (a fuzzed line of 147 names took 9 s)
            for start in range(max(0, end - NAME_PIECES), end):
                if best[start][0] == NEG:
                    continue
                name = tokens[start]
                for k in range(start + 1, end):
                    name += joints[k - 1] + tokens[k]
                name = name.strip()
                if is_known(name):
                    score = 2.0
                elif end - start == 1:
                    score = 0.0
                else:
                    continue
                total = best[start][0] + score
                if total > best[end][0]:
                    best[end] = (total, best[start][1] + [name])
        return [name for name in best[n][1] if name]

    def cross_reference_words(self) -> dict[str, str]:
        return dict(self.data["cross_reference"])


#: the most pieces a known name makes when cut at the list separators: two in
#: resources (Bosnia and Herzegovina, 安提瓜和巴布达, أنتيغوا وبربودا), one more for margin
NAME_PIECES = 3


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    if code not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    path = RESOURCES / "lang" / f"{code}.json"
    return Language(code, json.loads(path.read_text(encoding="utf-8")))


def all_languages() -> list[Language]:
    return [get_language(code) for code in LANGUAGES]
