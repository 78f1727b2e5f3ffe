import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { longSentence } from './long-sentence.js'

testRule(longSentence, { describe, it })
