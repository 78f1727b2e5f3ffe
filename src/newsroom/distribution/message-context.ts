/**
 * What every message of a send is rendered from, loaded once per send and refreshed every few
 * seconds: the release at the send's revision as the public sees it (spokesperson appearance
 * applied by the quote service), one article per language, the co-issuers' names, media contacts
 * and "about" paragraphs from the directory, whether the release is public, and its embargo.
 */

import type { ArticleBoilerplate } from '../../render/article.js'
import type { EmailContact } from '../../render/email-message.js'
import { type Article, articleOfText } from '../../render/index.js'
import {
  directoryRepository,
  type Organization,
  type Person,
  releaseRepository,
} from '../../store/index.js'
import type { OutboxSend } from '../../store/repositories/outbox-sends.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import type { QuoteService } from '../quotes/quote-service.js'
import { loadReleaseView, type ReleaseView } from '../release-service.js'
import { isPublic } from '../release-status.js'
import type { Embargo, ScheduleService } from '../schedule/schedule-service.js'

/** A send's rendering context. */
export interface MessageContext {
  send: OutboxSend
  view: ReleaseView
  /** Articles of the public text, by language, in the release's order. */
  articles: Map<string, Article>
  organizations: Organization[]
  /** The directory's media contacts of the release (its own, else its co-issuers'). */
  people: Person[]
  isPublic: boolean
  embargo: Embargo | null
  /** When this context was loaded (ms, the clock's). */
  loadedAt: number
}

/** The services a context is loaded with. */
export interface MessagePeers {
  quotes: Pick<QuoteService, 'publicContent'>
  schedule: Pick<ScheduleService, 'embargoOf' | 'embargoLine'>
}

/** A release as the newsroom presents it, at a given revision (without access checks). */
export async function releaseViewAt(
  deps: Pick<NewsroomDeps, 'store'>,
  releaseId: string,
  revision?: number,
): Promise<ReleaseView | undefined> {
  const row = await releaseRepository(deps.store.db).get(releaseId)
  return row
    ? loadReleaseView(deps.store.db, { ...row, revision: revision ?? row.revision })
    : undefined
}

/** Loads the context of a send. */
export async function loadMessageContext(
  deps: NewsroomDeps,
  peers: MessagePeers,
  send: OutboxSend,
): Promise<MessageContext> {
  const view = await releaseViewAt(deps, send.releaseId, send.revision)
  if (!view) throw new Error(`the release of send ${send.id} is gone`)
  const directory = directoryRepository(deps.store.db)
  const [publicText, organizations, embargo] = await Promise.all([
    peers.quotes.publicContent(view),
    Promise.all(view.organizationIds.map((id) => directory.organization(id))),
    peers.schedule.embargoOf(view.id),
  ])
  const articles = new Map<string, Article>()
  for (const version of publicText.content.versions)
    articles.set(version.lang, articleOfText(version.lang, version.text))
  const orgs = organizations.filter((o): o is Organization => o !== undefined)
  let people = (await Promise.all(view.contactIds.map((id) => directory.person(id)))).filter(
    (p): p is Person => p !== undefined,
  )
  if (people.length === 0)
    people = (await Promise.all(orgs.map((o) => directory.people(o.id))))
      .flat()
      .filter((p) => p.mediaContact)
  return {
    send,
    view,
    articles,
    organizations: orgs,
    people,
    isPublic: isPublic(view.status),
    embargo,
    loadedAt: deps.clock.now().getTime(),
  }
}

/**
 * The context with its changing parts read again — the release's status and its embargo — and
 * the rest (the parsed text, the directory) kept: a send renders one revision throughout.
 */
export async function refreshMessageContext(
  deps: NewsroomDeps,
  peers: MessagePeers,
  context: MessageContext,
): Promise<MessageContext> {
  const [row, embargo] = await Promise.all([
    releaseRepository(deps.store.db).get(context.view.id),
    peers.schedule.embargoOf(context.view.id),
  ])
  if (!row) throw new Error(`the release of send ${context.send.id} is gone`)
  return {
    ...context,
    isPublic: isPublic(row.status),
    embargo,
    loadedAt: deps.clock.now().getTime(),
  }
}

/** The languages a recipient gets: those they read that the release has, else the release's first. */
export function messageLangs(context: MessageContext, wanted: string[]): string[] {
  const have = [...context.articles.keys()]
  const langs = wanted.filter((l) => context.articles.has(l))
  return langs.length > 0 ? langs : have.slice(0, 1)
}

/** The co-issuers' names in a language. */
export function organizationNames(context: MessageContext, lang: string): string[] {
  return context.organizations.map((o) => o.names[lang]?.trim() || o.name)
}

/** Media contacts in a language: the directory's, else those written in the article. */
export function emailContacts(context: MessageContext, lang: string): EmailContact[] {
  const byId = new Map(context.organizations.map((o) => [o.id, o]))
  if (context.people.length > 0)
    return context.people.map((p) => {
      const org = byId.get(p.organizationId)
      return {
        name: p.name,
        title: p.titles[lang]?.trim() || null,
        organization: org ? org.names[lang]?.trim() || org.name : null,
        email: p.email,
        phone: p.phone,
      }
    })
  const article = context.articles.get(lang)
  return (article?.contacts ?? []).map((c) => ({
    name: c.name ?? '',
    title: c.title,
    organization: c.organization,
    email: c.email,
    phone: c.phone,
  }))
}

/** "About" paragraphs: the article's own when it has them, else the directory's in `lang`. */
export function emailBoilerplates(context: MessageContext, lang: string): ArticleBoilerplate[] {
  const article = context.articles.get(lang)
  if (article && article.boilerplates.length > 0) return article.boilerplates
  return context.organizations
    .filter((o) => o.boilerplates[lang]?.trim())
    .map((o) => ({
      organization: o.names[lang]?.trim() || o.name,
      text: o.boilerplates[lang]?.trim() ?? '',
    }))
}
