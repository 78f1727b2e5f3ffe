// Loads the CLI's `main` for a command line: the bundle (dist/cli.bundle.cjs, made by
// scripts/build-cli.mjs) for the verbs it holds when it is at least as new as the compiled CLI,
// through V8's code cache, else the compiled modules in dist/. The cache is a file per bundle
// version and Node version under dist/cli.bundle.cache/, written after a run when missing or
// rejected (best effort: a read-only install just runs without it).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import vm from 'node:vm'

const defaultDist = join(dirname(fileURLToPath(import.meta.url)), '../dist')

/** The verbs the bundle holds; the others always run from dist/cli/main.js. */
export const bundledVerbs = new Set(['parse', 'align', 'check', 'rules'])

/** The verb `main` will run for `argv` (its first argument that is not an option). */
export function verbOf(argv) {
  return argv.find((a) => !a.startsWith('-'))
}

function mtime(file) {
  try {
    return statSync(file)
  } catch {
    return null
  }
}

/**
 * Resolves to `{ main, done, from, cached }`: `main(argv)` runs the CLI, `done()` stores the
 * code cache if the bundle was compiled without one; `from` is 'bundle' or 'compiled', `cached`
 * whether V8 took the stored code cache. Set COMUNICADO_NO_BUNDLE=1 to use dist/ only.
 * `options.dist` is the build directory (default: the package's dist/).
 */
export async function loadCli(argv, options = {}) {
  const dist = options.dist ?? defaultDist
  const bundle = join(dist, 'cli.bundle.cjs')
  const compiled = mtime(join(dist, 'cli/main.js'))
  const bundled = mtime(bundle)
  const useBundle =
    process.env.COMUNICADO_NO_BUNDLE !== '1' &&
    // The bundle require()s the ES-module-only HTML reader (parse5): Node ≥ 20.19.
    process.features.require_module === true &&
    bundledVerbs.has(verbOf(argv)) &&
    bundled !== null &&
    (compiled === null || bundled.mtimeMs >= compiled.mtimeMs)
  if (!useBundle) {
    const { main } = await import(pathToFileURL(join(dist, 'cli/main.js')).href)
    return { main, done: () => {}, from: 'compiled', cached: false }
  }
  const cacheDir = join(dist, 'cli.bundle.cache')
  const cacheFile = join(
    cacheDir,
    `${bundled.size}-${Math.trunc(bundled.mtimeMs)}-${process.version}-${process.arch}.bin`,
  )
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const code = readFileSync(bundle, 'utf8')
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${code}\n})`,
    {
      filename: bundle,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  )
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dist)
  const stale = cachedData === undefined || script.cachedDataRejected === true
  const done = () => {
    if (!stale) return
    try {
      mkdirSync(cacheDir, { recursive: true })
      const temporary = `${cacheFile}.${process.pid}.tmp`
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, cacheFile)
    } catch {
      // A read-only installation: run without the cache.
    }
  }
  return { main: module.exports.main, done, from: 'bundle', cached: !stale }
}
