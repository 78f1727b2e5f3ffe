import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { quoteStyle } from './quote-style.js'

testRule(quoteStyle, { describe, it })
