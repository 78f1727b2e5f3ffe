/**
 * The workspace stylesheet, kept as a string so the server serves it without touching the file
 * system and the build needs no copy step. Colours meet WCAG AA contrast (4.5:1 and more) on
 * their backgrounds; focus is always visible; the two language columns stack on narrow screens.
 */

/** The CSS of every workspace page. */
export const appCss = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
  color: #1b1b1b; background: #fff; }
body { margin: 0; }
a { color: #0b4f9c; }
a:hover { color: #062e5c; }
:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: #fff; padding: 0.5rem 1rem;
  border: 2px solid #0b4f9c; z-index: 10; }
.skip:focus { top: 0.5rem; }
.top { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: center;
  padding: 0.75rem 1.5rem; border-bottom: 1px solid #c9ced6; background: #f4f6f9; }
.top ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1rem; }
.brand { margin: 0; font-weight: 700; }
.brand a { text-decoration: none; color: #1b1b1b; }
.brand span { font-weight: 400; color: #474f5a; }
.account { display: flex; gap: 0.75rem; align-items: center; margin-left: auto; }
.account form { margin: 0; }
.langs a[aria-current] { font-weight: 700; text-decoration: none; color: #1b1b1b; }
main { max-width: 78rem; margin: 0 auto; padding: 1.5rem; }
main:focus { outline: none; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.5rem; }
.notice { padding: 0.75rem 1rem; border-left: 4px solid; margin: 0 0 1rem; }
.notice p { margin: 0; }
.notice p + p { margin-top: 0.5rem; }
.notice-status { border-color: #1f7a3a; background: #eef8f1; }
.notice-alert { border-color: #b3261e; background: #fdf0ef; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #d5d9e0; vertical-align: top; }
th { background: #f4f6f9; }
.status { display: inline-block; padding: 0 0.5rem; border-radius: 0.25rem; border: 1px solid #474f5a;
  font-size: 0.9rem; }
.status-published, .status-corrected { border-color: #1f7a3a; color: #155a2a; }
form.stack { display: grid; gap: 1rem; max-width: 40rem; }
form.wide { max-width: none; }
label, legend { font-weight: 600; display: block; }
.hint { color: #474f5a; font-weight: 400; font-size: 0.9rem; margin: 0.25rem 0 0; }
input[type=text], input[type=email], input[type=password], input[type=file], select, textarea {
  font: inherit; width: 100%; padding: 0.5rem; border: 1px solid #6b7280; border-radius: 0.25rem;
  background: #fff; color: #1b1b1b; }
textarea { min-height: 12rem; }
fieldset { border: 1px solid #c9ced6; border-radius: 0.25rem; padding: 0.75rem 1rem; margin: 0; }
fieldset label { font-weight: 400; display: inline; }
.check { display: block; margin: 0.25rem 0; }
button, .button { font: inherit; padding: 0.5rem 1rem; border-radius: 0.25rem; cursor: pointer;
  border: 1px solid #0b4f9c; background: #0b4f9c; color: #fff; }
button:hover { background: #062e5c; }
button.secondary { background: #fff; color: #0b4f9c; }
button.secondary:hover { background: #eef3fa; }
.link-button { background: none; border: none; color: #0b4f9c; text-decoration: underline; padding: 0; }
.link-button:hover { background: none; color: #062e5c; }
.steps { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 0; }
.steps form { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; }
.version { border: 1px solid #c9ced6; border-radius: 0.25rem; padding: 0 1rem 1rem; }
.version p { margin: 0 0 0.75rem; white-space: pre-line; overflow-wrap: anywhere; }
.diff { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #c9ced6; padding: 1rem; }
ins { background: #d8f0de; color: #0f3d1c; text-decoration: underline; }
del { background: #fbe0de; color: #6b1510; text-decoration: line-through; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.checks { padding-left: 1.25rem; }
.checks li { margin: 0.25rem 0; }
.check-error strong { color: #b3261e; }
.check-warning strong { color: #8a4b00; }
code { font-size: 0.9em; color: #474f5a; }
details { margin: 1.5rem 0; }
summary { cursor: pointer; font-weight: 600; }
@media print { .top, .steps, form { display: none; } }
`
