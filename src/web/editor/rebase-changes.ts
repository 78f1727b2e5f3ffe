/**
 * Bringing a text the server answered into a pane without losing what was typed meanwhile: the
 * edits from the text that was sent to the server's text, as a CodeMirror change set, mapped over
 * the changes typed since the request left (the way collaborative editing rebases a change).
 */
import { ChangeSet } from '@codemirror/state'
import { textChanges } from './text-changes.js'

/**
 * The changes to apply to the pane now: `sent` → `server`, mapped over `typed` (the changes made
 * to the pane since `sent` was its text; empty when nothing was typed).
 */
export function rebaseServerText(sent: string, server: string, typed?: ChangeSet): ChangeSet {
  const changes = ChangeSet.of(textChanges(sent, server), sent.length)
  return typed ? changes.map(typed) : changes
}
