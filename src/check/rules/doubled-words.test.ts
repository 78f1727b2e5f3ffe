import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { doubledWords } from './doubled-words.js'

testRule(doubledWords, { describe, it })
