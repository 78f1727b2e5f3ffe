/**
 * The registered rules: a plain list, one import per rule file. Add a rule by importing it and
 * appending it to `rules` (keep the list sorted by id).
 */
import type { AnyRule } from '../rule.js'

/** Every rule Comunicado knows, in id order. */
export const rules: readonly AnyRule[] = []
