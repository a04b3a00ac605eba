"""Small drafts in each of the six languages for the export tests: two preambular
paragraphs (the first cites footnote 1), operative paragraphs with subparagraphs, a
second footnote, and a repeated citation of footnote 1 in the last paragraph."""

from draftapp.model import AgendaItem, Draft, Footnote, FootnoteRef, Metadata, Paragraph, Text

WORDS = {
    "en": {
        "opening": ("Recalling", " its resolution 59/50 of 2 December 2004,"),
        "second": ("Recalling also", " the Charter of the United Nations,"),
        "op1": ("Welcomes", " the report of the Secretary-General;"),
        "op2": ("Requests", " the Secretary-General:"),
        "subs": ["to submit a report;", "to continue consultations;"],
        "op3": ("Decides", " to remain seized of the matter."),
        "notes": ["A/71/160-S/2016/621.", "Resolution 49/57, annex."],
        "sponsors": ["Armenia", "Belarus"],
        "title": "Cooperation between the United Nations and the Collective Security Treaty Organization",
    },
    "fr": {
        "opening": ("Rappelant", " sa résolution 59/50 du 2 décembre 2004,"),
        "second": ("Rappelant également", " la Charte des Nations Unies,"),
        "op1": ("Accueille avec satisfaction", " le rapport du Secrétaire général ;"),
        "op2": ("Prie", " le Secrétaire général :"),
        "subs": ["De présenter un rapport ;", "De poursuivre les consultations ;"],
        "op3": ("Décide", " de rester saisie de la question."),
        "notes": ["A/71/160-S/2016/621.", "Résolution 49/57, annexe."],
        "sponsors": ["Arménie", "Bélarus"],
        "title": "Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de sécurité collective",
    },
    "es": {
        "opening": ("Recordando", " su resolución 59/50, de 2 de diciembre de 2004,"),
        "second": ("Recordando también", " la Carta de las Naciones Unidas,"),
        "op1": ("Acoge con beneplácito", " el informe del Secretario General;"),
        "op2": ("Solicita", " al Secretario General:"),
        "subs": ["Que presente un informe;", "Que prosiga las consultas;"],
        "op3": ("Decide", " seguir ocupándose de la cuestión."),
        "notes": ["A/71/160-S/2016/621.", "Resolución 49/57, anexo."],
        "sponsors": ["Armenia", "Belarús"],
        "title": "Cooperación entre las Naciones Unidas y la Organización del Tratado de Seguridad Colectiva",
    },
    "ru": {
        "opening": ("ссылаясь", " на свою резолюцию 59/50 от 2 декабря 2004 года,"),
        "second": ("ссылаясь также", " на Устав Организации Объединенных Наций,"),
        "op1": ("приветствует", " доклад Генерального секретаря;"),
        "op2": ("просит", " Генерального секретаря:"),
        "subs": ["представить доклад;", "продолжать консультации;"],
        "op3": ("постановляет", " продолжать заниматься этим вопросом."),
        "notes": ["A/71/160-S/2016/621.", "Резолюция 49/57, приложение."],
        "sponsors": ["Армения", "Беларусь"],
        "title": "Сотрудничество между Организацией Объединенных Наций и Организацией Договора о коллективной безопасности",
    },
    "zh": {
        "opening": ("", "又提及大会 2004 年 12 月 2 日第 59/50 号决议，"),
        "second": ("", "提及《联合国宪章》，"),
        "op1": ("", "欢迎秘书长的报告；"),
        "op2": ("", "请秘书长："),
        "subs": ["提交一份报告；", "继续协商；"],
        "op3": ("", "决定继续处理此案。"),
        "notes": ["A/71/160-S/2016/621。", "第 49/57 号决议，附件。"],
        "sponsors": ["亚美尼亚", "白俄罗斯"],
        "title": "联合国同集体安全条约组织的合作",
    },
    "ar": {
        "opening": ("", "إذ تشير إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004،"),
        "second": ("", "وإذ تشير أيضا إلى ميثاق الأمم المتحدة،"),
        "op1": ("", "ترحب بتقرير الأمين العام؛"),
        "op2": ("", "تطلب إلى الأمين العام:"),
        "subs": ["أن يقدم تقريرا؛", "أن يواصل المشاورات؛"],
        "op3": ("", "تقرر أن تبقي المسألة قيد نظرها."),
        "notes": ["A/71/160-S/2016/621.", "القرار 49/57، المرفق."],
        "sponsors": ["أرمينيا", "بيلاروس"],
        "title": "التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي",
    },
}


def _runs(pair, cite=None):
    italic, rest = pair
    runs = [Text(italic, italic=True)] if italic else []
    runs.append(Text(rest))
    if cite:
        runs.append(FootnoteRef(cite))
    return runs


def sample_draft(code: str, *, complete: bool = True) -> Draft:
    w = WORDS[code]
    f1, f2 = Footnote.of(w["notes"][0], id="f1"), Footnote.of(w["notes"][1], id="f2")
    meta = Metadata(
        organ="ga", session=71, agenda=[AgendaItem("126 (v)", [w["title"]])], title=w["title"],
        original_language="en", footnote_repeats="same",  # the 71st-session draft cites note 1 again
    )
    if complete:
        meta.symbol, meta.date, meta.job_number = "A/71/L.23", "2016-11-14", "16-20163"
    return Draft(
        language=code,
        meta=meta,
        sponsors=list(w["sponsors"]),
        preamble=[Paragraph(_runs(w["opening"], "f1")), Paragraph(_runs(w["second"]))],
        operative=[
            Paragraph(_runs(w["op1"], "f2")),
            Paragraph(_runs(w["op2"]), children=[Paragraph.of(s) for s in w["subs"]]),
            Paragraph(_runs(w["op3"], "f1")),
        ],
        footnotes=[f1, f2],
    )
