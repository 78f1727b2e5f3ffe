/**
 * What a sign-on form carries, validated with zod: the organization's name, city and country, the
 * contact's name and e-mail, an optional https logo address and the consent to be listed. Each
 * problem is reported per field as a stable code, so the pages can say it in either language.
 */
import { z } from 'zod'

/** The fields of the form, in the order the form shows them. */
export const signonFields = [
  'organization',
  'city',
  'country',
  'contactName',
  'email',
  'logoUrl',
  'logo',
  'consent',
] as const

/** One of {@link signonFields}. */
export type SignonField = (typeof signonFields)[number]

/** What is wrong with a field. */
export type SignonProblem =
  | 'required'
  | 'tooLong'
  | 'invalid'
  | 'notHttps'
  | 'tooLarge'
  | 'type'
  | 'both'

/** A field's problem. */
export interface SignonFieldError {
  field: SignonField
  problem: SignonProblem
}

const text = (max: number) => z.string().trim().min(1).max(max)

/** The schema of a sign-on's text fields. */
export const signonInputSchema = z.object({
  organization: text(200),
  city: text(100),
  country: text(100),
  contactName: text(200),
  email: z.string().trim().max(254).pipe(z.email()),
  logoUrl: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || /^https:\/\/[^\s/?#]+\.[^\s/?#]+/i.test(v), { message: 'https' })
    .refine((v) => v === '' || URL.canParse(v), { message: 'invalid' })
    .optional(),
  consent: z.literal(true),
})

/** A valid sign-on's fields. */
export type SignonInput = z.infer<typeof signonInputSchema>

/** Validates raw form values; answers the input or every field's first problem. */
export function parseSignonInput(
  raw: Record<string, unknown>,
): { ok: true; input: SignonInput } | { ok: false; errors: SignonFieldError[] } {
  const consent = raw.consent === true || raw.consent === 'yes' || raw.consent === 'on'
  const result = signonInputSchema.safeParse({
    organization: str(raw.organization),
    city: str(raw.city),
    country: str(raw.country),
    contactName: str(raw.contactName),
    email: str(raw.email),
    logoUrl: str(raw.logoUrl),
    consent,
  })
  if (result.success) return { ok: true, input: result.data }
  const errors: SignonFieldError[] = []
  for (const issue of result.error.issues) {
    const field = issue.path[0] as SignonField
    if (errors.some((e) => e.field === field)) continue
    const empty = field !== 'consent' && str(raw[field]).trim() === ''
    errors.push({ field, problem: empty ? 'required' : problemOf(field, issue) })
  }
  errors.sort((a, b) => signonFields.indexOf(a.field) - signonFields.indexOf(b.field))
  return { ok: false, errors }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function problemOf(field: SignonField, issue: z.core.$ZodIssue): SignonProblem {
  if (field === 'consent') return 'required'
  if (field === 'logoUrl') return issue.message === 'https' ? 'notHttps' : 'invalid'
  if (issue.code === 'too_small') return 'required'
  if (issue.code === 'too_big') return 'tooLong'
  return 'invalid'
}

/** The problem in plain English (for API answers and logs; pages translate the codes). */
export function describeSignonError(error: SignonFieldError): string {
  const names: Record<SignonField, string> = {
    organization: 'the organization’s name',
    city: 'the city',
    country: 'the country',
    contactName: 'the contact’s name',
    email: 'the e-mail address',
    logoUrl: 'the logo address',
    logo: 'the logo file',
    consent: 'the consent to be listed',
  }
  const name = names[error.field]
  switch (error.problem) {
    case 'required':
      return `${name} is required`
    case 'tooLong':
      return `${name} is too long`
    case 'notHttps':
      return `${name} must start with https://`
    case 'tooLarge':
      return `${name} is larger than 200 kB`
    case 'type':
      return `${name} must be a PNG, JPEG or WebP image`
    case 'both':
      return 'give either a logo address or a logo file, not both'
    default:
      return `${name} is not valid`
  }
}
