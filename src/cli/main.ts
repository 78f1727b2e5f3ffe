/**
 * The `comunicado` command line: builds the commander program from one module per verb and
 * maps failures to exit codes (0 ok, 1 check found errors, 2 usage or unreadable input).
 * Only the verb being run is loaded (all of them for help or an unknown verb), so what one
 * command imports — a database driver, the web pages — never slows another's start.
 */
import { Command, CommanderError } from 'commander'
import { CliError, type CliIo, type CliState, nodeIo } from './io.js'

/** Adds one verb to the program. */
type Register = (program: Command, io: CliIo, state: CliState) => void

/** Every verb and how to load it, in the order `--help` lists them. Add a verb with one line. */
const verbs: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./commands/parse.js')).registerParse,
  align: async () => (await import('./commands/align.js')).registerAlign,
  check: async () => (await import('./commands/check.js')).registerCheck,
  rules: async () => (await import('./commands/rules.js')).registerRules,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  export: async () => (await import('./commands/export.js')).registerExport,
  lists: async () => (await import('./commands/lists.js')).registerLists,
  send: async () => (await import('./commands/send.js')).registerSend,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
}

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
  const verb = argv.find((a) => !a.startsWith('-'))
  const load =
    verb !== undefined && Object.hasOwn(verbs, verb) ? [verbs[verb]] : Object.values(verbs)
  for (const register of await Promise.all(load.map((l) => l?.()))) register?.(program, io, state)
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
