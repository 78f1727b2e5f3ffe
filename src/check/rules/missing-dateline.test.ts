import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingDateline } from './missing-dateline.js'

testRule(missingDateline, { describe, it })
