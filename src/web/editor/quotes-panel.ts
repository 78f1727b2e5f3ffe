/**
 * The quotes panel: one table per language version listing every quote the reader found, with its
 * speaker, organization and approval status (from the quotes feature when the server reports it,
 * else "unknown"). Built with DOM calls (no HTML strings); redrawn only when its content changes.
 */
import type { Quote } from '../../core/index.js'
import { type EditorKey, type EditorTranslate, editorLangName } from '../app/editor-strings.js'
import type { QuoteStatusLine } from './editor-api.js'

const statusKeys: Record<string, EditorKey> = {
  none: 'editor.status.none',
  requested: 'editor.status.requested',
  approved: 'editor.status.approved',
  'changes-requested': 'editor.status.changes-requested',
  voided: 'editor.status.voided',
}

function statusOf(
  statuses: readonly QuoteStatusLine[] | null,
  lang: string,
  quote: Quote,
  t: EditorTranslate,
): string {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim()
  const line = statuses?.find(
    (s) => s.lang.split('-')[0] === lang.split('-')[0] && fold(s.text) === fold(quote.text),
  )
  if (!line) return t('editor.status.unknown')
  const key = statusKeys[line.status]
  return key ? t(key) : line.status
}

function excerpt(text: string): string {
  const squashed = text.replace(/\s+/g, ' ').trim()
  return squashed.length > 140 ? `${squashed.slice(0, 139)}…` : squashed
}

let drawn = ''

/** Draws the panel into `host` for the quotes of each pane. */
export function drawQuotesPanel(
  host: HTMLElement,
  panes: readonly { lang: string; quotes: readonly Quote[] }[],
  statuses: readonly QuoteStatusLine[] | null,
  t: EditorTranslate,
): void {
  const rows = panes.map((p) => ({
    lang: p.lang,
    quotes: p.quotes.map((q) => ({
      text: excerpt(q.text),
      speaker: q.speaker?.name ?? t('editor.quote.unknownPerson'),
      organization: q.speaker?.organization ?? t('editor.quote.unknownPerson'),
      status: statusOf(statuses, p.lang, q, t),
    })),
  }))
  const signature = JSON.stringify(rows)
  if (signature === drawn) return
  drawn = signature
  host.replaceChildren(
    ...rows.map((pane) => {
      const name = editorLangName(t, pane.lang)
      if (pane.quotes.length === 0) {
        const p = document.createElement('p')
        p.textContent = `${t('editor.pane', { lang: name })}: ${t('editor.quote.none')}`
        return p
      }
      const table = document.createElement('table')
      const caption = table.createCaption()
      caption.textContent = t('editor.pane', { lang: name })
      const head = table.createTHead().insertRow()
      for (const key of [
        'editor.quote.text',
        'editor.quote.speaker',
        'editor.quote.organization',
        'editor.quote.status',
      ] as const) {
        const th = document.createElement('th')
        th.scope = 'col'
        th.textContent = t(key)
        head.append(th)
      }
      const body = table.createTBody()
      for (const q of pane.quotes) {
        const row = body.insertRow()
        const text = row.insertCell()
        text.lang = pane.lang
        text.textContent = q.text
        row.insertCell().textContent = q.speaker
        row.insertCell().textContent = q.organization
        row.insertCell().textContent = q.status
      }
      return table
    }),
  )
}
