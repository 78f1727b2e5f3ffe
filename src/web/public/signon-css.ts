/**
 * The sign-on pages' own stylesheet (served at /assets/signon.css, after the newsroom's): the
 * form's fields and errors, the hidden honeypot, and the list of signers.
 */

/** The stylesheet's text. */
export const signonCss = `.signon-form { display: grid; gap: 1rem; margin: 1.5rem 0; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.signon-form label { display: block; font-weight: 600; }
.signon-form .hint { display: block; color: var(--muted, #4a4a4a); font-size: 0.9rem; }
.signon-form input[type=text], .signon-form input[type=email], .signon-form input[type=url], .signon-form input[type=file] {
  display: block; width: 100%; padding: 0.5rem; font: inherit; border: 1px solid #767676; border-radius: 3px;
}
.signon-form input:focus-visible, .signon-form button:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
.signon-form input[aria-invalid=true] { border-color: #b00020; border-width: 2px; }
.signon-form .field-error { color: #b00020; display: block; font-weight: 600; }
.signon-form .check label { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: 400; }
.signon-form button { justify-self: start; padding: 0.6rem 1.4rem; font: inherit; font-weight: 700; color: #fff; background: #0b5394; border: 0; border-radius: 3px; cursor: pointer; }
.signon-hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.error-summary { border: 2px solid #b00020; padding: 0.75rem 1rem; }
.signer-list { list-style: none; padding: 0; }
.signer-list li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem 0; border-bottom: 1px solid var(--rule, #d0d0d0); }
.signer-logo { width: 48px; height: 48px; object-fit: contain; }
.signer-name { font-weight: 700; }
.signer-place, .signers-count { color: var(--muted, #4a4a4a); }
`
