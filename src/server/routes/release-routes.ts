/**
 * The release API: list and create a coalition's releases, read one, save a revision (a stale
 * base revision is a 409 with the current number), change status (publishing passes the quote
 * approval gate; an admin may send `override: { reason }`), list revisions and diff them.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  attachmentName,
  type ExportFormat,
  exportDocx,
  exportFormats,
  exportHtml,
  exportMedia,
  exportText,
} from '../../newsroom/export-release.js'
import type { AppEnv } from '../app-env.js'
import { HttpError } from '../http-error.js'
import { readBody } from '../read-body.js'

const version = z.object({ lang: z.string().min(2).max(35), text: z.string().max(500_000) })
const createBody = z.object({
  organizationId: z.string().min(1),
  coIssuerIds: z.array(z.string()).max(50).optional(),
  contactIds: z.array(z.string()).max(50).optional(),
  slug: z.string().max(120).optional(),
  versions: z.array(version).min(1).max(10),
})
const saveBody = z.object({
  baseRevision: z.number().int().min(1),
  versions: z.array(version).min(1).max(10),
  note: z.string().max(2000).optional(),
})
const statusBody = z.object({
  status: z.string(),
  // Publishing without every approval: an admin of a co-issuing organization, with a reason.
  override: z.object({ reason: z.string().max(2000) }).optional(),
})

function revisionNumber(value: string | undefined, name: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new HttpError(400, { id: 'invalid', message: `${name} must be a revision number` })
  return n
}

/** Routes under /api for releases. */
export function releaseRoutes() {
  const app = new Hono<AppEnv>()

  app.get('/coalitions/:coalitionId/releases', async (c) => {
    const releases = await c.var.newsroom.releases.list(c.var.actor, c.req.param('coalitionId'))
    return c.json({ releases })
  })

  app.post('/coalitions/:coalitionId/releases', async (c) => {
    const body = await readBody(c, createBody)
    const release = await c.var.newsroom.releases.create(c.var.actor, {
      coalitionId: c.req.param('coalitionId'),
      organizationId: body.organizationId,
      ...(body.coIssuerIds ? { coIssuerIds: body.coIssuerIds } : {}),
      ...(body.contactIds ? { contactIds: body.contactIds } : {}),
      ...(body.slug ? { slug: body.slug } : {}),
      content: { versions: body.versions },
    })
    return c.json({ release }, 201)
  })

  app.post('/coalitions/:coalitionId/releases/import', async (c) => {
    const form = await c.req.parseBody().catch(() => {
      throw new HttpError(400, {
        id: 'malformed-form',
        message: 'send the file as multipart/form-data',
      })
    })
    const file = form.file
    const organizationId = form.organizationId
    if (!(file instanceof File))
      throw new HttpError(422, { id: 'invalid', message: 'file: attach the release file' })
    if (typeof organizationId !== 'string' || !organizationId)
      throw new HttpError(422, {
        id: 'invalid',
        message: 'organizationId: name the organization that issues the release',
      })
    const langs =
      typeof form.langs === 'string' && form.langs
        ? form.langs.split(',').map((l) => l.trim())
        : undefined
    const release = await c.var.newsroom.releases.importFile(c.var.actor, {
      coalitionId: c.req.param('coalitionId'),
      organizationId,
      file: file.name || 'upload.txt',
      bytes: new Uint8Array(await file.arrayBuffer()),
      ...(langs ? { langs } : {}),
    })
    return c.json({ release }, 201)
  })

  app.get('/releases/:id', async (c) =>
    c.json({ release: await c.var.newsroom.releases.get(c.var.actor, c.req.param('id')) }),
  )

  app.put('/releases/:id', async (c) => {
    const body = await readBody(c, saveBody)
    const release = await c.var.newsroom.releases.save(
      c.var.actor,
      c.req.param('id'),
      body.baseRevision,
      { versions: body.versions },
      body.note,
    )
    return c.json({ release })
  })

  app.post('/releases/:id/status', async (c) => {
    const body = await readBody(c, statusBody)
    return c.json({
      release: await c.var.newsroom.releases.transition(
        c.var.actor,
        c.req.param('id'),
        body.status,
        body.override ? { override: body.override } : {},
      ),
    })
  })

  app.get('/releases/:id/export', async (c) => {
    const format = (c.req.query('format') ?? 'text') as ExportFormat
    if (!exportFormats.includes(format))
      throw new HttpError(400, {
        id: 'invalid',
        message: `format must be one of ${exportFormats.join(', ')}`,
      })
    const release = await c.var.newsroom.releases.get(c.var.actor, c.req.param('id'))
    const body =
      format === 'docx'
        ? await exportDocx(release.content)
        : format === 'html'
          ? exportHtml(release.content)
          : exportText(release.content)
    c.header('content-type', exportMedia[format].type)
    c.header(
      'content-disposition',
      `attachment; filename="${attachmentName(release.slug, format)}"`,
    )
    return c.body(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>))
  })

  app.get('/releases/:id/revisions', async (c) =>
    c.json({ revisions: await c.var.newsroom.releases.revisions(c.var.actor, c.req.param('id')) }),
  )

  app.get('/releases/:id/diff', async (c) => {
    const from = revisionNumber(c.req.query('from'), 'from')
    const to = revisionNumber(c.req.query('to'), 'to')
    return c.json({
      diff: await c.var.newsroom.releases.diff(c.var.actor, c.req.param('id'), from, to),
    })
  })

  return app
}
