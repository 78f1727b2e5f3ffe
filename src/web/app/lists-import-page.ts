/**
 * The workspace's CSV import pages of a list: the upload form; the preview of an upload (the
 * encoding and delimiter read, each column with the field it fills — changeable — and an example
 * value, and what a dry run would accept and reject); and the report of the import, listing every
 * rejected row with its line and why.
 */
import { html } from 'hono/html'
import { contactColumnFields } from '../../newsroom/distribution/csv-columns.js'
import { encodingLabels } from '../../newsroom/distribution/csv-decode.js'
import type { CsvImportReport } from '../../newsroom/distribution/csv-import.js'
import type { ContactList } from '../../store/repositories/lists.js'
import { csrfField, type Html, notice, type PageContext, renderLayout } from './layout.js'
import { type ListsKey, type ListsText, listsText } from './lists-strings.js'

const delimiterNames: Record<string, { en: string; es: string }> = {
  ',': { en: 'commas', es: 'comas' },
  ';': { en: 'semicolons', es: 'punto y coma' },
  '\t': { en: 'tabs', es: 'tabuladores' },
}

function counts(report: CsvImportReport) {
  return {
    accepted: report.accepted,
    rows: report.rows,
    new: report.newContacts,
    updated: report.updatedContacts,
    subscribed: report.subscribed,
    already: report.alreadySubscribed,
    rejected: report.rejected.length,
  }
}

/** The table of rejected rows (every one of them). */
export function rejectedTable(l: ListsText, report: CsvImportReport): Html {
  if (report.rejected.length === 0) return html`<p>${l('import.noneRejected')}</p>`
  return html`<table>
      <caption>${l('import.rejected')} (${report.rejected.length})</caption>
      <thead><tr><th scope="col">${l('col.line')}</th><th scope="col">${l('col.email')}</th><th scope="col">${l('col.reason')}</th><th scope="col">${l('col.value')}</th></tr></thead>
      <tbody>
        ${report.rejected.map(
          (r) =>
            html`<tr><th scope="row">${r.line}</th><td>${r.email}</td><td>${l(`reason.${r.reason}` as ListsKey)}</td><td>${r.detail ?? ''}</td></tr>`,
        )}
      </tbody>
    </table>`
}

/** The upload form. */
export function renderImportUploadPage(
  ctx: PageContext,
  data: { list: ContactList; maxMb: number; error?: string | null },
): Html {
  const l = listsText(ctx.lang)
  return renderLayout(
    ctx,
    l('import.title', { name: data.list.name }),
    html`${notice('alert', data.error)}
      <p><a href="/app/lists/${data.list.id}">${data.list.name}</a></p>
      <p>${l('import.intro')}</p>
      <form method="post" action="/app/lists/${data.list.id}/import" enctype="multipart/form-data" class="stack">
        ${csrfField(ctx)}
        <label for="import-file">${l('import.file')}</label>
        <input type="file" id="import-file" name="file" accept=".csv,.tsv,.txt,text/csv,text/plain" required aria-describedby="import-limit">
        <p class="hint" id="import-limit">${l('import.limit', { mb: data.maxMb })}</p>
        <button type="submit">${l('import.upload')}</button>
      </form>`,
  )
}

/** The preview of an upload, with the mapping form. */
export function renderImportPreviewPage(
  ctx: PageContext,
  data: {
    list: ContactList
    uploadId: string
    fileName: string
    report: CsvImportReport
    /** Example cells per column (the first data row that has one). */
    examples: string[]
    error?: string | null
  },
): Html {
  const l = listsText(ctx.lang)
  const { report } = data
  const delimiter = delimiterNames[report.delimiter]?.[ctx.lang] ?? report.delimiter
  const action = `/app/lists/${data.list.id}/import/${data.uploadId}`
  return renderLayout(
    ctx,
    l('import.previewTitle', { file: data.fileName }),
    html`${notice('alert', data.error)}
      <p><a href="/app/lists/${data.list.id}">${data.list.name}</a></p>
      <p>${l('import.read', { encoding: encodingLabels[report.encoding], delimiter })}</p>
      ${report.hasHeader ? html`` : html`<p>${l('import.noHeader')}</p>`}
      <form method="post" action="${action}" class="stack wide">
        ${csrfField(ctx)}
        <table>
          <caption>${l('import.columns')}</caption>
          <thead><tr><th scope="col">${l('import.column')}</th><th scope="col">${l('import.field')}</th><th scope="col">${l('import.sample')}</th></tr></thead>
          <tbody>
            ${report.columns.map(
              (c) => html`<tr>
                <th scope="row"><label for="map-${c.column}">${c.column}. ${c.header}</label></th>
                <td><select id="map-${c.column}" name="map-${c.column}">
                  <option value="ignore"${c.field === null ? html` selected` : html``}>${l('field.ignore')}</option>
                  ${contactColumnFields.map(
                    (f) =>
                      html`<option value="${f}"${c.field === f ? html` selected` : html``}>${l(`field.${f}` as ListsKey)}</option>`,
                  )}
                </select></td>
                <td>${data.examples[c.column - 1] ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <p role="status">${l('import.would', counts(report))}</p>
        ${rejectedTable(l, report)}
        <p>
          <button type="submit" name="action" value="preview" class="secondary">${l('import.update')}</button>
          <button type="submit" name="action" value="import">${l('import.confirm')}</button>
        </p>
      </form>`,
  )
}

/** The report of a finished import. */
export function renderImportDonePage(
  ctx: PageContext,
  data: { list: ContactList; report: CsvImportReport },
): Html {
  const l = listsText(ctx.lang)
  const { report } = data
  const delimiter = delimiterNames[report.delimiter]?.[ctx.lang] ?? report.delimiter
  return renderLayout(
    ctx,
    l('import.doneTitle', { name: data.list.name }),
    html`<p role="status" class="notice notice-status">${l('import.did', counts(report))}</p>
      <p>${l('import.read', { encoding: encodingLabels[report.encoding], delimiter })}</p>
      ${rejectedTable(l, report)}
      <p><a href="/app/lists/${data.list.id}">${data.list.name}</a></p>`,
  )
}
