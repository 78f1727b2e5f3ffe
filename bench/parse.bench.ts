/**
 * Reader benchmark: parse throughput (releases per second, one core, in-process) and peak memory
 * on a two-version release of about 1,500 words (the 2021 Alianza Americas release, English then
 * Spanish in one file), and the cold run time of the compiled CLI on the same release (median of
 * several spawns), and how long each input front-end (text, Markdown, HTML, DOCX) takes to read
 * it. Throughput is counted per CPU-second of this process (one core, fair on a shared machine)
 * and per wall-clock second. Targets: ≥ 500 releases/s, cold CLI < 400 ms. Run with `npm run bench`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, Packer, Paragraph } from 'docx'
import { parseRelease, readSource } from '../src/parse/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const example = 'examples/alianza-americas-2021/release.txt'
const targets = { releasesPerSecond: 500, coldCliMs: 400 }

const bytes = new Uint8Array(readFileSync(join(root, example)))
const words = new TextDecoder().decode(bytes).split(/\s+/).filter(Boolean).length

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/** Runs per second of wall time and per second of this process's CPU time (user + system). */
interface Rate {
  wall: number
  cpu: number
}

/**
 * Runs `step` for at least `ms` milliseconds after a warm-up. The CPU-time rate is what one core
 * does when the machine is shared; the wall-time rate is what a user waits for.
 */
async function throughput(
  step: () => unknown,
  ms: number,
  peak: { rss: number; heap: number },
): Promise<Rate> {
  // Warm up for a second so the JIT has optimised the reader before the clock starts.
  for (const until = performance.now() + 1000; performance.now() < until; ) await step()
  let runs = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  while (performance.now() - start < ms) {
    for (let i = 0; i < 25; i++) await step()
    runs += 25
    const m = process.memoryUsage()
    peak.rss = Math.max(peak.rss, m.rss)
    peak.heap = Math.max(peak.heap, m.heapUsed)
  }
  const cpu = process.cpuUsage(cpuStart)
  return {
    wall: runs / ((performance.now() - start) / 1000),
    cpu: runs / ((cpu.user + cpu.system) / 1e6),
  }
}

const rate = (r: Rate): string =>
  `${r.cpu.toFixed(0)}/s per CPU-second (${(1000 / r.cpu).toFixed(2)} ms), ${r.wall.toFixed(0)}/s wall`

const source = await readSource(bytes, example)
const first = parseRelease([source])
const before = process.memoryUsage()
const peak = { rss: before.rss, heap: before.heapUsed }
const parseOnly = await throughput(() => parseRelease([source]), 3000, peak)
const fromBytes = await throughput(
  async () => parseRelease([await readSource(bytes, example)]),
  3000,
  peak,
)

console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (timings scale with load)`,
)
console.log(
  `release: ${example} — ${words} words, ${first.versions.length} versions (${first.versions.map((v) => v.lang).join(', ')}), ${bytes.length} bytes`,
)
console.log(
  `parse throughput (parseRelease): ${rate(parseOnly)} — target ≥ ${targets.releasesPerSecond}/s on one core: ${parseOnly.cpu >= targets.releasesPerSecond ? 'ok' : 'BELOW TARGET'}`,
)
console.log(`read + parse throughput (readSource + parseRelease): ${rate(fromBytes)}`)
console.log(
  `peak memory while parsing: rss ${mib(peak.rss)}, heap used ${mib(peak.heap)} (before: rss ${mib(before.rss)}, heap ${mib(before.heapUsed)})`,
)

// Front-ends alone: the same release as each input format.
const plain = new TextDecoder().decode(bytes)
const paragraphs = plain.split(/\n\s*\n/).filter((p) => p.trim() !== '')
const escapeHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const inputs: [string, Uint8Array][] = [
  ['release.txt', bytes],
  ['release.md', bytes],
  [
    'release.html',
    new TextEncoder().encode(
      `<html><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</body></html>`,
    ),
  ],
  [
    'release.docx',
    new Uint8Array(
      await Packer.toBuffer(
        new Document({
          sections: [{ children: paragraphs.map((p) => new Paragraph({ text: p })) }],
        }),
      ),
    ),
  ],
]
for (const [file, input] of inputs) {
  const perSecond = await throughput(() => readSource(input, file), 1500, peak)
  console.log(
    `readSource ${file.padEnd(13)} ${(1000 / perSecond.cpu).toFixed(2)} ms CPU per read (${input.length} bytes)`,
  )
}

const bin = join(root, 'bin/comunicado.js')
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.log('cold CLI: skipped — dist/ is missing (npm run bench builds it first)')
} else {
  const spawnMs = (args: string[]): number => {
    const start = performance.now()
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
    const ms = performance.now() - start
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
    return ms
  }
  const runs = 11
  spawnMs(['-e', '0']) // warm the file-system cache
  spawnMs([bin, 'parse', example, '--format', 'json'])
  const nodeAlone = median(Array.from({ length: runs }, () => spawnMs(['-e', '0'])))
  const cli = median(
    Array.from({ length: runs }, () => spawnMs([bin, 'parse', example, '--format', 'json'])),
  )
  console.log(
    `cold CLI (node bin/comunicado.js parse … --format json): median ${cli.toFixed(0)} ms of ${runs} runs (target < ${targets.coldCliMs} ms) ${cli < targets.coldCliMs ? 'ok' : 'ABOVE TARGET'}; bare node start-up ${nodeAlone.toFixed(0)} ms, so Comunicado adds ${(cli - nodeAlone).toFixed(0)} ms`,
  )
}
