/**
 * The editor's calls to the server's editor API: JSON both ways, the session cookie sent by the
 * browser and the CSRF token in the `X-CSRF-Token` header. Answers carry their status, so the
 * caller can tell a conflict (409) from a refusal.
 */

import type { MergeChunk } from '../../newsroom/editor/merge-paragraphs.js'
import type { EditorSyncPair } from '../../newsroom/editor/paragraph-sync.js'

/** A version as stored. */
export interface VersionText {
  lang: string
  text: string
}

/** The editor state the server answers (see the sync service). */
export interface ServerState {
  release: { id: string; slug: string; status: string; revision: number; updatedAt: string }
  versions: VersionText[]
  syncPairs: EditorSyncPair[]
  canEdit: boolean
}

/** A quote's approval status from the quotes feature. */
export interface QuoteStatusLine {
  lang: string
  text: string
  status: string
}

/** The merge details of a conflict answer. */
export interface ConflictDetails {
  currentRevision: number
  baseRevision: number
  merges: { lang: string; chunks: MergeChunk[] }[]
}

/** An answer: its status and JSON body. */
export interface Answer<T> {
  status: number
  body: T & { error?: { id: string; message: string; details?: Record<string, unknown> } }
}

/** The editor API of one release. */
export function editorApi(releaseId: string, csrfToken: string) {
  const base = `/api/releases/${encodeURIComponent(releaseId)}/editor`
  async function call<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const response = await fetch(base + path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined
          ? {}
          : { 'content-type': 'application/json', 'x-csrf-token': csrfToken }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    let json: unknown = {}
    try {
      json = await response.json()
    } catch {
      json = { error: { id: 'malformed', message: `the server answered ${response.status}` } }
    }
    return { status: response.status, body: json as Answer<T>['body'] }
  }
  return {
    /** The current state and quote statuses. */
    state: () => call<{ state: ServerState; quoteStatuses: QuoteStatusLine[] | null }>('GET', ''),
    /** Saves the versions on top of `baseRevision`. */
    save: (baseRevision: number, versions: VersionText[]) =>
      call<{ state: ServerState; merged: boolean }>('PUT', '', { baseRevision, versions }),
    /** Marks a pair of paragraphs up to date. */
    markInSync: (pair: EditorSyncPair) => call<{ state: ServerState }>('PUT', '/sync', pair),
  }
}

/** The editor API's interface. */
export type EditorApi = ReturnType<typeof editorApi>
