import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { dateMismatch } from './date-mismatch.js'

// A page that repeats its header: the first copy's date line has no counterpart to align with.
const repeatedHeader = (text: string) => `${text.split('\n\n').slice(0, 2).join('\n\n')}\n\n${text}`

testRule(
  dateMismatch,
  { describe, it },
  {
    valid: [
      {
        name: 'a repeated header with the same date',
        files: pair(repeatedHeader(enRelease), esRelease),
      },
    ],
    invalid: [
      {
        name: 'the release dates differ where the date line is not aligned',
        files: pair(
          repeatedHeader(enRelease).replace('March 15, 2024', 'March 17, 2024'),
          esRelease,
        ),
        messages: [{ messageId: 'differs', lang: 'es', actual: '15 de marzo de 2024' }],
      },
    ],
  },
)
