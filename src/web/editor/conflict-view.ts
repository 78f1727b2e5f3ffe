/**
 * The conflict view: when a save meets someone else's changes to the same paragraphs, every such
 * paragraph is shown with their text and mine, and a choice — keep mine, keep theirs, keep both
 * (the default, so nothing is lost by accident). Applying answers the chosen text per version;
 * the caller writes it into the panes and saves. Keyboard-reachable: the heading takes focus.
 */
import type { MergeChunk } from '../../newsroom/editor/merge-paragraphs.js'
import { mergedText } from '../../newsroom/editor/merge-paragraphs.js'
import { type EditorTranslate, editorLangName } from '../app/editor-strings.js'

type Conflict = Extract<MergeChunk, { kind: 'conflict' }>
type Choice = 'mine' | 'theirs' | 'both'

function choose(conflict: Conflict, choice: Choice): string {
  if (choice === 'mine') return conflict.mine
  if (choice === 'theirs') return conflict.theirs
  return [conflict.theirs, conflict.mine].filter((s) => s.trim() !== '').join('\n\n')
}

/**
 * Shows the conflicts of `merges` in `section`; resolves with the chosen text of each version
 * when the person applies.
 */
export function showConflicts(
  section: HTMLElement,
  merges: readonly { lang: string; chunks: MergeChunk[] }[],
  t: EditorTranslate,
): Promise<Map<string, string>> {
  const items = section.querySelector<HTMLElement>('#conflict-items') as HTMLElement
  const apply = section.querySelector<HTMLButtonElement>('#conflict-apply') as HTMLButtonElement
  const choices = new Map<string, Choice[]>()
  let serial = 0
  items.replaceChildren()
  for (const merge of merges) {
    const conflicts = merge.chunks.filter((c): c is Conflict => c.kind === 'conflict')
    const list: Choice[] = conflicts.map(() => 'both')
    choices.set(merge.lang, list)
    conflicts.forEach((conflict, k) => {
      const id = `conflict-${serial++}`
      const item = document.createElement('fieldset')
      item.className = 'conflict-item'
      const legend = document.createElement('legend')
      legend.textContent = t('editor.conflict.item', {
        lang: editorLangName(t, merge.lang),
        number: k + 1,
      })
      const texts = document.createElement('div')
      texts.className = 'conflict-texts'
      for (const [key, text] of [
        ['editor.conflict.theirs', conflict.theirs],
        ['editor.conflict.mine', conflict.mine],
      ] as const) {
        const box = document.createElement('div')
        const label = document.createElement('p')
        label.textContent = t(key)
        const pre = document.createElement('pre')
        pre.lang = merge.lang
        pre.className = key === 'editor.conflict.mine' ? 'conflict-mine' : 'conflict-theirs'
        pre.textContent = text.trim() === '' ? t('editor.conflict.empty') : text
        box.append(label, pre)
        texts.append(box)
      }
      const radios = document.createElement('div')
      radios.className = 'conflict-choice'
      for (const [choice, key] of [
        ['mine', 'editor.conflict.keepMine'],
        ['theirs', 'editor.conflict.keepTheirs'],
        ['both', 'editor.conflict.keepBoth'],
      ] as const) {
        const label = document.createElement('label')
        const input = document.createElement('input')
        input.type = 'radio'
        input.name = id
        input.value = choice
        input.checked = choice === 'both'
        input.addEventListener('change', () => {
          if (input.checked) list[k] = choice
        })
        label.append(input, ` ${t(key)}`)
        radios.append(label)
      }
      item.append(legend, texts, radios)
      items.append(item)
    })
  }
  section.hidden = false
  section.querySelector<HTMLElement>('h2')?.focus()
  return new Promise((resolve) => {
    apply.addEventListener(
      'click',
      () => {
        const resolved = new Map<string, string>()
        for (const merge of merges) {
          const list = choices.get(merge.lang) ?? []
          resolved.set(
            merge.lang,
            mergedText({ chunks: merge.chunks, conflicted: true }, (c, n) =>
              choose(c, list[n] ?? 'both'),
            ),
          )
        }
        section.hidden = true
        items.replaceChildren()
        resolve(resolved)
      },
      { once: true },
    )
  })
}
