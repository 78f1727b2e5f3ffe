/**
 * `comunicado lists` (issue 8).
 */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `lists` to the program. */
export function registerLists(program: Command, _io: CliIo, _state: CliState): void {
  program.command('lists').action(() => {
    throw new CliError('lists is being written', 2)
  })
}
