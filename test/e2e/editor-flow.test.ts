/**
 * The bilingual editor in real headless Chromium (Debian's `chromium`, driven by playwright-core):
 * the seeded Alianza Americas release opens with its defects marked in both panes, a fix applies
 * from the lint panel, a number changed in the Spanish brings the cross-version diagnostic, an
 * edited English paragraph marks its Spanish counterpart outdated (and "mark up to date" clears
 * it), two people editing at once in two browser contexts lose nothing (merged, or through the
 * conflict view), the interface speaks Spanish, and axe-core finds no violation.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { releaseRepository } from '../../src/store/index.js'
import type { EditorHandle } from '../../src/web/editor/editor-app.js'
import { axeViolations, launchChromium } from './chromium.js'
import { type EditorWorld, editors, startEditorWorld } from './editor-world.js'

declare global {
  interface Window {
    comunicadoEditor?: Promise<EditorHandle | null>
    comunicadoEditorReady?: EditorHandle
  }
}

/** Opens the editor and waits for its first analysis. */
async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => window.comunicadoEditor !== undefined)
  const started = await page.evaluate(async () => (await window.comunicadoEditor) !== null)
  assert.ok(started, (await page.locator('#editor-status').textContent()) ?? '')
}

const diagnostics = (page: Page, lang: string) =>
  page.evaluate(async (l) => (await window.comunicadoEditor)?.diagnostics(l) ?? [], lang)
const paneText = (page: Page, lang: string) =>
  page.evaluate(
    async (l) => (await window.comunicadoEditor)?.views[l]?.state.sliceDoc() ?? '',
    lang,
  )

/** Puts the cursor over `text` (selected) in a pane, focused, as a person would with the keyboard. */
async function select(page: Page, lang: string, text: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    async ([l, t, n]) => {
      const view = (await window.comunicadoEditor)?.views[l as string]
      if (!view) return false
      const doc = view.state.sliceDoc()
      let at = -1
      for (let k = 0; k <= (n as number); k++) at = doc.indexOf(t as string, at + 1)
      if (at < 0) return false
      view.focus()
      view.dispatch({
        selection: { anchor: at, head: at + (t as string).length },
        scrollIntoView: true,
      })
      return true
    },
    [lang, text, occurrence] as const,
  )
  assert.ok(found, `“${text}” is in the ${lang} pane`)
}

/** Waits until every change of the page is saved. */
async function saved(page: Page): Promise<void> {
  await page.waitForFunction(() => window.comunicadoEditorReady?.isSaved() === true)
}

