/**
 * The list of a pane's outdated paragraphs under it: each with its number, its opening words and
 * a "mark up to date" button named for screen readers; "no paragraph is outdated" otherwise.
 * Redrawn only when the list changes.
 */
import { type EditorTranslate, editorLangName } from '../app/editor-strings.js'
import type { OutdatedParagraph, PaneAnalysis } from './analyze-release.js'

const drawn = new WeakMap<HTMLElement, string>()

/** Draws the outdated paragraphs of `pane` into the list `host`. */
export function drawOutdatedList(
  host: HTMLElement,
  pane: PaneAnalysis,
  canEdit: boolean,
  t: EditorTranslate,
  onMark: (paragraph: OutdatedParagraph) => void,
): void {
  const items = pane.outdated.map((o) => ({
    o,
    opening: pane.text.slice(o.from, Math.min(o.to, o.from + 90)).replace(/\s+/g, ' '),
  }))
  const signature = JSON.stringify([canEdit, items.map((i) => [i.o.block, i.opening, i.o.pair])])
  if (drawn.get(host) === signature) return
  drawn.set(host, signature)
  const name = editorLangName(t, pane.lang)
  if (items.length === 0) {
    const li = document.createElement('li')
    li.textContent = t('editor.noneOutdated')
    host.replaceChildren(li)
    return
  }
  host.replaceChildren(
    ...items.map(({ o, opening }) => {
      const li = document.createElement('li')
      li.className = 'outdated-item'
      const text = document.createElement('span')
      text.lang = pane.lang
      text.textContent = `¶ ${o.block + 1}: ${opening}…`
      li.append(text)
      if (canEdit) {
        const button = document.createElement('button')
        button.type = 'button'
        button.textContent = t('editor.markUpToDate')
        button.setAttribute(
          'aria-label',
          t('editor.markUpToDateOf', { number: o.block + 1, lang: name }),
        )
        button.addEventListener('click', () => onMark(o))
        li.append(button)
      }
      return li
    }),
  )
}
