/**
 * The release page: both language versions side by side, each column marked with its `lang`; the
 * status with the next steps the status machine allows as buttons (for editors of a co-issuer);
 * the checker's findings, where a reviewer sees them before deciding;
 * an edit form that saves a new revision on top of the one shown; the revisions with links to
 * their diffs; and, once public, the links to the public page of each language.
 */
import { html } from 'hono/html'
import type { ReleaseView } from '../../newsroom/release-service.js'
import type { ReleaseStatus } from '../../newsroom/release-status.js'
import { statusBadge } from './dashboard-page.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import type { CheckOutcome } from './release-checks.js'
import { releaseTitle } from './release-summary.js'
import { langName, type UiKey } from './ui-strings.js'

/** A revision as listed (no content). */
export interface RevisionLine {
  number: number
  createdAt: string
  note: string | null
}

/** Everything the release page shows. */
export interface ReleasePageData {
  release: ReleaseView
  /** Names of the co-issuing organizations, in order. */
  issuers: string[]
  revisions: RevisionLine[]
  canEdit: boolean
  /** The statuses the release may move to now. */
  nextSteps: readonly ReleaseStatus[]
  /** Links to the public pages, once the release is public. */
  publicLinks: { lang: string; url: string }[]
  flash?: string | null
  error?: string | null
  /** The checker's findings on the revision shown. */
  checks?: CheckOutcome | null
  /** Text the user submitted that was not saved (a stale revision): shown again in the form. */
  draft?: { texts: Record<string, string>; note: string } | null
}

/** The languages shown as columns: every version, and English and Spanish even when missing. */
function columnLangs(release: ReleaseView): string[] {
  const langs = release.content.versions.map((v) => v.lang)
  for (const wanted of ['en', 'es'])
    if (!langs.some((l) => l.split('-')[0] === wanted)) langs.push(wanted)
  return langs
}

function paragraphs(text: string): Html[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)
}

function versionColumns(ctx: PageContext, release: ReleaseView): Html {
  return html`<div class="columns">${columnLangs(release).map((lang) => {
    const version = release.content.versions.find((v) => v.lang === lang)
    const name = langName(ctx.lang, lang)
    return html`<section class="version" lang="${lang}" aria-labelledby="version-${lang}">
        <h3 id="version-${lang}" lang="${ctx.lang}">${name}</h3>
        ${
          version
            ? paragraphs(version.text)
            : html`<p lang="${ctx.lang}">${ctx.t('release.noVersion', { lang: name })}</p>`
        }
      </section>`
  })}</div>`
}

function steps(ctx: PageContext, data: ReleasePageData): Html {
  const { t } = ctx
  if (!data.canEdit) return html`<p>${t('release.readOnly')}</p>`
  if (data.nextSteps.length === 0) return html`<p>${t('release.noSteps')}</p>`
  return html`<ul class="steps">${data.nextSteps.map(
    (status, i) => html`<li><form method="post" action="/app/releases/${data.release.id}/status">
        ${csrfField(ctx)}
        <input type="hidden" name="status" value="${status}">
        <input type="hidden" name="revision" value="${data.release.revision}">
        <button type="submit"${i > 0 ? html` class="secondary"` : html``}>${t(
          `action.${status}` as UiKey,
        )}</button>
      </form></li>`,
  )}</ul>`
}

function editForm(ctx: PageContext, release: ReleaseView, draft: ReleasePageData['draft']): Html {
  const { t } = ctx
  return html`<details${draft ? html` open` : html``}>
      <summary>${t('release.edit')}</summary>
      <form class="stack wide" method="post" action="/app/releases/${release.id}/save">
        ${csrfField(ctx)}
        <input type="hidden" name="baseRevision" value="${release.revision}">
        <div class="columns">${release.content.versions.map(
          (v) => html`<div>
              <label for="text-${v.lang}">${langName(ctx.lang, v.lang)}</label>
              <textarea id="text-${v.lang}" name="text-${v.lang}" lang="${v.lang}">${draft?.texts[v.lang] ?? v.text}</textarea>
            </div>`,
        )}</div>
        <div>
          <label for="note">${t('release.note')}</label>
          <input type="text" id="note" name="note" maxlength="2000" value="${draft?.note ?? ''}">
        </div>
        <div><button type="submit">${t('release.save')}</button></div>
      </form>
    </details>`
}

