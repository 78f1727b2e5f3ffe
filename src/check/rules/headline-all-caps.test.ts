import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { headlineAllCaps } from './headline-all-caps.js'

testRule(headlineAllCaps, { describe, it })
