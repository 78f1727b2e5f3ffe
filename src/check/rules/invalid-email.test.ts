import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { invalidEmail } from './invalid-email.js'

testRule(invalidEmail, { describe, it })
