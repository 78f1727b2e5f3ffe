/**
 * Public newsroom benchmark: requests per second and p99 latency of a published release page and
 * of a feed served by the app (SQLite store in a temporary folder, seeded like the demo: the
 * Alianza Americas release plus the test fixtures as further published releases), and of the
 * same release page served as a static file from `comunicado export` by a tiny node:http server —
 * the reference ratio. The servers run in a child process, autocannon in this one; loopback only,
 * bounded runs (5 s, 10 connections each). Targets: ≥ 2,000 req/s and p99 ≤ 50 ms.
 * Run with `npm run bench` (or `node scripts/run-bench.mjs newsroom`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import autocannon from 'autocannon'
import { exportNewsroom } from '../src/cli/commands/export.js'
import { systemClock } from '../src/newsroom/clock.js'
import { demoAccounts, seedDemo } from '../src/newsroom/seed-demo.js'
import { createApp } from '../src/server/create-app.js'
import { openStore } from '../src/store/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const targets = { requestsPerSecond: 2000, p99Ms: 50 }
const seconds = 5
const connections = 10

/** Child: seed a store, export it, serve the app and the export; print their addresses. */
async function runServers(dir: string): Promise<void> {
  const store = await openStore({ engine: 'sqlite', file: join(dir, 'data/comunicado.db') })
  const publicUrl = 'http://127.0.0.1'
  const app = createApp({ store, clock: systemClock, publicUrl })
  const { newsroom } = app
  const sample = join(root, 'examples/alianza-americas-2021/release.txt')
  const { coalitionId } = await seedDemo(newsroom, {
    file: sample,
    bytes: new Uint8Array(readFileSync(sample)),
  })
  const account = demoAccounts[0]
  const grant = await newsroom.accounts.signIn(account.email, account.password)
  const actor = (await newsroom.accounts.session(grant.token))?.actor ?? null
  const [org] = await newsroom.directory.organizations(coalitionId)
  const fixtures = join(root, 'test/fixtures')
  for (const name of readdirSync(fixtures)) {
    const versions = ['en', 'es']
      .filter((lang) => existsSync(join(fixtures, name, `${lang}.txt`)))
      .map((lang) => ({ lang, text: readFileSync(join(fixtures, name, `${lang}.txt`), 'utf8') }))
    if (versions.length === 0 || !org) continue
    const release = await newsroom.releases.create(actor, {
      coalitionId,
      organizationId: org.id,
      slug: name,
      content: { versions },
    })
    // Approvals are not what this measures: the seeding admin publishes with a logged override.
    for (const step of ['in-review', 'approved', 'published'])
      await newsroom.releases.transition(actor, release.id, step, {
        override: { reason: 'benchmark data' },
      })
  }
  const out = join(dir, 'export')
  await exportNewsroom(newsroom, out, { publicUrl })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
  }
  const statics = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'))
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => statics.listen(0, '127.0.0.1', resolve))
  const published = await newsroom.releases.published(coalitionId)
  const slug = published.find((r) => r.slug.startsWith('01-'))?.slug ?? published[0]?.slug
  process.stdout.write(
    `${JSON.stringify({
      app: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      statics: `http://127.0.0.1:${(statics.address() as AddressInfo).port}`,
      slug,
      releases: published.length,
    })}\n`,
  )
}

/** CPU seconds the process `pid` has used so far (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

interface Measured {
  /** Server CPU milliseconds per request: a load-independent view of the cost. */
  cpuMsPerRequest: number | null
  requestsPerSecond: number
  p99: number
  p50: number
  errors: number
  non2xx: number
}

async function measure(url: string, pid: number | undefined): Promise<Measured> {
  const before = cpuSeconds(pid)
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 })
  const after = cpuSeconds(pid)
  return {
    cpuMsPerRequest:
      before !== null && after !== null && result.requests.total > 0
        ? ((after - before) * 1000) / result.requests.total
        : null,
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

function line(name: string, m: Measured, withTargets: boolean): string {
  const ok = m.requestsPerSecond >= targets.requestsPerSecond && m.p99 <= targets.p99Ms
  const verdict = withTargets
    ? ` (targets ≥ ${targets.requestsPerSecond} req/s, p99 ≤ ${targets.p99Ms} ms) ${ok ? 'ok' : 'BELOW TARGET'}`
    : ''
  const cpu =
    m.cpuMsPerRequest === null ? '' : `  server CPU ${m.cpuMsPerRequest.toFixed(3)} ms/req`
  return `${name.padEnd(34)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  non-2xx ${m.non2xx}${cpu}${verdict}`
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-bench-'))
  let child: ChildProcess | undefined
  try {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', dir],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production' },
      },
    )
    const ready = await new Promise<{
      app: string
      statics: string
      slug: string
      releases: number
    }>((resolve, reject) => {
      let buffer = ''
      child?.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        const newline = buffer.indexOf('\n')
        if (newline >= 0) resolve(JSON.parse(buffer.slice(0, newline)))
      })
      child?.on('exit', (code) => reject(new Error(`the server exited with ${code}`)))
    })
    const page = `/en/releases/${ready.slug}/`
    console.log(
      `${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(2)}; ${ready.releases} published releases; ${seconds} s × ${connections} connections per run; page ${page}`,
    )
    // Warm the caches (parsed revisions, finished documents) and the JIT before measuring.
    for (const url of [
      `${ready.app}${page}`,
      `${ready.app}/en/feed.xml`,
      `${ready.statics}${page}`,
    ])
      await autocannon({ url, connections, duration: 1 })
    const pageRun = await measure(`${ready.app}${page}`, child.pid)
    console.log(line('release page (app, SQLite)', pageRun, true))
    const feedRun = await measure(`${ready.app}/en/feed.xml`, child.pid)
    console.log(line('RSS feed /en/feed.xml (app)', feedRun, true))
    const staticRun = await measure(`${ready.statics}${page}`, child.pid)
    console.log(line('same page, static export file', staticRun, false))
    console.log(
      `app / static ratio for the release page: ${(pageRun.requestsPerSecond / staticRun.requestsPerSecond).toFixed(2)} in requests/s${
        pageRun.cpuMsPerRequest && staticRun.cpuMsPerRequest
          ? `, ${(staticRun.cpuMsPerRequest / pageRun.cpuMsPerRequest).toFixed(2)} in server CPU per request`
          : ''
      }`,
    )
    console.log(`load average after the runs: ${loadavg()[0]?.toFixed(2)}`)
  } finally {
    child?.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--serve')
  await runServers(process.argv[3] ?? mkdtempSync(join(tmpdir(), 'cb-')))
else await main()
