/**
 * Public sign-ons with double opt-in, moderation and reconfirmation (issue 7). Organizations sign
 * a published statement through its public page; an e-mail with a single-use signed link confirms
 * each sign-on, editors approve or reject it, and only sign-ons that are confirmed for the
 * release's current text and approved are listed. When the text changes materially (its hash
 * changes), confirmed signers are asked by e-mail to confirm again and are not listed until they
 * do. Every event is written to the audit log.
 */
import { createHash, randomUUID } from 'node:crypto'
import { primaryLang } from '../../core/index.js'
import { articleOfText } from '../../render/index.js'
import type { RevisionContent } from '../../store/index.js'
import { releaseRepository } from '../../store/repositories/releases.js'
import { type SignonRow, signonRepository } from '../../store/repositories/signons.js'
import { type Actor, canEditRelease, canReadRelease } from '../access.js'
import { isoNow } from '../clock.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { NewsroomError } from '../newsroom-error.js'
import { isPublic } from '../release-status.js'
import { maxLogoBytes, sniffLogo } from './logo-image.js'
import { orgKey } from './org-key.js'
import { toCsv } from './signon-csv.js'
import { describeSignonError, parseSignonInput, type SignonFieldError } from './signon-input.js'
import { renderSignonMail, type SignonMailKind, type SignonMailLang } from './signon-mail.js'
import { isListed, type SignonState, signonState } from './signon-state.js'
import { releaseTextHash } from './text-hash.js'

/** Timing rules of the public form and the e-mailed links. */
export const signonTiming = {
  /** A form sent sooner than this after it was shown is refused (people take longer). */
  minFillMs: 3_000,
  /** How long a shown form may be sent. */
  formTtlMs: 24 * 3600 * 1000,
  /** How long a confirmation or reconfirmation link works. */
  linkTtlMs: 7 * 24 * 3600 * 1000,
}

/** An organization as the public list shows it. */
export interface PublicSigner {
  id: string
  organization: string
  city: string
  country: string
  /** An absolute https address of the logo, or null. */
  logoUrl: string | null
  /** ISO time of the (last) confirmation. */
  confirmedAt: string
}

/** A sign-on as the moderation queue shows it. */
export interface SignonEntry {
  id: string
  state: SignonState
  organization: string
  city: string
  country: string
  contactName: string
  email: string
  lang: string
  logoUrl: string | null
  hasUploadedLogo: boolean
  createdAt: string
  confirmedAt: string | null
  mergedInto: string | null
  orgKey: string
}

/** Why an e-mailed link was refused. */
export type SignonLinkRefusal =
  | 'malformed'
  | 'forged'
  | 'wrong-purpose'
  | 'expired'
  | 'used'
  | 'stale'

/** A link's verdict: what it is about, or why it is refused. */
export type SignonLinkCheck =
  | { ok: true; signon: SignonRow; releaseId: string }
  | { ok: false; reason: SignonLinkRefusal }

/** A form check's verdict. */
export type FormTokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid'

/** Raised when the confirmation e-mail could not be sent; the sign-on is kept, a resend retries. */
export class SignonMailError extends Error {
  constructor(cause: unknown) {
    super('the confirmation e-mail could not be sent', { cause })
    this.name = 'SignonMailError'
  }
}

const purposes = {
  form: 'signon-form',
  confirm: 'signon-confirm',
  reconfirm: 'signon-reconfirm',
} as const

