/** The `comunicado align` command (placeholder until its issue lands). */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `align` to the program. */
export function registerAlign(program: Command, _io: CliIo, _state: CliState): void {
  program
    .command('align')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('align: not available yet')
    })
}
