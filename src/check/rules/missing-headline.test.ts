import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingHeadline } from './missing-headline.js'

testRule(missingHeadline, { describe, it })
