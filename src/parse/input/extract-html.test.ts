import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { extractHtmlText } from './extract-html.js'
import { htmlOffset } from './html-offset.js'

const text = (html: string): string => extractHtmlText(html).text

describe('extractHtmlText', () => {
  it('renders block elements as paragraphs and inline elements inline', () => {
    const html = '<h1>Headline</h1><p>CHICAGO – said <b>Oscar</b> <i>Chacon</i>.</p><div>Next</div>'
    assert.equal(text(html), 'Headline\n\nCHICAGO – said Oscar Chacon.\n\nNext')
  })

  it('drops head, scripts, styles, frames, embedded objects, SVG and form controls', () => {
    const html = `<html><head><title>T</title><style>p{}</style><script>x()</script></head><body>
      <p>Kept<script>alert(1)</script><noscript>no</noscript></p><iframe src="x">f</iframe>
      <object>o</object><svg><text>s</text></svg><template><p>t</p></template>
      <form><label>Name</label><input value="v"><button>Share</button><select><option>o</option></select></form>
      <p hidden>h</p><p aria-hidden="true">a</p><p style="display: none">d</p><img alt="photo"></body></html>`
    assert.equal(text(html), 'Kept\n\nName')
  })

  it('drops menus and screen-reader-only text', () => {
    const html = `<a class="skip-link screen-reader-text" href="#c">Skip to content</a>
      <nav><ul><li>About</li><li>Donate</li></ul></nav><div role="navigation">Menu</div>
      <p>Body <span class="sr-only">(opens in a new tab)</span>text</p>`
    assert.equal(text(html), 'Body text')
  })

  it('decodes entities and collapses HTML whitespace but keeps non-breaking spaces', () => {
    assert.equal(
      text('<p>AT&amp;T\n   &ldquo;said&rdquo;&nbsp;X&#8212;Y</p>'),
      'AT&T “said”\u00a0X—Y',
    )
  })

  it('turns <br> into a line break and two of them into a paragraph break', () => {
    assert.equal(text('<p>Ana<br>(443) 396-3317<br/>a@b.org</p>'), 'Ana\n(443) 396-3317\na@b.org')
    assert.equal(text('<p>one<br><br>two</p>'), 'one\n\ntwo')
  })

  it('reads list items and table rows as paragraphs, cells joined by pipes', () => {
    assert.equal(text('<ul><li>one</li><li>two</li></ul>'), 'one\n\ntwo')
    const table = '<table><tr><td>Ana</td><td>(443) 396-3317</td></tr><tr><th>B</th></tr></table>'
    assert.equal(text(table), 'Ana | (443) 396-3317\n\nB')
  })

  it('keeps the whitespace of <pre>', () => {
    assert.equal(text('<pre>a\n  b</pre>'), 'a\n  b')
  })

  it('shows an address hidden by Cloudflare e-mail protection, as the page’s script does', () => {
    const encode = (address: string, key = 0x5a) =>
      [key, ...[...address].map((c) => c.charCodeAt(0) ^ key)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')
    const code = encode('prensa@alianza.org')
    const span = `<p>Ana | <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${code}">[email&#160;protected]</a></p>`
    assert.equal(text(span), 'Ana | prensa@alianza.org')
    const link = `<p><a href="/cdn-cgi/l/email-protection#${encode('a@b.org', 7)}">[email&#160;protected]</a></p>`
    assert.equal(text(link), 'a@b.org')
    const broken = '<p><span data-cfemail="zz">[email&#160;protected]</span></p>'
    assert.equal(text(broken), '[email\u00a0protected]')
  })

  it('keeps the ### end mark and scraped e-mail debris as text', () => {
    const html = '<p>###</p><p><a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a></p>'
    assert.equal(text(html), '###\n\n[email\u00a0protected]')
  })

  it('reads a fragment without html or body', () => {
    assert.equal(text('Plain <em>words</em>'), 'Plain words')
  })

  it('maps offsets of the text back to the HTML', () => {
    const html = '<html><body>\n<h1>Title here</h1>\n<p>Said <b>Oscar</b> Chacon</p></body></html>'
    const { text: t, map } = extractHtmlText(html)
    for (const word of ['Title', 'here', 'Said', 'Oscar', 'Chacon']) {
      const at = htmlOffset(map, t.indexOf(word))
      assert.equal(html.slice(at, at + word.length), word)
    }
  })

  it('never throws and keeps its map in order and in bounds, whatever the input', () => {
    const unit = fc.constantFrom(
      '<p>',
      '</p>',
      '<br>',
      '<b>',
      '</b>',
      '<script>',
      '</script>',
      'a',
      ' ',
      '\n',
      '&amp;',
      '<',
      '>',
      '“',
      '<!--',
      '-->',
      '<table><tr><td>',
      '</td><td>',
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const html = parts.join('')
        const { text: t, map } = extractHtmlText(html)
        assert.equal(map.length % 4, 0)
        let last = 0
        for (let i = 0; i < map.length; i += 4) {
          const [ts = 0, te = 0, hs = 0, he = 0] = map.slice(i, i + 4)
          assert.ok(last <= ts && ts < te && te <= t.length)
          assert.ok(0 <= hs && hs <= he && he <= html.length)
          last = te
        }
        for (let o = 0; o <= t.length; o++) {
          const h = htmlOffset(map, o)
          assert.ok(h >= 0 && h <= html.length)
        }
      }),
    )
  })

  it('reads deeply nested markup without overflowing the stack', () => {
    assert.equal(text(`${'<div><span>'.repeat(20_000)}deep`), 'deep')
  })
})
