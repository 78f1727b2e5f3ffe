/** The `comunicado check` command (placeholder until its issue lands). */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `check` to the program. */
export function registerCheck(program: Command, _io: CliIo, _state: CliState): void {
  program
    .command('check')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('check: not available yet')
    })
}
