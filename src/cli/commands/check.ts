/**
 * `comunicado check FILE... [--format text|json|sarif] [--fix] [--locale en|es] [--config F]`:
 * reads the files as one release, runs the configured rules and prints the diagnostics. Exit 0
 * when no diagnostic is an error, 1 when one is, 2 for usage errors and unreadable input or
 * configuration. `--fix` applies the safe fixes until stable and rewrites plain-text and
 * Markdown files atomically (never HTML or DOCX, whose text is extracted, not the file).
 */
import { type Command, Option } from 'commander'
import type { Diagnostic, Source } from '../../core/index.js'
import type { CliIo, CliState } from '../io.js'
import { CliError } from '../io.js'
import { parseInputFormat, parseLangList } from '../options.js'

/** The options `check` accepts. */
export interface CheckCommandOptions {
  format: 'text' | 'json' | 'sarif'
  fix?: boolean
  locale?: 'en' | 'es'
  config?: string
  lang?: string[]
  inputFormat?: ReturnType<typeof parseInputFormat>
}

/** An io that can also replace files (tests pass one; the real CLI writes atomically). */
export interface CheckIo extends CliIo {
  writeText?(file: string, text: string): Promise<void>
  /** The directory where the configuration search starts (default: the process's). */
  cwd?: string
}

/** Runs `check` and returns the exit code (0 or 1). */
export async function runCheck(
  files: string[],
  options: CheckCommandOptions,
  io: CheckIo,
): Promise<number> {
  // Loaded here so `comunicado --help` and the other verbs do not pay for the checker.
  const [{ loadRelease }, { loadConfig }, check, parse] = await Promise.all([
    import('../load-release.js'),
    import('../load-config.js'),
    import('../../check/index.js'),
    import('../../parse/index.js'),
  ])
  const { config } = await loadConfig(io, {
    cwd: io.cwd ?? process.cwd(),
    ...(options.config ? { file: options.config } : {}),
  })
  const locale = options.locale ?? config.locale ?? 'en'
  const loadOptions = {
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    ...(options.lang ? { langs: options.lang } : {}),
  }
  const release = await loadRelease(files, io, loadOptions)
  let diagnostics: Diagnostic[] = check.checkRelease(release, { config, locale })
  let texts = new Map(release.sources.map((s) => [s.file, s.text]))

  if (options.fix) {
    for (const source of release.sources) {
      if (source.file === '-')
        throw new CliError('--fix cannot rewrite standard input; name a file')
      if (source.format === 'html' || source.format === 'docx')
        throw new CliError(
          `${source.file}: --fix rewrites only plain-text and Markdown files, not ${source.format.toUpperCase()} (its text is extracted, not the file itself)`,
        )
    }
    // The file's own text (a Markdown source's text is masked); offsets are the same.
    const originals: Source[] = []
    const raw = new Map<string, string>()
    for (const source of release.sources) {
      const bytes = await io.readBytes(source.file)
      raw.set(source.file, new TextDecoder().decode(bytes))
      const plain = await parse.readSource(bytes, source.file, { format: 'text' })
      originals.push({ ...source, text: plain.text })
    }
    const reader = (sources: Source[]) =>
      sources.map((s) => (s.format === 'markdown' ? { ...s, text: parse.maskMarkdown(s.text) } : s))
    const result = check.fixSources(originals, (sources) =>
      check.checkRelease(
        parse.parseRelease(reader(sources), options.lang ? { langs: options.lang } : {}),
        { config, locale },
      ),
    )
    const write = io.writeText ?? (await import('../write-atomic.js')).writeFileAtomic
    for (const [i, fixed] of result.sources.entries()) {
      const before = originals[i]
      if (!before || fixed.text === before.text) continue
      const original = raw.get(fixed.file) ?? ''
      let out = original.includes('\r\n') ? fixed.text.replace(/\n/g, '\r\n') : fixed.text
      if (original.startsWith('\uFEFF')) out = `\uFEFF${out}`
      try {
        await write(fixed.file, out)
      } catch (error) {
        throw new CliError(
          `${fixed.file}: could not write the fixes, the file is unchanged (${(error as Error).message.split('\n')[0]})`,
        )
      }
    }
    if (result.applied > 0)
      io.stderr(`comunicado: applied ${result.applied} fix${result.applied === 1 ? '' : 'es'}\n`)
    diagnostics = result.diagnostics
    texts = new Map(result.sources.map((s) => [s.file, s.text]))
  }

  const reporters = await import('../reporters/index.js')
  if (options.format === 'json') io.stdout(reporters.formatJson(diagnostics))
  else if (options.format === 'sarif')
    io.stdout(reporters.formatSarif(diagnostics, { rules: check.rules, config, locale }))
  else io.stdout(reporters.formatText(diagnostics, { texts, color: io.isTty, locale }))
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}

/** Adds `check` to the program. */
export function registerCheck(program: Command, io: CliIo, state: CliState): void {
  program
    .command('check')
    .description('check a release (one file, or one file per language) and report problems')
    .argument('<files...>', 'release files (.txt, .md, .html, .docx), or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'sarif'])
        .default('text'),
    )
    .option('--fix', 'apply safe fixes to the files (plain text and Markdown only)')
    .addOption(new Option('--locale <locale>', 'language of the messages').choices(['en', 'es']))
    .option('-c, --config <file>', 'configuration file (default: comunicado.config.json)')
    .option('--lang <langs>', 'languages of the versions in order, e.g. en,es', parseLangList)
    .option(
      '--input-format <format>',
      'read the input as text, markdown, html or docx whatever its name',
      parseInputFormat,
    )
    .action(async (files: string[], options: CheckCommandOptions) => {
      state.exitCode = await runCheck(files, options, io)
    })
}
