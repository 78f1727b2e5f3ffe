/**
 * The public newsroom's pages: templates, stylesheet and interface words in English and Spanish,
 * and the site that answers every public address from published releases only. The server's
 * public routes and the `export` command import from here.
 */

export { negotiateLang } from './negotiate-lang.js'
export { newsroomCss } from './newsroom-css.js'
export {
  type ListedDocument,
  listPublicDocuments,
  type PublicDocuments,
  publicDocuments,
} from './public-documents.js'
export type { PageContext, PublicRelease } from './public-model.js'
export {
  absoluteUrls,
  articlesOf,
  contentTypes,
  createPublicSite,
  type ParsedRevision,
  type PublicResponse,
  type PublicSite,
  type PublicSiteOptions,
} from './public-site.js'
export {
  createPublicUrls,
  exportFileOf,
  type FeedKind,
  feedFiles,
  type PublicUrls,
} from './public-urls.js'
export {
  formatDate,
  isPublicLang,
  type PublicLang,
  type PublicStrings,
  publicLangs,
  publicStrings,
} from './ui-strings.js'
