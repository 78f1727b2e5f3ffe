/**
 * The bilingual editor's page shell: the workspace layout with one labelled section per language
 * version (its pane is mounted there by the browser bundle), the outdated-paragraph lists, the
 * quotes panel, the conflict view (hidden until needed), a live status line and keyboard help.
 * Everything the script needs is in data attributes; the page itself holds no inline script.
 */
import { html } from 'hono/html'
import { editorLangName, editorTranslator } from './editor-strings.js'
import { type Html, type PageContext, renderLayout } from './layout.js'

/** The path the editor's bundle is served at. */
export const editorScriptPath = '/app/editor/editor.js'
/** The path the editor's stylesheet is served at. */
export const editorStylesheetPath = '/app/editor/editor.css'

/** What the editor page shows. */
export interface EditorPageData {
  releaseId: string
  /** The release's title (its headline), shown as the `<h1>`. */
  title: string
  titleLang?: string
  /** The language tags of the versions, in order. */
  langs: string[]
  /** The nonce of this response's Content-Security-Policy, for the script and its styles. */
  nonce: string
}

/** Renders the editor page. */
export function renderEditorPage(ctx: PageContext, data: EditorPageData): Html {
  const t = editorTranslator(ctx.lang)
  const panes = data.langs.map((lang) => {
    const name = editorLangName(t, lang)
    return html`<section class="editor-pane" aria-labelledby="pane-title-${lang}" data-lang="${lang}">
        <h2 id="pane-title-${lang}">${t('editor.pane', { lang: name })}</h2>
        <div class="editor-host" id="pane-${lang}" data-lang="${lang}" data-label="${t('editor.paneText', { lang: name })}"></div>
        <p class="editor-problems" id="problems-${lang}" aria-live="polite"></p>
        <h3 id="outdated-title-${lang}">${t('editor.outdatedList')}</h3>
        <ul class="editor-outdated" id="outdated-${lang}" aria-labelledby="outdated-title-${lang}"></ul>
      </section>`
  })
  const body = html`<div
      id="editor"
      class="editor"
      data-release="${data.releaseId}"
      data-ui-lang="${ctx.lang}"
      data-csrf="${ctx.csrfToken ?? ''}"
      data-nonce="${data.nonce}"
    >
      <link rel="stylesheet" href="${editorStylesheetPath}">
      <p><a href="/app/releases/${data.releaseId}">${t('editor.back')}</a></p>
      <p>${t('editor.intro')}</p>
      <noscript><p class="notice notice-alert">${t('editor.noscript')}</p></noscript>
      <p class="editor-status" id="editor-status" role="status">${t('editor.loading')}</p>
      <section class="editor-conflicts" id="editor-conflicts" aria-labelledby="conflicts-title" hidden>
        <h2 id="conflicts-title" tabindex="-1">${t('editor.conflict.title')}</h2>
        <p>${t('editor.conflict.intro')}</p>
        <div id="conflict-items"></div>
        <button type="button" id="conflict-apply">${t('editor.conflict.apply')}</button>
      </section>
      <div class="editor-panes">${panes}</div>
      <section class="editor-quotes" aria-labelledby="quotes-title">
        <h2 id="quotes-title">${t('editor.quotes')}</h2>
        <p>${t('editor.quotesIntro')}</p>
        <div id="editor-quotes"></div>
      </section>
      <section class="editor-keys" aria-labelledby="keys-title">
        <h2 id="keys-title">${t('editor.keys')}</h2>
        <p>${t('editor.keysHelp')}</p>
      </section>
      <script type="module" src="${editorScriptPath}" nonce="${data.nonce}"></script>
    </div>`
  return renderLayout(ctx, data.title, body, data.titleLang)
}
