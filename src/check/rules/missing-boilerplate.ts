/**
 * missing-boilerplate: an organization that co-issues the release (it speaks in a quote or
 * gives a media contact) but has no "About" paragraph. Only asked of versions that already
 * carry boilerplates — a statement without any is a format choice — and a boilerplate whose
 * name is missing is assumed to be the one (the attribution rules report the missing name).
 */
import type { Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { fold } from '../text/prose.js'

/** Words that do not identify an organization on their own. */
const generic = new Set(
  'the of for and a an in on at de del la las los el y en por para national nacional american americas united states unidos us u.s. inc org organization organización coalition coalición alliance alianza network red council consejo center centro action acción fund fondo foundation fundación project proyecto institute instituto association asociación committee comité campaign campaña'.split(
    ' ',
  ),
)

/** Government bodies and offices are quoted without issuing the release. */
const officialBody =
  /\b(?:senate|senado|congress|congreso|house|cámara|department|departamento|ministry|ministerio|government|gobierno|secretar[iy]\w*|office of|oficina de|united nations|naciones unidas|white house|casa blanca|state of|estado de|city of|ciudad de)\b/i

function significant(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !generic.has(w))
}

function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

/** Whether two names plausibly name one organization ("Presente.org" ~ "Presente Action"). */
export function sameOrganization(a: string, b: string): boolean {
  const fa = fold(a).replace(/\s+/g, ' ').trim()
  const fb = fold(b).replace(/\s+/g, ' ').trim()
  if (!fa || !fb) return false
  if (fa.includes(fb) || fb.includes(fa)) return true
  if (a.length >= 2 && a === a.toUpperCase() && acronym(b) === a) return true
  if (b.length >= 2 && b === b.toUpperCase() && acronym(a) === b) return true
  const sa = significant(a)
  const sb = new Set(significant(b))
  return sa.length > 0 && sa.some((w) => sb.has(w))
}

/** Contact fields the reader may take for an organization: labels, numbers, bare titles. */
const notAName =
  /^(?:tel|tel[eé]fono|phone|cel|cell|celular|m[oó]vil|mobile|fax|office|oficina|e-?mail|correo|whatsapp|web|www|ext)\b|\d|@/i

/** Whether a contact's organization field reads like an organization's name. */
export function looksLikeOrganization(name: string | null): name is string {
  if (!name) return false
  const trimmed = name.trim()
  if (notAName.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  return (
    words.some((w) => /^\p{Lu}[\p{L}.&'’-]{2,}/u.test(w)) &&
    !/\.$/.test(trimmed.split(/\s+/)[0] ?? '')
  )
}

interface Issuer {
  name: string
  start: number
  end: number
}

function issuers(text: string, version: Version): Issuer[] {
  const out: Issuer[] = []
  const add = (name: string | null | undefined, start: number, end: number) => {
    if (!name || name.trim().length < 2 || officialBody.test(name)) return
    const at = text.indexOf(name, start)
    const span = at >= 0 && at < end ? { start: at, end: at + name.length } : { start, end }
    if (!out.some((o) => sameOrganization(o.name, name))) out.push({ name: name.trim(), ...span })
  }
  for (const q of version.quotes) {
    const a = q.attribution
    add(q.speaker?.organization, a?.start ?? q.start, a?.end ?? q.end)
  }
  for (const c of version.contacts)
    if (looksLikeOrganization(c.organization)) add(c.organization, c.start, c.end)
  return out
}

/** The missing-boilerplate rule. */
export const missingBoilerplate = defineRule({
  id: 'missing-boilerplate',
  summary: {
    en: 'An organization that speaks in the release has no “About” paragraph.',
    es: 'Una organización que habla en el comunicado no tiene párrafo «Acerca de».',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      noBoilerplate:
        '“{organization}” speaks in this release but has no boilerplate (“About {organization}”).',
    },
    es: {
      noBoilerplate:
        '«{organization}» habla en este comunicado pero no tiene párrafo institucional («Acerca de {organization}»).',
    },
  },
  examples: {
    valid: [
      { name: 'the quoted organization has its boilerplate', text: enRelease },
      {
        name: 'no boilerplates at all: a format choice',
        text: enRelease.slice(0, enRelease.indexOf('###')),
      },
    ],
    invalid: [
      {
        name: 'a co-issuer quoted without its boilerplate',
        text: enRelease.replace(
          '###',
          '“We stand with them,” said Luis Ortega, president of Campesinos Unidos del Valle.\n\n###',
        ),
        messages: [
          { messageId: 'noBoilerplate', lang: 'en', actual: 'Campesinos Unidos del Valle' },
        ],
      },
    ],
  },
  create(context) {
    return {
      'version:exit'(version) {
        const candidates = boilerplateTexts(version)
        if (candidates.length === 0) return
        const unclaimed = [...candidates]
        const unmatched: Issuer[] = []
        for (const issuer of issuers(context.text, version)) {
          const name = fold(issuer.name)
          const i = unclaimed.findIndex(
            (b) =>
              (b.organization !== null && sameOrganization(b.organization, issuer.name)) ||
              fold(b.text).includes(name),
          )
          if (i >= 0) unclaimed.splice(i, 1)
          else if (!candidates.some((b) => fold(b.text).includes(name))) unmatched.push(issuer)
        }
        // A boilerplate whose name is missing probably belongs to one of these issuers.
        let unnamed = unclaimed.filter((b) => b.organization === null).length
        for (const issuer of unmatched) {
          if (unnamed > 0) {
            unnamed--
            continue
          }
          context.report({
            messageId: 'noBoilerplate',
            data: { organization: issuer.name },
            start: issuer.start,
            end: issuer.end,
          })
        }
      },
    }
  },
})

interface BoilerplateText {
  organization: string | null
  text: string
}

/**
 * The "about" paragraphs of a version: those the reader found, and long paragraphs after the
 * end mark that it did not classify (a boilerplate opening with "The …" is still one).
 */
function boilerplateTexts(version: Version): BoilerplateText[] {
  const out: BoilerplateText[] = version.boilerplates.map((b) => ({
    organization: b.organization,
    text: version.blocks[b.block]?.text ?? '',
  }))
  const end = version.endMark
  if (end) {
    const taken = new Set(version.boilerplates.map((b) => b.block))
    version.blocks.forEach((block, i) => {
      if (taken.has(i) || block.start < end.end || block.kind !== 'other') return
      if ((block.text.match(/\S+/g) ?? []).length >= 12)
        out.push({ organization: null, text: block.text })
    })
  }
  return out
}
