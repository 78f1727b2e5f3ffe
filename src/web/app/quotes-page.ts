/**
 * The workspace's quotes page of a release: each quote pair with its speaker, organization, linked
 * person, approval status and public appearance, with the forms to link a person, e-mail an
 * approval link and set the appearance; the co-issuer sign-off panel; and what keeps the release
 * from being published, with the override form for admins. It shows unredacted identities: the
 * routes serve it to the release's editors only.
 */
import { html } from 'hono/html'
import type {
  QuoteState,
  ReleaseApprovals,
  SignoffState,
} from '../../newsroom/quotes/quote-service.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { type QuotesKey, type QuotesText, quotesText } from './quotes-strings.js'
import { langName } from './ui-strings.js'

/** Everything the quotes page shows. */
export interface QuotesPageData {
  approvals: ReleaseApprovals
  /** People a quote may be linked to. */
  people: { id: string; name: string; organization: string }[]
  /** Quote keys whose appearance the viewer may set. */
  appearanceKeys: string[]
  /** Organizations the viewer may sign off for. */
  signable: string[]
  /** Whether the viewer may publish with an override (an admin of a co-issuer). */
  canOverride: boolean
  /** Whether the release's status allows publishing now. */
  canPublish: boolean
  flash?: string | null
  error?: string | null
  /** The missing approvals of a refused publication, when the page answers one. */
  refusedReason?: string | null
}

/** The `done` flags the page's forms redirect with. */
export const quotesFlashes: Record<string, QuotesKey> = {
  linked: 'done.linked',
  requested: 'done.requested',
  appearance: 'done.appearance',
  signed: 'done.signed',
  published: 'done.published',
}

const langsShown = ['en', 'es']

function ids(key: string): string {
  return key.replace(/[^a-zA-Z0-9_-]/g, '_')
}

function appearanceSummary(q: QuotesText, quote: QuoteState): string {
  const a = quote.appearance
  if (!a) return q('appearanceDefault')
  const parts = [q(`mode.${a.mode}` as QuotesKey)]
  if (a.mode === 'description')
    parts[0] = `${parts[0]}: ${Object.entries(a.descriptions)
      .map(([l, d]) => `${l}: “${d}”`)
      .join(' · ')}`
  parts.push(a.showTitle ? q('withTitle') : q('withoutTitle'))
  parts.push(a.showCity ? q('withCity') : q('withoutCity'))
  parts.push(a.showPhoto ? q('withPhoto') : q('withoutPhoto'))
  return parts.join(', ')
}

function quoteForms(
  ctx: PageContext,
  q: QuotesText,
  base: string,
  quote: QuoteState,
  data: QuotesPageData,
): Html {
  const id = ids(quote.key)
  const action = `${base}/${encodeURIComponent(quote.key)}`
  const link = html`<form method="post" action="${action}/link" class="inline-form">
      ${csrfField(ctx)}
      <label for="person-${id}">${q('linkLabel')}</label>
      <select id="person-${id}" name="personId">
        ${data.people.map(
          (p) =>
            html`<option value="${p.id}"${p.id === quote.person?.id ? html` selected` : html``}>${p.name} (${p.organization})</option>`,
        )}
      </select>
      <button type="submit">${q('linkSubmit')}</button>
    </form>`
  const request = quote.person
    ? html`<form method="post" action="${action}/request">
        ${csrfField(ctx)}
        <button type="submit">${quote.status === 'none' ? q('requestSubmit') : q('requestAgain')}</button>
        <p class="hint">${q('requestHint')}</p>
      </form>`
    : html``
  const a = quote.appearance
  const mode = a?.mode ?? 'full'
  const appearance = data.appearanceKeys.includes(quote.key)
    ? html`<form method="post" action="${action}/appearance">
        ${csrfField(ctx)}
        <fieldset>
          <legend>${q('appearanceLegend')}</legend>
          ${(['full', 'first', 'description'] as const).map(
            (m) =>
              html`<label class="check"><input type="radio" name="mode" value="${m}"${m === mode ? html` checked` : html``}> ${q(`mode.${m}`)}</label>`,
          )}
          ${langsShown.map(
            (l) =>
              html`<label for="description-${l}-${id}">${q('description', { lang: langName(ctx.lang, l) })}</label>
              <input id="description-${l}-${id}" name="description-${l}" lang="${l}" maxlength="200" value="${a?.descriptions[l] ?? ''}">`,
          )}
          <p class="hint">${q('descriptionHint')}</p>
          ${(
            [
              ['showTitle', a?.showTitle ?? true],
              ['showCity', a?.showCity ?? true],
              ['showPhoto', a?.showPhoto ?? true],
            ] as const
          ).map(
            ([name, on]) =>
              html`<label class="check"><input type="checkbox" name="${name}" value="1"${on ? html` checked` : html``}> ${q(name)}</label>`,
          )}
        </fieldset>
        <button type="submit">${q('appearanceSubmit')}</button>
      </form>`
    : html`<p class="hint">${q('appearanceOnly')}</p>`
  return html`${link}${request}${appearance}`
}

