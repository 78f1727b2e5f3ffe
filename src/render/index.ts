/**
 * Rendering: articles (one language version ready to show), their HTML fragment and wire-copy
 * text, structured data, head tags, feeds and the sitemap. Pure functions without Node imports,
 * shared by the server, the static export and the browser. Other folders import only from here.
 */
export {
  type Article,
  type ArticleBoilerplate,
  type ArticleContact,
  type ArticleParagraph,
  type ArticleRun,
  aboutHeading,
  articleFromText,
  articleFromVersion,
  articleSummary,
  flattenText,
  paragraphText,
} from './article.js'
export { articleOfText } from './article-of-text.js'
export {
  type Alternate,
  alternateLinks,
  feedLinks,
  type OpenGraph,
  ogLocale,
  openGraphTags,
} from './head-tags.js'
export {
  escapeHtml,
  type HtmlValue,
  html,
  joinHtml,
  rawHtml,
  SafeHtml,
  stripForbiddenChars,
} from './html-template.js'
export {
  type JsonLdVersion,
  jsonLdScript,
  type NewsArticleInput,
  newsArticleJsonLd,
} from './news-article-json-ld.js'
export { type ArticleHtmlOptions, renderArticleHtml } from './render-article-html.js'
export { type FeedEntry, type FeedInput, type RenderedFeeds, renderFeeds } from './render-feeds.js'
export { renderSitemap, type SitemapPage } from './render-sitemap.js'
export {
  contactLine,
  renderVersionWireText,
  renderWireText,
  type WireTextLabels,
  wireTextLabels,
} from './render-wire-text.js'
