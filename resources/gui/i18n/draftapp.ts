<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../../draftapp/gui/autosave.py" line="116"/>
        <source>Autosave failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClausePane</name>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="303"/>
        <source>New clause</source>
        <extracomment>the cursor moved to another paragraph (id) — the footnotes/diagnostics follow it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="309"/>
        <source>Join clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="318"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="385"/>
        <source>Insert cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="426"/>
        <source>Paste clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/clause_pane.py" line="453"/>
        <source>(no spelling suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPane</name>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="38"/>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="123"/>
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
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="93"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="94"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="95"/>
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="98"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="98"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="121"/>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="148"/>
        <source>Fix: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/diagnostics_pane.py" line="136"/>
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
        <location filename="../../../draftapp/gui/document_pane.py" line="226"/>
        <source>Listed more than once: %s</source>
        <extracomment>Metadata field -&gt; the widget that edits it, for jumps from the Diagnostics list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/document_pane.py" line="239"/>
        <source>Write the date as yyyy-mm-dd, e.g. 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../../../draftapp/gui/session.py" line="104"/>
        <location filename="../../../draftapp/gui/session.py" line="116"/>
        <source>The checks could not run: %s</source>
        <extracomment>paragraphs or footnotes were added, removed, moved or re-levelled: redraw panes the runs of one paragraph or footnote changed; `from_view` is True when the pane that shows it made the change (it already shows the text) footnote numbers or cross-reference numbers changed without a structural edit anything changed (preview, autosave) a message for the status bar (an edit that could not be made, and why)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/session.py" line="128"/>
        <source>That edit cannot be made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/session.py" line="138"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="29"/>
        <source>Unsaved changes</source>
        <extracomment>Extensions the app saves to; anything else opened is an import (saved with Save as).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="30"/>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="52"/>
        <location filename="../../../draftapp/gui/file_actions.py" line="114"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="57"/>
        <source>Imported %s: save it as a draft to keep your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="61"/>
        <source>Drafts (*.draft *.md *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="66"/>
        <source>Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="74"/>
        <source>Import a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="75"/>
        <source>Texts and documents (*.md *.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="88"/>
        <source>Templates are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="101"/>
        <source>Carrying over a resolution is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="106"/>
        <source>Resolution to carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="107"/>
        <source>Resolutions (*.draft *.md *.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="127"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="127"/>
        <source>Draft (*.draft);;Text (*.md *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="139"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="147"/>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="154"/>
        <source>DOCX export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="158"/>
        <source>Export DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="158"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="165"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="168"/>
        <source>Exported with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="169"/>
        <source>The document was written to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../draftapp/gui/file_actions.py" line="171"/>
        <source>%n note(s) about the export: see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="174"/>
        <source>Exported %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="197"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="210"/>
        <source>an unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="213"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="214"/>
        <source>Draftapp did not close normally. Recover the working copy of %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="225"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/file_actions.py" line="230"/>
        <source>Recovered the working copy; save it to keep it.</source>
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
        <location filename="../../../draftapp/gui/main_window.py" line="87"/>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="88"/>
        <source>Operative part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="102"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="103"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="104"/>
        <source>Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="105"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="146"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="147"/>
        <source>New from &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="148"/>
        <source>New from &amp;existing resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="149"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="150"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="151"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="154"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="155"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="156"/>
        <source>&amp;Export DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="168"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="169"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="171"/>
        <source>&amp;Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="172"/>
        <source>New clause below	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="173"/>
        <source>Make subparagraph	Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="174"/>
        <source>Raise a level	Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="175"/>
        <source>Move up	Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="176"/>
        <source>Move down	Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="177"/>
        <source>Section &amp;heading on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="178"/>
        <source>&amp;Delete clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="180"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="181"/>
        <source>&amp;Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="182"/>
        <source>&amp;Cite a footnote again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="184"/>
        <source>Cross-&amp;reference to paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="203"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="207"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="207"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="207"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="207"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="208"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="208"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="208"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="208"/>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="225"/>
        <source>Cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="233"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="244"/>
        <source>Spelling: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="246"/>
        <source>No spelling dictionary for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="319"/>
        <source>(no footnotes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../draftapp/gui/main_window.py" line="209"/>
        <source>Export DOCX</source>
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
