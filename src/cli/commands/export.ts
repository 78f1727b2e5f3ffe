/**
 * `comunicado export --out DIR [--database-url URL | --data-dir DIR] [--public-url URL]
 * [--coalition ID|SLUG]`: writes the whole public newsroom — index per language, release and
 * organization pages, feeds, sitemap, robots.txt, stylesheet — as static files for any static
 * host or CDN. Pages are folders (`en/releases/<slug>/index.html`), so their links work as served.
 * Only published releases are written, exactly as the server shows them.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import type { Command } from 'commander'
import { systemClock } from '../../newsroom/clock.js'
import { createNewsroom, type Newsroom } from '../../newsroom/create-newsroom.js'
import { createPublicSite, exportFileOf, listPublicDocuments } from '../../web/public/index.js'
import { CliError, type CliIo, type CliState } from '../io.js'
import { addStoreOptions, openStoreOption, type StoreOptions } from '../open-store-option.js'

/** The options `export` accepts. */
export interface ExportCommandOptions extends StoreOptions {
  out: string
  publicUrl?: string
  coalition?: string
}

/** Options of {@link exportNewsroom}. */
export interface ExportOptions {
  publicUrl: string
  coalition?: string
}

/** Writes every public document of `newsroom` under `outDir`; resolves to the files written. */
export async function exportNewsroom(
  newsroom: Newsroom,
  outDir: string,
  options: ExportOptions,
): Promise<string[]> {
  const site = createPublicSite(newsroom, {
    publicUrl: options.publicUrl,
    ...(options.coalition ? { coalition: options.coalition } : {}),
  })
  const basePath = new URL(site.urls.origin).pathname.replace(/\/+$/, '')
  const root = resolve(outDir)
  const written: string[] = []
  for (const { path, response } of await listPublicDocuments(site)) {
    const file = resolve(root, decodeURIComponent(exportFileOf(path, basePath)))
    // Slugs are URL-safe, but a file must never land outside the output folder.
    if (relative(root, file).startsWith('..')) throw new Error(`refusing to write ${file}`)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, response.body)
    written.push(relative(root, file))
  }
  return written
}

/** Runs `export`. */
export async function runExport(
  options: ExportCommandOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const publicUrl = options.publicUrl ?? env.PUBLIC_URL ?? 'http://localhost:8080'
  try {
    new URL(publicUrl)
  } catch {
    throw new CliError(`--public-url: '${publicUrl}' is not an absolute URL`)
  }
  const { store } = await openStoreOption(options, env)
  try {
    const newsroom = createNewsroom(store, systemClock)
    const files = await exportNewsroom(newsroom, options.out, {
      publicUrl,
      ...(options.coalition ? { coalition: options.coalition } : {}),
    })
    io.stdout(`wrote ${files.length} files to ${join(options.out)}\n`)
  } finally {
    await store.close()
  }
}

/** Adds `export` to the program. */
export function registerExport(program: Command, io: CliIo, _state: CliState): void {
  addStoreOptions(
    program
      .command('export')
      .description('write the public newsroom as static files for any static host')
      .requiredOption('-o, --out <dir>', 'folder to write into (created if missing)'),
  )
    .option('--public-url <url>', 'address the files will be published at (default: PUBLIC_URL)')
    .option('--coalition <id>', 'the coalition to export, by id or slug (default: the first)')
    .action((options: ExportCommandOptions) => runExport(options, io))
}
