/**
 * The process entry of the CLI for development and tests: runs {@link main} on the process
 * arguments under tsx (`node --import tsx src/cli/run.ts parse …`). The installed command,
 * bin/comunicado.js, does the same with the compiled code.
 */
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2))
