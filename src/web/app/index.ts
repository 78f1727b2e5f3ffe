/**
 * The workspace pages (server-rendered, bilingual): templates, the interface strings in English
 * and Spanish, the language choice and the stylesheet. The server's /app routes import from here.
 */
export {
  type InvitationState,
  renderErrorPage,
  renderInvitationPage,
  renderSignInPage,
  renderSignOutPage,
  type SignInState,
} from './account-pages.js'
export { appCss } from './app-css.js'
export { acceptedUiLangs, chooseUiLang, type UiLangHints, uiLangOf } from './choose-ui-lang.js'
export { type DashboardGroup, renderDashboardPage, statusBadge } from './dashboard-page.js'
export { type DiffPageData, renderDiffPage } from './diff-page.js'
export { type ImportOrganization, type ImportState, renderImportPage } from './import-page.js'
export {
  appStylesheetPath,
  csrfField,
  type Html,
  notice,
  type PageContext,
  renderLayout,
  timeText,
  withLang,
} from './layout.js'
export { type Refusal, refusalMessage, refusalSentence } from './refusal-message.js'
export { type CheckLine, type CheckOutcome, checkVersions } from './release-checks.js'
export { type ReleasePageData, type RevisionLine, renderReleasePage } from './release-page.js'
export { releaseTitle, versionHeadline } from './release-summary.js'
export {
  isUiLang,
  langName,
  type Translate,
  translate,
  translator,
  type UiKey,
  type UiLang,
  uiKeys,
  uiLangs,
} from './ui-strings.js'
