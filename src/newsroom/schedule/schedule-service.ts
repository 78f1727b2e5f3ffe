/**
 * Embargoes, scheduled publication, preview links and corrections (issue 7). Editors set, change
 * and clear a release's time (an embargo or a plain schedule) in an IANA time zone; journalists
 * get signed, per-recipient, revocable preview links whose every view is logged; the scheduler
 * asks for the releases whose time has come; the public site reads corrections. Publishing
 * itself happens in the release service, through the publish gate.
 */
import { randomUUID } from 'node:crypto'
import { releaseRepository } from '../../store/index.js'
import { type ReleaseSchedule, scheduleRepository } from '../../store/repositories/schedule.js'
import {
  type Correction,
  correctionRepository,
} from '../../store/repositories/schedule-corrections.js'
import { type PreviewLink, previewRepository } from '../../store/repositories/schedule-previews.js'
import { type Actor, canEditRelease, canReadRelease } from '../access.js'
import type { AuditActor } from '../audit-service.js'
import { isoNow } from '../clock.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { NewsroomError } from '../newsroom-error.js'
import { loadReleaseView, type ReleaseView, schedulerActor } from '../release-service.js'
import { isPublic } from '../release-status.js'
import { canSeeBeforeLift } from './embargo-access.js'
import { embargoLineIn } from './embargo-line.js'
import { canonicalTimeZone, instantOf, parseWallTime } from './zoned-time.js'

/** A release's embargo: when it lifts, and the time zone it is announced in. */
export interface Embargo {
  /** ISO time (UTC) at which every language version publishes. */
  liftsAt: string
  /** IANA time zone the embargo is stated in, e.g. America/Chicago. */
  timeZone: string
}

/** A correction as the public sees it: when, and the note in each language. */
export interface CorrectionNote {
  at: string
  notes: Record<string, string>
}

/** What an editor asks for: a local date and time in a time zone, as an embargo or not. */
export interface ScheduleInput {
  /** Local wall time, `YYYY-MM-DDTHH:mm`. */
  at: string
  /** IANA time zone, e.g. America/Chicago. */
  timeZone: string
  /** True (the default) for an embargo: preview links and the embargo line. */
  embargo?: boolean
}

/** Everything the schedule page shows. */
export interface ScheduleOverview {
  release: ReleaseView
  schedule: ReleaseSchedule | null
  /** The embargo line per language of the release (when it has an embargo). */
  lines: Record<string, string>
  previews: PreviewLink[]
  corrections: Correction[]
  canEdit: boolean
}

/** What opening a preview link answers. */
export type PreviewOpening =
  | { kind: 'refused'; reason: 'malformed' | 'forged' | 'expired' | 'revoked' }
  | { kind: 'withdrawn' }
  | { kind: 'public'; release: ReleaseView }
  | { kind: 'ok'; release: ReleaseView; embargo: Embargo; link: PreviewLink }

/** The signed-link purpose of preview links. */
export const previewPurpose = 'embargo-preview'

/** How long a preview link stays valid after the embargo lifts (it then leads to the public page). */
const afterLiftMs = 30 * 24 * 3600_000

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/

