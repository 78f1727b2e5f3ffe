/**
 * The directory API: a coalition's organizations, an organization's profile and people, and
 * invitations into an organization.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../app-env.js'
import { readBody } from '../read-body.js'

const perLang = z.record(z.string().min(2).max(35), z.string().max(20_000))
const organizationBody = z.object({
  name: z.string().min(1).max(200),
  names: perLang.optional(),
  boilerplates: perLang.optional(),
  website: z.url().max(500).nullable().optional(),
  logoUrl: z.url().max(500).nullable().optional(),
  slug: z.string().max(80).optional(),
})
const personBody = z.object({
  name: z.string().min(1).max(200),
  titles: perLang.optional(),
  email: z.email().max(320).nullable().optional(),
  phone: z.string().max(40).nullable().optional(),
  spokesperson: z.boolean().optional(),
  mediaContact: z.boolean().optional(),
})
const invitationBody = z.object({ role: z.string(), email: z.email().nullable().optional() })

/** Drops keys whose value is undefined (the services take exact optional properties). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never
}

/** Routes under /api for organizations, people and invitations. */
export function directoryRoutes(options: { publicUrl: string }) {
  const app = new Hono<AppEnv>()

  app.get('/coalitions/:coalitionId/organizations', async (c) =>
    c.json({
      organizations: await c.var.newsroom.directory.organizations(c.req.param('coalitionId')),
    }),
  )

  app.post('/coalitions/:coalitionId/organizations', async (c) => {
    const body = defined(await readBody(c, organizationBody))
    const organization = await c.var.newsroom.directory.createOrganization(
      c.var.actor,
      c.req.param('coalitionId'),
      body,
    )
    return c.json({ organization }, 201)
  })

  app.get('/organizations/:id', async (c) =>
    c.json({ organization: await c.var.newsroom.directory.organization(c.req.param('id')) }),
  )

  app.patch('/organizations/:id', async (c) => {
    const body = defined(await readBody(c, organizationBody.partial()))
    return c.json({
      organization: await c.var.newsroom.directory.updateOrganization(
        c.var.actor,
        c.req.param('id'),
        body,
      ),
    })
  })

  app.get('/organizations/:id/people', async (c) =>
    c.json({ people: await c.var.newsroom.directory.people(c.var.actor, c.req.param('id')) }),
  )

  app.post('/organizations/:id/people', async (c) => {
    const body = defined(await readBody(c, personBody))
    return c.json(
      { person: await c.var.newsroom.directory.createPerson(c.var.actor, c.req.param('id'), body) },
      201,
    )
  })

  app.post('/organizations/:id/invitations', async (c) => {
    const body = await readBody(c, invitationBody)
    const invitation = await c.var.newsroom.accounts.invite(
      c.var.actor,
      c.req.param('id'),
      body.role,
      body.email ?? null,
    )
    return c.json(
      {
        url: `${options.publicUrl}/app/invitations/${invitation.token}`,
        expiresAt: invitation.expiresAt,
      },
      201,
    )
  })

  return app
}
