/**
 * Checker benchmark: the in-process time to check a two-version release of about 1,500 words
 * (the 2021 Alianza Americas release, English then Spanish in one file) — parse excluded and
 * included, all rules of the recommended preset, alignment and drift included — as the median of
 * many runs (and the fastest, which load on the machine hardly moves), and the cold time of the
 * compiled CLI (`node bin/comunicado.js check FILE --format json`, median of 15 spawns, next to a
 * bare `node -e 0`). The in-process figures are of the compiled modules in dist/ when built (what
 * the CLI and server run), with the sources through tsx alongside. Targets: ≤ 10 ms median in process, ≤ 400 ms cold. Run with `npm run bench`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as checkFromSource from '../src/check/index.js'
import * as parseFromSource from '../src/parse/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// The compiled modules (what the CLI and the server run) when `npm run build` made them; the
// sources through tsx otherwise. Both are timed when both exist: tsx's output is slower.
const compiled = existsSync(join(root, 'dist/check/index.js'))
const { checkRelease, rules } = compiled
  ? ((await import(join(root, 'dist/check/index.js'))) as typeof checkFromSource)
  : checkFromSource
const { parseRelease, readSource } = compiled
  ? ((await import(join(root, 'dist/parse/index.js'))) as typeof parseFromSource)
  : parseFromSource
const example = 'examples/alianza-americas-2021/release.txt'
const targets = { checkMs: 10, coldCliMs: 400 }

const bytes = new Uint8Array(readFileSync(join(root, example)))
const words = new TextDecoder().decode(bytes).split(/\s+/).filter(Boolean).length
const source = await readSource(bytes, example)

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

const fastest: Record<string, number> = {}

/** Median milliseconds of `step` over `runs` runs, after a warm-up; `setup` runs untimed. */
function time<T>(
  step: (input: T) => unknown,
  runs: number,
  setup: () => T = () => undefined as T,
): number {
  for (let i = 0; i < 30; i++) step(setup())
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const input = setup()
    const start = performance.now()
    step(input)
    samples.push(performance.now() - start)
  }
  fastest.last = Math.min(...samples)
  return median(samples)
}

/** Mean CPU milliseconds (user + system) of `step`: less sensitive to a busy machine than wall time. */
function cpuTime(step: () => unknown, runs: number): number {
  for (let i = 0; i < 30; i++) step()
  const start = process.cpuUsage()
  for (let i = 0; i < runs; i++) step()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / runs
}

// A fresh release per run, so nothing cached on the release object is reused.
const checkOnly = time(
  (fresh: ReturnType<typeof parseRelease>) => checkRelease(fresh),
  200,
  () => parseRelease([source]),
)
const checkFastest = fastest.last ?? 0
const parseAndCheck = time(() => checkRelease(parseRelease([source])), 200)
const release = parseRelease([source])
const diagnostics = checkRelease(release)
const versionRules = rules.filter((r) => r.scope === 'version')
const versionOnly = time(() => checkRelease(release, { rules: versionRules }), 200)
const checkCpu =
  cpuTime(() => checkRelease(parseRelease([source])), 200) -
  cpuTime(() => parseRelease([source]), 200)
const perRule = rules
  .map((rule) => ({ id: rule.id, ms: time(() => checkRelease(release, { rules: [rule] }), 50) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 5)

console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (timings scale with load)`,
)
console.log(
  `release: ${example} — ${words} words, ${release.versions.length} versions, ${rules.length} rules, ${diagnostics.length} diagnostics`,
)
console.log(
  `check in process (${compiled ? 'compiled dist/' : 'sources through tsx; run npm run build for dist/'}, median, parse excluded): ${checkOnly.toFixed(2)} ms (target ≤ ${targets.checkMs}) ${checkOnly <= targets.checkMs ? 'ok' : 'ABOVE TARGET'}`,
)
if (compiled) {
  const fresh = () => parseFromSource.parseRelease([source])
  const viaTsx = time((r: ReturnType<typeof fresh>) => checkFromSource.checkRelease(r), 200, fresh)
  console.log(
    `  (the same from the TypeScript sources through tsx: median ${viaTsx.toFixed(2)} ms, fastest ${(fastest.last ?? 0).toFixed(2)} ms)`,
  )
}
console.log(`check in process (fastest run, parse excluded): ${checkFastest.toFixed(2)} ms`)
console.log(`check in process (mean CPU time, parse excluded): ${checkCpu.toFixed(2)} ms`)
console.log(`parse + check in process (median):        ${parseAndCheck.toFixed(2)} ms`)
console.log(
  `single-version rules only (${versionRules.length}, no alignment): ${versionOnly.toFixed(2)} ms`,
)
console.log(`slowest rules: ${perRule.map((r) => `${r.id} ${r.ms.toFixed(2)} ms`).join(', ')}`)

const bin = join(root, 'bin/comunicado.js')
const built =
  existsSync(join(root, 'dist/src/cli/main.js')) || existsSync(join(root, 'dist/cli/main.js'))
if (!existsSync(bin) || !built) {
  console.log('cold CLI: skipped (run `npm run build` first; `npm run bench` does)')
} else {
  const args = [bin, 'check', join(root, example), '--format', 'json']
  const bundled = existsSync(join(root, 'dist/cli.bundle.cjs'))
  // One untimed run first: it stores the bundle's code cache if the build did not.
  spawnSync(process.execPath, args, { encoding: 'utf8' })
  const samples: number[] = []
  let status: number | null = null
  const runs = 15
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' })
    samples.push(performance.now() - start)
    status = result.status
  }
  const bare: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    bare.push(performance.now() - start)
  }
  const cold = median(samples)
  console.log(
    `cold CLI \`comunicado check FILE --format json\` (${bundled ? 'bundle + code cache' : 'compiled modules, no bundle: run scripts/build-cli.mjs'}; median of ${runs}, exit ${status}): ${cold.toFixed(0)} ms, fastest ${Math.min(...samples).toFixed(0)} ms (target ≤ ${targets.coldCliMs}) ${cold <= targets.coldCliMs ? 'ok' : 'ABOVE TARGET'}; bare \`node -e 0\`: ${median(bare).toFixed(0)} ms`,
  )
}
