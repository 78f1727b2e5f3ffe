import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  escapeHtml,
  html,
  joinHtml,
  rawHtml,
  SafeHtml,
  stripForbiddenChars,
} from './html-template.js'

describe('html template', () => {
  it('escapes every interpolated value', () => {
    const value = `<script>alert("x")</script> & 'y'`
    assert.equal(
      html`<p title="${value}">${value}</p>`.value,
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    )
  })

  it('keeps nested templates and raw markup as they are, and joins arrays', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`)
    assert.equal(html`<ul>${items}</ul>`.value, '<ul><li>a&lt;b</li><li>c</li></ul>')
    assert.equal(html`${rawHtml('<hr>')}`.value, '<hr>')
    assert.ok(html`x` instanceof SafeHtml)
  })

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    assert.equal(html`[${null}${undefined}${false}${0}${''}]`.value, '[0]')
  })

  it('removes characters HTML and XML forbid, keeping tabs, newlines and emoji', () => {
    const cases: [string, string][] = [
      ['a\u0007b\u0000c', 'abc'],
      ['tab\there\nline', 'tab\there\nline'],
      ['lone \uD800 surrogate', 'lone  surrogate'],
      ['emoji 🎉 ok', 'emoji 🎉 ok'],
      ['\uFFFEx', 'x'],
    ]
    for (const [input, expected] of cases) assert.equal(stripForbiddenChars(input), expected)
    assert.equal(escapeHtml('a\u0008<'), 'a&lt;')
  })

  it('joins fragments with an escaped separator', () => {
    assert.equal(joinHtml([html`<b>1</b>`, '2&'], ' & ').value, '<b>1</b> &amp; 2&amp;')
  })
})
