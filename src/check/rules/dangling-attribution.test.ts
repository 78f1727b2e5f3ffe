import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { danglingAttribution } from './dangling-attribution.js'

testRule(danglingAttribution, { describe, it })
