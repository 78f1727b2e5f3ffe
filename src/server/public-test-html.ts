/**
 * Test support: reads served HTML with parse5 (the HTML parser browsers follow) and XML with
 * fast-xml-parser's strict validator, so page and feed tests check structure, not substrings.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse } from 'parse5'

/** A parsed element (parse5's default tree). */
export interface El {
  nodeName: string
  tagName?: string
  attrs?: { name: string; value: string }[]
  childNodes?: El[]
  value?: string
}

/** Parses a document. */
export function parseHtml(text: string): El {
  return parse(text) as unknown as El
}

/** Every element below `root` matching `test`, in document order. */
export function findAll(root: El, test: (el: El) => boolean): El[] {
  const out: El[] = []
  const walk = (node: El) => {
    if (node.tagName && test(node)) out.push(node)
    for (const child of node.childNodes ?? []) walk(child)
    const content = (node as { content?: El }).content
    if (content) walk(content)
  }
  walk(root)
  return out
}

/** The value of an attribute, or undefined. */
export function attr(el: El | undefined, name: string): string | undefined {
  return el?.attrs?.find((a) => a.name === name)?.value
}

/** The text content of an element. */
export function textOf(el: El | undefined): string {
  if (!el) return ''
  if (el.nodeName === '#text') return el.value ?? ''
  return (el.childNodes ?? []).map(textOf).join('')
}

/** Elements by tag name. */
export function byTag(root: El, tag: string): El[] {
  return findAll(root, (el) => el.tagName === tag)
}

/** `<meta property=…>` content by property. */
export function metaProperty(root: El, property: string): string[] {
  return byTag(root, 'meta')
    .filter((m) => attr(m, 'property') === property)
    .map((m) => attr(m, 'content') ?? '')
}

/** `<link rel="alternate" hreflang>` pairs of a page. */
export function hreflangs(root: El): { lang: string; url: string }[] {
  return byTag(root, 'link')
    .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'))
    .map((l) => ({ lang: attr(l, 'hreflang') ?? '', url: attr(l, 'href') ?? '' }))
}

/**
 * Throws unless `text` is well-formed XML; returns it parsed (attributes prefixed with @). The
 * validator checks nesting, attributes and bare ampersands; the checks it leaves out (characters
 * XML forbids, undefined entities, `]]>` in text, one root element) are made here.
 */
// biome-ignore lint/suspicious/noExplicitAny: parsed documents of any shape, read by tests
export function parseXml(text: string): Record<string, any> {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text))
    throw new Error('not well-formed XML: a character XML forbids')
  const outsideCdata = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
  if (outsideCdata.includes(']]>')) throw new Error('not well-formed XML: ]]> outside CDATA')
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(outsideCdata)
  if (entity) throw new Error(`not well-formed XML: undefined entity at ${entity.index}`)
  const roots = outsideCdata
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '')
    .match(/<[A-Za-z][^>]*>/g)
  if (!roots) throw new Error('not well-formed XML: no root element')
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['item', 'entry', 'url', 'xhtml:link', 'link', 'author'].includes(name),
    // biome-ignore lint/suspicious/noExplicitAny: parsed documents of any shape, read by tests
  }).parse(text) as Record<string, any>
  const top = Object.keys(parsed).filter((k) => k !== '?xml' && k !== '?xml-stylesheet')
  if (top.length !== 1) throw new Error(`not well-formed XML: ${top.length} root elements`)
  return parsed
}
