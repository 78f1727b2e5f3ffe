/**
 * The same release read from text, Markdown, HTML and DOCX gives the same facts: the front-ends
 * hand the reader equivalent text whatever the format. Built from the fixtures' plain text; the
 * other formats are generated here (the DOCX in memory with the `docx` package).
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import type { Release } from '../../core/index.js'
import { parseRelease } from '../parse-release.js'
import { readSource } from './read-source.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures')
const encode = (s: string): Uint8Array => new TextEncoder().encode(s)
const flat = (s: string | null | undefined): string | null =>
  s == null ? null : s.replace(/\s+/g, ' ').trim()

/** Paragraphs (blank-line separated) of a text, each a list of its lines. */
function paragraphs(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()))
    .filter((p) => p.some((l) => l !== ''))
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function toHtml(text: string): string {
  const body = paragraphs(text)
    .map((p) => `<p>${p.map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n')
  return `<!doctype html><html><head><title>Release</title><script>track()</script></head>
<body><nav><a href="/">Home</a> <button>Share</button></nav><article>\n${body}\n</article></body></html>`
}

async function toDocx(text: string): Promise<Uint8Array> {
  const children = paragraphs(text).map(
    (p) =>
      new Paragraph({
        children: p.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      }),
  )
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

/** Markdown the way people write releases in it: the headline as a heading, the date in bold. */
function toMarkdown(text: string, release: Release): string {
  const version = release.versions[0]
  let md = text
  const headline = version?.headline?.text
  if (headline) md = md.replace(headline, `# ${headline}`)
  const date = version?.date?.text
  if (date) md = md.replace(date, `**${date}**`)
  return md
}

/** What the reader found, without offsets and with whitespace flattened. */
function facts(release: Release) {
  return release.versions.map((v) => ({
    lang: v.lang,
    date: v.date?.iso ?? null,
    headline: flat(v.headline?.text),
    dateline: v.dateline?.place ?? null,
    contacts: v.contacts.map((c) => [c.name, c.phone, c.email]),
    quotes: v.quotes.map((q) => [flat(q.text)?.slice(0, 30), q.speaker?.name ?? null]),
    endMark: v.endMark?.text ?? null,
    boilerplates: v.boilerplates.map((b) => b.organization),
    kinds: v.blocks.map((b) => b.kind).join(' '),
  }))
}

const cases = existsSync(fixtures)
  ? readdirSync(fixtures).filter((d) => existsSync(join(fixtures, d, 'en.txt')))
  : []

describe('one release in every format', () => {
  it('has fixtures to read', () => assert.ok(cases.length >= 4))
  for (const name of cases) {
    it(`reads ${name} alike from text, Markdown, HTML and DOCX`, async () => {
      const text = readFileSync(join(fixtures, name, 'en.txt'), 'utf8').replace(/\r\n?/g, '\n')
      const read = async (bytes: Uint8Array, file: string) =>
        parseRelease([await readSource(bytes, file)], { langs: ['en'] })
      const plain = await read(encode(text), 'en.txt')
      const expected = facts(plain)
      // The page's menu, script and Share button are dropped: nothing else differs.
      assert.deepEqual(facts(await read(encode(toHtml(text)), 'en.html')), expected, 'HTML')
      assert.deepEqual(facts(await read(await toDocx(text), 'en.docx')), expected, 'DOCX')
      assert.deepEqual(
        facts(await read(encode(toMarkdown(text, plain)), 'en.md')),
        expected,
        'Markdown',
      )
    })
  }
})
