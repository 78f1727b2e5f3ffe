/** The `check` reporters: text (people), JSON (tools, docs/formats.md) and SARIF 2.1.0. */
export { formatJson, type JsonDiagnostic, toJsonDiagnostic } from './json.js'
export { formatSarif, type SarifOptions, toSarif } from './sarif.js'
export { excerpt, formatText, type TextOptions } from './text.js'
