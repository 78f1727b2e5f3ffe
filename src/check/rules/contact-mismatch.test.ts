import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { contactMismatch } from './contact-mismatch.js'

testRule(contactMismatch, { describe, it })
