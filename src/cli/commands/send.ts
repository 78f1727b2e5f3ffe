/**
 * `comunicado send` (issue 8).
 */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `send` to the program. */
export function registerSend(program: Command, _io: CliIo, _state: CliState): void {
  program.command('send').action(() => {
    throw new CliError('send is being written', 2)
  })
}
