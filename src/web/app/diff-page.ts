/**
 * The diff page: what changed between two revisions of a release, per language version, with
 * additions in `<ins>` and removals in `<del>` (each also named in words for screen readers, which
 * do not announce those elements) and a count of words added and removed.
 */
import { html } from 'hono/html'
import type { VersionDiff } from '../../newsroom/revision-diff.js'
import { type Html, type PageContext, renderLayout } from './layout.js'
import { langName } from './ui-strings.js'

/** What the diff page shows. */
export interface DiffPageData {
  releaseId: string
  from: number
  to: number
  diff: VersionDiff[]
}

function parts(ctx: PageContext, diff: VersionDiff): Html {
  if (diff.inserted === 0 && diff.deleted === 0 && diff.parts.every((p) => p.op === 'equal'))
    return html`<p lang="${ctx.lang}">${ctx.t('diff.none')}</p>`
  return html`<div class="diff">${diff.parts.map((p) =>
    p.op === 'equal'
      ? html`${p.text}`
      : p.op === 'insert'
        ? html`<ins><span class="sr-only" lang="${ctx.lang}">[${ctx.t('diff.inserted')}: </span>${p.text}<span class="sr-only">]</span></ins>`
        : html`<del><span class="sr-only" lang="${ctx.lang}">[${ctx.t('diff.deleted')}: </span>${p.text}<span class="sr-only">]</span></del>`,
  )}</div>`
}

/** The diff page. */
export function renderDiffPage(ctx: PageContext, data: DiffPageData): Html {
  const { t } = ctx
  return renderLayout(
    ctx,
    t('diff.title', { from: data.from, to: data.to }),
    html`<p><a href="/app/releases/${data.releaseId}">${t('diff.back')}</a></p>
      ${data.diff.map(
        (d) => html`<section lang="${d.lang}" aria-labelledby="diff-${d.lang}">
            <h2 id="diff-${d.lang}" lang="${ctx.lang}">${langName(ctx.lang, d.lang)}</h2>
            <p lang="${ctx.lang}">${t('diff.summary', { inserted: d.inserted, deleted: d.deleted })}</p>
            ${parts(ctx, d)}
          </section>`,
      )}`,
  )
}
