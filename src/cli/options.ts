/**
 * Option values shared by the commands: `--lang en,es`, `--input-format`, `--format`. Each
 * parser validates one value and throws a {@link CliError} (exit 2) with a one-line reason.
 */
import { isSupportedLang, type Lang, normalizeLang, supportedLangs } from '../core/index.js'
import type { SourceFormat } from '../parse/index.js'
import { CliError } from './io.js'

const inputFormats: readonly SourceFormat[] = ['text', 'markdown', 'html', 'docx']

/** Parses `--lang en,es` into language tags; refuses malformed and unsupported ones. */
export function parseLangList(value: string): Lang[] {
  const langs: Lang[] = []
  for (const part of value.split(',')) {
    const tag = normalizeLang(part)
    if (tag === null) throw new CliError(`--lang: '${part.trim()}' is not a language tag`)
    if (!isSupportedLang(tag))
      throw new CliError(
        `--lang: unsupported language '${tag}' (Comunicado reads ${supportedLangs.join(', ')})`,
      )
    langs.push(tag)
  }
  return langs
}

/** Parses `--input-format text|markdown|html|docx`. */
export function parseInputFormat(value: string): SourceFormat {
  const format = inputFormats.find((f) => f === value.trim().toLowerCase())
  if (!format)
    throw new CliError(`--input-format: '${value}' is not one of ${inputFormats.join(', ')}`)
  return format
}

/** A parser for `--format` that accepts only `choices`. */
export function outputFormat<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    const format = choices.find((c) => c === value)
    if (!format) throw new CliError(`--format: '${value}' is not one of ${choices.join(', ')}`)
    return format
  }
}
