/**
 * List import benchmark: a 10,000-row CSV (semicolon-separated, UTF-8 with BOM, Spanish headers,
 * accented names, 1 % bad rows) imported into a list, then imported again (every row an update of
 * a known contact), on SQLite (a file in a temporary folder) and on PostgreSQL (the test server,
 * when it answers). Reports wall time, rows per second, and peak resident memory and heap sampled
 * every 5 ms during each import. Run with `node scripts/run-bench.mjs lists`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMailer } from '../src/mail/index.js'
import { systemClock } from '../src/newsroom/clock.js'
import { createNewsroom } from '../src/newsroom/create-newsroom.js'
import { openStore, type Store } from '../src/store/index.js'
import { openTestStore } from '../src/store/test-engines.js'

const rowCount = 10_000
const names = [
  'Ana',
  'Begoña',
  'Iñaki',
  'José',
  'Lucía',
  'Ngozi',
  'Zoë',
  'François',
  'Mārtiņš',
  'Chloé',
]
const outlets = ['El Diario', 'Radio Sur', 'Wire Service', 'Revista Señal', 'TV Uno']
const langs = ['es', 'en', 'ambos', '', 'español', 'English']

function makeCsv(): Uint8Array {
  const lines = ['Correo electrónico;Nombre;Medio;Idioma;Ciudad']
  for (let i = 0; i < rowCount; i++) {
    const name = `${names[i % names.length]} ${i}`
    const email = i % 100 === 99 ? `broken-${i}` : `contact${i}@medio${i % 50}.example`
    lines.push(
      `${email};${name};"${outlets[i % outlets.length]}; edición ${i % 7}";${langs[i % langs.length]};Ciudad ${i % 30}`,
    )
  }
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`)
}

async function measure<T>(
  run: () => Promise<T>,
): Promise<{ result: T; ms: number; rssMb: number; heapMb: number; baseMb: number }> {
  global.gc?.()
  let rss = process.memoryUsage().rss
  const baseMb = rss / 1024 / 1024
  let heap = process.memoryUsage().heapUsed
  const timer = setInterval(() => {
    const m = process.memoryUsage()
    rss = Math.max(rss, m.rss)
    heap = Math.max(heap, m.heapUsed)
  }, 5)
  const started = performance.now()
  try {
    const result = await run()
    return {
      result,
      ms: performance.now() - started,
      rssMb: rss / 1024 / 1024,
      heapMb: heap / 1024 / 1024,
      baseMb,
    }
  } finally {
    clearInterval(timer)
  }
}

async function benchEngine(label: string, store: Store, bytes: Uint8Array): Promise<void> {
  const newsroom = createNewsroom(store, systemClock, {
    mailer: createMailer({ dropFolder: join(tmpdir(), 'comunicado-bench-mail') }),
  })
  const coalitionId = await newsroom.directory.createCoalition('Bench', 'bench')
  const list = await newsroom.lists.createList(coalitionId, { name: 'Members', kind: 'members' })
  for (const pass of ['first import', 're-import']) {
    const { result, ms, rssMb, heapMb, baseMb } = await measure(() =>
      newsroom.lists.importCsv(list.id, bytes),
    )
    console.log(
      `${label.padEnd(10)} ${pass.padEnd(12)} ${rowCount} rows in ${ms.toFixed(0).padStart(5)} ms  ${((rowCount / ms) * 1000).toFixed(0).padStart(6)} rows/s  accepted ${result.accepted}, rejected ${result.rejected.length}, new ${
        result.newContacts
      }, updated ${result.updatedContacts}, unchanged ${result.unchangedContacts}  peak RSS ${rssMb.toFixed(0)} MB (${baseMb.toFixed(0)} MB before), heap ${heapMb.toFixed(0)} MB`,
    )
  }
  const recipients = await measure(() => newsroom.lists.resolveRecipients(coalitionId, [list.id]))
  console.log(
    `${label.padEnd(10)} resolve      ${recipients.result.length} recipients in ${recipients.ms.toFixed(0)} ms`,
  )
}

const bytes = makeCsv()
console.log(`CSV of ${rowCount} rows, ${(bytes.length / 1024).toFixed(0)} KiB`)
const dir = mkdtempSync(join(tmpdir(), 'comunicado-lists-bench-'))
try {
  const sqlite = await openStore({ engine: 'sqlite', file: join(dir, 'comunicado.db') })
  try {
    await benchEngine('sqlite', sqlite, bytes)
  } finally {
    await sqlite.close()
  }
  let postgres: Store | null = null
  try {
    postgres = await openTestStore('postgres')
  } catch (error) {
    console.log(`postgres   skipped: ${error instanceof Error ? error.message : error}`)
  }
  if (postgres)
    try {
      await benchEngine('postgres', postgres, bytes)
    } finally {
      await postgres.close()
    }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
