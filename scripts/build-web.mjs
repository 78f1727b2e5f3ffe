/**
 * Bundles the browser code (the bilingual editor) into dist/web with esbuild, from the same core
 * modules the server uses. Run by `npm run build`.
 */
// The editor's entry point is added with the editor.
