/**
 * Prints how many planted defects the checker finds over the bilingual fixtures (per kind and
 * overall, with the misses): `npx tsx scripts/planted-defects.ts [fixture-dir…]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  formatPlantReport,
  type PlantFixture,
  runPlantedSuite,
} from '../src/check/acceptance/planted-suite.js'

const root = fileURLToPath(new URL('../test/fixtures/', import.meta.url))

/** The bilingual fixtures (folders with en.txt and es.txt). */
export function bilingualFixtures(dirs?: string[]): PlantFixture[] {
  const names = dirs?.length ? dirs : readdirSync(root).sort()
  return names
    .map((name) => (name.includes('/') ? name : join(root, name)))
    .filter((dir) => existsSync(join(dir, 'en.txt')) && existsSync(join(dir, 'es.txt')))
    .map((dir) => ({
      name: dir.replace(/\/$/, '').split('/').pop() ?? dir,
      sources: ['en.txt', 'es.txt'].map((file) => ({
        file,
        format: 'text' as const,
        text: readFileSync(join(dir, file), 'utf8')
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n'),
      })),
    }))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = runPlantedSuite(bilingualFixtures(process.argv.slice(2)))
  console.log(formatPlantReport(report))
}
