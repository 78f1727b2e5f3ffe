import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { termVariants } from './term-variants.js'

testRule(termVariants, { describe, it })
