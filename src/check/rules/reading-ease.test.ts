import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { readingEase } from './reading-ease.js'

testRule(readingEase, { describe, it })
