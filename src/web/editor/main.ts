/**
 * The editor bundle's entry point (built by scripts/build-web.mjs): starts the editor in the
 * page's #editor element and exposes its handle as `window.comunicadoEditor` for the browser
 * tests and the benchmark.
 */
import { type EditorHandle, startEditor } from './editor-app.js'

declare global {
  interface Window {
    comunicadoEditor?: Promise<EditorHandle | null>
  }
}

const root = document.getElementById('editor')
if (root) window.comunicadoEditor = startEditor(root)
