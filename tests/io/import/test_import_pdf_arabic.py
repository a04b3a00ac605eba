"""The rules that put a right-to-left PDF's text back in logical order (io/pdf/arabic.py),
each on the characters a PDF gives (the round trip of a whole Arabic draft is in
test_import_pdf_roundtrip.py)."""

from __future__ import annotations

from types import SimpleNamespace

from draftapp.io.pdf import arabic


def boxes(visual: str, width: float = 5.0, same: tuple[int, ...] = ()):
    """Characters as a page draws them, left to right, each with its box; the positions
    in `same` share the box of the character before (one glyph for two characters)."""
    out, x = [], 0.0
    for i, ch in enumerate(visual):
        if i in same:
            out.append((ch, out[-1][1], out[-1][2]))
            continue
        out.append((ch, x, x + width))
        x += width
    return out


def test_arabic_reads_right_to_left_and_latin_left_to_right():
    # "انظر A/52/855." drawn: ".A/52/855 رظنا" from left to right; PDFium's stream order shuffled
    chars = boxes(".A/52/855 رظنا")
    assert arabic.visual_to_logical(chars[::-1]) == "انظر A/52/855."
    assert arabic.visual_to_logical(chars[3:] + chars[:3]) == "انظر A/52/855."


def test_lam_alef_ligature_is_lam_then_alef():
    # the ligature glyph of "لا" maps to alef then lam, both with its one box
    visual = "ظحا" + "ل" + "ت"  # تلاحظ drawn: ظ ح [لا] ت, the ligature's two characters alef, lam
    chars = boxes(visual, same=(3,))
    assert arabic.visual_to_logical(chars) == "تلاحظ"
    # a definite article is two glyphs: left as it is
    assert arabic.visual_to_logical(boxes("ةيعمجلا")) == "الجمعية"


def test_left_to_right_run_alone_reads_left_to_right():
    assert arabic.visual_to_logical(boxes("25-17846")) == "25-17846"


def test_brackets_read_as_the_bidi_algorithm_drew_them():
    # as LibreOffice's PDF reads (the glyph's character): mirrored where resolved right to
    # left, as they are after left-to-right text ("A/52/855 (", "A/75/49)")
    lines = [")أ( عن التقدم", "الملحق رقم 49 )A/75/49).", ")مع الارتياح )البالغ( الأعمال( التي",
             "المتحدة )انظر A/52/855 (الفقرة 3((،", "رقم 49 )A/75/49 (Vol. I))."]
    assert arabic.balance_brackets(lines) == [
        "(أ) عن التقدم", "الملحق رقم 49 (A/75/49).", "(مع الارتياح (البالغ) الأعمال) التي",
        "المتحدة (انظر A/52/855 (الفقرة 3))،", "رقم 49 (A/75/49 (Vol. I))."]


def test_which_way_a_pdf_maps_its_brackets_is_read_from_how_they_nest():
    libreoffice = [")أ( عن التقدم؛", ")مع الارتياح )البالغ( الأعمال( التي،"]
    qt = ["(أ) عن التقدم؛", "(مع الارتياح (البالغ) الأعمال) التي،", "عن الاتفاق (A/75/49(؛"]
    assert arabic.brackets_mirrored(libreoffice)
    assert not arabic.brackets_mirrored(qt)
    # a paragraph that the document's way does not nest is read another way that does
    assert arabic.balance_brackets(qt, mirror=False) == [
        "(أ) عن التقدم؛", "(مع الارتياح (البالغ) الأعمال) التي،", "عن الاتفاق (A/75/49)؛"]


def test_quotes_open_and_close_in_turn_and_citations_stay():
    lines = ["البند المعنون “التعاون بين", "الأمم المتحدة”؛", "1986،[^1] و)ب("]
    assert arabic.balance_brackets(lines, ("\u201d", "\u201c")) == [
        "البند المعنون ”التعاون بين", "الأمم المتحدة“؛", "1986،[^1] و(ب)"]


def test_presentation_forms_and_tatweel():
    assert arabic.finish("\ufefb\u0640\u0640\ufe8e") == "\u0644\u0627\u0627"  # lam-alef form, kashida, alef final form


def test_kashida_objects_between_letters_are_dropped():
    span = lambda text, x0, x1: SimpleNamespace(text=text, x0=x0, x1=x1, baseline=100.0)  # noqa: E731
    right, kashida, left = span("إذ تشير إلى قراراته", 364, 466), span("4", 360, 364), span("ا ", 352, 360)
    comma = span(",", 200, 203)  # an object standing apart is kept, whatever its shape
    kept = arabic.drop_kashidas([right, kashida, left, comma], kashidas={1, 3})
    assert kept == [right, left, comma]
    assert left.x1 == right.x0  # the word's halves touch: no space is put between them


def test_a_kashida_is_known_by_its_flat_glyph_whatever_it_maps_to():
    # measured: a 13 pt kashida's box is 4 pt wide, 1.2 pt high on the baseline; a "4" is 9.5 pt high
    assert arabic.kashida_shaped([(",", 359.8, 363.8, 383.0, 384.2)], 13.0)
    assert arabic.kashida_shaped([("4", 359.8, 363.8, 383.0, 384.2), ("4", 363.8, 367.8, 383.0, 384.2)], 13.0)
    assert not arabic.kashida_shaped([("4", 306.6, 313.5, 383.0, 392.5)], 13.0)
    assert not arabic.kashida_shaped([(".", 96.8, 98.0, 735.4, 736.5)], 13.0)  # a full stop: as high as wide
    assert arabic.kashida_shaped([("\u0640", 0, 4, 0, 1)], 13.0)


def test_only_pages_set_right_to_left_are_rebuilt():
    assert arabic.right_to_left("إن الجمعية العامة، إذ تشير إلى قراراتها A/RES/73/7")
    # an English page quoting an Arabic name keeps PDFium's reading
    assert not arabic.right_to_left("The General Assembly, recalling the Declaration of السلام of 2015 and its follow-up,")


def test_a_second_producer_qt_reads_the_same(qapp, tmp_path):
    """Another producer, another mapping: Qt's PDF writer (one text object a glyph,
    presentation forms in its ToUnicode, justification by spaces, no kashidas) gives the
    same logical text as the page shows."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    from draftapp.io.pdf.reader import pdf_copy

    lines = [
        "إن الجمعية العامة،",
        "إذ تشير إلى قراراتها 40/152 المؤرخ 16 كانون الأول/ديسمبر 1985، وإذ تلاحظ مع الارتياح الأعمال التي قامت بها "
        "الأمم المتحدة في هذا المجال منذ عام 2015 وفقا للوثيقة A/52/855 (الفقرة 3)،",
        "1 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند المعنون ”التعاون بين الأمم المتحدة والمنظمات الإقليمية“؛",
        "(أ) عن التقدم المحرز في تنفيذ الاتفاق (A/75/49)؛",
    ]
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 12))
    document.setHtml('<div dir="rtl" style="text-align: justify">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>")
    writer = QPdfWriter(str(tmp_path / "qt.pdf"))
    writer.setPageSize(QPageSize(QPageSize.A4))
    document.print_(writer)
    text = pdf_copy(tmp_path / "qt.pdf").text
    assert " ".join(text.split()).startswith(" ".join(" ".join(lines).split()))
