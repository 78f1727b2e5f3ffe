import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingSubject } from './missing-subject.js'

testRule(missingSubject, { describe, it })
