"""Accept or reject every tracked change of a DOCX with LibreOffice headless, and the
texts of a DOCX (body paragraphs and footnotes) for comparing documents.

LibreOffice runs a Basic macro from a private user profile made for the purpose (no
Python-UNO needed): load the document hidden, dispatch .uno:AcceptAllTrackedChanges or
.uno:RejectAllTrackedChanges, save it as DOCX. The same save, without the dispatch,
normalises a document we wrote ourselves, so that both sides of a comparison have been
through LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Revisions(sIn As String, sOut As String, sMode As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), "_blank", 0, args())
  Dim noArgs()
  oDisp = createUnoService("com.sun.star.frame.DispatchHelper")
  If sMode = "accept" Then
    oDisp.executeDispatch(oDoc.CurrentController.Frame, ".uno:AcceptAllTrackedChanges", "", 0, noArgs())
  ElseIf sMode = "reject" Then
    oDisp.executeDispatch(oDoc.CurrentController.Frame, ".uno:RejectAllTrackedChanges", "", 0, noArgs())
  End If
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "MS Word 2007 XML"
  oDoc.storeToURL(ConvertToURL(sOut), out())
  oDoc.close(True)
End Sub

Sub EditTracked(sIn As String, sOut As String, sPairs As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), "_blank", 0, args())
  oDoc.RecordChanges = True
  pairs = Split(sPairs, "|")
  For i = 0 To UBound(pairs) Step 2
    oReplace = oDoc.createReplaceDescriptor()
    oReplace.SearchString = pairs(i)
    oReplace.ReplaceString = pairs(i + 1)
    oDoc.replaceAll(oReplace)
  Next i
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "MS Word 2007 XML"
  oDoc.storeToURL(ConvertToURL(sOut), out())
  oDoc.close(True)
End Sub
</script:module>
"""


def available() -> bool:
    return shutil.which("soffice") is not None


def profile(folder: Path) -> Path:
    """A LibreOffice user profile holding the macro."""
    folder = folder.resolve()
    url = folder.as_uri()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={url}", "--terminate_after_init"],
                   check=True, capture_output=True, timeout=120)
    module = folder / "user" / "basic" / "Standard" / "Module1.xba"
    module.write_text(MACRO, encoding="utf-8")
    return folder


def revisions(profile_dir: Path, source: Path, target: Path, mode: str) -> Path:
    """`mode`: "accept", "reject" or "none" (just load and save)."""
    url = profile_dir.resolve().as_uri()
    call = f'macro:///Standard.Module1.Revisions("{source.resolve()}","{target.resolve()}","{mode}")'
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={url}", call],
                   check=True, capture_output=True, timeout=180)
    if not target.exists():
        raise RuntimeError(f"LibreOffice wrote no {target}")
    return target


def edit_tracked(profile_dir: Path, source: Path, target: Path, replacements: list[tuple[str, str]]) -> Path:
    """Edit `source` in LibreOffice with change tracking on (find and replace each pair)
    and save it as `target`: a DOCX whose revisions another program wrote."""
    url = profile_dir.resolve().as_uri()
    pairs = "|".join(x for pair in replacements for x in pair)
    call = f'macro:///Standard.Module1.EditTracked("{source.resolve()}","{target.resolve()}","{pairs}")'
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={url}", call],
                   check=True, capture_output=True, timeout=180)
    if not target.exists():
        raise RuntimeError(f"LibreOffice wrote no {target}")
    return target


def _text(p) -> str:
    out = []
    for el in p.iter(f"{W}t", f"{W}delText", f"{W}tab", f"{W}footnoteReference"):
        if el.tag == f"{W}t":
            out.append(el.text or "")
        elif el.tag == f"{W}delText":
            out.append("<del>" + (el.text or "") + "</del>")
        elif el.tag == f"{W}tab":
            out.append("\t")
        else:
            out.append("[^]")
    return "".join(out)


def texts(path: Path) -> tuple[list[str], list[str]]:
    """(body paragraph texts, footnote texts), empty paragraphs left out."""
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        notes = etree.fromstring(z.read("word/footnotes.xml")) if "word/footnotes.xml" in z.namelist() else None
    paragraphs = [_text(p) for p in body.iter(f"{W}p")]
    footnotes = []
    if notes is not None:
        for fn in notes.iter(f"{W}footnote"):
            if fn.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            footnotes.append(" ".join(_text(p) for p in fn.iter(f"{W}p")).strip())
    return [t for t in paragraphs if t.strip()], [t for t in footnotes if t]
