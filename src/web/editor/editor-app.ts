/**
 * The bilingual editor in the page: one CodeMirror pane per language version, the check engine
 * re-run on every change (debounced), diagnostics with their fixes, structure and alignment
 * marks, the sentence at the cursor (or under the pointer) highlighted with its counterpart,
 * outdated paragraphs with "mark up to date", the quotes panel, autosave as revisions, pulling
 * other people's revisions, and the merge or conflict view when two people edit at once. Text a
 * person typed is never dropped: changes from the server are mapped over typing that happened
 * while a request was out.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import {
  forEachDiagnostic,
  lintGutter,
  lintKeymap,
  previousDiagnostic,
  setDiagnostics,
} from '@codemirror/lint'
import { Annotation, ChangeSet, EditorState, type StateEffect, type Text } from '@codemirror/state'
import { EditorView, keymap } from '@codemirror/view'
import { editorLangName, editorTranslator } from '../app/editor-strings.js'
import type { UiLang } from '../app/ui-strings.js'
import { analyzeRelease, type PaneAnalysis, type ReleaseAnalysis } from './analyze-release.js'
import { showConflicts } from './conflict-view.js'
import {
  type ConflictDetails,
  editorApi,
  type QuoteStatusLine,
  type ServerState,
} from './editor-api.js'
import { lintDiagnostics } from './lint-diagnostics.js'
import { drawOutdatedList } from './outdated-list.js'
import {
  buildMarks,
  paneMarks,
  sentenceAt,
  setAnalysisMarks,
  setSentenceHighlight,
} from './pane-decorations.js'
import { drawQuotesPanel } from './quotes-panel.js'
import { rebaseServerText } from './rebase-changes.js'

/** What tests and the benchmark reach through `window.comunicadoEditor`. */
export interface EditorHandle {
  views: Record<string, EditorView>
  /** Runs the analysis now and answers its milliseconds. */
  analyzeNow(): number
  /** The revision the panes are based on. */
  revision(): number
  /** Saves now (resolves when the save is answered). */
  saveNow(): Promise<void>
  /** Whether every change is saved. */
  isSaved(): boolean
  /** The diagnostics shown in a pane: rule, message, range and action names. */
  diagnostics(
    lang: string,
  ): { rule: string; message: string; from: number; to: number; actions: string[] }[]
}

/** Timings and delays (milliseconds). */
const analysisDelay = 150
const saveDelay = 800
const pollInterval = 2500

const remote = Annotation.define<boolean>()

