/**
 * Guards the direction of dependencies (docs/architecture.md): core ← parse | align | check |
 * render ← store | mail ← newsroom ← server | web | cli, and no Node import in the browser-safe layers.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const src = dirname(fileURLToPath(import.meta.url))

/** Which layers each layer may import from (itself always allowed). */
const allowed: Record<string, string[]> = {
  core: [],
  parse: ['core'],
  align: ['core', 'parse'],
  check: ['core', 'parse', 'align'],
  render: ['core', 'parse', 'align', 'check'],
  store: ['core', 'parse', 'align', 'check', 'render'],
  mail: ['core', 'render'],
  newsroom: ['core', 'parse', 'align', 'check', 'render', 'store', 'mail'],
  server: ['core', 'parse', 'align', 'check', 'render', 'store', 'mail', 'newsroom', 'web'],
  web: ['core', 'parse', 'align', 'check', 'render', 'store', 'mail', 'newsroom'],
  cli: ['core', 'parse', 'align', 'check', 'render', 'store', 'mail', 'newsroom', 'server', 'web'],
}
/** Layers that must run in the browser: no node: imports outside their tests. */
const browserSafe = new Set(['core', 'parse', 'align', 'check', 'render'])

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) sourceFiles(path, out)
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.bench.ts'))
      out.push(path)
  }
  return out
}

function importsOf(code: string): string[] {
  const specs: string[] = []
  for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g))
    if (m[1]) specs.push(m[1])
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1]) specs.push(m[1])
  return specs
}

describe('architecture', () => {
  const problems: string[] = []
  for (const file of sourceFiles(src)) {
    const rel = relative(src, file)
    const layer = rel.split('/')[0] ?? ''
    if (!(layer in allowed)) continue
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('node:') && browserSafe.has(layer))
        problems.push(`${rel} imports ${spec}, but ${layer} must run in the browser`)
      if (!spec.startsWith('.')) continue
      const target = relative(src, join(dirname(file), spec)).split('/')[0] ?? ''
      if (target !== layer && target in allowed && !allowed[layer]?.includes(target))
        problems.push(`${rel} imports from ${target}, which ${layer} may not depend on`)
    }
  }

  it('keeps dependencies pointing inward and the core free of Node', () => {
    assert.deepEqual(problems, [])
  })
})
