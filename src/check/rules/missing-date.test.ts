import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingDate } from './missing-date.js'

testRule(missingDate, { describe, it })
