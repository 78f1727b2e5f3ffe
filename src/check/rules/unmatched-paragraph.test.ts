import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { unmatchedParagraph } from './unmatched-paragraph.js'

testRule(unmatchedParagraph, { describe, it })
