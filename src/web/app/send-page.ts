/**
 * The send pages of a release: /app/releases/:id/send — choose lists and the language, count the
 * recipients per language before sending, send, and the release's earlier sends — and
 * /app/releases/:id/sends/:sendId — live progress (the route asks the browser to reload it every
 * few seconds while the send runs; no script) and the report: totals by state and every message
 * that failed, is unconfirmed or waits for a retry, with the reason.
 */
import { html } from 'hono/html'
import type {
  SendLangChoice,
  SendPlan,
  SendReport,
} from '../../newsroom/distribution/outbox-service.js'
import type { ContactList } from '../../store/repositories/lists.js'
import type { OutboxSend } from '../../store/repositories/outbox-sends.js'
import { statusBadge } from './dashboard-page.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { type SendKey, sendText } from './send-strings.js'
import type { UiKey } from './ui-strings.js'

/** What the send page shows. */
export interface SendPageData {
  releaseId: string
  headline: string
  headlineLang: string
  status: string
  /** Whether the user may send (an editor of a co-issuer). */
  canSend: boolean
  /** Whether the release can be sent now (public, or under embargo). */
  sendable: boolean
  embargoLiftsAt: string | null
  lists: ContactList[]
  chosen: string[]
  lang: SendLangChoice
  plan: SendPlan | null
  sends: OutboxSend[]
  error?: string | null
}

/** What the progress and report page shows. */
export interface SendProgressPageData {
  releaseId: string
  headline: string
  report: SendReport
  /** Whether the user may resend unconfirmed messages (an editor of a co-issuer). */
  canResend?: boolean
  error?: string | null
}

function resendForm(ctx: PageContext, data: SendProgressPageData): Html {
  const s = (key: SendKey, params?: Record<string, string | number>) =>
    sendText(ctx.lang, key, params)
  const rows = data.report.problems.filter((p) => p.state === 'unconfirmed')
  if (!data.canResend || rows.length === 0) return html``
  return html`<section aria-labelledby="resend-h">
      <h2 id="resend-h">${s('resend.title')}</h2>
      <p class="notice notice-alert">${s('resend.warning')}</p>
      <form method="post" action="/app/releases/${data.releaseId}/sends/${data.report.send.id}/resend" class="stack">
        ${csrfField(ctx)}
        <fieldset>
          <legend>${s('resend.title')}</legend>
          ${rows.map(
            (p) =>
              html`<div><input type="checkbox" id="row-${p.id}" name="row" value="${p.id}"> <label for="row-${p.id}">${s('resend.row', { email: p.email })}</label></div>`,
          )}
        </fieldset>
        <p><button type="submit">${s('resend.submit')}</button></p>
      </form>
    </section>`
}

const langChoices: SendLangChoice[] = ['preferred', 'en', 'es', 'both']

function planSection(ctx: PageContext, plan: SendPlan): Html {
  const s = (key: SendKey, params?: Record<string, string | number>) =>
    sendText(ctx.lang, key, params)
  return html`<section aria-labelledby="plan-h" class="plan">
      <h2 id="plan-h">${s('send.plan', { total: plan.recipients, press: plan.press, members: plan.members })}</h2>
      <ul>
        <li>${s('send.plan.en', { n: plan.byLang.en })}</li>
        <li>${s('send.plan.es', { n: plan.byLang.es })}</li>
        <li>${s('send.plan.both', { n: plan.byLang.both })}</li>
        ${plan.alreadySent > 0 ? html`<li>${s('send.plan.already', { n: plan.alreadySent })}</li>` : html``}
      </ul>
    </section>`
}

