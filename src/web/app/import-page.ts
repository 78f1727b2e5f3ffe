/**
 * The import page: choose the issuing organization and co-issuers, then upload a file (one file
 * may hold both languages; the reader splits it) or paste the English and Spanish versions. The
 * form is multipart, works without JavaScript, and keeps the pasted text after a refusal.
 */
import { html } from 'hono/html'
import { csrfField, type Html, notice, type PageContext, renderLayout } from './layout.js'

/** An organization offered in the form. */
export interface ImportOrganization {
  id: string
  name: string
  coalitionId: string
  coalitionName: string
}

/** What the import form offers and shows again. */
export interface ImportState {
  /** Organizations the user may issue releases for (editor or admin). */
  issuers: ImportOrganization[]
  /** Every organization of the user's coalitions, as possible co-issuers. */
  coIssuers: ImportOrganization[]
  organizationId?: string
  coIssuerIds?: string[]
  textEn?: string
  textEs?: string
  error?: string | null
}

function coIssuerFields(ctx: PageContext, state: ImportState): Html {
  const chosen = new Set(state.coIssuerIds ?? [])
  const coalitions = [...new Set(state.coIssuers.map((o) => o.coalitionId))]
  return html`${coalitions.map((coalitionId) => {
    const orgs = state.coIssuers.filter((o) => o.coalitionId === coalitionId)
    const legend =
      coalitions.length > 1
        ? `${ctx.t('import.coIssuers')} (${orgs[0]?.coalitionName ?? ''})`
        : ctx.t('import.coIssuers')
    return html`<fieldset>
        <legend>${legend}</legend>
        ${orgs.map(
          (o) => html`<span class="check"><input type="checkbox" id="co-${o.id}" name="coIssuerIds"
              value="${o.id}"${chosen.has(o.id) ? html` checked` : html``}>
            <label for="co-${o.id}">${o.name}</label></span>`,
        )}
      </fieldset>`
  })}`
}

/** The import page. */
export function renderImportPage(ctx: PageContext, state: ImportState): Html {
  const { t } = ctx
  if (state.issuers.length === 0)
    return renderLayout(ctx, t('import.title'), notice('alert', t('import.noOrganization')))
  const selected = state.organizationId ?? state.issuers[0]?.id
  return renderLayout(
    ctx,
    t('import.title'),
    html`<p>${t('import.intro')}</p>
      ${notice('alert', state.error)}
      <form class="stack wide" method="post" action="/app/releases/new" enctype="multipart/form-data">
        ${csrfField(ctx)}
        <div>
          <label for="organizationId">${t('import.organization')}</label>
          <select id="organizationId" name="organizationId">${state.issuers.map(
            (o) =>
              html`<option value="${o.id}"${o.id === selected ? html` selected` : html``}>${o.name} (${o.coalitionName})</option>`,
          )}</select>
        </div>
        ${coIssuerFields(ctx, state)}
        <div>
          <label for="file">${t('import.file')}</label>
          <input type="file" id="file" name="file" aria-describedby="file-hint"
            accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
          <p class="hint" id="file-hint">${t('import.fileHint')}</p>
        </div>
        <fieldset>
          <legend>${t('import.or')}</legend>
          <div class="columns">
            <div>
              <label for="textEn">${t('import.textEn')}</label>
              <textarea id="textEn" name="textEn" lang="en" spellcheck="true">${state.textEn ?? ''}</textarea>
            </div>
            <div>
              <label for="textEs">${t('import.textEs')}</label>
              <textarea id="textEs" name="textEs" lang="es" spellcheck="true">${state.textEs ?? ''}</textarea>
            </div>
          </div>
        </fieldset>
        <div><button type="submit">${t('import.submit')}</button></div>
      </form>`,
  )
}
