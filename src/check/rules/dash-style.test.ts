import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { dashStyle } from './dash-style.js'

testRule(dashStyle, { describe, it })
