/**
 * Quote approval, co-issuer sign-off, the publish gate and spokesperson appearance (issue 7).
 * A release's quotes are read from its text and paired across languages (quote-pairs.ts); each is
 * linked to a person of the directory, who approves its exact words in every language through a
 * signed link. Approvals and sign-offs are bound to hashes of the words they saw, so their state
 * is computed on read: an edit voids them and the gate asks again. Appearance choices are applied
 * to every public rendering by {@link QuoteService.publicContent}.
 */
import { randomUUID } from 'node:crypto'
import {
  directoryRepository,
  type Organization,
  type Person,
  type RevisionContent,
  releaseRepository,
} from '../../store/index.js'
import {
  type QuoteAppearanceRow,
  type QuoteApprovalRow,
  quoteRepository,
} from '../../store/repositories/quote-repository.js'
import { type Actor, canEditRelease, hasRoleIn } from '../access.js'
import { isoNow } from '../clock.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { type MissingApproval, NewsroomError, refusal } from '../newsroom-error.js'
import { loadReleaseView, type ReleaseView } from '../release-service.js'
import { applyAppearances, type PersonAppearance } from './apply-appearance.js'
import { approvalMail } from './approval-mail.js'
import { matchPerson } from './match-person.js'
import { contentHash, quoteHash } from './quote-hash.js'
import { type QuotePair, type QuoteSide, readQuotePairs } from './quote-pairs.js'

/** An admin's decision to publish despite missing approvals, with the reason that is logged. */
export interface PublishOverride {
  reason: string
}

/** Where a quote's approval stands. */
export type ApprovalStatus = 'none' | 'requested' | 'approved' | 'changes-requested' | 'voided'

/** How a speaker appears in public. */
export interface AppearanceChoice {
  mode: 'full' | 'first' | 'description'
  descriptions: Record<string, string>
  showTitle: boolean
  showCity: boolean
  showPhoto: boolean
}

/** One quote of a release as the workspace shows it (unredacted: editors only). */
export interface QuoteState {
  key: string
  speakerName: string | null
  speakerOrganization: string | null
  sides: QuoteSide[]
  person: Person | null
  /** How the person was found: by name among the co-issuers' people, or set by an editor. */
  linkedBy: 'auto' | 'editor' | null
  status: ApprovalStatus
  /** The current request (answered or not), if any. */
  approval: QuoteApprovalRow | null
  appearance: (AppearanceChoice & { setBy: string; updatedAt: string }) | null
}

/** A co-issuing organization's sign-off state. */
export interface SignoffState {
  organizationId: string
  name: string
  /** Signed the current text. */
  signed: boolean
  signedAt: string | null
  /** Signed an earlier text, which has changed since. */
  stale: boolean
}

/** Everything the quotes page and the gate need to know about a release. */
export interface ReleaseApprovals {
  release: ReleaseView
  quotes: QuoteState[]
  signoffs: SignoffState[]
  contentHash: string
  /** What keeps the release from being published, one sentence each (empty: nothing). */
  missing: string[]
}

/** Why an approval link was refused. */
export type ApprovalLinkRefusal =
  | 'malformed'
  | 'forged'
  | 'wrong-purpose'
  | 'expired'
  | 'unknown'
  | 'superseded'
  | 'answered'
  | 'changed'

/** What an approval link shows: the quote now, in each language, in its paragraph. */
export interface ApprovalLinkView {
  approval: QuoteApprovalRow
  release: ReleaseView
  headline: string
  quote: QuoteState
}

/** The answer of {@link QuoteService.openLink}. */
export type ApprovalLinkCheck =
  | { ok: true; view: ApprovalLinkView }
  | { ok: false; reason: ApprovalLinkRefusal; approval?: QuoteApprovalRow }

const approvalPurpose = 'quote-approval'
/** How long an approval link works unless told otherwise: 14 days. */
export const approvalLinkTtlMs = 14 * 24 * 3600 * 1000
const modeRank = { full: 0, first: 1, description: 2 } as const

