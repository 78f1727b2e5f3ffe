import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { nameMismatch } from './name-mismatch.js'

testRule(nameMismatch, { describe, it })
