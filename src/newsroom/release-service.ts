/**
 * Release operations: list, read, create, save a revision, change status, diff, publish at the
 * scheduled time (through the publish gate) and correct. Each checks access first and refuses
 * with a {@link NewsroomError}; every save is a revision, and a save based on a stale revision is
 * a conflict that loses nothing. A release under embargo is invisible to all but its editors.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  type RevisionContent,
  type Row,
  releaseRepository,
  type Store,
  StoreError,
} from '../store/index.js'
import { scheduleRepository } from '../store/repositories/schedule.js'
import { correctionRepository } from '../store/repositories/schedule-corrections.js'
import type { Database } from '../store/schema.js'
import { type Actor, canCreateRelease, canEditRelease, canReadRelease } from './access.js'
import type { AuditService } from './audit-service.js'
import { type Clock, isoNow } from './clock.js'
import { importReleaseFile } from './import-release.js'
import { NewsroomError, refusal } from './newsroom-error.js'
import type { PublishOverride } from './quotes/quote-service.js'
import { canTransition, isPublic, isReleaseStatus, type ReleaseStatus } from './release-status.js'
import { diffRevisions, type VersionDiff } from './revision-diff.js'
import { canSeeBeforeLift } from './schedule/embargo-access.js'

/** What the release service calls out to: the publish gate and the audit log. */
export interface ReleaseHooks {
  /** Refuses to publish (throws a NewsroomError) unless every approval is in or overridden. */
  beforePublish?: (
    view: ReleaseView,
    actor: Actor | null,
    override: PublishOverride | undefined,
  ) => Promise<void>
  audit?: AuditService
  /**
   * Told after a new revision is saved (sign-ons ask signers to reconfirm a changed text). Its
   * failure is logged and never fails the save, which has happened.
   */
  afterSave?: (releaseId: string) => Promise<unknown>
  /**
   * The text as someone who may read but not edit the release sees it: spokespeople appear as
   * they chose (their unredacted identity is for the release's editors only).
   */
  redact?: (view: ReleaseView) => Promise<RevisionContent>
}

/** A release as the newsroom presents it: its row, co-issuers, contacts and current content. */
export interface ReleaseView {
  id: string
  coalitionId: string
  slug: string
  status: ReleaseStatus
  revision: number
  createdAt: string
  updatedAt: string
  publishedAt: string | null
  organizationIds: string[]
  contactIds: string[]
  content: RevisionContent
}

/** Input of {@link ReleaseService.create}. */
export interface CreateReleaseInput {
  coalitionId: string
  /** The creating organization, first co-issuer. */
  organizationId: string
  /** Further co-issuing organizations of the same coalition. */
  coIssuerIds?: string[]
  contactIds?: string[]
  slug?: string
  content: RevisionContent
}

/** A URL-safe slug from a headline or any text (accents folded, at most 80 characters). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || 'release'
}

function validateContent(content: RevisionContent): void {
  if (!Array.isArray(content.versions) || content.versions.length === 0)
    throw refusal('invalid', 'release-no-versions', 'a release needs at least one language version')
  const langs = new Set<string>()
  for (const v of content.versions) {
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v.lang))
      throw refusal(
        'invalid',
        'release-lang-tag',
        `"${v.lang}" is not a language tag such as en or es`,
        { tag: String(v.lang) },
      )
    if (langs.has(v.lang))
      throw refusal('invalid', 'release-lang-twice', `the language ${v.lang} appears twice`, {
        lang: v.lang,
      })
    langs.add(v.lang)
    if (typeof v.text !== 'string')
      throw refusal('invalid', 'release-version-no-text', `the ${v.lang} version has no text`, {
        lang: v.lang,
      })
  }
}

function storeRefusal(error: unknown): never {
  if (error instanceof StoreError) {
    if (error.code === 'duplicate') throw refusal('conflict', 'release-slug-taken', error.message)
    throw new NewsroomError(error.code, error.message)
  }
  throw error
}

/** A release row as a {@link ReleaseView} (its co-issuers, contacts and current content). */
export async function loadReleaseView(
  db: Kysely<Database>,
  row: Row<'releases'>,
): Promise<ReleaseView> {
  const repo = releaseRepository(db)
  const [organizationIds, contactIds, revision] = await Promise.all([
    repo.organizationIds(row.id),
    repo.contactIds(row.id),
    repo.revision(row.id, row.revision),
  ])
  return {
    id: row.id,
    coalitionId: row.coalition_id,
    slug: row.slug,
    status: isReleaseStatus(row.status) ? row.status : 'draft',
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    organizationIds,
    contactIds,
    content: revision?.content ?? { versions: [] },
  }
}

