/**
 * Export of a release's current content, every language version in order: wire-copy text, a
 * standalone HTML document (each version in an `<article lang>`), and a DOCX document (one
 * section per language) made with the `docx` package.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import {
  type Article,
  articleOfText,
  escapeHtml,
  html,
  paragraphText,
  renderArticleHtml,
  renderWireText,
} from '../render/index.js'
import type { RevisionContent } from '../store/index.js'

/** The formats a release exports to. */
export const exportFormats = ['text', 'html', 'docx'] as const
/** One of {@link exportFormats}. */
export type ExportFormat = (typeof exportFormats)[number]

const htmlWords: Record<string, { about: string; aboutUnnamed: string; contacts: string }> = {
  en: { about: 'About', aboutUnnamed: 'About the organizations', contacts: 'Media contacts' },
  es: {
    about: 'Acerca de',
    aboutUnnamed: 'Acerca de las organizaciones',
    contacts: 'Contactos de prensa',
  },
}

function articles(content: RevisionContent): Article[] {
  return content.versions.filter((v) => v.text.trim()).map((v) => articleOfText(v.lang, v.text))
}

/** Every version as wire copy, separated by a blank line. */
export function exportText(content: RevisionContent): string {
  return articles(content)
    .map((a) => renderWireText(a))
    .join('\n\n')
}

/** A standalone HTML document with every version. */
export function exportHtml(content: RevisionContent): string {
  const list = articles(content)
  const title =
    list
      .map((a) => a.headline)
      .filter(Boolean)
      .join(' / ') || 'Release'
  const body = list.map((a) =>
    renderArticleHtml(a, htmlWords[a.lang.split('-')[0] ?? 'en'] ?? (htmlWords.en as never)),
  )
  return html`<!doctype html>
<html lang="${list[0]?.lang ?? 'en'}">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:Georgia,serif;max-width:42rem;margin:2rem auto;line-height:1.5}article+article{border-top:1px solid #999;margin-top:3rem;padding-top:2rem}</style>
</head>
<body>
${body}
</body>
</html>
`.toString()
}

/** A DOCX document with one section per version. */
export async function exportDocx(content: RevisionContent): Promise<Uint8Array> {
  const sections = articles(content).map((a) => {
    const children: Paragraph[] = []
    const line = (text: string, options: { bold?: boolean; center?: boolean } = {}) =>
      new Paragraph({
        children: [new TextRun({ text, bold: options.bold ?? false })],
        ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
      })
    if (a.releaseLine) children.push(line(a.releaseLine, { bold: true }))
    if (a.date) children.push(line(a.date.text))
    for (const c of a.contacts)
      children.push(
        line([c.name, c.title, c.organization, c.phone, c.email].filter(Boolean).join(' | ')),
      )
    for (const note of a.contactNotes) children.push(line(note))
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(a.headline)] }),
    )
    if (a.subheadline)
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(a.subheadline)] }),
      )
    for (const p of a.paragraphs) children.push(line(paragraphText(p)))
    if (a.endMark) children.push(line(a.endMark, { center: true }))
    for (const b of a.boilerplates) children.push(line(b.text))
    return { properties: {}, children }
  })
  const doc = new Document({
    creator: 'Comunicado',
    sections: sections.length ? sections : [{ children: [] }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/** The content type and file name ending of each format. */
export const exportMedia: Record<ExportFormat, { type: string; ext: string }> = {
  text: { type: 'text/plain; charset=utf-8', ext: 'txt' },
  html: { type: 'text/html; charset=utf-8', ext: 'html' },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
  },
}

/** Escapes a file name for a Content-Disposition header. */
export function attachmentName(slug: string, format: ExportFormat): string {
  return `${escapeHtml(slug).replace(/[^a-z0-9-]/gi, '-')}.${exportMedia[format].ext}`
}
