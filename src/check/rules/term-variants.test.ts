import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { termVariants } from './term-variants.js'

testRule(
  termVariants,
  { describe, it },
  {
    valid: [
      {
        name: 'US inside an all-caps headline is not counted',
        text: 'JOIN US FOR THE RALLY\n\nCHICAGO – The U.S. Senate voted today on the bill.',
        langs: ['en'],
      },
      {
        name: 'e-mail in English and Spanish counted per version',
        files: [
          {
            file: 'en.txt',
            text: 'CHICAGO – Send an e-mail to the senator today, the coalition said.',
          },
          { file: 'es.txt', text: 'CHICAGO – Envíe un email al senador hoy, dijo la coalición.' },
        ],
        langs: ['en', 'es'],
      },
    ],
    invalid: [
      {
        name: 'email and e-mail in one text',
        text: 'CHICAGO – Send an email today. Send another email tomorrow. An e-mail helps.',
        langs: ['en'],
        messages: [{ messageId: 'variant', actual: 'e-mail' }],
      },
    ],
  },
)
