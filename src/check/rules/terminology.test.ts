import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { terminology } from './terminology.js'

testRule(terminology, { describe, it })
