/**
 * Press and member lists: workspace pages, CSV import with its report, the API, and the public
 * unsubscribe endpoints (issue 8).
 *
 * - `/app/lists…`: the lists of the user's coalitions, a list with its contacts, a contact, the
 *   two-step CSV import (upload and preview the mapping, then import) and the suppression list.
 *   Members of the coalition read; editors and admins change.
 * - `/api/lists…`: the same as JSON (an import takes the file as the raw request body).
 * - `/unsubscribe/:token`: GET shows a confirmation page; POST (RFC 8058 one-click, from mail
 *   clients: no session, no CSRF token) unsubscribes the contact from every list of its coalition.
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import type { Actor } from '../../newsroom/access.js'
import { normaliseEmail } from '../../newsroom/distribution/contact-email.js'
import { parseMappingPairs } from '../../newsroom/distribution/csv-columns.js'
import { decodeCsv } from '../../newsroom/distribution/csv-decode.js'
import type { CsvImportReport } from '../../newsroom/distribution/csv-import.js'
import { readCsv } from '../../newsroom/distribution/csv-read.js'
import { canChangeLists } from '../../newsroom/distribution/list-access.js'
import { listKinds, suppressionReasons } from '../../newsroom/distribution/list-service.js'
import { unsubscribePurpose } from '../../newsroom/distribution/unsubscribe-link.js'
import { NewsroomError } from '../../newsroom/newsroom-error.js'
import type { ListKind, SuppressionReason } from '../../store/repositories/lists.js'
import { renderContactPage } from '../../web/app/lists-contact-page.js'
import {
  renderImportDonePage,
  renderImportPreviewPage,
  renderImportUploadPage,
} from '../../web/app/lists-import-page.js'
import {
  type CoalitionLists,
  type CreateListForm,
  renderListsIndexPage,
} from '../../web/app/lists-index-page.js'
import { renderListPage } from '../../web/app/lists-list-page.js'
import { type ListsKey, listsRefusal, listsText } from '../../web/app/lists-strings.js'
import { renderSuppressionsPage } from '../../web/app/lists-suppressions-page.js'
import type { UiLang } from '../../web/app/ui-strings.js'
import { renderUnsubscribePage } from '../../web/app/unsubscribe-page.js'
import type { AppEnv } from '../app-env.js'
import { readBody } from '../read-body.js'
import type { FeatureRouteOptions } from './feature-route-options.js'
import { field, pageContext, requireActor } from './workspace-kit.js'

type C = Context<AppEnv>

/** Contacts shown per page of a list. */
export const membersPerPage = 200

/** What the workspace's upload form accepts: the app's default request body limit. */
export const webUploadLimitMb = 2

const doneKeys: Record<string, ListsKey> = {
  created: 'done.created',
  added: 'done.added',
  saved: 'done.saved',
  removed: 'done.removed',
  unsubscribed: 'done.unsubscribed',
  renamed: 'done.renamed',
  deleted: 'done.deleted',
  suppressed: 'done.suppressed',
  unsuppressed: 'done.unsuppressed',
}

const contactBody = z.object({
  email: z.string().max(1000),
  name: z.string().max(1000).nullish(),
  outlet: z.string().max(1000).nullish(),
  beat: z.string().max(1000).nullish(),
  lang: z.string().max(100).nullish(),
  location: z.string().max(1000).nullish(),
})

function apiActor(c: C): Actor {
  const actor = c.var.actor
  if (!actor) throw new NewsroomError('unauthenticated', 'sign in to use the lists')
  return actor
}

/** The coalition a request means: the one given, or the actor's only one. */
function coalitionOf(actor: Actor, given: string | undefined | null): string {
  if (given) return given
  const ids = [...new Set(actor.memberships.map((m) => m.coalitionId))]
  if (ids.length === 1 && ids[0]) return ids[0]
  if (ids.length === 0)
    throw new NewsroomError('forbidden', 'only members of a coalition see its lists')
  throw new NewsroomError('invalid', 'you belong to several coalitions: say which (coalitionId)')
}

