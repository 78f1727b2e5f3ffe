import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { InputError } from './input-error.js'
import { docxToHtml } from './read-docx.js'
import { readSource } from './read-source.js'

/** A DOCX made in memory; no binary fixture is committed. */
async function makeDocx(paragraphs: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: paragraphs }] })
  return new Uint8Array(await Packer.toBuffer(document))
}

describe('DOCX input', () => {
  it('reads headings and paragraphs as paragraphs, keeping smart quotes and NBSP', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'FOR IMMEDIATE RELEASE', alignment: AlignmentType.CENTER }),
      new Paragraph({ text: 'Coalition welcomes the ruling', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun('CHICAGO\u00a0– “We won,” said '),
          new TextRun({ text: 'Ana Pérez', bold: true }),
          new TextRun('.'),
        ],
      }),
      new Paragraph({ text: '###' }),
    ])
    const source = await readSource(bytes, 'release.docx')
    assert.equal(source.format, 'docx')
    assert.equal(
      source.text,
      'FOR IMMEDIATE RELEASE\n\nCoalition welcomes the ruling\n\nCHICAGO\u00a0– “We won,” said Ana Pérez.\n\n###',
    )
  })

  it('sniffs a DOCX on standard input', async () => {
    const bytes = await makeDocx([new Paragraph({ text: 'Hola' })])
    assert.equal((await readSource(bytes, '-')).text, 'Hola')
  })

  it('refuses a DOCX with no text', async () => {
    const bytes = await makeDocx([new Paragraph({ text: '' })])
    await assert.rejects(readSource(bytes, 'e.docx'), { name: 'InputError', reason: 'empty' })
  })

  it('refuses a truncated DOCX as unreadable', async () => {
    const bytes = (await makeDocx([new Paragraph({ text: 'Hola' })])).subarray(0, 200)
    await assert.rejects(docxToHtml(bytes, 'cut.docx'), (error: unknown) => {
      assert.ok(error instanceof InputError)
      assert.equal(error.reason, 'corrupt-docx')
      assert.match(error.describe(), /^cut\.docx: unreadable DOCX \(/)
      return true
    })
  })

  it('refuses a legacy .doc renamed .docx, and bytes that are not a ZIP', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await assert.rejects(readSource(ole, 'old.docx'), /legacy Word \.doc/)
    await assert.rejects(readSource(new TextEncoder().encode('hi'), 'x.docx'), /not a ZIP/)
  })
})
