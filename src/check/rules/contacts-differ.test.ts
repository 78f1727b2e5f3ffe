import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { contactsDiffer } from './contacts-differ.js'

testRule(contactsDiffer, { describe, it })
