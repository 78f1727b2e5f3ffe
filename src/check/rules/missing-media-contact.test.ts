import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { enRelease } from '../text/examples.js'
import { missingMediaContact } from './missing-media-contact.js'

testRule(
  missingMediaContact,
  { describe, it },
  {
    valid: [
      {
        name: 'a bare translation block is not asked to repeat the contacts',
        files: [
          { file: 'en.txt', text: enRelease },
          {
            file: 'es.txt',
            text: 'La Farm Worker Coalition celebró hoy la decisión de la legislatura estatal, que protege a las familias que trabajan la tierra.',
          },
        ],
      },
      {
        name: 'not reported when every version lacks it and the option says so',
        text: 'CHICAGO – The coalition welcomed the decision by the state legislature today.',
        langs: ['en'],
        options: { reportWhenAllLack: false },
      },
    ],
  },
)
