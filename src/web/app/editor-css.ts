/**
 * The bilingual editor's stylesheet (served at /app/editor/editor.css), a string like the
 * workspace's. Marks do not rely on colour alone: outdated paragraphs have a left bar and a
 * pattern, unmatched text a dashed underline, the counterpart a solid outline; colours meet WCAG
 * AA contrast on their backgrounds.
 */

/** The CSS of the editor page. */
export const editorCss = `
main { max-width: 110rem; }
.editor-status { min-height: 1.5rem; font-weight: 600; }
.editor-panes { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .editor-panes { grid-template-columns: 1fr; } }
.editor-pane h2 { margin-top: 0.5rem; }
.editor-host .cm-editor { border: 1px solid #6b7280; border-radius: 4px; background: #fff;
  font-size: 1rem; }
.editor-host .cm-editor.cm-focused { outline: 3px solid #b45309; outline-offset: 2px; }
.editor-host .cm-scroller { font-family: Georgia, "Times New Roman", serif; line-height: 1.55; }
.editor-host .cm-content { white-space: pre-wrap; }
.editor-host .cm-gutters { background: #f4f6f9; color: #1b1b1b; border-right: 1px solid #c9ced6; }
.cm-structure-gutter .cm-gutterElement { font: 600 0.7rem/1.55rem system-ui, sans-serif;
  padding: 0 0.3rem; color: #1b1b1b; }
.cm-kind-headline { font-weight: 700; font-size: 1.1em; }
.cm-kind-subheadline { font-style: italic; }
.cm-kind-quote { background: #f2f6fc; }
.cm-kind-boilerplate { background: #f6f4ee; }
.cm-kind-contacts, .cm-kind-date, .cm-kind-release-line, .cm-kind-end-mark { color: #374151; }
.cm-dateline { text-decoration: underline; text-decoration-color: #0b4f9c;
  text-decoration-thickness: 2px; }
.cm-outdated { box-shadow: inset 5px 0 0 #b45309;
  background: repeating-linear-gradient(135deg, #fff7ed, #fff7ed 6px, #ffedd5 6px, #ffedd5 12px); }
.cm-unmatched-paragraph { box-shadow: inset 5px 0 0 #7c3aed; }
.cm-unmatched-sentence { text-decoration: underline dashed #7c3aed; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
.cm-current-sentence { background: #e0ecfb; }
.cm-counterpart { background: #e0ecfb; outline: 2px solid #0b4f9c; border-radius: 2px; }
.editor-problems { min-height: 1.5rem; margin: 0.25rem 0; }
.editor-outdated { padding-left: 1.25rem; }
.editor-outdated li { margin: 0.25rem 0; }
.editor-outdated button, .editor-conflicts button { font: inherit; margin-left: 0.5rem; }
.editor-conflicts { border: 2px solid #b3261e; background: #fdf0ef; padding: 1rem; margin: 1rem 0; }
.editor-conflicts h2 { margin-top: 0; }
.conflict-item { border-top: 1px solid #d5d9e0; padding: 0.75rem 0; }
.conflict-texts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.conflict-texts pre { white-space: pre-wrap; background: #fff; border: 1px solid #6b7280;
  padding: 0.5rem; margin: 0.25rem 0; font-family: Georgia, serif; }
.conflict-choice { display: flex; gap: 1rem; flex-wrap: wrap; border: 0; padding: 0; }
.editor-quotes table { margin-bottom: 1rem; }
.cm-tooltip-lint .cm-diagnosticAction { font: inherit; background: #0b4f9c; color: #fff; }
`
