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
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
)
process.exit(result.status ?? 1)
