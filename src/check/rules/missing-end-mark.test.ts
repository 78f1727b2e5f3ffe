import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingEndMark } from './missing-end-mark.js'

testRule(missingEndMark, { describe, it })
