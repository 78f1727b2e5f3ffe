import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { unbalancedQuotes } from './unbalanced-quotes.js'

testRule(unbalancedQuotes, { describe, it })
