/**
 * The editor bundle's entry point (built by scripts/build-web.mjs): starts the editor in the
 * page's #editor element and exposes its handle for the browser tests and the benchmark, as a
 * promise (`window.comunicadoEditor`) and, once started, as a value (`window.comunicadoEditorReady`).
 */
import { type EditorHandle, startEditor } from './editor-app.js'

declare global {
  interface Window {
    comunicadoEditor?: Promise<EditorHandle | null>
    comunicadoEditorReady?: EditorHandle
  }
}

const root = document.getElementById('editor')
if (root) {
  const started = startEditor(root)
  window.comunicadoEditor = started
  void started.then((handle) => {
    if (handle) window.comunicadoEditorReady = handle
  })
}
