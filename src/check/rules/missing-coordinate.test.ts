import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingCoordinate } from './missing-coordinate.js'

testRule(missingCoordinate, { describe, it })
