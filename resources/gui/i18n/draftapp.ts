<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../../draftapp/gui/autosave.py" line="113"/>
        <source>Autosave failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClausePane</name>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="384"/>
        <source>New clause</source>
        <extracomment>the cursor moved to another paragraph (id) — the footnotes/diagnostics follow it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="390"/>
        <source>Join clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="399"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="478"/>
        <source>Insert cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="699"/>
        <source>Paste clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="726"/>
        <source>(no spelling suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPane</name>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="38"/>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="126"/>
        <source>Apply fix</source>
        <extracomment>jump to a diagnostic (the Diagnostic object)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="45"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="45"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="45"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="71"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="72"/>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="73"/>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="74"/>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="75"/>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="96"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="97"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="98"/>
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="101"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="101"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="101"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="124"/>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="151"/>
        <source>Fix: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="139"/>
        <source>The fix no longer applies: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="77"/>
        <source>Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="84"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="90"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="94"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="98"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="103"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="105"/>
        <source>Agenda item title, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="106"/>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="108"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="114"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="115"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="115"/>
        <source>Title of the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="117"/>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="131"/>
        <source>Add a sponsor (Member State)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="138"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="143"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="145"/>
        <source>Sort in UN order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="209"/>
        <source>Listed more than once: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="222"/>
        <source>Write the date as yyyy-mm-dd, e.g. 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../../../draftapp/gui/session.py" line="111"/>
        <source>That edit cannot be made here.</source>
        <extracomment>paragraphs or footnotes were added, removed, moved or re-levelled: redraw panes the runs of one paragraph or footnote changed; `from_view` is True when the pane that shows it made the change (it already shows the text) footnote numbers or cross-reference numbers changed without a structural edit anything changed (preview, autosave) a message for the status bar (an edit that could not be made, and why)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/session.py" line="121"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootnoteEditor</name>
    <message>
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="40"/>
        <source>Select a footnote to edit its text, or insert one with Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootnotesPane</name>
    <message>
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="99"/>
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="188"/>
        <source>Delete footnote</source>
        <extracomment>the user asked to see where a footnote is cited (paragraph id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="121"/>
        <source>(empty footnote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="173"/>
        <source>Not cited in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="173"/>
        <source>Cited %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/footnotes_pane.py" line="189"/>
        <source>This footnote is cited %n time(s) in the text. Delete it and its citations?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="88"/>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="89"/>
        <source>Operative part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="103"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="104"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="105"/>
        <source>Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="106"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="147"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="148"/>
        <source>New from &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="149"/>
        <source>New from &amp;existing resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="150"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="151"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="152"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="155"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="156"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="157"/>
        <source>&amp;Export DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="161"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="162"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="164"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="169"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="170"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="172"/>
        <source>&amp;Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="173"/>
        <source>New clause below	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="174"/>
        <source>Make subparagraph	Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="175"/>
        <source>Raise a level	Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="176"/>
        <source>Move up	Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="177"/>
        <source>Move down	Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="178"/>
        <source>Section &amp;heading on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="179"/>
        <source>&amp;Delete clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="181"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="182"/>
        <source>&amp;Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="183"/>
        <source>&amp;Cite a footnote again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="185"/>
        <source>Cross-&amp;reference to paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="194"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="205"/>
        <source>Spelling: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="207"/>
        <source>No spelling dictionary for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="274"/>
        <source>(no footnotes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="314"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="315"/>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="337"/>
        <location filename="../../../draftapp/gui/main_window.py" line="399"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="342"/>
        <source>Imported %s: save it as a draft to keep your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="346"/>
        <source>Drafts (*.draft *.md *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="351"/>
        <source>Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="359"/>
        <source>Import a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="360"/>
        <source>Texts and documents (*.md *.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="373"/>
        <source>Templates are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="386"/>
        <source>Carrying over a resolution is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="391"/>
        <source>Resolution to carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="392"/>
        <source>Resolutions (*.draft *.md *.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="412"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="412"/>
        <source>Draft (*.draft);;Text (*.md *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="424"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="432"/>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="439"/>
        <source>DOCX export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="443"/>
        <source>Export DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="443"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="450"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="453"/>
        <source>Exported with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="454"/>
        <source>The document was written to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/main_window.py" line="456"/>
        <source>%n note(s) about the export: see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="459"/>
        <source>Exported %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="482"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="495"/>
        <source>an unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="498"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="499"/>
        <source>Draftapp did not close normally. Recover the working copy of %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="510"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="515"/>
        <source>Recovered the working copy; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="73"/>
        <source>New from template</source>
        <extracomment>The language the dialog&apos;s own choices are named in (organ and kind names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="86"/>
        <source>&amp;Organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="92"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="95"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="99"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="100"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="104"/>
        <source>&amp;Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="108"/>
        <source>Agenda item title, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="109"/>
        <source>Item &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="112"/>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="116"/>
        <source>S&amp;ponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="119"/>
        <source>Add a sponsor (Member State)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="126"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="130"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="137"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/new_dialog.py" line="140"/>
        <source>Te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
