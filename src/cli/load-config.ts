/**
 * Finds, reads and validates the checker's configuration for the CLI: `--config FILE`, else
 * the nearest `comunicado.config.json`, else a `comunicado` key in the nearest package.json,
 * walking up from the working directory; none found means the recommended preset. A bad file
 * is a usage error (exit 2) with one line naming the file and every problem.
 */
import { dirname, join, resolve } from 'node:path'
import { ConfigError, type ResolvedConfig, resolveConfig, rules } from '../check/index.js'
import { CliError, type CliIo } from './io.js'

/** The configuration used and where it came from (null: the recommended preset). */
export interface LoadedConfig {
  config: ResolvedConfig
  file: string | null
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** An explicit file (`--config`). */
  file?: string
  /** Where the search starts. */
  cwd: string
}

async function readIfExists(io: CliIo, file: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await io.readBytes(file))
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw new CliError(`${file}: cannot be read (${(error as Error).message.split('\n')[0]})`)
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`)
  }
}

function resolveOrFail(file: string, input: unknown): ResolvedConfig {
  try {
    return resolveConfig(input, rules)
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(`${file}: ${error.problems.join('; ')}`)
    throw error
  }
}

/** Loads the configuration for a run of `check`. */
export async function loadConfig(io: CliIo, options: LoadConfigOptions): Promise<LoadedConfig> {
  if (options.file) {
    const text = await readIfExists(io, options.file)
    if (text === null) throw new CliError(`${options.file}: no such file`)
    const json = parseJson(options.file, text)
    const isPackage = /(^|[/\\])package\.json$/.test(options.file)
    const input = isPackage ? (json as { comunicado?: unknown }).comunicado : json
    if (isPackage && input === undefined)
      throw new CliError(`${options.file}: has no "comunicado" key`)
    return { config: resolveOrFail(options.file, input), file: options.file }
  }
  let dir = resolve(options.cwd)
  for (;;) {
    const configFile = join(dir, 'comunicado.config.json')
    const text = await readIfExists(io, configFile)
    if (text !== null)
      return { config: resolveOrFail(configFile, parseJson(configFile, text)), file: configFile }
    const packageFile = join(dir, 'package.json')
    const pkg = await readIfExists(io, packageFile)
    if (pkg !== null) {
      const json = parseJson(packageFile, pkg) as { comunicado?: unknown }
      if (json && typeof json === 'object' && json.comunicado !== undefined)
        return { config: resolveOrFail(packageFile, json.comunicado), file: packageFile }
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return { config: resolveConfig({}, rules), file: null }
}
