import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { invalidPhone } from './invalid-phone.js'

testRule(invalidPhone, { describe, it })
