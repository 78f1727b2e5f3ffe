/** The `comunicado rules` command (placeholder until its issue lands). */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `rules` to the program. */
export function registerRules(program: Command, _io: CliIo, _state: CliState): void {
  program
    .command('rules')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('rules: not available yet')
    })
}
