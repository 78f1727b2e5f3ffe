/**
 * The account pages: sign in, sign out (a confirmation with a POST button, so a link cannot sign
 * anyone out), and accepting an invitation by creating the account. Forms post back to the same
 * path and carry the CSRF token; a refusal re-renders the form with the message and the input.
 */
import { html } from 'hono/html'
import { csrfField, type Html, notice, type PageContext, renderLayout } from './layout.js'

/** What the sign-in form shows again after a refusal. */
export interface SignInState {
  email?: string
  error?: string | null
  /** The same error in the other interface language, for a reader who has not chosen one yet. */
  errorOther?: { lang: string; text: string } | null
  /** Where to go after signing in (a workspace path). */
  next?: string | null
}

/** The sign-in page. */
export function renderSignInPage(ctx: PageContext, state: SignInState = {}): Html {
  const { t } = ctx
  return renderLayout(
    ctx,
    t('signIn.title'),
    html`<p>${t('signIn.intro')}</p>
      ${
        state.error
          ? html`<div class="notice notice-alert" role="alert">
              <p>${state.error}</p>
              ${state.errorOther ? html`<p lang="${state.errorOther.lang}">${state.errorOther.text}</p>` : html``}
            </div>`
          : html``
      }
      <form class="stack" method="post" action="/app/sign-in">
        ${csrfField(ctx)}
        ${state.next ? html`<input type="hidden" name="next" value="${state.next}">` : html``}
        <div>
          <label for="email">${t('signIn.email')}</label>
          <input type="email" id="email" name="email" required autocomplete="username"
            value="${state.email ?? ''}"${state.error ? html` aria-invalid="true"` : html``}>
        </div>
        <div>
          <label for="password">${t('signIn.password')}</label>
          <input type="password" id="password" name="password" required
            autocomplete="current-password"${state.error ? html` aria-invalid="true"` : html``}>
        </div>
        <div><button type="submit">${t('signIn.submit')}</button></div>
      </form>`,
  )
}

/** The sign-out confirmation. */
export function renderSignOutPage(ctx: PageContext): Html {
  const { t } = ctx
  return renderLayout(
    ctx,
    t('signOut.title'),
    html`<form class="stack" method="post" action="/app/sign-out">
      ${csrfField(ctx)}
      <p>${t('signOut.question')}</p>
      <div><button type="submit">${t('signOut.submit')}</button></div>
    </form>`,
  )
}

/** What the invitation form shows again after a refusal. */
export interface InvitationState {
  token: string
  name?: string
  email?: string
  locale?: string
  error?: string | null
}

/** The invitation page: create an account to join the organization. */
export function renderInvitationPage(ctx: PageContext, state: InvitationState): Html {
  const { t } = ctx
  const locale = state.locale ?? ctx.lang
  const option = (value: string, label: string) =>
    html`<option value="${value}" lang="${value}"${value === locale ? html` selected` : html``}>${label}</option>`
  return renderLayout(
    ctx,
    t('invite.title'),
    html`<p>${t('invite.intro')}</p>
      ${notice('alert', state.error)}
      <form class="stack" method="post" action="/app/invitations/${encodeURIComponent(state.token)}">
        ${csrfField(ctx)}
        <div>
          <label for="name">${t('invite.name')}</label>
          <input type="text" id="name" name="name" required autocomplete="name" maxlength="200"
            value="${state.name ?? ''}">
        </div>
        <div>
          <label for="email">${t('invite.email')}</label>
          <input type="email" id="email" name="email" required autocomplete="email"
            value="${state.email ?? ''}">
        </div>
        <div>
          <label for="password">${t('invite.password')}</label>
          <input type="password" id="password" name="password" required minlength="10"
            autocomplete="new-password">
        </div>
        <div>
          <label for="locale">${t('invite.locale')}</label>
          <select id="locale" name="locale">${option('en', 'English')}${option('es', 'Español')}</select>
        </div>
        <div><button type="submit">${t('invite.submit')}</button></div>
      </form>`,
  )
}

/** An error page: the message in the interface language and a way back. */
export function renderErrorPage(ctx: PageContext, message: string): Html {
  const { t } = ctx
  return renderLayout(
    ctx,
    t('error.title'),
    html`${notice('alert', message)}
      <p><a href="${ctx.userName ? '/app' : '/app/sign-in'}">${
        ctx.userName ? t('error.back') : t('signIn.title')
      }</a></p>`,
  )
}
