import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingBoilerplate } from './missing-boilerplate.js'

testRule(missingBoilerplate, { describe, it })
