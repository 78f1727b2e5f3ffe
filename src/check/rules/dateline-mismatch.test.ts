import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { datelineMismatch } from './dateline-mismatch.js'

testRule(datelineMismatch, { describe, it })
