/**
 * The check engine's diagnostics as CodeMirror lint diagnostics: the place's offsets, the
 * severity, the message (with the counterpart's place when the cause is in the other version),
 * and the rule's fix and suggestions as actions. An action applies its edit only to the text the
 * diagnostic was found in; on a newer text it asks for a fresh check instead.
 */
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { EditorView } from '@codemirror/view'
import type { Diagnostic, Edit } from '../../core/index.js'
import type { EditorTranslate } from '../app/editor-strings.js'
import { editorLangName } from '../app/editor-strings.js'

/** Converts one pane's diagnostics for the text `text` (the one analysed). */
export function lintDiagnostics(
  diagnostics: readonly Diagnostic[],
  text: string,
  t: EditorTranslate,
  stale: () => void,
): LintDiagnostic[] {
  const length = text.length
  const action = (name: string, edit: Edit) => ({
    name,
    apply(view: EditorView) {
      if (view.state.doc.length !== length || view.state.sliceDoc() !== text) return stale()
      const [from, to] = edit.range
      view.dispatch({ changes: { from, to, insert: edit.text }, userEvent: 'input.fix' })
    },
  })
  const out: LintDiagnostic[] = []
  for (const d of diagnostics) {
    const from = Math.min(d.place?.start.offset ?? 0, length)
    const to = Math.min(Math.max(d.place?.end.offset ?? from, from), length)
    const actions = [
      ...(d.fix ? [action(t('editor.fix'), d.fix)] : []),
      ...(d.suggestions ?? []).map((s) => action(s.message, s.fix)),
    ]
    const cause =
      d.cause?.lang && d.cause.lang !== d.lang
        ? ` ${t('editor.cause', { lang: editorLangName(t, d.cause.lang), message: d.cause.message })}`
        : ''
    out.push({
      from,
      to,
      severity: d.severity,
      source: d.ruleId,
      message: d.message + cause,
      ...(actions.length ? { actions } : {}),
    })
  }
  return out
}
