/**
 * The `comunicado serve` command: runs the newsroom server (PORT, DATA_DIR, DATABASE_URL,
 * PUBLIC_URL from the environment) until SIGTERM or SIGINT, then shuts down gracefully.
 */
import type { Command } from 'commander'
import { CliError, type CliIo, type CliState } from '../io.js'

/** Adds `serve` to the program. */
export function registerServe(program: Command, io: CliIo, _state: CliState): void {
  program
    .command('serve')
    .description('run the newsroom server (SQLite under ./data unless DATABASE_URL is set)')
    .option('--port <port>', 'port to listen on (default: PORT or 8080)')
    .option('--host <host>', 'address to listen on', '0.0.0.0')
    .option(
      '--demo <file>',
      'release seeded into an empty store',
      'examples/alianza-americas-2021/release.txt',
    )
    .option('--no-demo', 'do not seed a demo coalition')
    .action(async (options: { port?: string; host: string; demo: string | false }) => {
      const port = Number(options.port ?? process.env.PORT ?? 8080)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`serve: "${options.port}" is not a port`)
      // Loaded here so that parse and check start without the server's dependencies.
      const { startServer } = await import('../../server/start-server.js')
      const server = await startServer({
        port,
        host: options.host,
        env: process.env,
        demoRelease: options.demo === false ? null : options.demo,
        log: (line) => io.stderr(`${line}\n`),
      }).catch((error: Error) => {
        throw new CliError(`serve: ${error.message}`)
      })
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          io.stderr(`Received ${signal}: finishing requests and closing the database…\n`)
          server.close().then(resolve, resolve)
        }
        process.once('SIGTERM', () => stop('SIGTERM'))
        process.once('SIGINT', () => stop('SIGINT'))
      })
    })
}
