/**
 * What a pane shows of an analysis, as CodeMirror state: line classes for the release structure
 * (headline, dateline, quotes, boilerplates…) with a gutter mark naming each block's kind,
 * outdated and unmatched paragraphs, unmatched sentences, and the sentence at the cursor with its
 * counterpart. The analysis sets them with {@link setAnalysisMarks}; they move with the text
 * between two analyses.
 */
import {
  type EditorState,
  RangeSet,
  RangeSetBuilder,
  StateEffect,
  StateField,
  type Text,
} from '@codemirror/state'
import { Decoration, type DecorationSet, EditorView, GutterMarker, gutter } from '@codemirror/view'
import type { EditorTranslate } from '../app/editor-strings.js'
import { editorLangName } from '../app/editor-strings.js'
import type { PaneAnalysis } from './analyze-release.js'

/** Short gutter labels of the block kinds worth marking. */
const kindMarks: Partial<Record<string, string>> = {
  headline: 'H',
  subheadline: 'S',
  date: 'D',
  contacts: 'C',
  quote: '“',
  boilerplate: 'B',
  'end-mark': '#',
  'release-line': 'R',
}

class KindMarker extends GutterMarker {
  constructor(
    readonly mark: string,
    readonly title: string,
  ) {
    super()
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof KindMarker && other.mark === this.mark && other.title === this.title
  }
  override toDOM(): Node {
    const span = document.createElement('span')
    span.textContent = this.mark
    span.title = this.title
    return span
  }
}

/** The marks of one analysis. */
export interface AnalysisMarks {
  decorations: DecorationSet
  gutter: RangeSet<GutterMarker>
}

/** Replaces a pane's analysis marks. */
export const setAnalysisMarks = StateEffect.define<AnalysisMarks>()
/** Sets the highlighted sentence ranges: `own` in this pane, `counterpart` from the other. */
export const setSentenceHighlight =
  StateEffect.define<{ from: number; to: number; counterpart: boolean }[]>()

const analysisField = StateField.define<AnalysisMarks>({
  create: () => ({ decorations: Decoration.none, gutter: RangeSet.empty }),
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setAnalysisMarks)) return e.value
    if (!tr.docChanged) return marks
    return { decorations: marks.decorations.map(tr.changes), gutter: marks.gutter.map(tr.changes) }
  },
  provide: (f) => EditorView.decorations.from(f, (m) => m.decorations),
})

const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    for (const e of tr.effects)
      if (e.is(setSentenceHighlight)) {
        const len = tr.state.doc.length
        return Decoration.set(
          e.value
            .filter((r) => r.from < r.to && r.to <= len)
            .map((r) =>
              Decoration.mark({
                class: r.counterpart ? 'cm-counterpart' : 'cm-current-sentence',
              }).range(r.from, r.to),
            ),
          true,
        )
      }
    return tr.docChanged ? set.map(tr.changes) : set
  },
  provide: (f) => EditorView.decorations.from(f),
})

/** The extensions that show analysis marks and sentence highlights. */
export function paneMarks() {
  return [
    analysisField,
    highlightField,
    gutter({
      class: 'cm-structure-gutter',
      markers: (view) => view.state.field(analysisField).gutter,
      initialSpacer: () => new KindMarker('“', ''),
    }),
  ]
}

/** Builds the marks of a pane's analysis for the document it was made from. */
export function buildMarks(doc: Text, pane: PaneAnalysis, t: EditorTranslate): AnalysisMarks {
  const lineClasses = new Map<number, Set<string>>()
  const lineTitles = new Map<number, string>()
  const addLines = (from: number, to: number, cls: string, title?: string) => {
    if (from > doc.length) return
    const first = doc.lineAt(from).number
    const last = doc.lineAt(Math.min(Math.max(from, to), doc.length)).number
    for (let n = first; n <= last; n++) {
      const set = lineClasses.get(n) ?? new Set<string>()
      lineClasses.set(n, set)
      set.add(cls)
      if (title) lineTitles.set(n, lineTitles.has(n) ? `${lineTitles.get(n)} ${title}` : title)
    }
  }
  const markers: { from: number; marker: GutterMarker }[] = []
  for (const block of pane.blocks) {
    addLines(block.from, block.to, `cm-kind-${block.kind}`)
    const mark = kindMarks[block.kind]
    if (mark && block.from <= doc.length)
      markers.push({
        from: doc.lineAt(block.from).from,
        marker: new KindMarker(mark, t(`kind.${block.kind}` as 'kind.quote')),
      })
  }
  if (pane.dateline && pane.dateline.from <= doc.length) {
    const line = doc.lineAt(pane.dateline.from)
    if (!markers.some((m) => m.from === line.from))
      markers.push({ from: line.from, marker: new KindMarker('D', t('kind.dateline')) })
  }
  for (const o of pane.outdated)
    addLines(
      o.from,
      o.to,
      'cm-outdated',
      t('editor.outdated', { lang: editorLangName(t, o.otherLang) }),
    )
  const other = (lang: string) => editorLangName(t, lang)
  for (const b of pane.unmatchedBlocks) {
    const block = pane.blocks[b]
    if (block)
      addLines(
        block.from,
        block.to,
        'cm-unmatched-paragraph',
        t('editor.unmatchedParagraph', { lang: other(pane.otherLang ?? '') }),
      )
  }
  const ranges: { from: number; to: number; deco: Decoration }[] = []
  for (const [n, classes] of lineClasses) {
    const line = doc.line(n)
    const title = lineTitles.get(n)
    ranges.push({
      from: line.from,
      to: line.from,
      deco: Decoration.line({
        class: [...classes].join(' '),
        ...(title ? { attributes: { title } } : {}),
      }),
    })
  }
  if (pane.dateline && pane.dateline.to <= doc.length && pane.dateline.from < pane.dateline.to)
    ranges.push({
      from: pane.dateline.from,
      to: pane.dateline.to,
      deco: Decoration.mark({ class: 'cm-dateline', attributes: { title: t('kind.dateline') } }),
    })
  const unmatchedTitle = t('editor.unmatchedSentence', { lang: other(pane.otherLang ?? '') })
  for (const s of pane.unmatchedSentences) {
    const sentence = pane.sentences[s]
    if (sentence && sentence.to <= doc.length && sentence.from < sentence.to)
      ranges.push({
        from: sentence.from,
        to: sentence.to,
        deco: Decoration.mark({
          class: 'cm-unmatched-sentence',
          attributes: { title: unmatchedTitle },
        }),
      })
  }
  ranges.sort((a, b) => a.from - b.from || a.deco.startSide - b.deco.startSide)
  const builder = new RangeSetBuilder<Decoration>()
  for (const r of ranges) builder.add(r.from, r.to, r.deco)
  markers.sort((a, b) => a.from - b.from)
  const gutterBuilder = new RangeSetBuilder<GutterMarker>()
  let last = -1
  for (const m of markers) {
    if (m.from === last) continue
    gutterBuilder.add(m.from, m.from, m.marker)
    last = m.from
  }
  return { decorations: builder.finish(), gutter: gutterBuilder.finish() }
}

/** The index of the aligned sentence of a pane holding `pos`, or -1. */
export function sentenceAt(pane: PaneAnalysis, state: EditorState, pos: number): number {
  if (pane.text.length !== state.doc.length) return -1
  let lo = 0
  let hi = pane.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = pane.sentences[mid] as { from: number; to: number }
    if (pos < s.from) hi = mid - 1
    else if (pos > s.to) lo = mid + 1
    else return mid
  }
  return -1
}
