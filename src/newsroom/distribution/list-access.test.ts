import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Actor } from '../access.js'
import type { NewsroomError } from '../newsroom-error.js'
import {
  assertCanChangeLists,
  assertCanReadLists,
  canChangeLists,
  canReadLists,
} from './list-access.js'

const actor = (
  role: 'admin' | 'editor' | 'spokesperson' | 'viewer',
  coalitionId = 'c1',
): Actor => ({
  userId: `u-${role}`,
  name: role,
  memberships: [{ userId: `u-${role}`, organizationId: 'o1', coalitionId, role }],
})

describe('list access', () => {
  it('lets every member of the coalition read, and only editors and admins change', () => {
    for (const role of ['admin', 'editor', 'spokesperson', 'viewer'] as const) {
      assert.equal(canReadLists(actor(role), 'c1'), true, role)
      assert.equal(canChangeLists(actor(role), 'c1'), role === 'admin' || role === 'editor', role)
      assert.equal(canReadLists(actor(role), 'c2'), false, role)
      assert.equal(canChangeLists(actor(role), 'c2'), false, role)
    }
    assert.equal(canChangeLists({ label: 'command line' }, 'c1'), true)
    assert.equal(canReadLists(null, 'c1'), false)
  })

  it('refuses with the code the server turns into 401 or 403', () => {
    assert.throws(
      () => assertCanReadLists(null, 'c1'),
      (e: NewsroomError) => e.code === 'unauthenticated',
    )
    assert.throws(
      () => assertCanReadLists(actor('editor', 'c2'), 'c1'),
      (e: NewsroomError) => e.code === 'forbidden',
    )
    assert.throws(
      () => assertCanChangeLists(actor('viewer'), 'c1'),
      (e: NewsroomError) => e.code === 'forbidden',
    )
    assert.doesNotThrow(() => assertCanChangeLists(actor('editor'), 'c1'))
  })
})
