/**
 * Quote approval benchmark: in-process time (median of 30 runs after warm-up) on the Alianza
 * Americas sample (3 quotes in English and Spanish) of
 * - reading and pairing the quotes across languages (parse + align), which the service caches
 *   per text, so it is paid once per revision;
 * - the publish gate's state (links, approvals, sign-offs read from SQLite, pairs cached);
 * - the public text with a spokesperson's appearance applied (what every public page reads).
 * Run with `node scripts/run-bench.mjs quotes`.
 */
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMailer } from '../src/mail/index.js'
import { fixedClock } from '../src/newsroom/clock.js'
import { createNewsroom } from '../src/newsroom/create-newsroom.js'
import { applyAppearances } from '../src/newsroom/quotes/apply-appearance.js'
import { readQuotePairs } from '../src/newsroom/quotes/quote-pairs.js'
import { accountRepository, openStore } from '../src/store/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const fixture = 'test/fixtures/01-alianza-americas-2021-06-10'
const versions = ['en', 'es'].map((lang) => ({
  lang,
  text: readFileSync(join(root, fixture, `${lang}.txt`), 'utf8'),
}))

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

async function time(name: string, step: () => unknown, runs = 30): Promise<void> {
  for (let i = 0; i < 5; i++) await step()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await step()
    times.push(performance.now() - t)
  }
  console.log(
    `${name.padEnd(48)} median ${median(times).toFixed(2)} ms  max ${Math.max(...times).toFixed(2)} ms`,
  )
}

const cold = performance.now()
readQuotePairs(versions)
console.log(
  `${'pair quotes, first call (cold)'.padEnd(48)} ${(performance.now() - cold).toFixed(1)} ms`,
)
await time('pair quotes (parse + align), warm', () => readQuotePairs(versions))
await time('apply one appearance to both versions', () =>
  applyAppearances(versions, [
    {
      names: ['Óscar Chacón', 'Oscar Chacon'],
      mode: 'description',
      descriptions: { en: 'a father of three', es: 'un padre de tres hijos' },
      showTitle: false,
      titles: ['Executive Director', 'executive director', 'director ejecutivo'],
    },
  ]),
)

const store = await openStore({ engine: 'sqlite', file: ':memory:' })
const newsroom = createNewsroom(store, fixedClock('2026-03-01T12:00:00Z'), {
  mailer: createMailer({ dropFolder: join(tmpdir(), 'comunicado-bench-mail') }),
})
const coalitionId = await newsroom.directory.createCoalition('Bench', 'bench')
const org = await newsroom.directory.createOrganization('system', coalitionId, {
  name: 'Alianza Americas',
})
await newsroom.directory.createPerson('system', org.id, {
  name: 'Óscar Chacón',
  email: 'o@example.org',
})
const userId = await newsroom.accounts.createUser({
  email: 'e@example.org',
  name: 'E',
  password: 'a long password',
})
await newsroom.accounts.addMember(userId, org.id, 'admin')
const actor = {
  userId,
  name: 'E',
  memberships: await accountRepository(store.db).memberships(userId),
}
const release = await newsroom.releases.create(actor, {
  coalitionId,
  organizationId: org.id,
  slug: 'bench',
  content: { versions },
})
await newsroom.quotes.setAppearance(actor, release.id, 'chacon-1', {
  mode: 'description',
  descriptions: { en: 'a father of three', es: 'un padre de tres hijos' },
  showTitle: false,
  showCity: true,
  showPhoto: true,
})
const view = await newsroom.releases.get(actor, release.id)
await time('gate state (SQLite, pairs cached)', () => newsroom.quotes.overview(actor, release.id))
await time('public content with appearance (SQLite)', () => newsroom.quotes.publicContent(view))
await store.close()
