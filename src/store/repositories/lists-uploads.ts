/**
 * Uploaded import files waiting between the mapping preview and the import (the workspace's
 * two-step import): kept as base64 text, read back only by the user who uploaded them, removed
 * once imported or after they expire.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** An upload as read. */
export interface ListUpload {
  id: string
  listId: string
  userId: string
  fileName: string
  bytes: Uint8Array
  createdAt: string
}

/** Upload queries over one database. */
export function listUploadRepository(db: Kysely<Database>) {
  return {
    /** Keeps an upload. */
    async save(upload: ListUpload): Promise<void> {
      await db
        .insertInto('list_uploads')
        .values({
          id: upload.id,
          list_id: upload.listId,
          user_id: upload.userId,
          file_name: upload.fileName,
          content: Buffer.from(upload.bytes).toString('base64'),
          created_at: upload.createdAt,
        })
        .execute()
    },

    /** One upload of one user to one list. */
    async get(id: string, listId: string, userId: string): Promise<ListUpload | undefined> {
      const row = await db
        .selectFrom('list_uploads')
        .selectAll()
        .where('id', '=', id)
        .where('list_id', '=', listId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      if (!row) return undefined
      return {
        id: row.id,
        listId: row.list_id,
        userId: row.user_id,
        fileName: row.file_name,
        bytes: new Uint8Array(Buffer.from(row.content, 'base64')),
        createdAt: row.created_at,
      }
    },

    /** Removes one upload. */
    async remove(id: string): Promise<void> {
      await db.deleteFrom('list_uploads').where('id', '=', id).execute()
    },

    /** Removes uploads made before `before` (ISO time); answers how many. */
    async removeOlderThan(before: string): Promise<number> {
      const result = await db
        .deleteFrom('list_uploads')
        .where('created_at', '<', before)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
