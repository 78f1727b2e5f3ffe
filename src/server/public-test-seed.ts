/**
 * Test support for the public newsroom: seeds a {@link TestWorld} through the API with releases
 * in every state the public side must tell apart — a bilingual published release (the Alianza
 * Americas sample), an English-only one, a corrected one, one whose text is hostile markup, and
 * a draft and an approved release that must never appear anywhere public.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestClient, TestWorld } from './test-app.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures')

/** The sample release's texts (test/fixtures/01-…). */
export function sampleVersions(): { lang: string; text: string }[] {
  const dir = join(fixtures, '01-alianza-americas-2021-06-10')
  return [
    { lang: 'en', text: readFileSync(join(dir, 'en.txt'), 'utf8') },
    { lang: 'es', text: readFileSync(join(dir, 'es.txt'), 'utf8') },
  ]
}

/** Hostile text: markup, CDATA terminators, ampersands and control characters. */
export const hostileHeadline = 'Rally <script>alert("x")</script> & ]]> “quotes” \u0007end'

/** The slugs the seed creates. */
export const seeded = {
  bilingual: 'harris-visit',
  englishOnly: 'english-only-statement',
  corrected: 'corrected-statement',
  hostile: 'hostile-markup',
  draft: 'secret-draft-plan',
  approved: 'approved-not-yet-public',
} as const

// biome-ignore lint/suspicious/noExplicitAny: parsed documents of any shape, read by tests
async function ok(response: Response, status = 200): Promise<Record<string, any>> {
  // biome-ignore lint/suspicious/noExplicitAny: parsed documents of any shape, read by tests
  const body = (await response.json()) as Record<string, any>
  assert.equal(response.status, status, JSON.stringify(body))
  return body
}

async function create(
  world: TestWorld,
  editor: TestClient,
  slug: string,
  versions: { lang: string; text: string }[],
): Promise<string> {
  const body = await ok(
    await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
      organizationId: world.orgA,
      coIssuerIds: [world.orgB],
      slug,
      versions,
    }),
    201,
  )
  return body.release.id as string
}

/**
 * Moves a release through `steps`. Publishing is done by an admin with a logged override: these
 * suites test what the public sees, not quote approval (docs/quotes.md), so their releases are
 * published without collecting approvals.
 */
async function moveTo(
  editor: TestClient,
  id: string,
  steps: string[],
  admin?: TestClient,
): Promise<void> {
  for (const status of steps)
    await ok(
      status === 'published' && admin
        ? await admin.request('POST', `/api/releases/${id}/status`, {
            status,
            override: { reason: 'seeded test data' },
          })
        : await editor.request('POST', `/api/releases/${id}/status`, { status }),
    )
}

const publish = ['in-review', 'approved', 'published']

/** Seeds the world; returns the release ids by key of {@link seeded}. */
export async function seedPublicNewsroom(
  world: TestWorld,
): Promise<Record<keyof typeof seeded, string>> {
  const admin = await world.signIn('admin-a')
  await ok(
    await admin.request('PATCH', `/api/organizations/${world.orgA}`, {
      names: { es: 'Alianza Américas' },
      boilerplates: {
        en: 'Alianza Americas is a network of migrant-led organizations.',
        es: 'Alianza Américas es una red de organizaciones lideradas por migrantes.',
      },
      website: 'https://www.alianzaamericas.org',
    }),
  )
  const editor = await world.signIn('editor-a')
  const ids = {} as Record<keyof typeof seeded, string>
  ids.bilingual = await create(world, editor, seeded.bilingual, sampleVersions())
  await moveTo(editor, ids.bilingual, publish, admin)
  world.clock.advance(60_000)
  ids.englishOnly = await create(world, editor, seeded.englishOnly, [
    {
      lang: 'en',
      text: 'June 1, 2026\n\nCoalition welcomes court ruling\n\nCHICAGO – The coalition welcomed the ruling.\n\n###',
    },
  ])
  await moveTo(editor, ids.englishOnly, publish, admin)
  world.clock.advance(60_000)
  ids.corrected = await create(world, editor, seeded.corrected, [
    { lang: 'en', text: 'Statement with a typo\n\nNEW YORK – First text.' },
    { lang: 'es', text: 'Declaración con un error\n\nNUEVA YORK – Primer texto.' },
  ])
  await moveTo(editor, ids.corrected, publish, admin)
  world.clock.advance(60_000)
  await ok(
    await editor.request('PUT', `/api/releases/${ids.corrected}`, {
      baseRevision: 1,
      versions: [
        { lang: 'en', text: 'Statement without a typo\n\nNEW YORK – Corrected text.' },
        { lang: 'es', text: 'Declaración sin error\n\nNUEVA YORK – Texto corregido.' },
      ],
    }),
  )
  await moveTo(editor, ids.corrected, ['corrected'])
  world.clock.advance(60_000)
  ids.hostile = await create(world, editor, seeded.hostile, [
    { lang: 'en', text: `${hostileHeadline}\n\nBody with <b>tags</b> & ]]> inside.` },
    { lang: 'es', text: `Titular <img src=x onerror=alert(1)>\n\nCuerpo con <i>etiquetas</i>.` },
  ])
  await moveTo(editor, ids.hostile, publish, admin)
  ids.draft = await create(world, editor, seeded.draft, [
    { lang: 'en', text: 'Secret draft headline\n\nNot for the public.' },
    { lang: 'es', text: 'Titular secreto\n\nNo es público.' },
  ])
  ids.approved = await create(world, editor, seeded.approved, [
    { lang: 'en', text: 'Approved but unpublished headline\n\nWaiting.' },
  ])
  await moveTo(editor, ids.approved, ['in-review', 'approved'])
  return ids
}
