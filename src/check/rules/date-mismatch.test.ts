import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { dateMismatch } from './date-mismatch.js'

testRule(dateMismatch, { describe, it })
