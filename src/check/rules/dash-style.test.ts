import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { dashStyle } from './dash-style.js'

testRule(
  dashStyle,
  { describe, it },
  {
    valid: [
      {
        name: 'hyphenated words are not dashes',
        text: 'CHICAGO – The Biden-Harris administration — and its allies — met long-term partners.',
        langs: ['en'],
      },
    ],
    invalid: [
      {
        name: 'a spaced hyphen among en dashes',
        text: 'CHICAGO – The coalition – forty groups – grew. Its members - all volunteers – met.',
        langs: ['en'],
        messages: [{ messageId: 'mixed', actual: ' - ' }],
      },
    ],
  },
)