function formValues(form: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of ['email', 'name', 'outlet', 'beat', 'lang', 'location'])
    out[name] = field(form, name)
  return out
}

function statusOf(error: NewsroomError): 400 | 403 | 404 | 409 | 422 {
  return error.code === 'conflict'
    ? 409
    : error.code === 'not-found'
      ? 404
      : error.code === 'forbidden'
        ? 403
        : 422
}

function mappingFromForm(form: Record<string, unknown>): Record<string, string> {
  const mapping: Record<string, string> = {}
  for (const [key, value] of Object.entries(form)) {
    const match = /^map-(\d+)$/.exec(key)
    if (match?.[1] && typeof value === 'string') mapping[match[1]] = value
  }
  return mapping
}

/** The first non-empty cell of each column among the first data rows, for the preview. */
function examplesOf(bytes: Uint8Array, report: CsvImportReport): string[] {
  try {
    const rows = readCsv(decodeCsv(bytes).text, { delimiter: report.delimiter }).rows
    const data = (report.hasHeader ? rows.slice(1) : rows).slice(0, 20)
    return report.columns.map(
      (c) =>
        data
          .map((r) => r.cells[c.column - 1]?.trim() ?? '')
          .find((v) => v !== '')
          ?.slice(0, 80) ?? '',
    )
  } catch {
    return []
  }
}

function csvName(name: string): string {
  return `${name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'list'}.csv`
}

