/**
 * Why a message did not go out, in the terms the outbox decides by: a 5xx answer is permanent; a
 * 4xx answer, a dropped or refused connection and a timeout are temporary; and whether the end of
 * the message may have reached the server (then nobody can know whether it was accepted).
 */

/** A failed send. */
export class SendFailure extends Error {
  constructor(
    message: string,
    /** `permanent` for a 5xx answer, `temporary` for everything else. */
    readonly kind: 'permanent' | 'temporary',
    /** The SMTP reply code, when the server answered one. */
    readonly code: number | null,
    /**
     * True when the end of DATA had been sent and no answer came back: the server may have
     * accepted the message.
     */
    readonly uncertain: boolean,
    /** True when the hand-over hook refused to finish (e.g. the outbox row's lease was lost). */
    readonly abandoned = false,
  ) {
    super(message)
    this.name = 'SendFailure'
  }
}

/** The SMTP code of a nodemailer error (on the error, or on its rejected recipient). */
export function smtpCode(error: unknown): number | null {
  const e = error as {
    responseCode?: unknown
    rejectedErrors?: { responseCode?: unknown }[]
  } | null
  const code = e?.responseCode ?? e?.rejectedErrors?.[0]?.responseCode
  return typeof code === 'number' && code >= 200 && code < 600 ? code : null
}

/** A {@link SendFailure} from a nodemailer error; `committed` says whether DATA's end was sent. */
export function toSendFailure(error: unknown, committed: boolean): SendFailure {
  if (error instanceof SendFailure) return error
  const code = smtpCode(error)
  const text = error instanceof Error ? error.message : String(error)
  const kind = code !== null && code >= 500 ? 'permanent' : 'temporary'
  return new SendFailure(text, kind, code, committed && code === null)
}
