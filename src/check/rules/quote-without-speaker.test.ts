import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { quoteWithoutSpeaker } from './quote-without-speaker.js'

testRule(quoteWithoutSpeaker, { describe, it })
