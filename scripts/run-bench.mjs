#!/usr/bin/env node
// Runs every benchmark (bench/*.bench.ts) one after the other, each in its own Node process
// through tsx so that one benchmark's heap does not weigh on the next, and prints their results.
// `node scripts/run-bench.mjs parse` runs only the benchmarks whose file name contains "parse".
// `npm run bench` builds first (the cold-start benchmarks spawn the compiled CLI).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'bench')
const filters = process.argv.slice(2)
let files = []
try {
  files = readdirSync(benchDir)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
    .sort()
} catch {
  // no bench directory: nothing to run
}
if (files.length === 0) {
  console.error('no benchmarks found in bench/')
  process.exit(1)
}

const failed = []
for (const name of files) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, name)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    failed.push(name)
    console.log(`✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`)
  } else console.log(`✓ ${name} (${seconds} s)`)
}
console.log(`\n${files.length - failed.length} of ${files.length} benchmarks ran`)
process.exit(failed.length === 0 ? 0 : 1)
