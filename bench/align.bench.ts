/**
 * Aligner benchmark: in-process time (median) and peak memory to align two versions of about
 * 2,500 words each (fixture 01's English and Spanish repeated), with and without drift facts,
 * and how time grows with length (×1, ×2, ×4) to show the banded search stays linear.
 * Target: ≤ 30 ms per 2,500-word pair. Run with `npm run bench` or
 * `node scripts/run-bench.mjs align`.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alignVersions, computeDrift, releaseFromTexts } from '../src/align/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const fixture = 'test/fixtures/01-alianza-americas-2021-06-10'
const target = { ms: 30, words: 2500 }

const read = (lang: string) => readFileSync(join(root, fixture, `${lang}.txt`), 'utf8').trim()
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/** The fixture text repeated (paragraphs kept apart) until it has at least `words` words. */
function grow(text: string, words: number): string {
  const parts: string[] = []
  while (wordCount(parts.join('\n\n')) < words) parts.push(text)
  return parts.join('\n\n')
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`

function measure(words: number, runs: number, withDrift: boolean) {
  const release = releaseFromTexts([
    { lang: 'en', text: grow(read('en'), words) },
    { lang: 'es', text: grow(read('es'), words) },
  ])
  const [en, es] = release.versions
  if (!en || !es) throw new Error('two versions expected')
  const step = () => {
    const alignment = alignVersions(release, en, es)
    return withDrift ? computeDrift(release, alignment).length : alignment.sentences.length
  }
  for (let i = 0; i < 5; i++) step()
  const times: number[] = []
  const cpu: number[] = []
  const base = process.memoryUsage()
  let peakHeap = base.heapUsed
  let peakRss = base.rss
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const startCpu = process.cpuUsage()
    step()
    times.push(performance.now() - start)
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
    const m = process.memoryUsage()
    peakHeap = Math.max(peakHeap, m.heapUsed)
    peakRss = Math.max(peakRss, m.rss)
  }
  const alignment = alignVersions(release, en, es)
  const text = (k: number) => release.sources[k]?.text ?? ''
  return {
    words: [wordCount(text(0)), wordCount(text(1))],
    sentences: [alignment.sourceSentences.length, alignment.targetSentences.length],
    median: median(times),
    cpu: median(cpu),
    p90: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)] ?? 0,
    peakHeap,
    peakRss,
    heapAbove: peakHeap - base.heapUsed,
  }
}

const main = measure(target.words, 40, false)
console.log(
  `pair: ${main.words[0]} + ${main.words[1]} words, ${main.sentences[0]} + ${main.sentences[1]} sentences (${fixture} repeated)`,
)
console.log(
  `alignVersions: median ${main.median.toFixed(1)} ms wall, ${main.cpu.toFixed(1)} ms CPU, p90 ${main.p90.toFixed(1)} ms wall (target ≤ ${target.ms} ms) ${main.median <= target.ms ? 'ok' : 'ABOVE TARGET'}`,
)
console.log(
  `peak memory: heap ${mib(main.peakHeap)} (${mib(main.heapAbove)} above start), rss ${mib(main.peakRss)}`,
)
const drift = measure(target.words, 20, true)
console.log(
  `alignVersions + computeDrift: median ${drift.median.toFixed(1)} ms wall, ${drift.cpu.toFixed(1)} ms CPU`,
)
const load = (await import('node:os')).loadavg()[0] ?? 0
console.log(
  `(load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs: wall times grow with load)`,
)
for (const factor of [1, 2, 4]) {
  const r = measure(target.words * factor, 10, false)
  console.log(
    `  ×${factor}: ${r.words[0]} + ${r.words[1]} words → median ${r.median.toFixed(1)} ms wall, ${r.cpu.toFixed(1)} ms CPU (${((r.cpu / ((r.words[0] ?? 0) + (r.words[1] ?? 0))) * 1000).toFixed(1)} µs CPU/word)`,
  )
}
