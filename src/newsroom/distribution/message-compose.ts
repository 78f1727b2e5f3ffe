/**
 * One outbox row's message: before an embargo lifts a press contact gets the embargo notice (the
 * embargo line and their own preview link, nothing of the text); otherwise the release in the
 * recipient's languages, one after the other. Adds the headers every message carries: a stable
 * Message-ID, List-Unsubscribe with List-Unsubscribe-Post (RFC 8058) and Content-Language.
 */

import type { MailMessage } from '../../mail/index.js'
import { renderEmbargoNotice } from '../../render/email-embargo-notice.js'
import type { RenderedEmail } from '../../render/email-message.js'
import { renderReleaseEmail } from '../../render/email-release.js'
import type { OutboxMessageRow } from '../../store/repositories/outbox.js'
import {
  emailBoilerplates,
  emailContacts,
  type MessageContext,
  type MessagePeers,
  messageLangs,
  organizationNames,
} from './message-context.js'

/** What kind of message a row got. */
export type MessageKind = 'release' | 'embargo-notice'

/** A row's rendered message and its kind. */
export interface ComposedMessage {
  kind: MessageKind
  rendered: RenderedEmail
}

/** The languages stored on a row. */
export function rowLangs(row: Pick<OutboxMessageRow, 'langs'>): string[] {
  try {
    const langs = JSON.parse(row.langs) as unknown
    return Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string') : []
  } catch {
    return []
  }
}

/** Renders a row's message. `previewUrl` is required while the release is under embargo. */
export function composeRowMessage(
  context: MessageContext,
  peers: MessagePeers,
  row: OutboxMessageRow,
  links: { unsubscribeUrl: string; previewUrl: string | null; publicUrl: string },
): ComposedMessage {
  const langs = messageLangs(context, rowLangs(row))
  const recipient = { name: row.name, email: row.email, unsubscribeUrl: links.unsubscribeUrl }
  const embargo = context.embargo
  if (embargo) {
    if (!links.previewUrl) throw new Error('an embargo notice needs a preview link')
    return {
      kind: 'embargo-notice',
      rendered: renderEmbargoNotice({
        recipient,
        previewUrl: links.previewUrl,
        sections: langs.map((lang) => ({
          lang,
          organizations: organizationNames(context, lang),
          embargoLine: peers.schedule.embargoLine(embargo, lang),
          contacts: emailContacts(context, lang),
        })),
      }),
    }
  }
  return {
    kind: 'release',
    rendered: renderReleaseEmail({
      recipient,
      sections: langs.map((lang) => {
        const article = context.articles.get(lang)
        if (!article) throw new Error(`the release has no ${lang} version`)
        return {
          article,
          organizations: organizationNames(context, lang),
          contacts: emailContacts(context, lang),
          boilerplates: emailBoilerplates(context, lang),
          embargoLine: null,
          readOnlineUrl: context.isPublic
            ? `${links.publicUrl}/${encodeURIComponent(lang)}/releases/${encodeURIComponent(context.view.slug)}/`
            : null,
        }
      }),
    }),
  }
}

/** The mail message of a rendered row, with the headers every outbox message carries. */
export function outboxMailMessage(
  row: OutboxMessageRow,
  composed: ComposedMessage,
  from: string,
  unsubscribeUrl: string,
): MailMessage {
  return {
    from,
    to: { name: row.name, address: row.email },
    subject: composed.rendered.subject,
    text: composed.rendered.text,
    html: composed.rendered.html,
    messageId: row.message_id,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': composed.rendered.langs.join(', '),
    },
  }
}
