/**
 * `comunicado worker` (issue 8).
 */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `worker` to the program. */
export function registerWorker(program: Command, _io: CliIo, _state: CliState): void {
  program.command('worker').action(() => {
    throw new CliError('worker is being written', 2)
  })
}
