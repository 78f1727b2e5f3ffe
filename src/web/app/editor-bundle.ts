/**
 * Where the editor's browser bundle comes from: dist/web/editor.js (written by `npm run build`)
 * when it exists and is newer than every source file, else a bundle made in memory with esbuild
 * (through scripts/build-web.mjs) at the first request — tests run from source, where dist may be
 * stale or absent. An installed package has no sources: it always serves dist. Decided once per
 * process; a restart picks up source changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The project root (this file is src/web/app/… or dist/web/app/…). */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

function newestSource(dir: string): number {
  let newest = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
      newest = Math.max(newest, stat.mtimeMs)
  }
  return newest
}

/** Where a bundle came from, and its code. */
export interface EditorBundle {
  code: string
  origin: 'dist' | 'memory'
}

let pending: Promise<EditorBundle> | undefined

async function load(): Promise<EditorBundle> {
  const built = join(root, 'dist/web/editor.js')
  const sources = join(root, 'src')
  const hasSources = existsSync(join(sources, 'web/editor/main.ts'))
  if (existsSync(built) && (!hasSources || statSync(built).mtimeMs >= newestSource(sources)))
    return { code: readFileSync(built, 'utf8'), origin: 'dist' }
  if (!hasSources) throw new Error('the editor bundle is missing: run npm run build')
  const script = pathToFileURL(join(root, 'scripts/build-web.mjs')).href
  const { buildEditor } = (await import(script)) as {
    buildEditor(options: { write: boolean }): Promise<string>
  }
  return { code: await buildEditor({ write: false }), origin: 'memory' }
}

/** The editor bundle (loaded or built once per process; a failed build is tried again). */
export function editorBundle(): Promise<EditorBundle> {
  pending ??= load().catch((error) => {
    pending = undefined
    throw error
  })
  return pending
}
