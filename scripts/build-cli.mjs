#!/usr/bin/env node
/**
 * Bundles the reading verbs of the CLI (parse, align, check, rules) into one CommonJS file,
 * dist/cli.bundle.cjs, and warms its V8 code cache by running `check` once on the example
 * release. `bin/comunicado.js` loads the bundle for those verbs when it is at least as new as
 * the compiled CLI (dist/cli/main.js), else the compiled modules: one file and compiled code
 * from the cache instead of ~150 modules resolved, read and compiled on every cold start.
 * The other verbs (serve, export, lists, send, worker) are left out of the bundle and always
 * run from dist/. Run after `tsc` (npm run build).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'dist/cli.bundle.cjs')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** Verbs that are not bundled: their modules are loaded from dist/ if ever imported. */
const unbundledVerbs = /^\.\/commands\/(serve|export|lists|send|worker)\.js$/

/** Bundles the CLI into `file` (the unbundled verbs are looked up in `cli/commands/` beside it). */
export async function bundleCli(file) {
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // commander is small and loaded on every run: bundled. Every other package stays external
    // (native drivers, and the HTML and DOCX readers, which are imported only when needed).
    external: Object.keys(pkg.dependencies ?? {}).filter((name) => name !== 'commander'),
    plugins: [
      {
        name: 'unbundled-verbs',
        setup(b) {
          b.onResolve({ filter: unbundledVerbs }, (args) => ({
            path: args.path.replace('./commands/', './cli/commands/'),
            external: true,
          }))
        },
      },
    ],
    logLevel: 'warning',
    legalComments: 'none',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleCli(outfile)

  // A fresh bundle makes any earlier code cache stale: warm a new one.
  rmSync(join(root, 'dist/cli.bundle.cache'), { recursive: true, force: true })
  const warm = spawnSync(
    process.execPath,
    [
      join(root, 'bin/comunicado.js'),
      'check',
      join(root, 'examples/alianza-americas-2021/release.txt'),
      '--format',
      'json',
    ],
    { cwd: root, encoding: 'utf8' },
  )
  if (warm.status !== 0 && warm.status !== 1) {
    console.error(`build-cli: warming the bundle failed (exit ${warm.status})\n${warm.stderr}`)
    process.exit(1)
  }
}
