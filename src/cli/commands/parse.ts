/**
 * `comunicado parse FILE... --format json|text [--lang en,es] [--input-format F]`: reads the
 * files as one release and prints it — JSON in the contract of docs/formats.md, or a readable
 * outline of each version. Nothing else reaches stdout; failures exit 2 with one line on stderr.
 */
import { type Command, Option } from 'commander'
import type { CliIo, CliState } from '../io.js'
import { parseInputFormat, parseLangList } from '../options.js'

/** The options `parse` accepts. */
export interface ParseCommandOptions {
  format: 'json' | 'text'
  lang?: string[]
  inputFormat?: ReturnType<typeof parseInputFormat>
}

/** Runs `parse` on `files` and writes the requested output. */
export async function runParse(
  files: string[],
  options: ParseCommandOptions,
  io: CliIo,
): Promise<void> {
  // Loaded here, not at start-up, so `comunicado --help` and the other verbs stay quick.
  const { loadRelease } = await import('../load-release.js')
  const release = await loadRelease(files, io, {
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    ...(options.lang ? { langs: options.lang } : {}),
  })
  if (options.format === 'json') {
    const { toParseJson } = await import('../../parse/index.js')
    io.stdout(`${JSON.stringify(toParseJson(release), null, 2)}\n`)
  } else {
    const { outlineRelease } = await import('../parse-outline.js')
    io.stdout(outlineRelease(release))
  }
}

/** Adds `parse` to the program. */
export function registerParse(program: Command, io: CliIo, _state: CliState): void {
  program
    .command('parse')
    .description('read a release (one file, or one file per language) and print its structure')
    .argument('<files...>', 'release files (.txt, .md, .html, .docx), or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['json', 'text'])
        .default('text'),
    )
    .option('--lang <langs>', 'languages of the versions in order, e.g. en,es', parseLangList)
    .option(
      '--input-format <format>',
      'read the input as text, markdown, html or docx whatever its name',
      parseInputFormat,
    )
    .action((files: string[], options: ParseCommandOptions) => runParse(files, options, io))
}
