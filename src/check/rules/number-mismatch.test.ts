import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { numberMismatch } from './number-mismatch.js'

testRule(numberMismatch, { describe, it })
