import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { refusalMessage, refusalSentence } from './refusal-message.js'
import { translator, type UiLang } from './ui-strings.js'

const ctx = (lang: UiLang) => ({ lang, t: translator(lang) })

const gate = {
  id: 'conflict',
  message:
    'the release cannot be published yet: the quote of Oscar Chacon (q1) is not approved; Presente.org has not signed off the current text',
  details: {
    reason: 'publish-approvals-missing',
    missing: ['…'],
    approvals: [
      { kind: 'quote', key: 'q1', speaker: 'Oscar Chacon', status: 'none' },
      { kind: 'signoff', organizationId: 'o2', organization: 'Presente.org' },
    ],
  },
}

describe('refusalSentence', () => {
  it('names the missing approvals of the publish gate in the page’s language', () => {
    assert.equal(
      refusalSentence(ctx('es'), gate),
      'El comunicado aún no se puede publicar. La cita de Oscar Chacon no está aprobada; Presente.org no ha dado su visto bueno al texto actual.',
    )
    assert.equal(
      refusalSentence(ctx('en'), gate),
      'The release cannot be published yet. The quote of Oscar Chacon is not approved; Presente.org has not signed off the current text.',
    )
  })

  it('says each state of a missing quote, and an unnamed speaker by its key', () => {
    const list = (approvals: unknown[]) =>
      refusalSentence(ctx('es'), { ...gate, details: { ...gate.details, approvals } })
    assert.match(
      list([{ kind: 'quote', key: 'q2', speaker: 'Ana', status: 'changes-requested' }]),
      /Ana pidió cambios en su cita\.$/,
    )
    assert.match(
      list([{ kind: 'quote', key: 'q3', speaker: null, status: 'requested' }]),
      /La cita de una persona sin nombre \(q3\) aún espera su aprobación\.$/,
    )
  })

  it('frames a conflict and an invalid input, and names statuses and languages in Spanish', () => {
    assert.equal(
      refusalSentence(ctx('es'), {
        id: 'conflict',
        message: 'a release cannot go from draft to published',
        details: { reason: 'release-status-step', from: 'draft', to: 'published' },
      }),
      'Eso no se pudo hacer ahora: un comunicado no puede pasar de «borrador» a «publicado»',
    )
    assert.equal(
      refusalSentence(ctx('es'), {
        id: 'invalid',
        message: 'the es version has no text',
        details: { reason: 'release-version-no-text', lang: 'es' },
      }),
      'Eso no se aceptó: la versión en español no tiene texto',
    )
    assert.equal(
      refusalSentence(ctx('es'), {
        id: 'conflict',
        message: 'the release changed since you loaded it',
        details: { reason: 'release-stale', currentRevision: 4 },
      }),
      'Eso no se pudo hacer ahora: el comunicado cambió desde que lo cargó (ahora es la revisión 4); vuelva a leerlo',
    )
  })

  it('says a forbidden step as a sentence of its own', () => {
    assert.equal(
      refusalSentence(ctx('es'), {
        id: 'forbidden',
        message: 'only an admin of a co-issuing organization can publish without every approval',
        details: { reason: 'override-admin-only' },
      }),
      'Solo un administrador de una organización coemisora puede publicar sin todas las aprobaciones.',
    )
  })

  it('falls back to the generic sentence without a known reason', () => {
    const plain = { id: 'invalid', message: 'something odd' }
    assert.equal(refusalSentence(ctx('es'), plain), 'Eso no se aceptó: something odd')
    assert.equal(
      refusalSentence(ctx('es'), { ...plain, details: { reason: 'no-such-reason' } }),
      refusalMessage(translator('es'), 'invalid', 'something odd'),
    )
  })
})
