#!/usr/bin/env node
// Entry point of the `comunicado` command: runs the compiled CLI (npm run build makes dist/),
// from the bundle with its code cache for the reading verbs when the build made one.
import { loadCli } from './load-cli.js'

const argv = process.argv.slice(2)
const { main, done } = await loadCli(argv)
process.exitCode = await main(argv)
done()
