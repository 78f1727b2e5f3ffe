import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingMediaContact } from './missing-media-contact.js'

testRule(missingMediaContact, { describe, it })