describe('the bilingual editor in Chromium', { timeout: 600_000 }, () => {
  let world: EditorWorld
  let browser: Browser

  before(async () => {
    world = await startEditorWorld('sqlite')
    browser = await launchChromium()
  })
  after(async () => {
    await browser?.close()
    await world?.close()
  })

  it('marks the seeded defects in both panes, applies a fix, and shows a cross-version diagnostic', async () => {
    const context = await world.signedIn(browser, editors[0])
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await openEditor(page, world.editorUrl)
    assert.equal(await page.locator('#pane-en .cm-content').getAttribute('lang'), 'en')
    assert.equal(await page.locator('#pane-es .cm-content').getAttribute('lang'), 'es')
    assert.equal(
      await page.locator('#pane-es .cm-content').getAttribute('aria-label'),
      'Text of the Spanish version',
    )

    const en = await diagnostics(page, 'en')
    const es = await diagnostics(page, 'es')
    for (const rule of ['dangling-attribution', 'invalid-email'])
      for (const [lang, list] of [
        ['en', en],
        ['es', es],
      ] as const)
        assert.ok(
          list.some((d) => d.rule === rule),
          `${rule} is marked in the ${lang} pane`,
        )
    assert.ok((await page.locator('#pane-en .cm-lintRange').count()) > 0)
    assert.ok((await page.locator('#pane-es .cm-lintRange').count()) > 0)
    // The structure is visible: the headline line and the gutter marks.
    assert.equal(await page.locator('#pane-en .cm-kind-headline').count(), 1)
    assert.ok(
      (await page.locator('#pane-es .cm-structure-gutter [title="Headline"]').count()) === 1,
    )
    // The dateline and the quotes, in both panes.
    for (const lang of ['en', 'es']) {
      const pane = page.locator(`#pane-${lang}`)
      assert.match((await pane.locator('.cm-dateline').first().textContent()) ?? '', /CHICAGO/)
      // A paragraph that is a quote is marked as one (quotes inside a body paragraph are listed
      // in the quotes panel, checked below); brought into view first (only visible lines are drawn).
      const quoted = lang === 'en' ? 'Irrespective of the economic' : 'Independientemente de la'
      await select(page, lang, quoted)
      await pane.locator('.cm-kind-quote', { hasText: quoted }).first().waitFor()
      assert.ok(
        (await pane.locator('.cm-structure-gutter [title="Quote"]').count()) >= 1,
        `quote gutter mark (${lang})`,
      )
    }
    // The boilerplates are at the end: brought into view first (only visible lines are drawn).
    for (const lang of ['en', 'es']) {
      const pane = page.locator(`#pane-${lang}`)
      await select(
        page,
        lang,
        lang === 'en' ? 'Alianza Americas is a network' : 'Alianza Americas es una red',
      )
      const about = pane.locator('.cm-kind-boilerplate', { hasText: 'Alianza Americas' })
      await about.first().waitFor()
      assert.ok(
        (await pane.locator('.cm-structure-gutter [title="About the organization"]').count()) >= 1,
        `boilerplate gutter mark (${lang})`,
      )
    }
    // The quotes panel: three quotes per version, with speakers and approval status.
    for (const lang of ['en', 'es']) {
      const rows = page
        .locator('#editor-quotes table', {
          hasText: lang === 'en' ? 'English version' : 'Spanish version',
        })
        .locator('tbody tr')
      assert.equal(await rows.count(), 3)
      assert.match(
        (await rows.first().textContent()) ?? '',
        /Oscar Chacon.*Alianza Americas.*approval not requested/,
      )
    }

    // The fix: "EE. UU." beside "EE.UU." in the Spanish, applied from the lint panel.
    const variant = es.find((d) => d.rule === 'term-variants')
    assert.ok(variant?.actions.length, 'the term-variants diagnostic offers a fix')
    await select(page, 'es', 'EE. UU.')
    await page.keyboard.press('Control+Shift+KeyM')
    const fix = page.locator('#pane-es .cm-panel-lint .cm-diagnosticAction', { hasText: 'EE.UU.' })
    await fix.first().click()
    await page.waitForFunction(
      () =>
        !window.comunicadoEditorReady?.diagnostics('es').some((d) => d.rule === 'term-variants'),
    )
    assert.ok(!(await paneText(page, 'es')).includes('EE. UU.'))

    // A number changed in the Spanish: the cross-version diagnostic appears in the Spanish pane.
    const before = (await diagnostics(page, 'es')).filter(
      (d) => d.rule === 'number-mismatch',
    ).length
    await select(page, 'es', 'dos naciones')
    await page.keyboard.type('tres naciones')
    await page.waitForFunction(
      (n) =>
        (window.comunicadoEditorReady?.diagnostics('es') ?? []).filter(
          (d) => d.rule === 'number-mismatch',
        ).length > n,
      before,
    )
    const mismatch = (await diagnostics(page, 'es')).find(
      (d) => d.rule === 'number-mismatch' && d.message.includes('tres'),
    )
    assert.match(mismatch?.message ?? '', /“two” in the EN version/)
    assert.ok(!(await diagnostics(page, 'en')).some((d) => d.message.includes('tres')))
    await saved(page)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('marks the Spanish counterpart of an edited English paragraph outdated, until marked up to date', async () => {
    const context = await world.signedIn(browser, editors[0])
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await openEditor(page, world.editorUrl)
    assert.equal(await page.locator('#outdated-es').textContent(), 'No paragraph is outdated.')
    await select(page, 'en', 'Some of the specific announcements')
    await page.keyboard.type('Several of the specific announcements')
    const item = page.locator('#outdated-es li', { hasText: 'Algunos de los anuncios' })
    await item.waitFor()
    await select(page, 'es', 'Algunos de los anuncios')
    const marked = page.locator('#pane-es .cm-outdated', { hasText: 'Algunos de los anuncios' })
    await marked.first().waitFor()
    assert.match((await marked.first().getAttribute('title')) ?? '', /English counterpart changed/)
    assert.equal(await page.locator('#outdated-en li', { hasText: 'Several of the' }).count(), 0)
    await saved(page)
    // Still outdated after a reload: the hashes were stored with the revision.
    await openEditor(page, world.editorUrl)
    await item.waitFor()
    const button = item.getByRole('button', {
      name: /^Mark up to date: paragraph \d+ of the Spanish version$/,
    })
    await button.click()
    await page.waitForFunction(
      () => !document.querySelector('#outdated-es')?.textContent?.includes('Algunos'),
    )
    await openEditor(page, world.editorUrl)
    assert.ok(!((await page.locator('#outdated-es').textContent()) ?? '').includes('Algunos'))
    await context.close()
  })

  it('follows the sentence at the cursor to its counterpart, by keyboard and pointer, and marks a sentence with none', async () => {
    const context = await world.signedIn(browser, editors[0])
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await openEditor(page, world.editorUrl)
    // Keyboard only: Tab from the link before the panes reaches the English text, then the Spanish.
    await page.getByRole('link', { name: 'Back to the release' }).focus()
    const reach = async (pane: string) => {
      for (let k = 0; k < 12; k++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate((p) => document.activeElement?.closest(p) !== null, pane))
          return true
      }
      return false
    }
    assert.ok(await reach('#pane-en .cm-content'), 'Tab reaches the English pane')
    assert.ok(await reach('#pane-es .cm-content'), 'Tab goes on to the Spanish pane')
    await page.keyboard.press('F8')
    assert.ok(
      await page.evaluate(
        () => (window.comunicadoEditorReady?.views.es?.state.selection.main.head ?? 0) > 0,
      ),
      'F8 moves to a problem',
    )
    await select(page, 'en', 'transnational approach')
    await page.keyboard.press('ArrowLeft')
    const counterpart = page.locator('#pane-es .cm-counterpart')
    await counterpart.first().waitFor()
    assert.match((await counterpart.allTextContents()).join(''), /enfoque transnacional/)
    assert.match(
      (await page.locator('#pane-en .cm-current-sentence').allTextContents()).join(''),
      /transnational approach/,
    )
    // Keyboard: to the counterpart in the other pane.
    await page.keyboard.press('Control+Alt+ArrowDown')
    await page.waitForFunction(() => document.activeElement?.closest('#pane-es') !== null)
    const head = await page.evaluate(() => {
      const view = window.comunicadoEditorReady?.views.es
      return view
        ? view.state.sliceDoc(view.state.selection.main.head, view.state.selection.main.head + 30)
        : ''
    })
    assert.match(head, /enfoque transnacional/)
    // Pointer: hovering a Spanish sentence lights its English counterpart.
    const target = page.locator('#pane-es .cm-line', {
      hasText: 'Las comunidades y las organizaciones',
    })
    await target.hover()
    await page
      .locator('#pane-en .cm-counterpart', { hasText: 'Communities and grassroots' })
      .first()
      .waitFor()
    // A sentence written in one version only is marked.
    await select(page, 'en', 'This transnational approach')
    await page.keyboard.type(
      'The coalition will hold a press call on Friday at noon. This transnational approach',
    )
    const unmatched = page.locator('#pane-en .cm-unmatched-sentence', { hasText: 'press call' })
    await unmatched.first().waitFor()
    assert.match(
      (await unmatched.first().getAttribute('title')) ?? '',
      /No counterpart for this sentence in the Spanish version/,
    )
    // So is a paragraph written in one version only, as a whole.
    await select(page, 'en', 'Communities and grassroots')
    await page.keyboard.press('Home')
    await page.keyboard.type(
      'Marchers will gather at Union Park at nine in the morning and walk to Federal Plaza, where volunteers will register voters, hand out water and collect signatures for the petition to the city council.',
    )
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    const paragraph = page.locator('#pane-en .cm-unmatched-paragraph', { hasText: 'Union Park' })
    await paragraph.first().waitFor()
    assert.match(
      (await paragraph.first().getAttribute('title')) ?? '',
      /No counterpart for this paragraph in the Spanish version/,
    )
    assert.equal(
      await page
        .locator('#pane-en .cm-unmatched-paragraph', { hasText: 'Communities and grassroots' })
        .count(),
      0,
      'the paragraph after it keeps its counterpart',
    )
    await saved(page)
    await context.close()
  })

  it('lets two people edit at once without losing text, merging or asking', async () => {
    const a = await (await world.signedIn(browser, editors[0])).newPage()
    const bContext = await world.signedIn(browser, editors[1], { bypassCSP: true })
    const b = await bContext.newPage()
    for (const page of [a, b]) page.setDefaultTimeout(45_000)
    await Promise.all([openEditor(a, world.editorUrl), openEditor(b, world.editorUrl)])
    // Different paragraphs, typed at the same time: both kept, in both browsers.
    await select(a, 'en', 'Despite VP Harris')
    await select(b, 'es', 'A pesar de los comentarios')
    await Promise.all([
      a.keyboard.type('Indeed, despite VP Harris'),
      b.keyboard.type('Sin embargo, a pesar de los comentarios'),
    ])
    const both = async (page: Page) =>
      page.waitForFunction(() => {
        const handle = window.comunicadoEditorReady
        const en = handle?.views.en?.state.sliceDoc() ?? ''
        const es = handle?.views.es?.state.sliceDoc() ?? ''
        return (
          handle?.isSaved() && en.includes('Indeed, despite') && es.includes('Sin embargo, a pesar')
        )
      })
    await Promise.all([both(a), both(b)])
    const current = await storedVersions(world)
    assert.ok(current.en?.includes('Indeed, despite VP Harris'))
    assert.ok(current.es?.includes('Sin embargo, a pesar'))

    // The same paragraph, while the second person's connection is down (so neither sees the
    // other's text first): when it is back, their save shows the conflict view; keeping both
    // loses nothing.
    await Promise.all([saved(a), saved(b)])
    await bContext.setOffline(true)
    await select(a, 'en', 'VP Harris’ visit should be')
    await select(b, 'en', 'VP Harris’ visit should be')
    await a.keyboard.type('The visit of VP Harris should be')
    await saved(a)
    await b.keyboard.type('Harris’ visit ought to be')
    await b
      .locator('#editor-status', { hasText: 'Not saved: the server cannot be reached.' })
      .waitFor()
    await bContext.setOffline(false)
    const conflicts = b.locator('#editor-conflicts')
    await conflicts.waitFor({ state: 'visible' })
    assert.match(
      (await conflicts.locator('.conflict-theirs').textContent()) ?? '',
      /The visit of VP Harris should be/,
    )
    assert.match(
      (await conflicts.locator('.conflict-mine').textContent()) ?? '',
      /Harris’ visit ought to be/,
    )
    assert.equal(await b.getByRole('radio', { name: 'Keep both' }).isChecked(), true)
    assert.deepEqual(await axeViolations(b), [], 'the conflict view passes axe-core')
    await b.getByRole('button', { name: 'Apply and save' }).click()
    const kept = async (page: Page) =>
      page.waitForFunction(() => {
        const handle = window.comunicadoEditorReady
        const en = handle?.views.en?.state.sliceDoc() ?? ''
        return (
          handle?.isSaved() &&
          en.includes('The visit of VP Harris should be') &&
          en.includes('Harris’ visit ought to be')
        )
      })
    await Promise.all([kept(a), kept(b)])
    const final = await storedVersions(world)
    assert.ok(final.en?.includes('The visit of VP Harris should be'))
    assert.ok(final.en?.includes('Harris’ visit ought to be'))
    assert.ok(final.es?.includes('Sin embargo, a pesar'))
  })

  it('speaks Spanish when asked, and has no axe-core violations', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'es-ES' })
    const response = await context.request.post(`${world.base}/api/session`, {
      data: { email: editors[0], password: 'a long editor password' },
    })
    assert.equal(response.status(), 200)
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await openEditor(page, `${world.editorUrl}?lang=es`)
    assert.equal(await page.locator('#pane-title-en').textContent(), 'Versión en inglés')
    assert.equal(
      await page.locator('#pane-es .cm-content').getAttribute('aria-label'),
      'Texto de la versión en español',
    )
    assert.ok(
      (await diagnostics(page, 'es')).some((d) => /Falta|falta|no es|nombre/.test(d.message)),
    )
    assert.deepEqual(await axeViolations(page), [])
    await page.goto(`${world.editorUrl}?lang=en`)
    await openEditor(page, world.editorUrl)
    assert.deepEqual(await axeViolations(page), [])
    await context.close()
  })
})

/** The texts of the release's current revision, by language, as stored. */
async function storedVersions(world: EditorWorld): Promise<Record<string, string>> {
  const repo = releaseRepository(world.app.newsroom.store.db)
  const row = await repo.get(world.releaseId)
  const revision = row && (await repo.revision(world.releaseId, row.revision))
  return Object.fromEntries((revision?.content.versions ?? []).map((v) => [v.lang, v.text]))
}
