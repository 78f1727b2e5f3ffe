import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { headlineTooLong } from './headline-too-long.js'

testRule(headlineTooLong, { describe, it })