/** Who publishes at the scheduled time, as the audit log names it. */
export const schedulerActor = { label: 'scheduler' } as const

/** The most a correction note may hold, per language. */
export const maxCorrectionNote = 2000

/** Release operations over one store. */
export function releaseService(store: Store, clock: Clock, hooks: ReleaseHooks = {}) {
  const repo = releaseRepository(store.db)
  const schedules = scheduleRepository(store.db)
  const load = (row: Row<'releases'>) => loadReleaseView(store.db, row)

  /** Readable by the access rules, and not hidden by an embargo that has not lifted. */
  async function visible(actor: Actor | null, view: ReleaseView): Promise<boolean> {
    return canReadRelease(actor, view) && (await canSeeBeforeLift(store.db, actor, view))
  }

  /** `view` as `actor` may see it: editors get the text as written, other readers redacted. */
  async function asSeenBy(actor: Actor | null, view: ReleaseView): Promise<ReleaseView> {
    if (!hooks.redact || canEditRelease(actor, view)) return view
    return { ...view, content: await hooks.redact(view) }
  }

  async function readable(actor: Actor | null, id: string): Promise<ReleaseView> {
    const row = await repo.get(id)
    // An unreadable release answers like a missing one, so ids cannot be probed.
    if (!row) throw refusal('not-found', 'release-not-found', `no release ${id}`)
    const view = await load(row)
    if (!(await visible(actor, view)))
      throw refusal('not-found', 'release-not-found', `no release ${id}`)
    return asSeenBy(actor, view)
  }

  async function editable(actor: Actor | null, id: string): Promise<ReleaseView> {
    const view = await readable(actor, id)
    if (!canEditRelease(actor, view))
      throw refusal(
        'forbidden',
        'release-edit-forbidden',
        'only editors of a co-issuing organization can change this release',
      )
    return view
  }

  return {
    /** The releases of a coalition `actor` may read, newest first. */
    async list(actor: Actor | null, coalitionId: string): Promise<ReleaseView[]> {
      const rows = await repo.list(coalitionId)
      const views = await Promise.all(rows.map(load))
      const shown = await Promise.all(views.map((v) => visible(actor, v)))
      return Promise.all(views.filter((_, i) => shown[i]).map((v) => asSeenBy(actor, v)))
    },

    /** The published releases of a coalition, newest publication first. */
    async published(coalitionId: string): Promise<ReleaseView[]> {
      const rows = await repo.list(coalitionId, ['published', 'corrected'])
      const views = await Promise.all(rows.map(load))
      return views.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    },

    /** A published release by slug, or undefined. */
    async publishedBySlug(coalitionId: string, slug: string): Promise<ReleaseView | undefined> {
      const row = await repo.getBySlug(coalitionId, slug)
      if (!row || !isPublic(row.status)) return undefined
      return load(row)
    },

    /** One release, if `actor` may read it. */
    get: readable,

    /** Creates a draft with its first revision. */
    async create(actor: Actor | null, input: CreateReleaseInput): Promise<ReleaseView> {
      if (!actor) throw new NewsroomError('unauthenticated', 'sign in to create a release')
      if (!canCreateRelease(actor, input.coalitionId, input.organizationId))
        throw refusal(
          'forbidden',
          'release-create-forbidden',
          'only editors of the organization can create its releases',
        )
      validateContent(input.content)
      const organizationIds = [
        input.organizationId,
        ...(input.coIssuerIds ?? []).filter((o) => o !== input.organizationId),
      ]
      const id = randomUUID()
      const slug = slugify(input.slug ?? firstLine(input.content))
      try {
        await repo.create({
          id,
          coalitionId: input.coalitionId,
          slug,
          status: 'draft',
          createdBy: actor.userId,
          at: isoNow(clock),
          revisionId: randomUUID(),
          content: input.content,
          organizationIds,
          contactIds: input.contactIds ?? [],
        })
      } catch (error) {
        storeRefusal(error)
      }
      return readable(actor, id)
    },

    /** Imports a file (txt, md, html, docx) as a new draft; the first version's headline names it. */
    async importFile(
      actor: Actor | null,
      input: {
        coalitionId: string
        organizationId: string
        file: string
        bytes: Uint8Array
        langs?: string[]
        coIssuerIds?: string[]
      },
    ): Promise<ReleaseView> {
      if (!actor) throw new NewsroomError('unauthenticated', 'sign in to import a release')
      if (!canCreateRelease(actor, input.coalitionId, input.organizationId))
        throw refusal(
          'forbidden',
          'release-create-forbidden',
          'only editors of the organization can create its releases',
        )
      const imported = await importReleaseFile(input.bytes, input.file, input.langs)
      // Room for a "-N" suffix: a second import of the same headline gets a numbered slug.
      const base = slugify(imported.headline ?? input.file.replace(/\.[a-z]+$/i, ''))
        .slice(0, 72)
        .replace(/-+$/, '')
      let slug = base
      for (let n = 2; await repo.getBySlug(input.coalitionId, slug); n++) slug = `${base}-${n}`
      return this.create(actor, {
        coalitionId: input.coalitionId,
        organizationId: input.organizationId,
        ...(input.coIssuerIds ? { coIssuerIds: input.coIssuerIds } : {}),
        slug,
        content: imported.content,
      })
    },

    /** Saves a new revision on top of `baseRevision`. */
    async save(
      actor: Actor | null,
      id: string,
      baseRevision: number,
      content: RevisionContent,
      note?: string,
    ): Promise<ReleaseView> {
      await editable(actor, id)
      validateContent(content)
      try {
        await repo.saveRevision({
          releaseId: id,
          baseRevision,
          revisionId: randomUUID(),
          authorId: actor?.userId ?? null,
          at: isoNow(clock),
          content,
          note: note ?? null,
        })
      } catch (error) {
        if (error instanceof StoreError && error.code === 'conflict') {
          const current = await repo.get(id)
          throw refusal('conflict', 'release-stale', error.message, {
            currentRevision: current?.revision ?? null,
          })
        }
        storeRefusal(error)
      }
      await hooks.afterSave?.(id).catch((error: unknown) => {
        console.error(`after saving release ${id}:`, error)
      })
      return readable(actor, id)
    },

    /**
     * Moves a release to another status, if the step is allowed. Publishing passes the publish
     * gate first (an admin's `override` with a reason lets an unapproved release through, and is
     * logged); every change of status is written to the audit log. Scheduling needs a time set
     * first (the schedule page); taking a scheduled release back to approved cancels its time.
     */
    async transition(
      actor: Actor | null,
      id: string,
      to: string,
      options: { override?: PublishOverride } = {},
    ): Promise<ReleaseView> {
      const view = await editable(actor, id)
      if (!isReleaseStatus(to))
        throw refusal('invalid', 'release-status-unknown', `"${to}" is not a release status`, {
          status: to,
        })
      if (!canTransition(view.status, to))
        throw refusal(
          'conflict',
          'release-status-step',
          `a release cannot go from ${view.status} to ${to}`,
          { from: view.status, to },
        )
      if (to === 'scheduled' && !(await schedules.get(id)))
        throw refusal(
          'conflict',
          'release-schedule-first',
          'set the publication time (and embargo, if any) on the release’s schedule page first',
        )
      if (to === 'published') await hooks.beforePublish?.(view, actor, options.override)
      const at = isoNow(clock)
      // Conditional on the status the decision was made on: a scheduler (or another editor)
      // that moved it meanwhile wins, and this step is refused rather than done twice.
      const moved = await schedules.changeStatusIf(
        id,
        view.status,
        to,
        at,
        to === 'published' ? (view.publishedAt ?? at) : undefined,
      )
      if (!moved)
        throw refusal(
          'conflict',
          'release-status-moved',
          `the release changed status meanwhile (it is no longer ${view.status}); reload it`,
          { status: view.status },
        )
      await hooks.audit?.record({
        coalitionId: view.coalitionId,
        releaseId: id,
        actor,
        action: `release.${to}`,
        detail: { from: view.status, to, revision: view.revision },
      })
      if (view.status === 'scheduled' && to === 'approved') {
        const schedule = await schedules.get(id)
        if (schedule && (await schedules.clear(id)))
          await hooks.audit?.record({
            coalitionId: view.coalitionId,
            releaseId: id,
            actor,
            action: 'embargo.cleared',
            detail: {
              liftsAt: schedule.liftsAt,
              timeZone: schedule.timeZone,
              embargo: schedule.embargo,
            },
          })
      }
      return readable(actor, id)
    },

    /**
     * Publishes a scheduled release as the system (the scheduler), through the same publish gate
     * as any other publication: a refusal is thrown as the gate's NewsroomError and the release
     * stays scheduled. The status changes with one conditional update, so when two processes
     * publish at once only one does it (and logs it); the other answers `already`.
     */
    async publishScheduled(id: string): Promise<'published' | 'already'> {
      const row = await repo.get(id)
      if (!row) throw refusal('not-found', 'release-not-found', `no release ${id}`)
      const view = await load(row)
      if (view.status !== 'scheduled') return 'already'
      await hooks.beforePublish?.(view, null, undefined)
      const at = isoNow(clock)
      if (!(await schedules.publishIfScheduled(id, at))) return 'already'
      const schedule = await schedules.get(id)
      await hooks.audit?.record({
        coalitionId: view.coalitionId,
        releaseId: id,
        actor: schedulerActor,
        action: 'release.published',
        detail: {
          from: 'scheduled',
          to: 'published',
          revision: view.revision,
          ...(schedule
            ? { liftsAt: schedule.liftsAt, timeZone: schedule.timeZone, embargo: schedule.embargo }
            : {}),
        },
      })
      return 'published'
    },

    /**
     * Corrects a published release: its status becomes `corrected` and a note is kept for every
     * language version (each required, at most {@link maxCorrectionNote} characters), shown on
     * its public pages and in the feeds. Status and note are written in one transaction.
     */
    async correct(
      actor: Actor | null,
      id: string,
      notes: Record<string, string>,
    ): Promise<ReleaseView> {
      const view = await editable(actor, id)
      if (view.status !== 'published' && view.status !== 'corrected')
        throw refusal(
          'conflict',
          'correction-not-published',
          `only a published release can be corrected (this one is ${view.status})`,
          { status: view.status },
        )
      const langs = view.content.versions.map((v) => v.lang)
      const clean: Record<string, string> = {}
      for (const [lang, note] of Object.entries(notes)) {
        if (!langs.includes(lang))
          throw refusal(
            'invalid',
            'correction-no-version',
            `the release has no ${lang} version to correct`,
            { lang },
          )
        if (typeof note !== 'string')
          throw refusal('invalid', 'correction-note-not-text', `the ${lang} note is not text`, {
            lang,
          })
        clean[lang] = note.trim().replace(/\s+/g, ' ')
      }
      for (const lang of langs) {
        const note = clean[lang]
        if (!note)
          throw refusal(
            'invalid',
            'correction-note-missing',
            `write the correction note in every language: the ${lang} note is missing`,
            { lang },
          )
        if (note.length > maxCorrectionNote)
          throw refusal(
            'invalid',
            'correction-note-long',
            `the ${lang} note is longer than ${maxCorrectionNote} characters`,
            { lang, max: maxCorrectionNote },
          )
      }
      const at = isoNow(clock)
      await store.db.transaction().execute(async (trx) => {
        await releaseRepository(trx).setStatus(id, 'corrected', at)
        await correctionRepository(trx).add({
          id: randomUUID(),
          releaseId: id,
          at,
          authorId: actor?.userId ?? null,
          notes: clean,
        })
      })
      await hooks.audit?.record({
        coalitionId: view.coalitionId,
        releaseId: id,
        actor,
        action: 'release.corrected',
        detail: { from: view.status, to: 'corrected', revision: view.revision, notes: clean },
      })
      return readable(actor, id)
    },

    /** The revisions of a release, oldest first (without their content). */
    async revisions(actor: Actor | null, id: string) {
      await readable(actor, id)
      return (await repo.revisions(id)).map(({ content: _content, ...meta }) => meta)
    },

    /** The diff between two revisions of a release. */
    async diff(actor: Actor | null, id: string, from: number, to: number): Promise<VersionDiff[]> {
      const view = await readable(actor, id)
      const [a, b] = await Promise.all([repo.revision(id, from), repo.revision(id, to)])
      if (!a || !b)
        throw new NewsroomError('not-found', `no revision ${!a ? from : to} of this release`)
      // Readers who cannot edit compare the revisions as they are shown to them.
      const seen = async (content: RevisionContent) =>
        (await asSeenBy(actor, { ...view, content })).content
      return diffRevisions(await seen(a.content), await seen(b.content))
    },
  }
}

function firstLine(content: RevisionContent): string {
  const text = content.versions[0]?.text ?? ''
  return text.split('\n').find((l) => l.trim().length > 20) ?? text.slice(0, 80)
}

/** The release service's interface. */
export type ReleaseService = ReturnType<typeof releaseService>
