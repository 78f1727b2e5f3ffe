import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { unmatchedSentence } from './unmatched-sentence.js'

testRule(unmatchedSentence, { describe, it })
