import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { quoteMismatch } from './quote-mismatch.js'

testRule(quoteMismatch, { describe, it })
