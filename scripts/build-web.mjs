#!/usr/bin/env node
/**
 * Bundles the browser code (the bilingual editor) into dist/web with esbuild, from the same core
 * modules the server uses (src/core, src/parse, src/align, src/check) and CodeMirror 6. Run by
 * `npm run build`; the editor routes import {@link buildEditor} to bundle in memory when
 * dist/web/editor.js is missing or older than the sources (tests run from source).
 */
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** esbuild options for the editor bundle: one ES module for current browsers, minified. */
export function editorBuildOptions(base = root) {
  return {
    entryPoints: [join(base, 'src/web/editor/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
  }
}

/**
 * Builds the editor bundle. With `write`, to dist/web/editor.js; without, answers the code as a
 * string (nothing is written).
 */
export async function buildEditor({ base = root, write = true } = {}) {
  const { build } = await import('esbuild')
  const outfile = join(base, 'dist/web/editor.js')
  if (write) mkdirSync(dirname(outfile), { recursive: true })
  const result = await build({ ...editorBuildOptions(base), outfile, write })
  if (write) return outfile
  const file = result.outputFiles?.find((f) => f.path.endsWith('.js'))
  if (!file) throw new Error('esbuild produced no editor bundle')
  return file.text
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now()
  const outfile = await buildEditor()
  console.log(`built ${outfile.slice(root.length + 1)} in ${Date.now() - started} ms`)
}