function checkList(ctx: PageContext, checks: CheckOutcome | null | undefined): Html {
  const { t } = ctx
  if (!checks) return html``
  const heading = html`<h2>${t('checks.title')}</h2>`
  if (!checks.ok) return html`${heading}<p>${t('checks.failed', { detail: checks.reason })}</p>`
  if (checks.lines.length === 0) return html`${heading}<p>${t('checks.none')}</p>`
  const count = (s: string) => checks.lines.filter((l) => l.severity === s).length
  const langs = [...new Set(checks.lines.map((l) => l.lang))]
  return html`${heading}
    <p>${t('checks.summary', { errors: count('error'), warnings: count('warning'), infos: count('info') })}</p>
    ${langs.map(
      (lang) => html`<h3>${langName(ctx.lang, lang)}</h3>
        <ul class="checks">${checks.lines
          .filter((l) => l.lang === lang)
          .map(
            (l) =>
              html`<li class="check-${l.severity}"><strong>${t(`severity.${l.severity}` as UiKey)}</strong>${
                l.line ? html` (${t('checks.line', { line: l.line })})` : html``
              }: ${l.message} <code>${l.ruleId}</code></li>`,
          )}</ul>`,
    )}`
}

function revisionList(ctx: PageContext, data: ReleasePageData): Html {
  const { t } = ctx
  const id = data.release.id
  const items = [...data.revisions]
    .reverse()
    .map(
      (r) =>
        html`<li>${t('release.revision', { number: r.number })}, ${timeText(
          ctx.lang,
          r.createdAt,
        )}${r.note ? html` — ${r.note}` : html``}${
          r.number > 1
            ? html` · <a href="/app/releases/${id}/diff?from=${r.number - 1}&amp;to=${r.number}">${t(
                'release.diffPrevious',
                { number: r.number - 1 },
              )}</a>`
            : html``
        }</li>`,
    )
  return html`<ol reversed>${items}</ol>`
}

/** The release's tools: each feature's page for this release. */
function toolNav(ctx: PageContext, id: string): Html {
  const { t } = ctx
  const tools: [string, UiKey][] = [
    ['edit', 'tools.editor'],
    ['quotes', 'tools.quotes'],
    ['schedule', 'tools.schedule'],
    ['signons', 'tools.signons'],
    ['send', 'tools.send'],
    ['audit', 'tools.audit'],
  ]
  return html`<nav aria-label="${t('tools.label')}" class="release-tools"><ul>${tools.map(
    ([path, key]) => html`<li><a href="/app/releases/${id}/${path}">${t(key)}</a></li>`,
  )}</ul></nav>`
}

/** The release page. */
export function renderReleasePage(ctx: PageContext, data: ReleasePageData): Html {
  const { t } = ctx
  const { release } = data
  const title = releaseTitle(release.content.versions, ctx.lang, release.slug)
  const titleLang = (
    release.content.versions.find((v) => v.lang.split('-')[0] === ctx.lang) ??
    release.content.versions[0]
  )?.lang
  const publicLinks =
    data.publicLinks.length > 0
      ? html`<h2>${t('release.public')}</h2>
          <ul>${data.publicLinks.map(
            (l) =>
              html`<li><a href="${l.url}" hreflang="${l.lang}">${t('release.publicLink', {
                lang: langName(ctx.lang, l.lang),
              })}</a></li>`,
          )}</ul>`
      : html``
  return renderLayout(
    ctx,
    title,
    html`${notice('status', data.flash)}${notice('alert', data.error)}
      ${toolNav(ctx, release.id)}
      <dl class="facts">
        <dt>${t('release.status')}</dt><dd>${statusBadge(ctx, release.status)}</dd>
        <dt>${t('release.issuers')}</dt><dd>${data.issuers.join(', ')}</dd>
        <dt>${t('release.revision', { number: release.revision })}</dt>
        <dd>${timeText(ctx.lang, release.updatedAt)}</dd>
      </dl>
      <h2>${t('release.nextSteps')}</h2>
      ${steps(ctx, data)}
      ${publicLinks}
      ${checkList(ctx, data.checks)}
      <h2>${t('release.versions')}</h2>
      ${versionColumns(ctx, release)}
      ${data.canEdit ? editForm(ctx, release, data.draft) : html``}
      <h2>${t('release.revisions')}</h2>
      ${revisionList(ctx, data)}`,
    titleLang,
  )
}
