/**
 * Scheduler benchmark: the cost of one tick while nothing is due (what the server pays every
 * five seconds) with 400 releases scheduled, and the time one tick takes to publish 200 releases
 * that fall due at the same minute — each through the publish gate, the conditional update and
 * its audit entry. SQLite in a temporary folder and, when reachable, the local PostgreSQL.
 * Targets: an idle tick ≤ 10 ms (0.2 % of the interval); ≥ 50 releases published per second.
 * Run with `node scripts/run-bench.mjs schedule`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fixedClock } from '../src/newsroom/clock.js'
import { createNewsroom } from '../src/newsroom/create-newsroom.js'
import { publishDue } from '../src/newsroom/schedule/scheduler.js'
import { openStore, type Store } from '../src/store/index.js'
import { openTestStore } from '../src/store/test-engines.js'

const scheduledCount = 400
const targets = { idleTickMs: 10, publishedPerSecond: 50 }

async function run(engine: string, store: Store): Promise<void> {
  const clock = fixedClock('2026-03-01T12:00:00.000Z')
  const newsroom = createNewsroom(store, clock, {
    linkKey: 'YmVuY2gta2V5LWJlbmNoLWtleS1iZW5jaC1rZXk',
  })
  const coalitionId = await newsroom.directory.createCoalition('Bench', 'bench')
  const org = await newsroom.directory.createOrganization('system', coalitionId, { name: 'Org' })
  const userId = await newsroom.accounts.createUser({
    email: 'editor@bench.test',
    name: 'Editor',
    password: 'bench password long',
  })
  await newsroom.accounts.addMember(userId, org.id, 'editor')
  const grant = await newsroom.accounts.signIn('editor@bench.test', 'bench password long')
  const actor = (await newsroom.accounts.session(grant.token))?.actor ?? null
  for (let i = 0; i < scheduledCount; i++) {
    const release = await newsroom.releases.create(actor, {
      coalitionId,
      organizationId: org.id,
      slug: `release-${i}`,
      content: {
        versions: [
          { lang: 'en', text: `Headline number ${i}\n\nCHICAGO – Body ${i}.` },
          { lang: 'es', text: `Titular número ${i}\n\nCHICAGO – Cuerpo ${i}.` },
        ],
      },
    })
    await newsroom.releases.transition(actor, release.id, 'in-review')
    await newsroom.releases.transition(actor, release.id, 'approved')
    await newsroom.quotes.signOff(actor, release.id, org.id)
    // Half fall due on March 3 at 10:00 CST; the other half a month later.
    await newsroom.schedule.set(actor, release.id, {
      at: i % 2 === 0 ? '2026-03-03T10:00' : '2026-04-03T10:00',
      timeZone: 'America/Chicago',
    })
  }

  const idle: number[] = []
  for (let i = 0; i < 50; i++) {
    const start = performance.now()
    const result = await publishDue(newsroom)
    idle.push(performance.now() - start)
    if (result.published.length > 0) throw new Error('nothing should be due yet')
  }
  idle.sort((a, b) => a - b)
  const median = idle[Math.floor(idle.length / 2)] ?? 0

  clock.set('2026-03-03T16:00:00.000Z')
  const start = performance.now()
  const result = await publishDue(newsroom)
  const seconds = (performance.now() - start) / 1000
  const perSecond = result.published.length / seconds
  console.log(
    `${engine.padEnd(9)}  idle tick (${scheduledCount} scheduled): median ${median.toFixed(2)} ms  ${
      median <= targets.idleTickMs ? 'ok' : 'OVER TARGET'
    }`,
  )
  console.log(
    `${engine.padEnd(9)}  ${result.published.length} due at once: ${seconds.toFixed(2)} s, ${perSecond.toFixed(0)} releases/s  ${
      perSecond >= targets.publishedPerSecond ? 'ok' : 'UNDER TARGET'
    }`,
  )
}

console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
)
const dir = mkdtempSync(join(tmpdir(), 'comunicado-bench-schedule-'))
try {
  const sqlite = await openStore({ engine: 'sqlite', file: join(dir, 'comunicado.db') })
  try {
    await run('sqlite', sqlite)
  } finally {
    await sqlite.close()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
try {
  const postgres = await openTestStore('postgres')
  try {
    await run('postgres', postgres)
  } finally {
    await postgres.close()
  }
} catch (error) {
  console.log(`postgres   skipped: ${error instanceof Error ? error.message : error}`)
}
