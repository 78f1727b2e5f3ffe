#!/usr/bin/env node
// Runs every test file (src/**/*.test.ts, scripts/**/*.test.ts, test/**/*.test.ts: e2e in Chromium) with node's test runner through tsx.
// Arguments narrow the run: `node scripts/run-tests.mjs src/align` runs the tests under src/align.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function find(dir, out) {
  let entries
  try {
    entries = readdirSync(dir)
  } catch {
    return out
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) find(path, out)
    else if (name.endsWith('.test.ts')) out.push(path)
  }
  return out
}

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'))
const files = (roots.length ? roots : ['src', 'scripts', 'test'])
  .flatMap((r) => (r.endsWith('.test.ts') ? [r] : find(r, [])))
  .sort()
if (files.length === 0) {
  console.error('no test files found')
  process.exit(1)
}
// Tests that start and kill processes of their own (`*-crash.test.ts`) run after the others, one
// at a time: they measure what a worker does when killed, not how the machine copes with two
// test files and their process trees at once.
const solo = files.filter((f) => f.endsWith('-crash.test.ts'))
const shared = files.filter((f) => !solo.includes(f))
let status = 0
for (const [group, concurrency] of [
  [shared, 2],
  [solo, 1],
]) {
  if (group.length === 0) continue
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...flags, ...group],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
  )
  status = Math.max(status, result.status ?? 1)
}
process.exit(status)