function sendForm(ctx: PageContext, data: SendPageData): Html {
  const s = (key: SendKey, params?: Record<string, string | number>) =>
    sendText(ctx.lang, key, params)
  if (data.lists.length === 0) return html`<p>${s('send.noLists')}</p>`
  const action = `/app/releases/${data.releaseId}/send`
  return html`<form method="post" action="${action}" class="stack">
      ${csrfField(ctx)}
      <fieldset>
        <legend>${s('send.lists')}</legend>
        ${data.lists.map(
          (l) =>
            html`<div><input type="checkbox" id="list-${l.id}" name="list" value="${l.id}"${
              data.chosen.includes(l.id) ? html` checked` : html``
            }> <label for="list-${l.id}">${s('send.listLine', {
              name: l.name,
              kind: s(l.kind === 'press' ? 'send.kind.press' : 'send.kind.members'),
              count: l.subscribed,
            })}</label></div>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${s('send.lang')}</legend>
        ${langChoices.map(
          (choice) =>
            html`<div><input type="radio" id="lang-${choice}" name="lang" value="${choice}"${
              data.lang === choice ? html` checked` : html``
            }> <label for="lang-${choice}">${s(`send.lang.${choice}` as SendKey)}</label></div>`,
        )}
      </fieldset>
      <p>
        <button type="submit" formmethod="get" formaction="${action}" name="count" value="1">${s('send.count')}</button>
        <button type="submit">${s('send.submit')}</button>
      </p>
    </form>`
}

function history(ctx: PageContext, data: SendPageData): Html {
  const s = (key: SendKey) => sendText(ctx.lang, key)
  if (data.sends.length === 0) return html`<p>${s('send.historyEmpty')}</p>`
  return html`<table>
      <caption>${s('send.caption')}</caption>
      <thead><tr><th scope="col">${s('send.when')}</th><th scope="col">${s('send.queued')}</th><th scope="col">${s('send.state')}</th><th scope="col"><span class="visually-hidden">${s('send.open')}</span></th></tr></thead>
      <tbody>${data.sends.map(
        (send) => html`<tr>
          <td>${timeText(ctx.lang, send.createdAt)}</td>
          <td>${send.total}</td>
          <td>${send.finishedAt ? s('send.finished') : s('send.running')}</td>
          <td><a href="/app/releases/${data.releaseId}/sends/${send.id}">${s('send.open')}</a></td>
        </tr>`,
      )}</tbody>
    </table>`
}

/** The send page. */
export function renderSendPage(ctx: PageContext, data: SendPageData): Html {
  const s = (key: SendKey, params?: Record<string, string | number>) =>
    sendText(ctx.lang, key, params)
  const body = html`<p><span lang="${data.headlineLang}">${s('send.of', { headline: data.headline })}</span> ${statusBadge(ctx, data.status)}</p>
    <p><a href="/app/releases/${data.releaseId}">${s('send.back')}</a></p>
    ${notice('alert', data.error)}
    <p>${s('send.intro')}</p>
    ${data.embargoLiftsAt ? html`<p class="notice notice-status">${s('send.embargo', { time: '' })}${timeText(ctx.lang, data.embargoLiftsAt)}</p>` : html``}
    ${
      !data.canSend
        ? html`<p>${s('send.readOnly')}</p>`
        : !data.sendable
          ? html`<p>${s('send.notSendable', { status: ctx.t(`status.${data.status}` as UiKey) })}</p>`
          : html`${data.plan ? planSection(ctx, data.plan) : html``}${sendForm(ctx, data)}`
    }
    <h2>${s('send.history')}</h2>
    ${history(ctx, data)}`
  return renderLayout(ctx, s('send.title'), body)
}

/** The progress and report page of one send. */
export function renderSendProgressPage(ctx: PageContext, data: SendProgressPageData): Html {
  const s = (key: SendKey, params?: Record<string, string | number>) =>
    sendText(ctx.lang, key, params)
  const { report } = data
  const total = report.send.total
  const states = ['sent', 'failed', 'unconfirmed', 'queued', 'sending'] as const
  const skipped = report.send.resolved - report.send.total
  const body = html`<p>${s('send.of', { headline: data.headline })}</p>
    <p><a href="/app/releases/${data.releaseId}/send">${s('progress.back')}</a></p>
    ${notice('alert', data.error ?? null)}
    <p><label for="send-progress">${s('progress.summary', { done: report.done, total })}</label>
      <progress id="send-progress" max="${Math.max(total, 1)}" value="${total === 0 ? 1 : report.done}" aria-label="${s('progress.bar')}">${report.done}/${total}</progress></p>
    ${report.finished ? html`` : html`<p role="status">${s('progress.live')}</p>`}
    ${skipped > 0 ? html`<p>${s('progress.skipped', { n: skipped })}</p>` : html``}
    <h2>${s('progress.counts')}</h2>
    <dl class="facts">${states.map(
      (state) =>
        html`<dt>${s(`progress.state.${state}` as SendKey)}</dt><dd>${report.counts[state]}</dd>`,
    )}</dl>
    ${report.counts.unconfirmed > 0 ? html`<p>${s('progress.unconfirmedHint')}</p>` : html``}
    ${resendForm(ctx, data)}
    <h2>${s('progress.problems')}</h2>
    ${
      report.problems.length === 0
        ? html`<p>${report.finished ? s('progress.none') : ''}</p>`
        : html`<table>
          <caption>${s('progress.problemsCaption')}</caption>
          <thead><tr><th scope="col">${s('progress.address')}</th><th scope="col">${s('send.state')}</th><th scope="col">${s('progress.attempts')}</th><th scope="col">${s('progress.reason')}</th></tr></thead>
          <tbody>${report.problems.map(
            (p) => html`<tr>
              <td>${p.email}</td>
              <td>${s(`progress.state.${p.state}` as SendKey)}</td>
              <td>${p.attempts}</td>
              <td>${p.code ? `${p.code} ` : ''}${p.error ?? ''}${
                p.nextAttemptAt
                  ? html` · ${s('progress.next', { time: '' })}${timeText(ctx.lang, p.nextAttemptAt)}`
                  : html``
              }</td>
            </tr>`,
          )}</tbody>
        </table>`
    }`
  return renderLayout(ctx, report.finished ? s('progress.reportTitle') : s('progress.title'), body)
}
