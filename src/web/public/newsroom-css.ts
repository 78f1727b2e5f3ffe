/**
 * The public newsroom's stylesheet (served at /assets/newsroom.css and written by the export):
 * readable type, enough contrast for WCAG AA, visible focus, and a print stylesheet that drops
 * navigation and prints link targets, so a journalist can print a release as wire copy.
 */

/** The stylesheet's text. */
export const newsroomCss = `:root {
  --text: #1a1a1a;
  --muted: #4a4a4a;
  --accent: #0b5394;
  --rule: #d0d0d0;
  --bg: #ffffff;
  font-family: Georgia, "Times New Roman", serif;
  color: var(--text);
  background: var(--bg);
  line-height: 1.55;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem; }
.skip-link:focus { left: 0.5rem; }
.site-header, .site-footer {
  font-family: system-ui, -apple-system, "Segoe UI", sans-serif;
  display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center;
  padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--rule);
}
.site-footer { border-bottom: 0; border-top: 1px solid var(--rule); margin-top: 3rem; color: var(--muted); }
.site-title { font-weight: 700; text-decoration: none; color: var(--text); }
.lang-switch ul, .feeds ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.75rem; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1.25rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
.release-line, .date, .issuers, .subheadline { color: var(--muted); }
.release-line { text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.85rem; }
.subheadline { font-size: 1.15rem; font-style: italic; }
.notice { border-left: 4px solid #b45309; padding: 0.25rem 0.75rem; background: #fff7ed; }
.dateline { font-weight: 700; }
.quote { border-left: 3px solid var(--rule); padding-left: 1rem; }
.quote cite { font-style: normal; font-weight: 700; }
.end-mark { text-align: center; letter-spacing: 0.2em; }
.boilerplates, .contacts { border-top: 1px solid var(--rule); margin-top: 2rem; }
.contacts ul { list-style: none; padding: 0; }
.contacts li { margin-bottom: 0.75rem; }
.release-list { list-style: none; padding: 0; }
.release-list li { border-bottom: 1px solid var(--rule); padding: 0.75rem 0; }
.release-list .meta { color: var(--muted); font-size: 0.9rem; display: block; }
.org-logo { max-height: 4rem; }
@media print {
  :root { font-size: 11pt; color: #000; background: #fff; }
  .site-header, .site-footer, .skip-link, .lang-switch, .feeds { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .body a[href^="http"]::after, .contacts a[href^="mailto"]::after { content: " (" attr(href) ")"; }
  h1, h2 { page-break-after: avoid; break-after: avoid; }
  p, blockquote, li { orphans: 3; widows: 3; }
  .quote { border-left: 0; padding-left: 0; }
  .boilerplates, .contacts { page-break-inside: avoid; break-inside: avoid; }
}
`
