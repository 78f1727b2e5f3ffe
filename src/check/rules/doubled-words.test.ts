import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { doubledWords } from './doubled-words.js'

testRule(
  doubledWords,
  { describe, it },
  {
    valid: [
      {
        name: 'a place name',
        text: 'CHICAGO – The group met in Walla Walla today.',
        langs: ['en'],
      },
      {
        name: 'that that',
        text: 'CHICAGO – We know that that decision hurts families.',
        langs: ['en'],
      },
      {
        name: 'different words',
        text: 'CHICAGO – La red de la coalición se reunió hoy.',
        langs: ['es'],
      },
    ],
    invalid: [
      {
        name: 'across a line break',
        text: 'CHICAGO – The group welcomed the\nthe decision today.',
        langs: ['en'],
        messages: [{ messageId: 'doubled' }],
        output: 'CHICAGO – The group welcomed the decision today.',
      },
      {
        name: 'case differs',
        text: 'CHICAGO – Que que la ley se cumpla, pidieron.',
        langs: ['es'],
        messages: [{ messageId: 'doubled', actual: 'Que que' }],
        output: 'CHICAGO – Que la ley se cumpla, pidieron.',
      },
    ],
  },
)