/** Starts the editor in `root` (the page's #editor element). */
export async function startEditor(root: HTMLElement): Promise<EditorHandle | null> {
  const releaseId = root.dataset.release ?? ''
  const uiLang: UiLang = root.dataset.uiLang === 'es' ? 'es' : 'en'
  const nonce = root.dataset.nonce ?? ''
  const t = editorTranslator(uiLang)
  const api = editorApi(releaseId, root.dataset.csrf ?? '')
  const status = root.querySelector<HTMLElement>('#editor-status') as HTMLElement
  const setStatus = (text: string) => {
    status.textContent = text
  }
  const first = await api.state().catch((error: unknown) => ({
    status: 0,
    body: { error: { id: 'network', message: String(error) } },
  }))
  if (first.status !== 200 || !('state' in first.body)) {
    setStatus(first.body.error?.message ?? `HTTP ${first.status}`)
    return null
  }
  let server: ServerState = first.body.state
  let quoteStatuses: QuoteStatusLine[] | null = first.body.quoteStatuses
  let revision = server.release.revision
  let baseTexts = new Map(server.versions.map((v) => [v.lang, v.text]))
  let syncPairs = server.syncPairs
  let analysis: ReleaseAnalysis | null = null
  let pending: Map<string, ChangeSet> | null = null
  let saving: Promise<void> | null = null
  let conflictOpen = false
  let analysisTimer: ReturnType<typeof setTimeout> | undefined
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  const views = new Map<string, EditorView>()
  const shownPanes = new Map<string, { doc: Text; signature: string }>()

  const texts = () => [...views].map(([lang, view]) => ({ lang, text: view.state.sliceDoc() }))
  const dirty = () => texts().some((v) => v.text !== baseTexts.get(v.lang))

  function scheduleAnalysis() {
    clearTimeout(analysisTimer)
    analysisTimer = setTimeout(runAnalysis, analysisDelay)
  }
  function scheduleSave() {
    if (!server.canEdit) return
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => void save(), saveDelay)
  }

  function runAnalysis(): number {
    clearTimeout(analysisTimer)
    const started = performance.now()
    analysis = analyzeRelease(texts(), syncPairs, uiLang)
    for (const [lang, view] of views) {
      const pane = analysis.panes.get(lang)
      if (!pane) continue
      // A pane whose text and findings did not change keeps its marks (no re-render).
      const signature = paneSignature(pane)
      const shown = shownPanes.get(lang)
      if (shown && shown.doc === view.state.doc && shown.signature === signature) continue
      shownPanes.set(lang, { doc: view.state.doc, signature })
      const lint = setDiagnostics(
        view.state,
        lintDiagnostics(pane.diagnostics, pane.text, t, runAnalysis),
      )
      const effects: StateEffect<unknown>[] = [
        ...asArray(lint.effects),
        setAnalysisMarks.of(buildMarks(view.state.doc, pane, t)),
      ]
      view.dispatch({ effects })
    }
    const elapsed = performance.now() - started
    drawPanels()
    return elapsed
  }

  function drawPanels() {
    if (!analysis) return
    for (const [lang, pane] of analysis.panes) {
      const name = editorLangName(t, lang)
      const problems = root.querySelector<HTMLElement>(`#problems-${CSS.escape(lang)}`)
      if (problems) {
        const text = pane.unreadable
          ? `${name}: ${pane.unreadable}`
          : t('editor.problems', { lang: name, count: pane.diagnostics.length })
        if (problems.textContent !== text) problems.textContent = text
      }
      const list = root.querySelector<HTMLElement>(`#outdated-${CSS.escape(lang)}`)
      if (list) drawOutdatedList(list, pane, server.canEdit, t, (o) => void markUpToDate(o.pair))
    }
    const quotes = root.querySelector<HTMLElement>('#editor-quotes')
    if (quotes) drawQuotesPanel(quotes, [...analysis.panes.values()], quoteStatuses, t)
  }

  /** Highlights the sentence at `pos` of pane `lang` and its counterpart in the other pane. */
  function highlight(lang: string, pos: number | null) {
    const pane = analysis?.panes.get(lang)
    const view = views.get(lang)
    if (!pane || !view) return
    const other = pane.otherLang ? analysis?.panes.get(pane.otherLang) : undefined
    const otherView = pane.otherLang ? views.get(pane.otherLang) : undefined
    const index = pos === null ? -1 : sentenceAt(pane, view.state, pos)
    const own = pane.sentences[index]
    const bead = index >= 0 ? (pane.sentenceBead[index] ?? -1) : -1
    view.dispatch({ effects: setSentenceHighlight.of(own ? [{ ...own, counterpart: false }] : []) })
    if (!other || !otherView || other.text.length !== otherView.state.doc.length) return
    const ranges = other.sentences
      .filter((_, k) => bead >= 0 && other.sentenceBead[k] === bead)
      .map((s) => ({ ...s, counterpart: true }))
    otherView.dispatch({ effects: setSentenceHighlight.of(ranges) })
  }

  /** Moves the cursor to the counterpart of the sentence at the cursor (keyboard). */
  function jumpToCounterpart(lang: string): boolean {
    const pane = analysis?.panes.get(lang)
    const view = views.get(lang)
    if (!pane?.otherLang || !view) return false
    const index = sentenceAt(pane, view.state, view.state.selection.main.head)
    const other = analysis?.panes.get(pane.otherLang)
    const otherView = views.get(pane.otherLang)
    const bead = pane.sentenceBead[index] ?? -1
    const target = other?.sentences.find((_, k) => bead >= 0 && other.sentenceBead[k] === bead)
    if (!target || !otherView || target.to > otherView.state.doc.length) return false
    otherView.dispatch({ selection: { anchor: target.from }, scrollIntoView: true })
    otherView.focus()
    return true
  }

  /** Writes the server's texts into the panes over whatever was typed since `from` was sent. */
  function adopt(state: ServerState, from: Map<string, string>) {
    for (const version of state.versions) {
      const view = views.get(version.lang)
      const sent = from.get(version.lang)
      if (!view || sent === undefined || sent === version.text) continue
      const changes = rebaseServerText(sent, version.text, pending?.get(version.lang))
      view.dispatch({ changes, annotations: remote.of(true) })
    }
    server = state
    revision = state.release.revision
    baseTexts = new Map(state.versions.map((v) => [v.lang, v.text]))
    syncPairs = state.syncPairs
    scheduleAnalysis()
  }

  async function save(): Promise<void> {
    if (saving) return saving
    if (!server.canEdit || conflictOpen || !dirty()) return
    clearTimeout(saveTimer)
    saving = (async () => {
      const sent = texts()
      const sentMap = new Map(sent.map((v) => [v.lang, v.text]))
      pending = new Map([...views].map(([lang, v]) => [lang, ChangeSet.empty(v.state.doc.length)]))
      setStatus(t('editor.saving'))
      const answer = await api.save(revision, sent).catch(() => ({
        status: 0,
        body: { error: { id: 'network', message: t('editor.offline') } } as never,
      }))
      if (answer.status === 200 && 'state' in answer.body) {
        adopt(answer.body.state, sentMap)
        pending = null
        setStatus(
          answer.body.merged
            ? t('editor.merged', { number: revision })
            : t('editor.saved', { number: revision }),
        )
      } else if (answer.status === 409 && answer.body.error?.details?.merges) {
        conflictOpen = true
        void resolveConflict(answer.body.error.details as unknown as ConflictDetails, sentMap)
      } else {
        pending = null
        setStatus(
          t('editor.saveFailed', {
            message: answer.body.error?.message ?? `HTTP ${answer.status}`,
          }),
        )
      }
    })()
    try {
      await saving
    } finally {
      saving = null
    }
    if (!conflictOpen && dirty()) scheduleSave()
  }

  async function resolveConflict(details: ConflictDetails, sent: Map<string, string>) {
    const section = root.querySelector<HTMLElement>('#editor-conflicts') as HTMLElement
    const resolved = await showConflicts(section, details.merges, t)
    const fresh = await api.state()
    if (fresh.status !== 200 || !('state' in fresh.body)) {
      setStatus(t('editor.saveFailed', { message: fresh.body.error?.message ?? '' }))
      conflictOpen = false
      return
    }
    // The panes get the chosen text (over anything typed meanwhile); the base is the server's.
    const state = fresh.body.state
    adopt(
      {
        ...state,
        versions: state.versions.map((v) => ({
          lang: v.lang,
          text: resolved.get(v.lang) ?? v.text,
        })),
      },
      sent,
    )
    baseTexts = new Map(state.versions.map((v) => [v.lang, v.text]))
    pending = null
    conflictOpen = false
    views.values().next().value?.focus()
    await save()
  }

  async function poll() {
    if (saving || conflictOpen) return
    if (dirty()) return save()
    const answer = await api.state().catch(() => null)
    if (answer?.status !== 200 || !('state' in answer.body)) return
    if (saving || conflictOpen || dirty()) return
    quoteStatuses = answer.body.quoteStatuses
    const state = answer.body.state
    if (state.release.revision !== revision) {
      adopt(state, new Map(texts().map((v) => [v.lang, v.text])))
      setStatus(t('editor.updated', { number: revision }))
    } else if (JSON.stringify(state.syncPairs) !== JSON.stringify(syncPairs)) {
      syncPairs = state.syncPairs
      scheduleAnalysis()
    }
  }

  async function markUpToDate(pair: ServerState['syncPairs'][number]) {
    await save()
    const answer = await api.markInSync(pair)
    if (answer.status === 200 && 'state' in answer.body) {
      syncPairs = answer.body.state.syncPairs
      runAnalysis()
      setStatus(t('editor.markedUpToDate'))
    } else setStatus(answer.body.error?.message ?? `HTTP ${answer.status}`)
  }

  for (const version of server.versions) {
    const host = root.querySelector<HTMLElement>(`#pane-${CSS.escape(version.lang)}`)
    if (!host) continue
    const lang = version.lang
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: version.text,
        extensions: [
          history(),
          keymap.of([
            { key: 'Mod-Alt-ArrowDown', run: () => jumpToCounterpart(lang) },
            { key: 'Shift-F8', run: previousDiagnostic },
            ...lintKeymap,
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          EditorView.lineWrapping,
          EditorView.cspNonce.of(nonce),
          EditorView.contentAttributes.of({
            lang,
            'aria-label': host.dataset.label ?? lang,
            spellcheck: 'true',
          }),
          EditorState.readOnly.of(!server.canEdit),
          lintGutter(),
          paneMarks(),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              const typed = pending?.get(lang)
              if (typed) pending?.set(lang, typed.compose(update.changes))
              scheduleAnalysis()
              if (!update.transactions.some((tr) => tr.annotation(remote))) {
                setStatus(t('editor.unsaved'))
                scheduleSave()
              }
            }
            if (update.selectionSet && update.view.hasFocus)
              highlight(lang, update.state.selection.main.head)
          }),
          EditorView.domEventHandlers({
            mousemove(event, v) {
              highlight(lang, v.posAtCoords({ x: event.clientX, y: event.clientY }))
            },
            focus(_event, v) {
              highlight(lang, v.state.selection.main.head)
            },
          }),
        ],
      }),
    })
    views.set(lang, view)
  }
  runAnalysis()
  setStatus(server.canEdit ? t('editor.saved', { number: revision }) : t('editor.readOnly'))
  setInterval(() => void poll(), pollInterval)
  window.addEventListener('beforeunload', (event) => {
    if (dirty()) event.preventDefault()
  })

  return {
    views: Object.fromEntries(views),
    analyzeNow: runAnalysis,
    revision: () => revision,
    saveNow: save,
    isSaved: () => !dirty() && !saving && !conflictOpen,
    diagnostics(lang) {
      const view = views.get(lang)
      const out: ReturnType<EditorHandle['diagnostics']> = []
      if (view)
        forEachDiagnostic(view.state, (d, from, to) =>
          out.push({
            rule: d.source ?? '',
            message: d.message,
            from,
            to,
            actions: (d.actions ?? []).map((a) => a.name),
          }),
        )
      return out
    },
  }
}

/** What a pane shows of an analysis, as a string to compare. */
function paneSignature(pane: PaneAnalysis): string {
  return JSON.stringify([
    pane.diagnostics.map((d) => [
      d.ruleId,
      d.place?.start.offset,
      d.place?.end.offset,
      d.message,
      d.fix?.text,
      d.suggestions?.map((x) => x.fix.text),
    ]),
    pane.blocks,
    pane.dateline,
    pane.unmatchedSentences,
    pane.unmatchedBlocks,
    pane.outdated.map((o) => [o.from, o.to, o.otherLang]),
  ])
}

function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return []
  return Array.isArray(value) ? [...value] : [value as T]
}

export type { PaneAnalysis }