/** Schedule operations over the newsroom's dependencies. */
export function scheduleService(deps: NewsroomDeps) {
  const db = deps.store.db
  const schedules = scheduleRepository(db)
  const previews = previewRepository(db)
  const corrections = correctionRepository(db)
  const releases = releaseRepository(db)

  async function view(releaseId: string): Promise<ReleaseView | null> {
    const row = await releases.get(releaseId)
    return row ? loadReleaseView(db, row) : null
  }

  /** The release if `actor` may see it (embargo rule included); not found otherwise. */
  async function visible(actor: Actor | null, releaseId: string): Promise<ReleaseView> {
    const release = await view(releaseId)
    if (
      !release ||
      !canReadRelease(actor, release) ||
      !(await canSeeBeforeLift(db, actor, release))
    )
      throw new NewsroomError('not-found', `no release ${releaseId}`)
    return release
  }

  async function editable(actor: Actor | null, releaseId: string): Promise<ReleaseView> {
    if (!actor) throw new NewsroomError('unauthenticated', 'sign in to change the schedule')
    const release = await visible(actor, releaseId)
    if (!canEditRelease(actor, release))
      throw new NewsroomError(
        'forbidden',
        'only editors of a co-issuing organization can change this release’s schedule',
      )
    return release
  }

  /**
   * Moves the release from `from` to `to` only if nobody moved it meanwhile (else a conflict),
   * and logs the move as `action`.
   */
  async function moveStatus(
    actor: Actor | null,
    release: ReleaseView,
    move: { from: 'approved' | 'scheduled'; to: 'approved' | 'scheduled'; action: string },
    now: string,
  ): Promise<void> {
    if (!(await schedules.changeStatusIf(release.id, move.from, move.to, now)))
      throw new NewsroomError('conflict', 'the release changed status meanwhile; reload it', {
        reason: 'changed',
      })
    await deps.audit.record({
      coalitionId: release.coalitionId,
      releaseId: release.id,
      actor,
      action: move.action,
      detail: { from: move.from, to: move.to, revision: release.revision },
    })
  }

  function toEmbargo(schedule: ReleaseSchedule): Embargo {
    return { liftsAt: schedule.liftsAt, timeZone: schedule.timeZone }
  }

  function linesOf(release: ReleaseView, embargo: Embargo): Record<string, string> {
    const lines: Record<string, string> = {}
    const langs = release.content.versions.map((v) => v.lang)
    for (const lang of langs.length ? langs : ['en', 'es'])
      lines[lang] = embargoLineIn(new Date(embargo.liftsAt), embargo.timeZone, lang)
    return lines
  }

  async function activeEmbargo(release: ReleaseView): Promise<Embargo | null> {
    if (isPublic(release.status)) return null
    const schedule = await schedules.get(release.id)
    return schedule?.embargo ? toEmbargo(schedule) : null
  }

  return {
    /** The embargo of a release, or null when it has none (or it has lifted: the release is public). */
    async embargoOf(releaseId: string): Promise<Embargo | null> {
      const release = await view(releaseId)
      return release ? activeEmbargo(release) : null
    },

    /** The embargo line as journalists expect it, in `lang` ("EMBARGOED UNTIL …"). */
    embargoLine(embargo: Embargo, lang: string): string {
      return embargoLineIn(new Date(embargo.liftsAt), embargo.timeZone, lang)
    },

    /** The schedule page's data; readable by whoever may read the release. */
    async overview(actor: Actor | null, releaseId: string): Promise<ScheduleOverview> {
      const release = await visible(actor, releaseId)
      const [schedule, links, fixes] = await Promise.all([
        schedules.get(releaseId),
        previews.forRelease(releaseId),
        corrections.forRelease(releaseId),
      ])
      const canEdit = canEditRelease(actor, release)
      return {
        release,
        schedule: schedule ?? null,
        lines: schedule?.embargo ? linesOf(release, toEmbargo(schedule)) : {},
        // Who got a preview is for the editors who can revoke them.
        previews: canEdit ? links : [],
        corrections: fixes,
        canEdit,
      }
    },

    /**
     * Sets or changes the release's time (a local time in an IANA zone), as an embargo or a plain
     * schedule. Only an approved or scheduled release can be given a time, and only in the future;
     * an approved release becomes scheduled. Logged as embargo.set or embargo.changed.
     */
    async set(
      actor: Actor | null,
      releaseId: string,
      input: ScheduleInput,
    ): Promise<ReleaseSchedule> {
      const release = await editable(actor, releaseId)
      if (release.status !== 'approved' && release.status !== 'scheduled')
        throw new NewsroomError(
          'conflict',
          `only an approved release can be scheduled (this one is ${release.status})`,
          { reason: 'notApproved', status: release.status },
        )
      const timeZone = canonicalTimeZone(input.timeZone)
      if (!timeZone)
        throw new NewsroomError(
          'invalid',
          `"${input.timeZone}" is not a time zone: choose one such as America/Chicago`,
          { reason: 'badZone', zone: input.timeZone },
        )
      const wall = parseWallTime(input.at)
      if (!wall)
        throw new NewsroomError(
          'invalid',
          `"${input.at}" is not a date and time (YYYY-MM-DDTHH:mm)`,
          { reason: 'badTime', at: input.at },
        )
      const resolved = instantOf(wall, timeZone)
      if (!resolved.ok)
        throw new NewsroomError(
          'invalid',
          `${input.at} does not exist in ${timeZone}: the clocks skip that hour when daylight-saving time begins`,
          { reason: 'gap', at: input.at, zone: timeZone },
        )
      const liftsAt = resolved.instant.toISOString()
      const now = isoNow(deps.clock)
      if (liftsAt <= now)
        throw new NewsroomError(
          'invalid',
          'that time has passed: choose a time in the future, or publish the release now',
          { reason: 'past' },
        )
      const before = await schedules.get(releaseId)
      const embargo = input.embargo ?? true
      await schedules.put({
        releaseId,
        liftsAt,
        timeZone,
        embargo,
        setBy: actor?.userId ?? null,
        at: now,
      })
      await deps.audit.record({
        coalitionId: release.coalitionId,
        releaseId,
        actor,
        action: before ? 'embargo.changed' : 'embargo.set',
        detail: {
          liftsAt,
          timeZone,
          embargo,
          local: input.at,
          ...(before
            ? {
                previous: {
                  liftsAt: before.liftsAt,
                  timeZone: before.timeZone,
                  embargo: before.embargo,
                },
              }
            : {}),
        },
      })
      if (release.status === 'approved')
        await moveStatus(
          actor,
          release,
          { from: 'approved', to: 'scheduled', action: 'release.scheduled' },
          now,
        )
      const saved = await schedules.get(releaseId)
      if (!saved)
        throw new NewsroomError('conflict', 'the schedule was removed meanwhile', {
          reason: 'changed',
        })
      return saved
    },

    /**
     * Clears the release's time: it goes back to approved and publishes only when someone
     * publishes it. Logged as embargo.cleared.
     */
    async clear(actor: Actor | null, releaseId: string): Promise<void> {
      const release = await editable(actor, releaseId)
      if (isPublic(release.status))
        throw new NewsroomError('conflict', 'the release is already public', { reason: 'public' })
      const before = await schedules.get(releaseId)
      if (!before)
        throw new NewsroomError('conflict', 'the release has no time to clear', {
          reason: 'noTime',
        })
      const now = isoNow(deps.clock)
      await schedules.clear(releaseId)
      await deps.audit.record({
        coalitionId: release.coalitionId,
        releaseId,
        actor,
        action: 'embargo.cleared',
        detail: { liftsAt: before.liftsAt, timeZone: before.timeZone, embargo: before.embargo },
      })
      if (release.status === 'scheduled')
        await moveStatus(
          actor,
          release,
          { from: 'scheduled', to: 'approved', action: 'release.approved' },
          now,
        )
    },

    /**
     * A signed, per-recipient, revocable preview link of an embargoed release; issuing it is
     * logged. Refuses when the release has no embargo. A signed-in actor must edit the release;
     * a labelled system actor (the e-mail sender) is trusted.
     */
    async issuePreview(
      actor: AuditActor,
      releaseId: string,
      recipient: { email: string; name: string },
    ): Promise<{ url: string; id: string }> {
      if (!actor) throw new NewsroomError('unauthenticated', 'sign in to issue preview links')
      const release = 'userId' in actor ? await editable(actor, releaseId) : await view(releaseId)
      if (!release) throw new NewsroomError('not-found', `no release ${releaseId}`)
      const embargo = await activeEmbargo(release)
      if (!embargo)
        throw new NewsroomError(
          'conflict',
          'preview links are for releases under embargo: set an embargo first',
          { reason: 'noEmbargo' },
        )
      const email = String(recipient.email ?? '')
        .trim()
        .toLowerCase()
      if (!emailPattern.test(email) || email.length > 254)
        throw new NewsroomError('invalid', `"${recipient.email}" is not an e-mail address`, {
          reason: 'badEmail',
          email: String(recipient.email ?? ''),
        })
      const name = String(recipient.name ?? '')
        .trim()
        .replace(/\s+/g, ' ')
      if (name.length > 200)
        throw new NewsroomError('invalid', 'the name is longer than 200 characters', {
          reason: 'longName',
        })
      const now = deps.clock.now().getTime()
      const ttl = Math.max(0, new Date(embargo.liftsAt).getTime() - now) + afterLiftMs
      const { token, claims } = await deps.links.sign(previewPurpose, releaseId, ttl)
      await previews.add({
        id: claims.id,
        releaseId,
        email,
        name,
        issuedBy: 'userId' in actor ? actor.userId : null,
        at: new Date(now).toISOString(),
        expiresAt: new Date(claims.expires).toISOString(),
      })
      await deps.audit.record({
        coalitionId: release.coalitionId,
        releaseId,
        actor,
        action: 'preview.issued',
        detail: { link: claims.id, email, name },
      })
      return { url: `${deps.publicUrl}/preview/${token}`, id: claims.id }
    },

    /** Revokes a preview link of the release; refused links say so when opened. Logged. */
    async revokePreview(actor: Actor | null, releaseId: string, linkId: string): Promise<void> {
      const release = await editable(actor, releaseId)
      const link = await previews.get(linkId)
      if (!link || link.releaseId !== releaseId)
        throw new NewsroomError('not-found', 'no such preview link of this release', {
          reason: 'noLink',
        })
      if (!(await previews.revoke(linkId, actor?.userId ?? null, isoNow(deps.clock))))
        throw new NewsroomError('conflict', 'that preview link is already revoked', {
          reason: 'revoked',
        })
      await deps.audit.record({
        coalitionId: release.coalitionId,
        releaseId,
        actor,
        action: 'preview.revoked',
        detail: { link: linkId, email: link.email },
      })
    },

    /**
     * Opens a preview link: checks its signature, expiry and revocation, and logs the view (in
     * the views table and the audit log). A release that has become public is answered as such,
     * for a redirect; one whose embargo was withdrawn is no longer previewed.
     */
    async openPreview(token: string, userAgent: string | null): Promise<PreviewOpening> {
      const check = await deps.links.verify(previewPurpose, token)
      if (!check.ok)
        return {
          kind: 'refused',
          reason: check.reason === 'wrong-purpose' ? 'forged' : check.reason,
        }
      const link = await previews.get(check.claims.id)
      // A genuine signature over an id we never recorded: treat as forged.
      if (!link || link.releaseId !== check.claims.subject)
        return { kind: 'refused', reason: 'forged' }
      if (link.revokedAt) return { kind: 'refused', reason: 'revoked' }
      const release = await view(link.releaseId)
      if (!release) return { kind: 'withdrawn' }
      if (isPublic(release.status)) return { kind: 'public', release }
      const embargo = await activeEmbargo(release)
      if (!embargo) return { kind: 'withdrawn' }
      const at = isoNow(deps.clock)
      await previews.addView({
        id: randomUUID(),
        linkId: link.id,
        releaseId: release.id,
        at,
        userAgent: userAgent ? userAgent.slice(0, 300) : null,
      })
      await deps.audit.record({
        coalitionId: release.coalitionId,
        releaseId: release.id,
        actor: { label: `link:${link.email}` },
        action: 'preview.viewed',
        detail: { link: link.id },
      })
      return { kind: 'ok', release, embargo, link }
    },

    /** Scheduled releases whose time has come (by the clock), earliest first. */
    async due(): Promise<ReleaseSchedule[]> {
      return schedules.due(isoNow(deps.clock))
    },

    /**
     * Records that publishing at the time was refused (by the publish gate): kept on the
     * schedule for the workspace, and logged once per distinct refusal, not on every tick.
     */
    async recordFailure(releaseId: string, message: string): Promise<void> {
      const schedule = await schedules.get(releaseId)
      if (!schedule || schedule.lastFailure?.message === message) return
      const at = isoNow(deps.clock)
      await schedules.setFailure(releaseId, { at, message })
      const row = await releases.get(releaseId)
      if (!row) return
      await deps.audit.record({
        coalitionId: row.coalition_id,
        releaseId,
        actor: schedulerActor,
        action: 'release.publish-refused',
        detail: { message, liftsAt: schedule.liftsAt },
      })
    },

    /** The corrections of a published release, oldest first. */
    async publicCorrections(release: ReleaseView): Promise<CorrectionNote[]> {
      if (!isPublic(release.status)) return []
      return (await corrections.forRelease(release.id)).map((c) => ({ at: c.at, notes: c.notes }))
    },

    /** A fingerprint of what this feature adds to public pages, for the public site's cache. */
    async publicStamp(coalitionId: string): Promise<string> {
      return corrections.stamp(coalitionId)
    },
  }
}

/** The service's interface. */
export type ScheduleService = ReturnType<typeof scheduleService>