/** The list routes. */
export function listRoutes(options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  const secure = options.publicUrl.startsWith('https:')

  // ---------------------------------------------------------------- workspace pages

  async function indexPage(
    c: C,
    extra: { flash?: string | null; error?: string | null; form?: CreateListForm | null } = {},
  ) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const { lists, directory } = c.var.newsroom
    const ids = [...new Set(actor.memberships.map((m) => m.coalitionId))]
    const coalitions: CoalitionLists[] = []
    for (const id of ids)
      coalitions.push({
        id,
        name: (await directory.repo.coalition(id))?.name ?? id,
        lists: await lists.lists(id, actor),
        canChange: canChangeLists(actor, id),
      })
    return renderListsIndexPage(ctx, { coalitions, ...extra })
  }

  routes.get('/app/lists', async (c) => {
    const done = doneKeys[c.req.query('done') ?? '']
    const l = listsText((await pageContext(c, secure)).lang)
    return c.html(await indexPage(c, { flash: done ? l(done) : null }))
  })

  routes.post('/app/lists', async (c) => {
    const actor = requireActor(c)
    const form = await c.req.parseBody()
    try {
      const list = await c.var.newsroom.lists.createList(
        field(form, 'coalitionId'),
        { name: field(form, 'name'), kind: field(form, 'kind') as ListKind },
        actor,
      )
      return c.redirect(`/app/lists/${list.id}?done=created`, 303)
    } catch (error) {
      if (!(error instanceof NewsroomError) || error.code === 'forbidden') throw error
      const l = listsText((await pageContext(c, secure)).lang)
      const typed = {
        coalitionId: field(form, 'coalitionId'),
        name: field(form, 'name'),
        kind: field(form, 'kind'),
      }
      return c.html(
        await indexPage(c, { error: listsRefusal(l, error), form: typed }),
        statusOf(error),
      )
    }
  })

  async function suppressionsPage(
    c: C,
    coalitionId: string,
    extra: {
      flash?: string | null
      error?: string | null
      form?: { email: string; detail: string }
    } = {},
  ) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const suppressions = await c.var.newsroom.lists.suppressions(coalitionId, actor)
    const coalitionName = (await c.var.newsroom.directory.repo.coalition(coalitionId))?.name ?? ''
    return renderSuppressionsPage(ctx, {
      coalitionId,
      coalitionName,
      suppressions,
      canChange: canChangeLists(actor, coalitionId),
      ...extra,
    })
  }

  routes.get('/app/lists/suppressions', async (c) => {
    const actor = requireActor(c)
    const coalitionId = coalitionOf(actor, c.req.query('coalition'))
    const done = doneKeys[c.req.query('done') ?? '']
    const l = listsText((await pageContext(c, secure)).lang)
    return c.html(await suppressionsPage(c, coalitionId, { flash: done ? l(done) : null }))
  })

  routes.post('/app/lists/suppressions', async (c) => {
    const actor = requireActor(c)
    const form = await c.req.parseBody()
    const coalitionId = coalitionOf(actor, field(form, 'coalitionId'))
    const query = `coalition=${encodeURIComponent(coalitionId)}`
    try {
      const email = field(form, 'email')
      if (!email.trim())
        throw new NewsroomError('invalid', 'an e-mail address is required', {
          problem: 'missing-email',
        })
      // Bounces may suppress any address; one typed by a person here is checked like a contact's.
      if (!normaliseEmail(email).ok)
        throw new NewsroomError('invalid', `"${email}" is not a valid e-mail address`, {
          problem: 'invalid-email',
        })
      await c.var.newsroom.lists.suppress(
        coalitionId,
        email,
        'manual',
        field(form, 'detail') || null,
        actor,
      )
      return c.redirect(`/app/lists/suppressions?${query}&done=suppressed`, 303)
    } catch (error) {
      if (!(error instanceof NewsroomError) || error.code === 'forbidden') throw error
      const l = listsText((await pageContext(c, secure)).lang)
      return c.html(
        await suppressionsPage(c, coalitionId, {
          error: listsRefusal(l, error),
          form: { email: field(form, 'email'), detail: field(form, 'detail') },
        }),
        statusOf(error),
      )
    }
  })

  routes.post('/app/lists/suppressions/remove', async (c) => {
    const actor = requireActor(c)
    const form = await c.req.parseBody()
    const coalitionId = coalitionOf(actor, field(form, 'coalitionId'))
    await c.var.newsroom.lists.unsuppress(coalitionId, field(form, 'email'), actor)
    return c.redirect(
      `/app/lists/suppressions?coalition=${encodeURIComponent(coalitionId)}&done=unsuppressed`,
      303,
    )
  })

  async function listPage(
    c: C,
    listId: string,
    extra: {
      flash?: string | null
      error?: string | null
      form?: Record<string, string>
      renameTo?: string
    } = {},
  ) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const { lists } = c.var.newsroom
    const list = await lists.list(listId, actor)
    const page = Math.max(0, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '0', 10) || 0))
    const members = await lists.members(listId, actor, {
      limit: membersPerPage + 1,
      offset: page * membersPerPage,
    })
    return renderListPage(ctx, {
      list,
      members: members.slice(0, membersPerPage),
      hasNext: members.length > membersPerPage,
      page,
      canChange: canChangeLists(actor, list.coalitionId),
      ...extra,
    })
  }

  /** A refusal shown on the list page with what was typed; forbidden and missing go to the error page. */
  async function refusedOnListPage(
    c: C,
    listId: string,
    error: unknown,
    kept: Omit<Parameters<typeof listPage>[2], 'error'>,
  ): Promise<Response> {
    if (
      !(error instanceof NewsroomError) ||
      error.code === 'forbidden' ||
      error.code === 'not-found'
    )
      throw error
    const l = listsText((await pageContext(c, secure)).lang)
    return c.html(
      await listPage(c, listId, { ...kept, error: listsRefusal(l, error) }),
      statusOf(error),
    )
  }

  routes.get('/app/lists/:id', async (c) => {
    const done = doneKeys[c.req.query('done') ?? '']
    const l = listsText((await pageContext(c, secure)).lang)
    return c.html(await listPage(c, c.req.param('id'), { flash: done ? l(done) : null }))
  })

  routes.post('/app/lists/:id/contacts', async (c) => {
    const actor = requireActor(c)
    const listId = c.req.param('id')
    const form = await c.req.parseBody()
    const values = formValues(form)
    try {
      await c.var.newsroom.lists.addContact(listId, { ...values, email: values.email ?? '' }, actor)
      return c.redirect(`/app/lists/${listId}?done=added`, 303)
    } catch (error) {
      return refusedOnListPage(c, listId, error, { form: values })
    }
  })

  routes.post('/app/lists/:id/rename', async (c) => {
    const actor = requireActor(c)
    const listId = c.req.param('id')
    const form = await c.req.parseBody()
    try {
      await c.var.newsroom.lists.renameList(listId, field(form, 'name'), actor)
      return c.redirect(`/app/lists/${listId}?done=renamed`, 303)
    } catch (error) {
      return refusedOnListPage(c, listId, error, { renameTo: field(form, 'name') })
    }
  })

  routes.post('/app/lists/:id/delete', async (c) => {
    const actor = requireActor(c)
    await c.var.newsroom.lists.deleteList(c.req.param('id'), actor)
    return c.redirect('/app/lists?done=deleted', 303)
  })

  async function contactPage(
    c: C,
    listId: string,
    contactId: string,
    extra: { error?: string | null; form?: Record<string, string> } = {},
  ) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const { lists } = c.var.newsroom
    const list = await lists.list(listId, actor)
    if (!canChangeLists(actor, list.coalitionId))
      throw new NewsroomError('forbidden', 'only editors and admins change the lists')
    const contact = await lists.contact(contactId, actor)
    if (contact.coalitionId !== list.coalitionId)
      throw new NewsroomError('not-found', 'there is no such contact')
    return renderContactPage(ctx, { list, contact, ...extra })
  }

  routes.get('/app/lists/:id/contacts/:contactId', async (c) =>
    c.html(await contactPage(c, c.req.param('id'), c.req.param('contactId'))),
  )

  routes.post('/app/lists/:id/contacts/:contactId', async (c) => {
    const actor = requireActor(c)
    const { id, contactId } = c.req.param()
    const form = await c.req.parseBody()
    const values = formValues(form)
    await contactPage(c, id, contactId) // access and coalition checks
    try {
      await c.var.newsroom.lists.updateContact(contactId, values, actor)
      return c.redirect(`/app/lists/${id}?done=saved`, 303)
    } catch (error) {
      if (!(error instanceof NewsroomError) || error.code === 'forbidden') throw error
      const l = listsText((await pageContext(c, secure)).lang)
      return c.html(
        await contactPage(c, id, contactId, { error: listsRefusal(l, error), form: values }),
        statusOf(error),
      )
    }
  })

  routes.post('/app/lists/:id/contacts/:contactId/remove', async (c) => {
    const actor = requireActor(c)
    const { id, contactId } = c.req.param()
    await c.var.newsroom.lists.removeContact(id, contactId, actor)
    return c.redirect(`/app/lists/${id}?done=removed`, 303)
  })

  routes.post('/app/lists/:id/contacts/:contactId/unsubscribe', async (c) => {
    const actor = requireActor(c)
    const { id, contactId } = c.req.param()
    await c.var.newsroom.lists.unsubscribeFromList(id, contactId, actor)
    return c.redirect(`/app/lists/${id}?done=unsubscribed`, 303)
  })

  routes.get('/app/lists/:id/export.csv', async (c) => {
    const actor = requireActor(c)
    const { lists } = c.var.newsroom
    const list = await lists.list(c.req.param('id'), actor)
    const csv = await lists.exportCsv(list.id, actor)
    c.header('Content-Type', 'text/csv; charset=utf-8')
    c.header('Content-Disposition', `attachment; filename="${csvName(list.name)}"`)
    return c.body(csv)
  })

  async function uploadPage(c: C, listId: string, error: string | null = null) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const list = await c.var.newsroom.lists.list(listId, actor)
    if (!canChangeLists(actor, list.coalitionId))
      throw new NewsroomError('forbidden', 'only editors and admins change the lists')
    return renderImportUploadPage(ctx, { list, maxMb: webUploadLimitMb, error })
  }

  routes.get('/app/lists/:id/import', async (c) => c.html(await uploadPage(c, c.req.param('id'))))

  async function previewOrImport(
    c: C,
    listId: string,
    uploadId: string,
    mapping: Record<string, string>,
    run: boolean,
  ) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const { lists } = c.var.newsroom
    const list = await lists.list(listId, actor)
    const l = listsText(ctx.lang)
    try {
      const { report, fileName, bytes } = await lists.importUpload(
        listId,
        uploadId,
        { mapping, dryRun: !run, previewWithoutEmailColumn: true },
        actor,
      )
      if (run)
        return c.html(renderImportDonePage(ctx, { list: await lists.list(listId, actor), report }))
      return c.html(
        renderImportPreviewPage(ctx, {
          list,
          uploadId,
          fileName,
          report,
          examples: examplesOf(bytes, report),
        }),
      )
    } catch (error) {
      if (!(error instanceof NewsroomError) || error.code === 'forbidden') throw error
      return c.html(await uploadPage(c, listId, listsRefusal(l, error)), statusOf(error))
    }
  }

  routes.post('/app/lists/:id/import', async (c) => {
    const actor = requireActor(c)
    const listId = c.req.param('id')
    const form = await c.req.parseBody()
    const file = form.file
    const l = listsText((await pageContext(c, secure)).lang)
    if (!(file instanceof File) || file.size === 0)
      return c.html(await uploadPage(c, listId, l('error.noFile')), 422)
    try {
      const uploadId = await c.var.newsroom.lists.keepUpload(
        listId,
        file.name,
        new Uint8Array(await file.arrayBuffer()),
        actor,
      )
      // The preview has its own address, so reloading it or switching language keeps it.
      return c.redirect(`/app/lists/${listId}/import/${uploadId}`, 303)
    } catch (error) {
      if (!(error instanceof NewsroomError) || error.code === 'forbidden') throw error
      return c.html(await uploadPage(c, listId, listsRefusal(l, error)), statusOf(error))
    }
  })

  // The preview's own address: the language switcher of a preview links here.
  routes.get('/app/lists/:id/import/:uploadId', async (c) => {
    requireActor(c)
    const { id, uploadId } = c.req.param()
    return previewOrImport(c, id, uploadId, {}, false)
  })

  // Form addresses answered with a page (a refusal): the language switcher links to them, so a
  // GET goes back to the page the form is on instead of a 404.
  const backTo = (c: C, path: string) => {
    const lang = c.req.query('lang')
    const query = lang === 'en' || lang === 'es' ? `lang=${lang}` : ''
    const glue = path.includes('?') ? '&' : '?'
    return c.redirect(query ? `${path}${glue}${query}` : path, 303)
  }
  routes.get('/app/lists/suppressions/remove', (c) => {
    const coalition = c.req.query('coalition')
    return backTo(
      c,
      `/app/lists/suppressions${coalition ? `?coalition=${encodeURIComponent(coalition)}` : ''}`,
    )
  })
  for (const action of ['contacts', 'rename', 'delete'])
    routes.get(`/app/lists/:id/${action}`, (c) => backTo(c, `/app/lists/${c.req.param('id')}`))
  for (const action of ['remove', 'unsubscribe'])
    routes.get(`/app/lists/:id/contacts/:contactId/${action}`, (c) =>
      backTo(c, `/app/lists/${c.req.param('id')}/contacts/${c.req.param('contactId')}`),
    )

  routes.post('/app/lists/:id/import/:uploadId', async (c) => {
    requireActor(c)
    const { id, uploadId } = c.req.param()
    const form = await c.req.parseBody()
    return previewOrImport(
      c,
      id,
      uploadId,
      mappingFromForm(form),
      field(form, 'action') === 'import',
    )
  })

  // ---------------------------------------------------------------- API

  routes.get('/api/lists', async (c) => {
    const actor = apiActor(c)
    const coalitionId = coalitionOf(actor, c.req.query('coalitionId'))
    return c.json({ coalitionId, lists: await c.var.newsroom.lists.lists(coalitionId, actor) })
  })

  routes.post('/api/lists', async (c) => {
    const actor = apiActor(c)
    const body = await readBody(
      c,
      z.object({
        coalitionId: z.string().optional(),
        name: z.string().max(1000),
        kind: z.enum(listKinds as [ListKind, ...ListKind[]]),
      }),
    )
    const list = await c.var.newsroom.lists.createList(
      coalitionOf(actor, body.coalitionId),
      { name: body.name, kind: body.kind },
      actor,
    )
    return c.json({ list }, 201)
  })

  routes.get('/api/lists/suppressions', async (c) => {
    const actor = apiActor(c)
    const coalitionId = coalitionOf(actor, c.req.query('coalitionId'))
    return c.json({
      coalitionId,
      suppressions: await c.var.newsroom.lists.suppressions(coalitionId, actor),
    })
  })

  routes.post('/api/lists/suppressions', async (c) => {
    const actor = apiActor(c)
    const body = await readBody(
      c,
      z.object({
        coalitionId: z.string().optional(),
        email: z.string().max(1000),
        reason: z
          .enum(suppressionReasons as [SuppressionReason, ...SuppressionReason[]])
          .default('manual'),
        detail: z.string().max(1000).nullish(),
      }),
    )
    const coalitionId = coalitionOf(actor, body.coalitionId)
    if (!body.email.trim())
      throw new NewsroomError('invalid', 'an e-mail address is required', {
        problem: 'missing-email',
      })
    const added = await c.var.newsroom.lists.suppress(
      coalitionId,
      body.email,
      body.reason,
      body.detail ?? null,
      actor,
    )
    return c.json({ added }, added ? 201 : 200)
  })

  routes.delete('/api/lists/suppressions/:email', async (c) => {
    const actor = apiActor(c)
    const coalitionId = coalitionOf(actor, c.req.query('coalitionId'))
    await c.var.newsroom.lists.unsuppress(coalitionId, c.req.param('email'), actor)
    return c.body(null, 204)
  })

  routes.get('/api/lists/:id', async (c) => {
    const actor = apiActor(c)
    const { lists } = c.var.newsroom
    const list = await lists.list(c.req.param('id'), actor)
    return c.json({ list, contacts: await lists.members(list.id, actor) })
  })

  routes.patch('/api/lists/:id', async (c) => {
    const actor = apiActor(c)
    const body = await readBody(c, z.object({ name: z.string().max(1000) }))
    return c.json({
      list: await c.var.newsroom.lists.renameList(c.req.param('id'), body.name, actor),
    })
  })

  routes.delete('/api/lists/:id', async (c) => {
    const actor = apiActor(c)
    await c.var.newsroom.lists.deleteList(c.req.param('id'), actor)
    return c.body(null, 204)
  })

  routes.post('/api/lists/:id/contacts', async (c) => {
    const actor = apiActor(c)
    const body = await readBody(c, contactBody)
    const contact = await c.var.newsroom.lists.addContact(c.req.param('id'), body, actor, 'api')
    return c.json({ contact }, 201)
  })

  routes.get('/api/lists/:id/contacts/:contactId', async (c) => {
    const actor = apiActor(c)
    const { lists } = c.var.newsroom
    const list = await lists.list(c.req.param('id'), actor)
    const contact = await lists.contact(c.req.param('contactId'), actor)
    if (contact.coalitionId !== list.coalitionId)
      throw new NewsroomError('not-found', 'there is no such contact')
    return c.json({ contact })
  })

  routes.patch('/api/lists/:id/contacts/:contactId', async (c) => {
    const actor = apiActor(c)
    const body = await readBody(c, contactBody.omit({ email: true }))
    const { lists } = c.var.newsroom
    const list = await lists.list(c.req.param('id'), actor)
    const existing = await lists.contact(c.req.param('contactId'), actor)
    if (existing.coalitionId !== list.coalitionId)
      throw new NewsroomError('not-found', 'there is no such contact')
    return c.json({ contact: await lists.updateContact(existing.id, body, actor) })
  })

  routes.delete('/api/lists/:id/contacts/:contactId', async (c) => {
    const actor = apiActor(c)
    await c.var.newsroom.lists.removeContact(c.req.param('id'), c.req.param('contactId'), actor)
    return c.body(null, 204)
  })

  routes.post('/api/lists/:id/contacts/:contactId/unsubscribe', async (c) => {
    const actor = apiActor(c)
    await c.var.newsroom.lists.unsubscribeFromList(
      c.req.param('id'),
      c.req.param('contactId'),
      actor,
    )
    return c.body(null, 204)
  })

  routes.post('/api/lists/:id/import', async (c) => {
    const actor = apiActor(c)
    const dry = c.req.query('dryRun')
    const report = await c.var.newsroom.lists.importCsv(
      c.req.param('id'),
      new Uint8Array(await c.req.arrayBuffer()),
      {
        mapping: parseMappingPairs(c.req.queries('map') ?? []),
        dryRun: dry === '1' || dry === 'true',
        source: `import:${(c.req.query('name') ?? 'api').slice(0, 100)}`,
      },
      actor,
    )
    return c.json({ report })
  })

  routes.get('/api/lists/:id/export', async (c) => {
    const actor = apiActor(c)
    const csv = await c.var.newsroom.lists.exportCsv(c.req.param('id'), actor)
    c.header('Content-Type', 'text/csv; charset=utf-8')
    return c.body(csv)
  })

  // ---------------------------------------------------------------- unsubscribe (public)

  async function unsubscribeTarget(c: C) {
    const check = await c.var.newsroom.deps.links.verify(
      unsubscribePurpose,
      c.req.param('token') ?? '',
    )
    if (!check.ok)
      return { refused: check.reason === 'expired' ? ('expired' as const) : ('forged' as const) }
    const contact = await c.var.newsroom.lists.contact(check.claims.subject).catch((error) => {
      if (error instanceof NewsroomError && error.code === 'not-found') return null
      throw error
    })
    if (!contact) return { refused: 'gone' as const }
    const coalition =
      (await c.var.newsroom.directory.repo.coalition(contact.coalitionId))?.name ?? ''
    const langs: UiLang[] = contact.lang === 'es' ? ['es', 'en'] : ['en', 'es']
    return { contact, coalition, langs }
  }

  function publicPage(
    c: C,
    body: ReturnType<typeof renderUnsubscribePage>,
    status: 200 | 400 | 410,
  ) {
    c.header('Cache-Control', 'no-store')
    c.header('Referrer-Policy', 'no-referrer')
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    )
    return c.html(body, status)
  }

  routes.get('/unsubscribe/:token', async (c) => {
    const target = await unsubscribeTarget(c)
    if ('refused' in target)
      return publicPage(
        c,
        renderUnsubscribePage(target.refused, { langs: ['en', 'es'] }),
        target.refused === 'gone' ? 410 : 400,
      )
    const { contact, coalition, langs } = target
    const done =
      contact.suppression !== null && contact.lists.every((m) => m.state === 'unsubscribed')
    return publicPage(
      c,
      renderUnsubscribePage(done ? 'already' : 'confirm', {
        langs,
        coalition,
        email: contact.email,
        action: `/unsubscribe/${c.req.param('token')}`,
        csrfToken: c.var.csrfToken,
      }),
      200,
    )
  })

  routes.post('/unsubscribe/:token', async (c) => {
    const target = await unsubscribeTarget(c)
    if ('refused' in target)
      return publicPage(
        c,
        renderUnsubscribePage(target.refused, { langs: ['en', 'es'] }),
        target.refused === 'gone' ? 410 : 400,
      )
    const { contact, coalition, langs } = target
    const { changed } = await c.var.newsroom.lists.unsubscribeEverywhere(
      contact.id,
      'unsubscribe-link',
    )
    return publicPage(
      c,
      renderUnsubscribePage(changed ? 'done' : 'already', {
        langs,
        coalition,
        email: contact.email,
      }),
      200,
    )
  })

  return routes
}