function hashesOf(sides: readonly QuoteSide[]): Record<string, string> {
  return Object.fromEntries(sides.map((s) => [s.lang, quoteHash(s.text)]))
}

function sameHashes(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort()
  const kb = Object.keys(b).sort()
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k])
}

function validAppearance(input: AppearanceChoice): AppearanceChoice {
  if (!['full', 'first', 'description'].includes(input.mode))
    throw refusal('invalid', 'appearance-mode', 'appearance must be full, first or description')
  const descriptions: Record<string, string> = {}
  for (const [lang, text] of Object.entries(input.descriptions ?? {})) {
    const clean = String(text).replace(/\s+/g, ' ').trim()
    if (clean.length > 200)
      throw refusal(
        'invalid',
        'appearance-description-long',
        `the ${lang} description is longer than 200 characters`,
        { lang, max: 200 },
      )
    if (clean) descriptions[lang] = clean
  }
  if (input.mode === 'description' && Object.keys(descriptions).length === 0)
    throw refusal(
      'invalid',
      'appearance-description-missing',
      'give the description in at least one language',
    )
  return {
    mode: input.mode,
    descriptions,
    showTitle: Boolean(input.showTitle),
    showCity: Boolean(input.showCity),
    showPhoto: Boolean(input.showPhoto),
  }
}

function firstHeadline(content: RevisionContent): string {
  for (const v of content.versions) {
    const line = v.text.split('\n').find((l) => l.trim().length > 20)
    if (line) return line.trim().slice(0, 160)
  }
  return ''
}

/** What keeps a release from publication, one sentence each. */
/** The approvals still missing, as the publish gate names them to the workspace. */
function missingApprovalsOf(
  quotes: readonly QuoteState[],
  signoffs: readonly SignoffState[],
): MissingApproval[] {
  return [
    ...quotes
      .filter((q) => q.status !== 'approved')
      .map(
        (q): MissingApproval => ({
          kind: 'quote',
          key: q.key,
          speaker: q.speakerName,
          status: q.status,
        }),
      ),
    ...signoffs
      .filter((s) => !s.signed)
      .map(
        (s): MissingApproval => ({
          kind: 'signoff',
          organizationId: s.organizationId,
          organization: s.name,
        }),
      ),
  ]
}

function missingOf(quotes: readonly QuoteState[], signoffs: readonly SignoffState[]): string[] {
  return [
    ...quotes
      .filter((q) => q.status !== 'approved')
      .map(
        (q) =>
          `the quote of ${q.speakerName ?? 'an unnamed speaker'} (${q.key}) is ${q.status === 'none' ? 'not approved' : q.status}`,
      ),
    ...signoffs
      .filter((s) => !s.signed)
      .map((s) => `${s.name} has not signed off the current text`),
  ]
}

