"""A large, realistic draft for benchmarks: 120 preambular and 380 operative paragraphs,
three subparagraph levels, 150 footnotes with repeated citations, about 60,000 words,
in English or Chinese. Deterministic: the same call gives the same draft.

    python benchmarks/generate.py en out.md      # write it in the text dialect
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from draftapp.model import (  # noqa: E402
    AgendaItem,
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Text,
)

WORDS = {
    "en": (
        "the international community United Nations Member States sustainable development cooperation "
        "regional organizations implementation human rights peace and security capacity-building "
        "assistance framework relevant resolutions report of the Secretary-General efforts national "
        "institutions strengthening effective coordination partnership commitment programmes "
        "developing countries technical support resources civil society full participation women "
        "and girls humanitarian access accountability transparency inclusive process mandate "
        "agencies funds and programmes within existing resources priority areas challenges"
    ).split(),
    "zh": (
        "国际社会 联合国 会员国 可持续发展 合作 区域组织 执行 人权 和平与安全 能力建设 援助 框架 相关决议 "
        "秘书长的报告 努力 国家机构 加强 有效协调 伙伴关系 承诺 方案 发展中国家 技术支持 资源 民间社会 "
        "充分参与 妇女和女童 人道主义准入 问责 透明度 包容性进程 任务授权 机构基金和方案 现有资源 优先领域 挑战"
    ).split(),
}
PREAMBULAR = {
    "en": ["Recalling", "Recalling also", "Reaffirming", "Noting with appreciation", "Deeply concerned",
           "Bearing in mind", "Convinced", "Welcoming", "Recognizing", "Emphasizing", "Taking note of"],
    "zh": ["回顾", "又回顾", "重申", "赞赏地注意到", "深为关切", "铭记", "深信", "欢迎", "认识到", "强调", "注意到"],
}
OPERATIVE = {
    "en": ["Decides", "Requests", "Calls upon", "Urges", "Encourages", "Welcomes", "Invites",
           "Reaffirms", "Stresses", "Takes note of", "Also requests", "Further encourages"],
    "zh": ["决定", "请", "吁请", "敦促", "鼓励", "欢迎", "邀请", "重申", "强调", "注意到", "又请", "还鼓励"],
}
PUNCT = {
    "en": {"pre": ",", "op": ";", "last": ".", "intro": ":", "space": " "},
    "zh": {"pre": "，", "op": "；", "last": "。", "intro": "：", "space": ""},
}


#: Scales sentence lengths so that each language comes to about 60,000 words.
LENGTH = {"en": 1.45, "zh": 0.67}


def _sentence(rng: random.Random, language: str, words: int) -> str:
    vocab = WORDS[language]
    return PUNCT[language]["space"].join(rng.choice(vocab) for _ in range(max(1, round(words * LENGTH[language]))))


def large_draft(language: str = "en", seed: int = 71) -> Draft:
    if language not in WORDS:
        raise ValueError(f"the generator speaks en and zh, not {language!r}")
    rng = random.Random(seed)
    p = PUNCT[language]
    sp = p["space"]
    footnotes = [Footnote.of(f"A/80/{100 + i}{'.' if language == 'en' else '。'}") for i in range(150)]
    cited: list[Footnote] = []

    def citation() -> FootnoteRef:
        # New footnotes in order; about one citation in four repeats an earlier one.
        if cited and (len(cited) == len(footnotes) or rng.random() < 0.25):
            return FootnoteRef(rng.choice(cited).id)
        note = footnotes[len(cited)]
        cited.append(note)
        return FootnoteRef(note.id)

    def body(opening: str, words: int, end: str, italic: bool, with_note: bool) -> list:
        runs: list = [Text(opening, italic=italic), Text(sp + _sentence(rng, language, words) + end)]
        if with_note:
            runs.append(citation())
        return runs

    italic = language == "en"
    preamble = [
        Paragraph(runs=body(rng.choice(PREAMBULAR[language]), rng.randint(40, 70), p["pre"], italic, i % 2 == 0))
        for i in range(120)
    ]
    operative: list[Paragraph] = []
    for i in range(380):
        has_children = i % 4 == 1
        end = p["intro"] if has_children else (p["last"] if i == 379 else p["op"])
        para = Paragraph(runs=body(rng.choice(OPERATIVE[language]), rng.randint(45, 75), end, italic, i % 3 == 0))
        if has_children:
            for a in range(3):
                sub = Paragraph.of(_sentence(rng, language, 25) + (p["intro"] if a == 1 else p["op"]))
                if a == 1:
                    for r in range(2):
                        deep = Paragraph.of(_sentence(rng, language, 15) + (p["intro"] if r == 0 else p["op"]))
                        if r == 0:
                            deep.children = [Paragraph.of(_sentence(rng, language, 10) + p["op"]) for _ in range(2)]
                        sub.children.append(deep)
                para.children.append(sub)
        operative.append(para)
    # Cross-references: every tenth operative paragraph refers to one before it.
    for i in range(10, 380, 10):
        target = operative[rng.randrange(0, i)]
        word = "paragraph " if language == "en" else "第"
        after = " above" if language == "en" else "段"
        operative[i].runs[1:1] = [Text(sp + word), CrossRef(target.id), Text(after)]
    # Footnotes never cited by the loop above are cited at the end of the preamble.
    for note in footnotes[len(cited):]:
        preamble[-1].runs.append(FootnoteRef(note.id))
        cited.append(note)
    return Draft(
        language=language,
        meta=Metadata(
            organ="ga", session=80, agenda=[AgendaItem("74", ["Report of the benchmark" if language == "en" else "基准报告"])],
            symbol="A/80/L.99", date="2025-11-05", title="A very long draft" if language == "en" else "一份很长的草案",
            footnote_repeats="same",  # its footnotes are cited again (the style of the 71st-session drafts)
        ),
        sponsors=["Armenia", "Belarus", "Kazakhstan"] if language == "en" else ["亚美尼亚", "白俄罗斯", "哈萨克斯坦"],
        preamble=preamble,
        operative=operative,
        footnotes=footnotes,
    )


def word_count(draft: Draft) -> int:
    """Words for alphabetic languages; for Chinese, characters divided by 1.7 (a usual
    ratio of Chinese characters to English words in UN translation)."""
    texts = [p.text for p in draft.paragraphs()] + [f.text for f in draft.footnotes]
    if draft.language == "zh":
        return int(sum(len(t) for t in texts) / 1.7)
    return sum(len(t.split()) for t in texts)


def main() -> None:
    from draftapp.io.text import write_text

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("language", nargs="?", default="en", choices=["en", "zh"], help="the draft's language (en)")
    parser.add_argument("out", nargs="?", type=Path, help="write the draft there, in the text dialect")
    args = parser.parse_args()
    lang = args.language
    draft = large_draft(lang)
    if args.out:
        args.out.write_text(write_text(draft), encoding="utf-8")
    n_sub = sum(1 for _ in draft.paragraphs()) - len(draft.preamble) - len(draft.operative)
    print(f"{lang}: {len(draft.preamble)} preambular, {len(draft.operative)} operative, {n_sub} subparagraphs, "
          f"{len(draft.footnotes)} footnotes, about {word_count(draft)} words")


if __name__ == "__main__":
    main()
