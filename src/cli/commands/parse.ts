/** The `comunicado parse` command (placeholder until its issue lands). */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `parse` to the program. */
export function registerParse(program: Command, _io: CliIo, _state: CliState): void {
  program
    .command('parse')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('parse: not available yet')
    })
}
