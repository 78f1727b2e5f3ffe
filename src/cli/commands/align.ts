/**
 * `comunicado align FILE... --format json|text [--source en --target es]`: reads the files as
 * one release, aligns two of its language versions (paragraphs, then sentences) and prints the
 * alignment — JSON in the contract of docs/formats.md (with drift facts), or the two versions
 * side by side, bead by bead, with sentences that have no counterpart marked `+`.
 */
import { type Command, Option } from 'commander'
import type { Release, Version } from '../../core/index.js'
import { primaryLang } from '../../core/index.js'
import { CliError, type CliIo, type CliState } from '../io.js'
import { parseInputFormat, parseLangList } from '../options.js'

/** The options `align` accepts. */
export interface AlignCommandOptions {
  format: 'json' | 'text'
  source?: string
  target?: string
  lang?: string[]
  inputFormat?: ReturnType<typeof parseInputFormat>
  width?: string
}

/** The pair of versions to align: by `--source`/`--target` language, else the first two. */
export function pickVersions(
  release: Release,
  source?: string,
  target?: string,
): [Version, Version] {
  const find = (lang: string, option: string, except?: Version) => {
    const wanted = lang.toLowerCase()
    const version =
      release.versions.find((v) => v !== except && v.lang.toLowerCase() === wanted) ??
      release.versions.find((v) => v !== except && primaryLang(v.lang) === primaryLang(wanted))
    if (!version)
      throw new CliError(
        `${option} ${lang}: no such version (the release has ${release.versions.map((v) => v.lang).join(', ') || 'none'})`,
      )
    return version
  }
  if (release.versions.length < 2)
    throw new CliError(
      `align needs two language versions; found ${release.versions.map((v) => v.lang).join(', ') || 'none'}`,
    )
  const first = source ? find(source, '--source') : (release.versions[0] as Version)
  const second = target
    ? find(target, '--target', first)
    : (release.versions.find((v) => v !== first) as Version)
  if (first === second) throw new CliError('--source and --target name the same version')
  return [first, second]
}

/** Runs `align` on `files` and writes the requested output. */
export async function runAlign(
  files: string[],
  options: AlignCommandOptions,
  io: CliIo,
): Promise<void> {
  const { loadRelease } = await import('../load-release.js')
  const release = await loadRelease(files, io, {
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    ...(options.lang ? { langs: options.lang } : {}),
  })
  const [source, target] = pickVersions(release, options.source, options.target)
  const { alignVersions, computeDrift, renderSideBySide, toAlignJson } = await import(
    '../../align/index.js'
  )
  const alignment = alignVersions(release, source, target)
  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify(toAlignJson(alignment, computeDrift(release, alignment)), null, 2)}\n`,
    )
    return
  }
  const width = options.width ? Number(options.width) : 120
  if (!Number.isInteger(width) || width < 40)
    throw new CliError(`--width: '${options.width}' is not a number ≥ 40`)
  io.stdout(renderSideBySide(alignment, { width }))
}

/** Adds `align` to the program. */
export function registerAlign(program: Command, io: CliIo, _state: CliState): void {
  program
    .command('align')
    .description('align two language versions sentence by sentence and show what drifted')
    .argument('<files...>', 'release files (.txt, .md, .html, .docx), or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['json', 'text'])
        .default('text'),
    )
    .option('--source <lang>', 'language of the version on the left (default: the first)')
    .option('--target <lang>', 'language of the version on the right (default: the next)')
    .option('--lang <langs>', 'languages of the versions in order, e.g. en,es', parseLangList)
    .option(
      '--input-format <format>',
      'read the input as text, markdown, html or docx whatever its name',
      parseInputFormat,
    )
    .option('--width <columns>', 'line width of the text output (default 120)')
    .action((files: string[], options: AlignCommandOptions) => runAlign(files, options, io))
}