/** Sign-on operations over the newsroom's dependencies. */
export function signonService(deps: NewsroomDeps) {
  const repo = () => signonRepository(deps.store.db)
  const releases = () => releaseRepository(deps.store.db)
  const now = () => isoNow(deps.clock)

  /** The release's row, content and text hash. */
  async function release(releaseId: string) {
    const row = await releases().get(releaseId)
    if (!row) throw new NewsroomError('not-found', `no release ${releaseId}`)
    const revision = await releases().revision(releaseId, row.revision)
    const content: RevisionContent = revision?.content ?? { versions: [] }
    return { row, content, hash: releaseTextHash(content) }
  }

  /** Refuses unless `actor` edits the release (moderation shows contacts' e-mail addresses). */
  async function editable(actor: Actor | null, releaseId: string) {
    const loaded = await release(releaseId)
    const facts = {
      coalitionId: loaded.row.coalition_id,
      status: loaded.row.status,
      organizationIds: await releases().organizationIds(releaseId),
    }
    if (!canReadRelease(actor, facts))
      throw new NewsroomError('not-found', `no release ${releaseId}`)
    if (!canEditRelease(actor, facts))
      throw new NewsroomError(
        'forbidden',
        'only editors of a co-issuing organization can moderate its sign-ons',
      )
    return loaded
  }

  function headline(content: RevisionContent, lang: string): string {
    const version =
      content.versions.find((v) => primaryLang(v.lang) === lang) ?? content.versions[0]
    if (!version) return ''
    return articleOfText(version.lang, version.text).headline || version.text.slice(0, 120)
  }

  function mailLang(lang: string): SignonMailLang {
    return lang === 'es' ? 'es' : 'en'
  }

  function statementUrl(lang: string, slug: string): string {
    return `${deps.publicUrl}/${lang}/releases/${encodeURIComponent(slug)}/`
  }

  /** Signs a link, records it, and e-mails it (or the "already confirmed" note). */
  async function mail(
    kind: SignonMailKind,
    signon: SignonRow,
    loaded: Awaited<ReturnType<typeof release>>,
  ): Promise<void> {
    const lang = mailLang(signon.lang)
    let link: string | undefined
    if (kind !== 'already') {
      const { token, claims } = await deps.links.sign(
        purposes[kind],
        signon.id,
        signonTiming.linkTtlMs,
      )
      await repo().addLink({
        id: claims.id,
        signon_id: signon.id,
        purpose: kind,
        for_hash: kind === 'reconfirm' ? loaded.hash : null,
        created_at: now(),
        used_at: null,
      })
      link = `${deps.publicUrl}/${lang}/releases/${encodeURIComponent(loaded.row.slug)}/sign/${kind}?token=${encodeURIComponent(token)}`
    }
    const message = renderSignonMail({
      kind,
      lang,
      contactName: signon.contact_name,
      organization: signon.organization,
      headline: headline(loaded.content, lang),
      statementUrl: statementUrl(lang, loaded.row.slug),
      ...(link ? { link } : {}),
    })
    try {
      await deps.mailer.send({
        from: deps.mailer.from,
        to: signon.email,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<signon-${kind}-${randomUUID()}@comunicado>`,
      })
    } catch (error) {
      throw new SignonMailError(error)
    }
  }

  async function audit(
    loaded: { row: { id: string; coalition_id: string } },
    actor: Actor | { label: string } | null,
    action: string,
    detail: Record<string, unknown>,
  ) {
    await deps.audit.record({
      coalitionId: loaded.row.coalition_id,
      releaseId: loaded.row.id,
      actor,
      action,
      detail,
    })
  }

  /**
   * Notices a material change of the release's text: records the new hash and e-mails every
   * confirmed signer bound to an older text a single-use reconfirmation link (once per change;
   * of two concurrent callers only one sends). Answers how many were asked.
   */
  async function reconcile(releaseId: string): Promise<{ asked: number }> {
    const campaign = await repo().campaign(releaseId)
    if (!campaign) return { asked: 0 }
    const loaded = await release(releaseId)
    const at = now()
    if (campaign.current_hash !== loaded.hash) {
      const moved = await repo().moveHash(releaseId, campaign.current_hash, loaded.hash, at)
      if (moved)
        await audit(loaded, { label: 'system' }, 'signons.text-changed', {
          from: campaign.current_hash,
          to: loaded.hash,
          revision: loaded.row.revision,
        })
    }
    // Signers are asked once the new text is public: the link leads them to read it.
    if (!isPublic(loaded.row.status)) return { asked: 0 }
    let asked = 0
    for (const row of await repo().stale(releaseId, loaded.hash)) {
      const claimed = await repo().update(row.id, { reconfirm_hash: loaded.hash }, at, {
        reconfirm_hash: row.reconfirm_hash,
      })
      if (!claimed) continue
      try {
        await mail('reconfirm', row, loaded)
      } catch (error) {
        // Given back, so the next look at the release asks again.
        await repo().update(row.id, { reconfirm_hash: row.reconfirm_hash }, now())
        console.error(`sign-on ${row.id}: reconfirmation e-mail failed`, error)
        continue
      }
      asked++
      await audit(loaded, { label: row.email }, 'signon.reconfirm-requested', {
        signonId: row.id,
        organization: row.organization,
        hash: loaded.hash,
      })
    }
    return { asked }
  }

  /** Verifies an e-mailed link without using it. */
  async function inspect(kind: 'confirm' | 'reconfirm', token: string): Promise<SignonLinkCheck> {
    const check = await deps.links.verify(purposes[kind], token)
    if (!check.ok) return { ok: false, reason: check.reason }
    const link = await repo().link(check.claims.id)
    if (!link || link.signon_id !== check.claims.subject || link.purpose !== kind)
      return { ok: false, reason: 'forged' }
    const signon = await repo().get(link.signon_id)
    if (!signon) return { ok: false, reason: 'forged' }
    if (link.used_at !== null) return { ok: false, reason: 'used' }
    if (kind === 'confirm' && signon.confirmed_at !== null) return { ok: false, reason: 'used' }
    if (kind === 'reconfirm') {
      const { hash } = await release(signon.release_id)
      if (link.for_hash !== hash) return { ok: false, reason: 'stale' }
    }
    return { ok: true, signon, releaseId: signon.release_id }
  }

  function entry(row: SignonRow, hash: string): SignonEntry {
    return {
      id: row.id,
      state: signonState(row, hash),
      organization: row.organization,
      city: row.city,
      country: row.country,
      contactName: row.contact_name,
      email: row.email,
      lang: row.lang,
      logoUrl: row.logo_url,
      hasUploadedLogo: row.logo_id !== null,
      createdAt: row.created_at,
      confirmedAt: row.confirmed_at,
      mergedInto: row.merged_into,
      orgKey: row.org_key,
    }
  }

  async function listed(releaseId: string): Promise<PublicSigner[]> {
    await reconcile(releaseId)
    const loaded = await release(releaseId)
    if (!isPublic(loaded.row.status)) return []
    const collator = new Intl.Collator('es', { sensitivity: 'base' })
    return (await repo().forRelease(releaseId))
      .filter((row) => isListed(row, loaded.hash))
      .map((row) => ({
        id: row.id,
        organization: row.organization,
        city: row.city,
        country: row.country,
        logoUrl: row.logo_id
          ? `${deps.publicUrl}/assets/signon-logos/${row.logo_id}`
          : row.logo_url,
        confirmedAt: row.confirmed_at ?? row.created_at,
      }))
      .sort((a, b) => collator.compare(a.organization, b.organization))
  }

  return {
    /** The text hash sign-ons of `content` are bound to. */
    textHash: releaseTextHash,

    /** Whether the release is open for sign-ons (false when it never was). */
    async isOpen(releaseId: string): Promise<boolean> {
      return (await repo().campaign(releaseId))?.open === 1
    },

    /** Whether the release was ever opened for sign-ons (open now, or closed since). */
    async wasOpened(releaseId: string): Promise<boolean> {
      return (await repo().campaign(releaseId)) !== undefined
    },

    /** Opens or closes a release for sign-ons (editors of the release). */
    async setOpen(actor: Actor | null, releaseId: string, open: boolean): Promise<void> {
      const loaded = await editable(actor, releaseId)
      const before = await repo().campaign(releaseId)
      await repo().setOpen({
        releaseId,
        coalitionId: loaded.row.coalition_id,
        open,
        hash: before?.current_hash ?? loaded.hash,
        by: actor?.userId ?? null,
        at: now(),
      })
      if ((before?.open === 1) !== open)
        await audit(loaded, actor, open ? 'signons.opened' : 'signons.closed', {})
    },

    /** A token for the public form, bound to the release; it also dates when the form was shown. */
    async formToken(releaseId: string): Promise<string> {
      return (await deps.links.sign(purposes.form, releaseId, signonTiming.formTtlMs)).token
    },

    /** Checks a form's token: for this release, not expired, and not sent implausibly fast. */
    async checkFormToken(releaseId: string, token: string): Promise<FormTokenCheck> {
      const check = await deps.links.verify(purposes.form, token)
      if (!check.ok) return check.reason === 'expired' ? 'expired' : 'invalid'
      if (check.claims.subject !== releaseId) return 'invalid'
      const shownAt = check.claims.expires - signonTiming.formTtlMs
      return deps.clock.now().getTime() - shownAt < signonTiming.minFillMs ? 'too-fast' : 'ok'
    },

    /**
     * Records a sign-on and e-mails its confirmation link. The same organization and address
     * signing again while unconfirmed gets a fresh link (nothing recorded twice); once confirmed,
     * a note that it already is. Refuses invalid fields with the code `invalid` and
     * `details.fields` (one {@link SignonFieldError} per field), and a closed or unpublished
     * statement as not found.
     */
    async submit(
      releaseId: string,
      lang: string,
      raw: Record<string, unknown>,
      logo: Uint8Array | null,
    ): Promise<{ outcome: 'sent' | 'resent' | 'already'; signonId: string }> {
      const parsed = parseSignonInput(raw)
      const errors: SignonFieldError[] = parsed.ok ? [] : [...parsed.errors]
      const logoMime = logo && logo.length > 0 ? sniffLogo(logo) : null
      if (logo && logo.length > 0) {
        if (parsed.ok && parsed.input.logoUrl) errors.push({ field: 'logo', problem: 'both' })
        else if (logo.length > maxLogoBytes) errors.push({ field: 'logo', problem: 'tooLarge' })
        else if (!logoMime) errors.push({ field: 'logo', problem: 'type' })
      }
      if (!parsed.ok || errors.length > 0)
        throw new NewsroomError('invalid', errors.map(describeSignonError).join('; '), {
          fields: errors,
        })
      const input = parsed.input
      const loaded = await release(releaseId)
      const campaign = await repo().campaign(releaseId)
      if (!isPublic(loaded.row.status) || campaign?.open !== 1)
        throw new NewsroomError('not-found', 'this statement is not open for sign-ons')
      const email = input.email.toLowerCase()
      const key = orgKey(input.organization, email)
      const at = now()
      const details = {
        lang: mailLang(lang),
        organization: input.organization,
        city: input.city,
        country: input.country,
        contact_name: input.contactName,
        logo_url: logo && logoMime ? null : input.logoUrl || null,
      }
      const upload =
        logo && logoMime
          ? { id: randomUUID(), mime: logoMime, data: Buffer.from(logo).toString('base64') }
          : null

      const earlier = (await repo().sameSigner(releaseId, key, email)).filter(
        (r) => r.moderation !== 'rejected',
      )
      const confirmed = earlier.find((r) => r.confirmed_at !== null)
      if (confirmed) {
        await mail('already', confirmed, loaded)
        return { outcome: 'already', signonId: confirmed.id }
      }
      const pending = earlier[0]
      if (pending) {
        // The latest details win; the earlier link stays valid, a fresh one is sent.
        await deps.store.db.transaction().execute(async (trx) => {
          const r = signonRepository(trx)
          await r.update(pending.id, { ...details, ...(upload ? { logo_id: upload.id } : {}) }, at)
          if (upload) await r.putLogo(pending.id, upload, at)
        })
        const fresh = (await repo().get(pending.id)) ?? pending
        await audit(loaded, { label: email }, 'signon.resubmitted', {
          signonId: pending.id,
          organization: input.organization,
        })
        await mail('confirm', fresh, loaded)
        return { outcome: 'resent', signonId: pending.id }
      }
      const row: SignonRow = {
        id: randomUUID(),
        release_id: releaseId,
        coalition_id: loaded.row.coalition_id,
        ...details,
        org_key: key,
        email,
        logo_id: upload?.id ?? null,
        consent: 1,
        signed_hash: loaded.hash,
        confirmed_at: null,
        moderation: 'pending',
        moderated_by: null,
        merged_into: null,
        reconfirm_hash: null,
        created_at: at,
        updated_at: at,
      }
      await deps.store.db.transaction().execute((trx) => signonRepository(trx).insert(row, upload))
      await audit(loaded, { label: email }, 'signon.submitted', {
        signonId: row.id,
        organization: row.organization,
        lang: row.lang,
      })
      await mail('confirm', row, loaded)
      return { outcome: 'sent', signonId: row.id }
    },

    /** Verifies a confirmation or reconfirmation link without using it (for the page it opens). */
    inspectLink: inspect,

    /**
     * Uses a confirmation link: the sign-on is confirmed (once: a replayed or second link is
     * refused as `used`), and merged into an earlier confirmed sign-on of the same organization.
     */
    async confirm(token: string): Promise<SignonLinkCheck & { merged?: boolean }> {
      const check = await inspect('confirm', token)
      if (!check.ok) return check
      const at = now()
      const { signon } = check
      const claims = await deps.links.verify(purposes.confirm, token)
      if (!claims.ok) return { ok: false, reason: claims.reason }
      const outcome = await deps.store.db.transaction().execute(async (trx) => {
        const r = signonRepository(trx)
        if (!(await r.useLink(claims.claims.id, at))) return 'used' as const
        if (!(await r.update(signon.id, { confirmed_at: at }, at, { confirmed_at: null })))
          return 'used' as const
        const first = await r.firstConfirmedWithKey(signon.release_id, signon.org_key, signon.id)
        if (first && (first.confirmed_at ?? '') <= at && first.id !== signon.id) {
          await r.update(signon.id, { merged_into: first.id }, at)
          return { mergedInto: first.id }
        }
        return { mergedInto: null }
      })
      if (outcome === 'used') return { ok: false, reason: 'used' }
      const loaded = await release(signon.release_id)
      await audit(loaded, { label: signon.email }, 'signon.confirmed', {
        signonId: signon.id,
        organization: signon.organization,
      })
      if (outcome.mergedInto)
        await audit(loaded, { label: 'system' }, 'signon.merged', {
          signonId: signon.id,
          into: outcome.mergedInto,
          automatic: true,
        })
      // Signed an older text (it changed before the confirmation): ask again at once.
      await reconcile(signon.release_id)
      const fresh = (await repo().get(signon.id)) ?? signon
      return { ok: true, signon: fresh, releaseId: signon.release_id, merged: !!outcome.mergedInto }
    },

    /** Uses a reconfirmation link: binds the sign-on to the release's current text, once. */
    async reconfirm(token: string): Promise<SignonLinkCheck> {
      const check = await inspect('reconfirm', token)
      if (!check.ok) return check
      const claims = await deps.links.verify(purposes.reconfirm, token)
      if (!claims.ok) return { ok: false, reason: claims.reason }
      const loaded = await release(check.releaseId)
      const at = now()
      const done = await deps.store.db.transaction().execute(async (trx) => {
        const r = signonRepository(trx)
        if (!(await r.useLink(claims.claims.id, at))) return false
        return r.update(check.signon.id, { signed_hash: loaded.hash, reconfirm_hash: null }, at)
      })
      if (!done) return { ok: false, reason: 'used' }
      await audit(loaded, { label: check.signon.email }, 'signon.reconfirmed', {
        signonId: check.signon.id,
        organization: check.signon.organization,
        hash: loaded.hash,
      })
      const fresh = (await repo().get(check.signon.id)) ?? check.signon
      return { ok: true, signon: fresh, releaseId: check.releaseId }
    },

    reconcile,

    /** The moderation queue: every sign-on of the release with its state (editors only). */
    async queue(
      actor: Actor | null,
      releaseId: string,
    ): Promise<{ open: boolean; opened: boolean; entries: SignonEntry[] }> {
      await editable(actor, releaseId)
      await reconcile(releaseId)
      const loaded = await release(releaseId)
      const campaign = await repo().campaign(releaseId)
      return {
        open: campaign?.open === 1,
        opened: campaign !== undefined,
        entries: (await repo().forRelease(releaseId)).map((row) => entry(row, loaded.hash)),
      }
    },

    /** Approves or rejects a sign-on (editors). */
    async moderate(
      actor: Actor | null,
      releaseId: string,
      signonId: string,
      decision: 'approved' | 'rejected' | 'pending',
    ): Promise<void> {
      const loaded = await editable(actor, releaseId)
      const row = await repo().get(signonId)
      if (!row || row.release_id !== releaseId)
        throw new NewsroomError('not-found', `no sign-on ${signonId} on this release`)
      if (row.merged_into)
        throw new NewsroomError(
          'conflict',
          'this sign-on was merged; moderate the one it was merged into',
        )
      if (row.moderation === decision) return
      await repo().update(
        signonId,
        { moderation: decision, moderated_by: actor?.userId ?? null },
        now(),
      )
      await audit(loaded, actor, `signon.${decision === 'pending' ? 'reopened' : decision}`, {
        signonId,
        organization: row.organization,
      })
    },

    /** Merges a duplicate sign-on into another of the same release (editors). */
    async merge(
      actor: Actor | null,
      releaseId: string,
      signonId: string,
      intoId: string,
    ): Promise<void> {
      const loaded = await editable(actor, releaseId)
      if (signonId === intoId)
        throw new NewsroomError('invalid', 'a sign-on cannot be merged into itself')
      const [row, into] = await Promise.all([repo().get(signonId), repo().get(intoId)])
      if (!row || row.release_id !== releaseId || !into || into.release_id !== releaseId)
        throw new NewsroomError('not-found', 'both sign-ons must belong to this release')
      if (row.merged_into || into.merged_into)
        throw new NewsroomError('conflict', 'one of these sign-ons is already merged')
      const at = now()
      await deps.store.db.transaction().execute(async (trx) => {
        const r = signonRepository(trx)
        await r.update(signonId, { merged_into: intoId }, at)
        for (const other of await r.forRelease(releaseId))
          if (other.merged_into === signonId) await r.update(other.id, { merged_into: intoId }, at)
      })
      await audit(loaded, actor, 'signon.merged', {
        signonId,
        into: intoId,
        organization: row.organization,
        automatic: false,
      })
    },

    /**
     * The organizations listed publicly under the release: confirmed for its current text and
     * approved, alphabetically. Empty unless the release is public. Notices text changes first.
     */
    publicSigners: listed,

    /** The public list as CSV, with headers in `lang` (no contact names or addresses). */
    async publicCsv(releaseId: string, lang: string): Promise<string> {
      const header =
        lang === 'es'
          ? ['Organización', 'Ciudad', 'País', 'Logo']
          : ['Organization', 'City', 'Country', 'Logo']
      const rows = (await listed(releaseId)).map((s) => [
        s.organization,
        s.city,
        s.country,
        s.logoUrl,
      ])
      return toCsv(header, rows)
    },

    /** Every sign-on of the release as CSV, with contacts and states (editors). */
    async fullCsv(actor: Actor | null, releaseId: string): Promise<string> {
      await editable(actor, releaseId)
      await reconcile(releaseId)
      const loaded = await release(releaseId)
      const rows = (await repo().forRelease(releaseId)).map((row) => [
        row.id,
        signonState(row, loaded.hash),
        row.organization,
        row.city,
        row.country,
        row.contact_name,
        row.email,
        row.lang,
        row.logo_id ? `${deps.publicUrl}/assets/signon-logos/${row.logo_id}` : row.logo_url,
        row.created_at,
        row.confirmed_at,
        row.moderation,
        row.merged_into,
      ])
      return toCsv(
        [
          'id',
          'state',
          'organization',
          'city',
          'country',
          'contact_name',
          'email',
          'lang',
          'logo',
          'created_at',
          'confirmed_at',
          'moderation',
          'merged_into',
        ],
        rows,
      )
    },

    /** The id of a sign-on's uploaded logo, if it has one. */
    async logoIdOf(signonId: string): Promise<string | undefined> {
      return (await repo().get(signonId))?.logo_id ?? undefined
    },

    /** An uploaded logo, if its sign-on is listed publicly (or `actor` edits the release). */
    async logo(
      logoId: string,
      actor: Actor | null = null,
    ): Promise<{ mime: string; bytes: Buffer } | undefined> {
      const logo = await repo().logo(logoId)
      if (!logo) return undefined
      const row = await repo().get(logo.signon_id)
      if (!row || row.logo_id !== logoId) return undefined
      const loaded = await release(row.release_id)
      let visible = isPublic(loaded.row.status) && isListed(row, loaded.hash)
      if (!visible && actor)
        visible = await editable(actor, row.release_id).then(
          () => true,
          () => false,
        )
      return visible ? { mime: logo.mime, bytes: Buffer.from(logo.data, 'base64') } : undefined
    },

    /** A fingerprint of what this feature adds to public pages, for the public site's cache. */
    async publicStamp(coalitionId: string): Promise<string> {
      const rows = await repo().stampRows(coalitionId)
      if (rows.length === 0) return ''
      const text = rows
        .map((r) => `${r.release_id}:${r.version}:${r.open}:${r.revision}:${r.status}`)
        .join(',')
      return createHash('sha256').update(text).digest('base64url').slice(0, 22)
    },
  }
}

/** The service's interface. */
export type SignonService = ReturnType<typeof signonService>
