/**
 * The `comunicado` command line: builds the commander program from one module per verb and
 * maps failures to exit codes (0 ok, 1 check found errors, 2 usage or unreadable input).
 */
import { Command, CommanderError } from 'commander'
import { registerAlign } from './commands/align.js'
import { registerCheck } from './commands/check.js'
import { registerExport } from './commands/export.js'
import { registerParse } from './commands/parse.js'
import { registerRules } from './commands/rules.js'
import { registerServe } from './commands/serve.js'
import { CliError, type CliIo, nodeIo } from './io.js'

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const program = new Command('comunicado')
    .description('Read, align and check bilingual press releases.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    })
  const state = { exitCode: 0 }
  for (const register of [
    registerParse,
    registerAlign,
    registerCheck,
    registerRules,
    registerServe,
    registerExport,
  ])
    register(program, io, state)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return state.exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof CliError) {
      io.stderr(`comunicado: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}