function quoteSection(
  ctx: PageContext,
  q: QuotesText,
  base: string,
  quote: QuoteState,
  n: number,
  data: QuotesPageData,
): Html {
  const approval = quote.approval
  return html`<section class="version quote" aria-labelledby="quote-${ids(quote.key)}">
    <h2 id="quote-${ids(quote.key)}">${q('quote', { n })}: ${quote.speakerName ?? q('unknown')}</h2>
    ${quote.sides.map(
      (s) =>
        html`<figure><figcaption>${langName(ctx.lang, s.lang)}</figcaption><blockquote lang="${s.lang}"><p>${s.text}</p></blockquote></figure>`,
    )}
    <dl class="facts">
      <dt>${q('speaker')}</dt><dd>${quote.speakerName ?? q('unknown')}</dd>
      <dt>${q('organization')}</dt><dd>${quote.speakerOrganization ?? q('unknown')}</dd>
      <dt>${q('person')}</dt>
      <dd>${
        quote.person
          ? html`${quote.person.name} <span class="hint">(${quote.linkedBy === 'editor' ? q('linkedEditor') : q('linkedAuto')})</span>`
          : q('noPerson')
      }</dd>
      <dt>${q('approval')}</dt>
      <dd><span class="status approval-${quote.status}">${q(`status.${quote.status}` as QuotesKey)}</span>${
        approval
          ? html` <span class="hint">${q('sentTo', { to: approval.sentTo, time: '' })}${timeText(ctx.lang, approval.requestedAt)}</span>`
          : html``
      }</dd>
      ${
        approval?.comment
          ? html`<dt>${q('comment')}</dt><dd class="approval-comment">${approval.comment}</dd>`
          : html``
      }
      <dt>${q('appearance')}</dt><dd>${appearanceSummary(q, quote)}</dd>
    </dl>
    ${quoteForms(ctx, q, base, quote, data)}
  </section>`
}

function signoffPanel(
  ctx: PageContext,
  q: QuotesText,
  releaseId: string,
  signoffs: SignoffState[],
  signable: string[],
): Html {
  return html`<section aria-labelledby="signoffs">
    <h2 id="signoffs">${q('signoffs')}</h2>
    <p>${q('signoffsIntro')}</p>
    <ul class="signoffs">
      ${signoffs.map(
        (s) => html`<li>
          <strong>${s.name}</strong>:
          <span class="signoff-${s.signed ? 'signed' : s.stale ? 'stale' : 'unsigned'}">${
            s.signed
              ? html`${q('signed', { time: '' })}${timeText(ctx.lang, s.signedAt ?? '')}`
              : s.stale
                ? q('stale')
                : q('unsigned')
          }</span>
          ${
            !s.signed && signable.includes(s.organizationId)
              ? html`<form method="post" action="/app/releases/${releaseId}/signoffs" class="inline-form">
                  ${csrfField(ctx)}
                  <input type="hidden" name="organizationId" value="${s.organizationId}">
                  <button type="submit">${q('signSubmit', { name: s.name })}</button>
                </form>`
              : html``
          }
        </li>`,
      )}
    </ul>
  </section>`
}

function gatePanel(ctx: PageContext, q: QuotesText, data: QuotesPageData): Html {
  const { approvals } = data
  const id = approvals.release.id
  const missing = [
    ...approvals.quotes.flatMap((quote, i) =>
      quote.status === 'approved'
        ? []
        : [
            `${q('quote', { n: i + 1 })} (${quote.speakerName ?? q('unknown')}): ${q(`status.${quote.status}` as QuotesKey)}`,
          ],
    ),
    ...approvals.signoffs.flatMap((s) =>
      s.signed ? [] : [`${s.name}: ${s.stale ? q('stale') : q('unsigned')}`],
    ),
  ]
  const override =
    data.canOverride && data.canPublish && missing.length > 0
      ? html`<form method="post" action="/app/releases/${id}/quotes/publish">
          ${csrfField(ctx)}
          <h3>${q('override')}</h3>
          <p class="hint">${q('overrideHint')}</p>
          <label for="override-reason">${q('reason')}</label>
          <textarea id="override-reason" name="reason" rows="3" maxlength="2000" required></textarea>
          <input type="hidden" name="revision" value="${approvals.release.revision}">
          <button type="submit">${q('overrideSubmit')}</button>
        </form>`
      : html``
  return html`<section aria-labelledby="gate">
    <h2 id="gate">${q('gate')}</h2>
    ${
      missing.length === 0
        ? html`<p class="gate-ready">${q('ready')}</p>`
        : html`<p>${q('missing')}</p><ul class="gate-missing">${missing.map((m) => html`<li>${m}</li>`)}</ul>`
    }
    ${data.canPublish ? html`` : html`<p class="hint">${q('notPublishable')}</p>`}
    ${override}
  </section>`
}

/** The quotes page. */
export function renderQuotesPage(ctx: PageContext, data: QuotesPageData): Html {
  const q = quotesText(ctx.lang)
  const release = data.approvals.release
  const base = `/app/releases/${release.id}/quotes`
  const body = html`
    <p><a href="/app/releases/${release.id}">${q('back')}</a></p>
    ${notice('status', data.flash)}
    ${notice('alert', data.error)}
    <p>${q('intro')}</p>
    ${
      data.approvals.quotes.length === 0
        ? html`<p>${q('none')}</p>`
        : data.approvals.quotes.map((quote, i) => quoteSection(ctx, q, base, quote, i + 1, data))
    }
    ${signoffPanel(ctx, q, release.id, data.approvals.signoffs, data.signable)}
    ${gatePanel(ctx, q, data)}`
  return renderLayout(ctx, q('title'), body)
}
