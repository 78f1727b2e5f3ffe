/**
 * `comunicado lists [--coalition ID|SLUG]`: the coalition's press and member lists, with how many
 * contacts each has subscribed and unsubscribed.
 *
 * `comunicado lists import FILE --list ID|NAME [--map COLUMN=FIELD…] [--dry-run] [--json]`:
 * imports a CSV file into a list and prints the report — the encoding and delimiter read, how
 * each column was mapped, what was accepted, and every rejected row with its line and why. A dry
 * run saves nothing. The exit code is 0 when the file was read (rejected rows are part of the
 * report), 2 when the file or the options cannot be used.
 *
 * Both open the store like `serve` and `export`: `--database-url`, `--data-dir`, or the
 * environment (DATABASE_URL, DATA_DIR).
 */
import type { Command } from 'commander'
import { systemClock } from '../../newsroom/clock.js'
import { createNewsroom, type Newsroom } from '../../newsroom/create-newsroom.js'
import { parseMappingPairs } from '../../newsroom/distribution/csv-columns.js'
import { encodingLabels } from '../../newsroom/distribution/csv-decode.js'
import type { CsvImportReport } from '../../newsroom/distribution/csv-import.js'
import { NewsroomError } from '../../newsroom/newsroom-error.js'
import { CliError, type CliIo, type CliState } from '../io.js'
import { addStoreOptions, openStoreOption, type StoreOptions } from '../open-store-option.js'

/** Options shared by the `lists` verbs. */
export interface ListsStoreOptions extends StoreOptions {
  coalition?: string
  json?: boolean
}

/** Options of `lists import`. */
export interface ListsImportOptions extends ListsStoreOptions {
  list: string
  map?: string[]
  dryRun?: boolean
}

const actor = { label: 'command line' }

async function withNewsroom<T>(
  options: ListsStoreOptions,
  env: NodeJS.ProcessEnv,
  run: (newsroom: Newsroom, coalitionId: string) => Promise<T>,
): Promise<T> {
  const { store } = await openStoreOption(options, env)
  try {
    const newsroom = createNewsroom(store, systemClock)
    let coalitionId: string
    if (options.coalition) {
      const found = await newsroom.directory.repo.coalition(options.coalition)
      if (!found) throw new CliError(`no coalition "${options.coalition}"`)
      coalitionId = found.id
    } else {
      const all = await store.db.selectFrom('coalitions').select(['id', 'slug']).execute()
      if (all.length === 0) throw new CliError('the newsroom has no coalition yet')
      if (all.length > 1)
        throw new CliError(
          `the newsroom has several coalitions; choose one with --coalition (${all.map((c) => c.slug).join(', ')})`,
        )
      coalitionId = all[0]?.id ?? ''
    }
    return await run(newsroom, coalitionId)
  } catch (error) {
    if (error instanceof NewsroomError) throw new CliError(error.message)
    throw error
  } finally {
    await store.close()
  }
}

const delimiterNames: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' }

/** The report as text for a terminal. */
export function formatImportReport(file: string, report: CsvImportReport): string {
  const lines = [
    `${file}: read as ${encodingLabels[report.encoding]}, separated by ${delimiterNames[report.delimiter]}, ${
      report.hasHeader ? 'with a header row' : 'without a header row'
    }`,
    'columns:',
    ...report.columns.map(
      (c) => `  ${c.column}. ${c.header} → ${c.field ?? 'ignored'}${c.explicit ? ' (--map)' : ''}`,
    ),
    `${report.dryRun ? 'would accept' : 'accepted'} ${report.accepted} of ${report.rows} rows: ${
      report.newContacts
    } new contacts, ${report.updatedContacts} updated, ${report.unchangedContacts} unchanged; ${
      report.subscribed
    } newly subscribed, ${report.alreadySubscribed} on the list already`,
    `rejected ${report.rejected.length} rows${report.rejected.length ? ':' : ''}`,
    ...report.rejected.map(
      (r) =>
        `  line ${r.line}: ${r.reason} — ${r.message}${r.email ? ` [${r.email}]` : ''}${
          r.detail ? ` (${r.detail})` : ''
        }`,
    ),
  ]
  if (report.dryRun) lines.push('dry run: nothing was saved')
  return `${lines.join('\n')}\n`
}

/** Runs `lists`. */
export async function runListLists(
  options: ListsStoreOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  await withNewsroom(options, env, async (newsroom, coalitionId) => {
    const lists = await newsroom.lists.lists(coalitionId, actor)
    if (options.json) {
      io.stdout(`${JSON.stringify({ coalitionId, lists }, null, 2)}\n`)
      return
    }
    if (lists.length === 0) {
      io.stdout('no lists yet\n')
      return
    }
    for (const list of lists)
      io.stdout(
        `${list.id}  ${list.kind.padEnd(7)}  ${String(list.subscribed).padStart(6)} subscribed  ${String(
          list.unsubscribed,
        ).padStart(6)} unsubscribed  ${list.name}\n`,
      )
  })
}

/** Runs `lists import`. */
export async function runListsImport(
  file: string,
  options: ListsImportOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  let mapping: Record<string, string>
  try {
    mapping = parseMappingPairs(options.map ?? [])
  } catch (error) {
    throw new CliError(`--map: ${error instanceof Error ? error.message : String(error)}`)
  }
  let bytes: Uint8Array
  try {
    bytes = await io.readBytes(file)
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new CliError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : code === 'EFBIG'
          ? `${file}: too large to import`
          : `${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  await withNewsroom(options, env, async (newsroom, coalitionId) => {
    const list = await newsroom.lists.findList(coalitionId, options.list)
    if (!list) {
      const names = (await newsroom.lists.lists(coalitionId, actor)).map((l) => `"${l.name}"`)
      throw new CliError(
        `no list "${options.list}" in this coalition${names.length ? ` (lists: ${names.join(', ')})` : ''}`,
      )
    }
    const name = file === '-' ? 'stdin' : (file.split(/[\\/]/).pop() ?? file)
    let report: CsvImportReport
    try {
      report = await newsroom.lists.importCsv(
        list.id,
        bytes,
        { mapping, dryRun: options.dryRun === true, source: `import:${name}` },
        actor,
      )
    } catch (error) {
      if (error instanceof NewsroomError) throw new CliError(`${file}: ${error.message}`)
      throw error
    }
    io.stdout(
      options.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(file, report),
    )
  })
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** Adds `lists` (and `lists import`) to the program. */
export function registerLists(program: Command, io: CliIo, _state: CliState): void {
  const store = (command: Command) =>
    addStoreOptions(command)
      .option('--coalition <id>', 'the coalition, by id or slug (default: the only one)')
      .option('--json', 'print JSON')
  const lists = store(
    program
      .command('lists')
      .description('show the press and member lists; import contacts into one'),
  ).action((options: ListsStoreOptions) => runListLists(options, io))
  // The store options belong to `lists` and are read by `import` too (commander parses a parent's
  // options wherever they appear), so `lists import FILE --data-dir DIR` works as written.
  lists
    .command('import')
    .description(
      'import a CSV file into a list and report every rejected row (takes the options of `lists`: --data-dir, --database-url, --coalition, --json)',
    )
    .argument('<file>', 'CSV file (- for standard input)')
    .requiredOption('--list <id|name>', 'the list to import into')
    .option(
      '--map <column=field>',
      'map a column (header or number) to a field; repeatable',
      collect,
    )
    .option('--dry-run', 'check and report without saving anything')
    .action((file: string, _options: ListsImportOptions, command: Command) =>
      runListsImport(file, command.optsWithGlobals<ListsImportOptions>(), io),
    )
}