/** Quote operations over the newsroom's dependencies. */
export function quoteService(deps: NewsroomDeps) {
  const repo = quoteRepository(deps.store.db)
  const releases = releaseRepository(deps.store.db)
  const directory = directoryRepository(deps.store.db)
  const now = () => isoNow(deps.clock)

  // Reading and aligning a release costs milliseconds; a revision's pairs never change.
  const pairCache = new Map<string, QuotePair[]>()
  function pairsOf(content: RevisionContent): QuotePair[] {
    const key = contentHash(content.versions)
    const known = pairCache.get(key)
    if (known) return known
    const pairs = readQuotePairs(content.versions)
    pairCache.set(key, pairs)
    if (pairCache.size > 200) {
      const oldest = pairCache.keys().next()
      if (!oldest.done) pairCache.delete(oldest.value)
    }
    return pairs
  }

  async function loadView(id: string): Promise<ReleaseView | undefined> {
    const row = await releases.get(id)
    return row ? loadReleaseView(deps.store.db, row) : undefined
  }

  /** The release, if `actor` may edit it (the unredacted identities are theirs only). */
  async function editable(actor: Actor | null, id: string): Promise<ReleaseView> {
    if (!actor) throw new NewsroomError('unauthenticated', 'sign in to see the quotes')
    const view = await loadView(id)
    if (!view || !hasRoleIn(actor, view.organizationIds, 'viewer'))
      throw refusal('not-found', 'release-not-found', `no release ${id}`)
    if (!canEditRelease(actor, view))
      throw refusal(
        'forbidden',
        'quotes-forbidden',
        'only editors of a co-issuing organization can see and change quote approvals',
      )
    return view
  }

  async function coIssuers(view: ReleaseView): Promise<Organization[]> {
    const orgs = await Promise.all(view.organizationIds.map((id) => directory.organization(id)))
    return orgs.filter((o): o is Organization => Boolean(o))
  }

  async function peopleOf(organizationIds: readonly string[]): Promise<Person[]> {
    return (await Promise.all(organizationIds.map((id) => directory.people(id)))).flat()
  }

  /**
   * The quotes, approvals and sign-offs of a release as they stand now. Approvals whose words
   * changed are marked voided here (once, with an audit entry): the state is computed on read.
   */
  async function stateOf(view: ReleaseView): Promise<ReleaseApprovals> {
    const pairs = pairsOf(view.content)
    const [links, approvals, appearances, signoffs, orgs] = await Promise.all([
      repo.links(view.id),
      repo.approvals(view.id),
      repo.appearances(view.id),
      repo.signoffs(view.id),
      coIssuers(view),
    ])
    const people = await peopleOf(view.organizationIds)
    const quotes: QuoteState[] = []
    for (const pair of pairs) {
      const linkedId = links.get(pair.key)
      let person: Person | null = null
      let linkedBy: QuoteState['linkedBy'] = null
      if (linkedId) {
        person = people.find((p) => p.id === linkedId) ?? (await directory.person(linkedId)) ?? null
        linkedBy = person ? 'editor' : null
      } else {
        person = matchPerson(
          pair.sides.map((s) => s.speaker?.name),
          people,
        )
        linkedBy = person ? 'auto' : null
      }
      const current = approvals.filter((a) => a.quoteKey === pair.key && !a.supersededAt).at(-1)
      let status: ApprovalStatus = current ? current.status : 'none'
      if (
        current &&
        current.status !== 'changes-requested' &&
        !sameHashes(current.hashes, hashesOf(pair.sides))
      ) {
        status = 'voided'
        if (!current.voidedAt && (await repo.markVoided(current.id, now()))) {
          current.voidedAt = now()
          await deps.audit.record({
            coalitionId: view.coalitionId,
            releaseId: view.id,
            actor: { label: 'system' },
            action: 'quote.approval-voided',
            detail: { quote: pair.key, approval: current.id, was: current.status },
          })
        }
      }
      const appearance = appearances.get(pair.key)
      quotes.push({
        key: pair.key,
        speakerName: pair.speaker?.name ?? null,
        speakerOrganization: pair.speaker?.organization ?? null,
        sides: pair.sides,
        person,
        linkedBy,
        status,
        approval: current ?? null,
        appearance: appearance
          ? {
              mode: appearance.mode,
              descriptions: appearance.descriptions,
              showTitle: appearance.showTitle,
              showCity: appearance.showCity,
              showPhoto: appearance.showPhoto,
              setBy: appearance.setBy,
              updatedAt: appearance.updatedAt,
            }
          : null,
      })
    }
    const hash = contentHash(view.content.versions)
    const signoffStates: SignoffState[] = view.organizationIds.map((organizationId) => {
      const mine = signoffs.filter((s) => s.organizationId === organizationId)
      const now = mine.find((s) => s.contentHash === hash)
      return {
        organizationId,
        name: orgs.find((o) => o.id === organizationId)?.name ?? organizationId,
        signed: Boolean(now),
        signedAt: now?.createdAt ?? null,
        stale: !now && mine.length > 0,
      }
    })
    const missing = missingOf(quotes, signoffStates)
    return { release: view, quotes, signoffs: signoffStates, contentHash: hash, missing }
  }

  function quoteOf(state: ReleaseApprovals, key: string): QuoteState {
    const quote = state.quotes.find((q) => q.key === key)
    if (!quote)
      throw refusal('not-found', 'quote-not-found', `the release has no quote ${key}`, { key })
    return quote
  }

  /** Who may choose a quote's appearance in the workspace: an admin of the person's organization. */
  function canSetAppearance(actor: Actor | null, quote: QuoteState, view: ReleaseView): boolean {
    const orgId = quote.person?.organizationId
    if (orgId) return hasRoleIn(actor, [orgId], 'admin')
    // No person linked: an admin of a co-issuing organization answers for the speaker.
    return hasRoleIn(actor, view.organizationIds, 'admin')
  }

  async function checkLink(token: string): Promise<ApprovalLinkCheck> {
    const verdict = await deps.links.verify(approvalPurpose, token)
    if (!verdict.ok) return { ok: false, reason: verdict.reason }
    const approval = await repo.approval(verdict.claims.subject)
    if (!approval || approval.tokenId !== verdict.claims.id) return { ok: false, reason: 'unknown' }
    if (approval.supersededAt) return { ok: false, reason: 'superseded', approval }
    if (approval.status !== 'requested') return { ok: false, reason: 'answered', approval }
    const view = await loadView(approval.releaseId)
    if (!view) return { ok: false, reason: 'unknown' }
    const state = await stateOf(view)
    const quote = state.quotes.find((q) => q.key === approval.quoteKey)
    if (!quote || quote.status === 'voided') return { ok: false, reason: 'changed', approval }
    return {
      ok: true,
      view: { approval, release: view, headline: firstHeadline(view.content), quote },
    }
  }

  async function recordAppearance(
    view: ReleaseView,
    key: string,
    choice: AppearanceChoice,
    setBy: string,
    actor: Actor | { label: string },
  ): Promise<void> {
    const clean = validAppearance(choice)
    await repo.setAppearance(view.id, { quoteKey: key, ...clean, setBy, at: now() })
    await deps.audit.record({
      coalitionId: view.coalitionId,
      releaseId: view.id,
      actor,
      action: 'quote.appearance-changed',
      detail: {
        quote: key,
        mode: clean.mode,
        showTitle: clean.showTitle,
        showCity: clean.showCity,
        showPhoto: clean.showPhoto,
      },
    })
  }

  /** Records `organizationId`'s sign-off of the current text (once per text, logged once). */
  async function recordSignoff(
    view: ReleaseView,
    organizationId: string,
    actor: Actor,
    by: 'workspace' | 'publication',
  ): Promise<void> {
    const hash = contentHash(view.content.versions)
    const fresh = await repo.signOff({
      id: randomUUID(),
      releaseId: view.id,
      organizationId,
      contentHash: hash,
      revision: view.revision,
      userId: actor.userId,
      at: now(),
    })
    if (fresh)
      await deps.audit.record({
        coalitionId: view.coalitionId,
        releaseId: view.id,
        actor,
        action: 'release.signed-off',
        detail: { organization: organizationId, revision: view.revision, contentHash: hash, by },
      })
  }

  return {
    /** The quotes, approvals and sign-offs of a release, for its editors. */
    async overview(actor: Actor | null, releaseId: string): Promise<ReleaseApprovals> {
      return stateOf(await editable(actor, releaseId))
    },

    /** The people a quote may be linked to: those of the coalition's organizations. */
    async linkablePeople(
      actor: Actor | null,
      releaseId: string,
    ): Promise<{ person: Person; organization: string }[]> {
      const view = await editable(actor, releaseId)
      const orgs = await directory.organizations(view.coalitionId)
      const out: { person: Person; organization: string }[] = []
      for (const org of orgs)
        for (const person of await directory.people(org.id))
          out.push({ person, organization: org.name })
      return out
    },

    /** Links a quote to a person of the coalition (replacing the automatic or earlier link). */
    async linkPerson(
      actor: Actor | null,
      releaseId: string,
      quoteKey: string,
      personId: string,
    ): Promise<QuoteState> {
      const view = await editable(actor, releaseId)
      quoteOf(await stateOf(view), quoteKey)
      const person = await directory.person(personId)
      const org = person && (await directory.organization(person.organizationId))
      if (!person || org?.coalitionId !== view.coalitionId)
        throw refusal(
          'invalid',
          'quote-person-outside',
          'choose a person of one of the coalition’s organizations',
        )
      await repo.setLink({
        releaseId,
        quoteKey,
        personId,
        setBy: actor?.userId ?? null,
        at: now(),
      })
      await deps.audit.record({
        coalitionId: view.coalitionId,
        releaseId,
        actor,
        action: 'quote.linked',
        detail: { quote: quoteKey, person: personId },
      })
      return quoteOf(await stateOf(view), quoteKey)
    },

    /**
     * E-mails the quote's person (or, without an address, their organization's admins) a signed
     * link to approve the quote's words in every language; an earlier link of the quote stops
     * working. Answers the request.
     */
    async requestApproval(
      actor: Actor | null,
      releaseId: string,
      quoteKey: string,
      options: { ttlMs?: number } = {},
    ): Promise<QuoteApprovalRow> {
      const view = await editable(actor, releaseId)
      const quote = quoteOf(await stateOf(view), quoteKey)
      const person = quote.person
      if (!person)
        throw refusal(
          'invalid',
          'quote-person-missing',
          'link the quote to a person of the directory before asking for approval',
        )
      const recipients = person.email
        ? [person.email]
        : await repo.adminEmails(person.organizationId)
      if (recipients.length === 0)
        throw refusal(
          'invalid',
          'quote-no-recipient',
          `${person.name} has no e-mail address and their organization has no admin to ask`,
          { person: person.name },
        )
      const ttl = options.ttlMs ?? approvalLinkTtlMs
      const id = randomUUID()
      const { token, claims } = await deps.links.sign(approvalPurpose, id, ttl)
      const at = now()
      await repo.request({
        id,
        releaseId,
        quoteKey,
        personId: person.id,
        sentTo: recipients.join(', '),
        tokenId: claims.id,
        hashes: hashesOf(quote.sides),
        texts: Object.fromEntries(quote.sides.map((s) => [s.lang, s.text])),
        requestedBy: actor?.userId ?? null,
        at,
        expiresAt: new Date(claims.expires).toISOString(),
      })
      const link = `${deps.publicUrl}/approve/${token}`
      const domain = new URL(deps.publicUrl).hostname || 'comunicado'
      for (const to of recipients)
        await deps.mailer.send(
          approvalMail({
            from: deps.mailer.from,
            to,
            speaker: person.name,
            headline: firstHeadline(view.content),
            sides: quote.sides,
            link,
            expires: new Date(claims.expires),
            messageId: `<quote-approval.${id}.${to.replace(/[^a-z0-9]/gi, '')}@${domain}>`,
          }),
        )
      await deps.audit.record({
        coalitionId: view.coalitionId,
        releaseId,
        actor,
        action: 'quote.approval-requested',
        detail: { quote: quoteKey, approval: id, person: person.id, sentTo: recipients },
      })
      const saved = await repo.approval(id)
      if (!saved) throw new Error('the approval request was not recorded')
      return saved
    },

    /** Verifies an approval link and shows what it approves, or says why it is refused. */
    openLink: checkLink,

    /**
     * Records the answer given through an approval link: approve, or request changes with a
     * comment; the person may also choose how they appear. A link answers once.
     */
    async answerLink(
      token: string,
      answer: {
        decision: 'approve' | 'changes'
        comment?: string
        appearance?: AppearanceChoice
      },
    ): Promise<ApprovalLinkCheck> {
      const comment = (answer.comment ?? '').trim()
      if (answer.decision !== 'approve' && answer.decision !== 'changes')
        throw new NewsroomError('invalid', 'answer approve or changes')
      if (answer.decision === 'changes' && !comment)
        throw new NewsroomError('invalid', 'say what should change in the comment')
      if (comment.length > 5000)
        throw refusal(
          'invalid',
          'answer-comment-long',
          'the comment is longer than 5000 characters',
          { max: 5000 },
        )
      const appearance = answer.appearance ? validAppearance(answer.appearance) : undefined
      const checked = await checkLink(token)
      if (!checked.ok) return checked
      const { approval, release } = checked.view
      const status = answer.decision === 'approve' ? 'approved' : 'changes-requested'
      const recorded = await repo.answer({
        id: approval.id,
        status,
        comment: comment || null,
        at: now(),
      })
      if (!recorded) return { ok: false, reason: 'answered', approval }
      const by = { label: `link:${approval.sentTo}` }
      await deps.audit.record({
        coalitionId: release.coalitionId,
        releaseId: release.id,
        actor: by,
        action: status === 'approved' ? 'quote.approved' : 'quote.changes-requested',
        detail: {
          quote: approval.quoteKey,
          approval: approval.id,
          ...(comment ? { comment } : {}),
        },
      })
      if (appearance) await recordAppearance(release, approval.quoteKey, appearance, by.label, by)
      const after = await repo.approval(approval.id)
      return {
        ok: true,
        view: { ...checked.view, approval: after ?? approval },
      }
    },

    /** Sets how a quote's speaker appears in public; an admin of the person's organization. */
    async setAppearance(
      actor: Actor | null,
      releaseId: string,
      quoteKey: string,
      choice: AppearanceChoice,
    ): Promise<QuoteState> {
      if (!actor) throw new NewsroomError('unauthenticated', 'sign in to change an appearance')
      const view = await loadView(releaseId)
      if (!view || !hasRoleIn(actor, view.organizationIds, 'viewer'))
        throw refusal('not-found', 'release-not-found', `no release ${releaseId}`)
      const quote = quoteOf(await stateOf(view), quoteKey)
      if (!canSetAppearance(actor, quote, view))
        throw refusal(
          'forbidden',
          'appearance-forbidden',
          'only the person (through their approval link) or an admin of their organization can choose how they appear',
        )
      await recordAppearance(view, quoteKey, choice, `user:${actor.userId}`, actor)
      return quoteOf(await stateOf(view), quoteKey)
    },

    /** Records that `organizationId` approves the release's current text, as a whole. */
    async signOff(
      actor: Actor | null,
      releaseId: string,
      organizationId: string,
    ): Promise<SignoffState> {
      const view = await editable(actor, releaseId)
      if (!view.organizationIds.includes(organizationId))
        throw refusal(
          'invalid',
          'signoff-not-issuer',
          'that organization does not issue this release',
        )
      if (!hasRoleIn(actor, [organizationId], 'editor'))
        throw refusal(
          'forbidden',
          'signoff-forbidden',
          'only an admin or editor of that organization can sign off for it',
        )
      await recordSignoff(view, organizationId, actor as Actor, 'workspace')
      const state = (await stateOf(view)).signoffs.find((s) => s.organizationId === organizationId)
      if (!state) throw new Error('the sign-off was not recorded')
      return state
    },

    /**
     * Refuses (with a NewsroomError) to publish `view` while a quote or a co-issuer sign-off is
     * missing, unless an admin of a co-issuing organization gives an override with a reason,
     * which is logged. The publisher's own organizations sign off by publishing (recorded as
     * such); the scheduler, acting for nobody, signs for none. Called by every path that publishes.
     */
    async assertPublishable(
      view: ReleaseView,
      actor: Actor | null,
      override?: PublishOverride,
    ): Promise<void> {
      const state = await stateOf(view)
      // Publishing is itself the sign-off of the publisher's own organizations (editors and
      // admins of them) on the text they publish; the other co-issuers must have signed.
      const own = actor
        ? state.signoffs
            .filter((s) => !s.signed && hasRoleIn(actor, [s.organizationId], 'editor'))
            .map((s) => s.organizationId)
        : []
      const signoffs = state.signoffs.map((s) =>
        own.includes(s.organizationId) ? { ...s, signed: true } : s,
      )
      const missing = missingOf(state.quotes, signoffs)
      const signOwn = async () => {
        for (const organizationId of own)
          await recordSignoff(view, organizationId, actor as Actor, 'publication')
      }
      if (missing.length === 0) return signOwn()
      if (!override)
        throw refusal(
          'conflict',
          'publish-approvals-missing',
          `the release cannot be published yet: ${missing.join('; ')}`,
          { missing, approvals: missingApprovalsOf(state.quotes, signoffs) },
        )
      const reason = (override.reason ?? '').replace(/\s+/g, ' ').trim()
      if (reason.length < 3)
        throw refusal('invalid', 'override-reason-missing', 'an override needs a written reason')
      if (reason.length > 2000)
        throw refusal(
          'invalid',
          'override-reason-long',
          'the reason is longer than 2000 characters',
          { max: 2000 },
        )
      if (!hasRoleIn(actor, view.organizationIds, 'admin'))
        throw refusal(
          'forbidden',
          'override-admin-only',
          'only an admin of a co-issuing organization can publish without every approval',
        )
      await signOwn()
      await deps.audit.record({
        coalitionId: view.coalitionId,
        releaseId: view.id,
        actor,
        action: 'release.publish-override',
        detail: { reason, missing, revision: view.revision },
      })
    },

    /**
     * The versions as the public sees them (spokesperson appearance applied) and a key that
     * changes whenever that text changes, for caches.
     */
    async publicContent(view: ReleaseView): Promise<{ content: RevisionContent; key: string }> {
      const [appearances, links] = await Promise.all([
        repo.appearances(view.id),
        repo.links(view.id),
      ])
      if (appearances.size === 0)
        return { content: view.content, key: `${view.id}@${view.revision}` }
      const pairs = pairsOf(view.content)
      const people = await peopleOf(view.organizationIds)
      // One choice per person: the most protective of their quotes' choices applies to all.
      const byPerson = new Map<
        string,
        { names: Set<string>; titles: Set<string>; rows: QuoteAppearanceRow[] }
      >()
      for (const pair of pairs) {
        const row = appearances.get(pair.key)
        const linkedId = links.get(pair.key)
        const person =
          (linkedId
            ? (people.find((p) => p.id === linkedId) ?? (await directory.person(linkedId)))
            : null) ??
          matchPerson(
            pair.sides.map((s) => s.speaker?.name),
            people,
          )
        const id = person?.id ?? `speaker:${pair.speaker?.name ?? pair.key}`
        const entry = byPerson.get(id) ?? { names: new Set(), titles: new Set(), rows: [] }
        if (person) {
          entry.names.add(person.name)
          for (const t of Object.values(person.titles)) entry.titles.add(t)
        }
        for (const s of pair.sides) {
          if (s.speaker?.name) entry.names.add(s.speaker.name)
          if (s.speaker?.title) entry.titles.add(s.speaker.title)
        }
        if (row) entry.rows.push(row)
        byPerson.set(id, entry)
      }
      const rules: PersonAppearance[] = []
      const parts: string[] = []
      for (const [id, entry] of byPerson) {
        if (entry.rows.length === 0) continue
        const strongest = entry.rows.reduce((a, b) => (modeRank[b.mode] > modeRank[a.mode] ? b : a))
        rules.push({
          names: [...entry.names],
          mode: strongest.mode,
          descriptions: strongest.descriptions,
          showTitle: entry.rows.every((r) => r.showTitle),
          titles: [...entry.titles],
        })
        parts.push(
          JSON.stringify([
            id,
            ...(rules.at(-1)?.names ?? []),
            entry.rows.map((r) => [
              r.quoteKey,
              r.mode,
              r.descriptions,
              r.showTitle,
              r.showCity,
              r.showPhoto,
            ]),
          ]),
        )
      }
      return {
        content: { versions: applyAppearances(view.content.versions, rules) },
        key: `${view.id}@${view.revision}#${contentHash(parts.map((p) => ({ lang: 'x', text: p })))}`,
      }
    },

    /** A fingerprint of what this feature changes on public pages, for the public site's cache. */
    async publicStamp(coalitionId: string): Promise<string> {
      return contentHash([{ lang: 'quotes', text: await repo.stamp(coalitionId) }])
    },
  }
}

/** The service's interface. */
export type QuoteService = ReturnType<typeof quoteService>
