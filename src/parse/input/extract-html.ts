/**
 * HTML → text: parses with parse5 (the WHATWG algorithm browsers use, never regular expressions)
 * and walks the tree the way a reader sees the page. Dangerous and invisible parts are dropped
 * (head, script, style, noscript, template, iframe, object, embed, svg, math, media, form
 * controls, `hidden` / `aria-hidden` / `display:none` elements, menus (`nav`, `role=navigation`)
 * and screen-reader-only text); block elements become paragraphs
 * separated by a blank line, `<br>` a line break, table cells are joined with ` | ` like the
 * "Name | phone | e-mail" contact lines of plain-text releases; inline elements stay inline,
 * entities are decoded and HTML whitespace (space, tab, LF, FF, CR — not the non-breaking space)
 * collapses; an address hidden by Cloudflare's e-mail protection is shown as the page's script
 * shows it. Offsets into the result map back to the HTML through {@link HtmlText.map}.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5'

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

/** Text extracted from HTML and where each run of it came from. */
export interface HtmlText {
  /** The readable text; paragraphs are separated by a blank line. */
  text: string
  /**
   * Runs of `text` and the HTML ranges they were read from, flattened as
   * `[textStart, textEnd, htmlStart, htmlEnd, …]` in text order (see `htmlOffset`).
   */
  map: number[]
}

// biome-ignore format: a tag list reads better packed
const dropped = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'picture', 'source', 'track',
  'img', 'map', 'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea',
  'output', 'meter', 'progress', 'dialog',
])

// biome-ignore format: a tag list reads better packed
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
])

const htmlWhitespace = /[ \t\n\f\r]+/g

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value
}

/** Whether an element is invisible to a reader and must not reach the text. */
function isHidden(element: Element): boolean {
  if (dropped.has(element.tagName)) return true
  if (attribute(element, 'hidden') !== undefined) return true
  if (attribute(element, 'aria-hidden') === 'true') return true
  // Menus and screen-reader-only text ("Skip to content") are page furniture, never release text.
  if (element.tagName === 'nav' || attribute(element, 'role') === 'navigation') return true
  const classes = attribute(element, 'class')
  if (
    classes &&
    /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|skip-link)(?:\s|$)/.test(classes)
  )
    return true
  const style = attribute(element, 'style')
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

/**
 * The address behind Cloudflare's e-mail protection, which replaces an address in the page by
 * "[email protected]" and a `data-cfemail` (or `/cdn-cgi/l/email-protection#…` link) holding it
 * XOR-encoded; the page's script shows the address to every visitor, so the reader shows it too.
 * Null when the element carries none or it does not decode to an address.
 */
export function protectedEmail(element: Element): string | null {
  const href = attribute(element, 'href') ?? ''
  const hash = href.startsWith('/cdn-cgi/l/email-protection#')
    ? href.slice(href.indexOf('#') + 1)
    : ''
  const encoded = attribute(element, 'data-cfemail') ?? hash
  if (encoded === '' || encoded.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(encoded)) return null
  const key = Number.parseInt(encoded.slice(0, 2), 16)
  let address = ''
  for (let i = 2; i < encoded.length; i += 2)
    address += String.fromCharCode(Number.parseInt(encoded.slice(i, i + 2), 16) ^ key)
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address) ? address : null
}

/** Extracts the readable text of an HTML document or fragment. */
export function extractHtmlText(html: string): HtmlText {
  const document = parse(html, { sourceCodeLocationInfo: true })
  const parts: string[] = []
  const map: number[] = []
  let length = 0
  let pendingBreak = 0 // newlines owed before the next text: 1 line break, 2 paragraph
  let pendingSpace = false
  let pendingCell = false
  let lastChar = ''

  const emit = (value: string, from: number, to: number): void => {
    if (value === '') return
    let lead = ''
    if (length > 0) {
      if (pendingBreak > 0) lead = pendingBreak > 1 ? '\n\n' : '\n'
      else if (pendingCell) lead = ' | '
      else if (pendingSpace && lastChar !== '\n' && lastChar !== ' ') lead = ' '
    }
    pendingBreak = 0
    pendingSpace = false
    pendingCell = false
    parts.push(lead, value)
    length += lead.length
    map.push(length, length + value.length, from, to)
    length += value.length
    lastChar = value[value.length - 1] ?? ''
  }
  const breakBlock = (): void => {
    pendingBreak = 2
    pendingSpace = false
    pendingCell = false
  }

  const text = (value: string, from: number, to: number, pre: boolean): void => {
    if (pre) {
      emit(value, from, to)
      return
    }
    const collapsed = value.replace(htmlWhitespace, ' ')
    if (collapsed.startsWith(' ')) pendingSpace = true
    // Trim HTML whitespace only: a non-breaking space at either end is content.
    const trimmed = collapsed.replace(/^ | $/g, '')
    // Leading and trailing whitespace is literal in the HTML too: skip it in the map.
    const lead = value.length - value.replace(/^[ \t\n\f\r]+/, '').length
    const tail = value.length - value.replace(/[ \t\n\f\r]+$/, '').length
    if (trimmed !== '') emit(trimmed, Math.min(from + lead, to), Math.max(from, to - tail))
    if (collapsed.length > 1 && collapsed.endsWith(' ')) pendingSpace = true
  }

  // An explicit stack rather than recursion: deeply nested markup must not overflow the call stack.
  type Frame = { node: Node; pre: boolean } | { exit: string }
  const stack: Frame[] = [{ node: document, pre: false }]
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if ('exit' in frame) {
      if (blocks.has(frame.exit)) breakBlock()
      else pendingCell = pendingBreak === 0
      continue
    }
    const { node, pre } = frame
    if (node.nodeName === '#text' && 'value' in node) {
      const from = node.sourceCodeLocation?.startOffset ?? 0
      text(node.value, from, node.sourceCodeLocation?.endOffset ?? from, pre)
      continue
    }
    if (!('childNodes' in node)) continue
    let childPre = pre
    if ('tagName' in node) {
      if (isHidden(node)) continue
      const tag = node.tagName
      if (tag === 'br') {
        if (length > 0) pendingBreak = Math.min(2, pendingBreak + 1)
        continue
      }
      const address = protectedEmail(node)
      if (address !== null) {
        const from = node.sourceCodeLocation?.startOffset ?? 0
        text(address, from, node.sourceCodeLocation?.endOffset ?? from, false)
        continue
      }
      const cell = tag === 'td' || tag === 'th'
      if (blocks.has(tag)) breakBlock()
      else if (cell && length > 0 && pendingBreak === 0) pendingCell = true
      if (blocks.has(tag) || cell) stack.push({ exit: tag })
      childPre = pre || tag === 'pre' || tag === 'listing'
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i]
      if (child) stack.push({ node: child, pre: childPre })
    }
  }
  return { text: parts.join(''), map }
}
