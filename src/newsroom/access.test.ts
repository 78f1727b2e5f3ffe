import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Role } from '../store/index.js'
import {
  type Actor,
  canCreateRelease,
  canEditRelease,
  canInvite,
  canReadRelease,
} from './access.js'

function actor(role: Role, organizationId = 'org-a', coalitionId = 'c1'): Actor {
  return {
    userId: 'u',
    name: 'U',
    memberships: [{ userId: 'u', organizationId, coalitionId, role }],
  }
}

const draft = { coalitionId: 'c1', status: 'draft', organizationIds: ['org-a', 'org-b'] }
const published = { ...draft, status: 'published' }

describe('access matrix', () => {
  const cases: [string, Actor | null, boolean, boolean][] = [
    // who, actor, may read the draft, may edit the draft
    ['an admin of a co-issuer', actor('admin'), true, true],
    ['an editor of the other co-issuer', actor('editor', 'org-b'), true, true],
    ['a spokesperson of a co-issuer', actor('spokesperson'), true, false],
    ['a viewer of a co-issuer', actor('viewer'), true, false],
    [
      'an editor of a coalition member that is not a co-issuer',
      actor('editor', 'org-c'),
      false,
      false,
    ],
    ['an admin of another coalition', actor('admin', 'org-x', 'c2'), false, false],
    ['nobody signed in', null, false, false],
  ]
  for (const [who, a, read, edit] of cases) {
    it(`${who}: read ${read}, edit ${edit}`, () => {
      assert.equal(canReadRelease(a, draft), read)
      assert.equal(canEditRelease(a, draft), edit)
    })
  }

  it('lets anyone read a published release but only co-issuers edit it', () => {
    assert.equal(canReadRelease(null, published), true)
    assert.equal(canEditRelease(null, published), false)
  })

  it('lets editors, not viewers, create releases for their own organization', () => {
    assert.equal(canCreateRelease(actor('editor'), 'c1', 'org-a'), true)
    assert.equal(canCreateRelease(actor('viewer'), 'c1', 'org-a'), false)
    assert.equal(canCreateRelease(actor('editor'), 'c1', 'org-b'), false)
    assert.equal(canCreateRelease(actor('admin', 'org-a', 'c2'), 'c1', 'org-a'), false)
  })

  it('keeps invitations to admins', () => {
    assert.equal(canInvite(actor('admin'), 'org-a'), true)
    assert.equal(canInvite(actor('editor'), 'org-a'), false)
  })
})
