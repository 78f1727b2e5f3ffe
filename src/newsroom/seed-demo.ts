/**
 * The demo coalition created on first run: two member organizations, their people, an admin and
 * an editor account, and the 2021 Alianza Americas joint release (published, defects and all, so
 * the checker has something to show). It went out in 2021 without Comunicado's approvals, so the
 * demo admin publishes it with a logged override — its audit log shows what that looks like.
 */
import type { Newsroom } from './create-newsroom.js'
import { importReleaseFile } from './import-release.js'

/** The demo accounts (printed at start-up so a newcomer can sign in). */
export const demoAccounts = [
  {
    email: 'admin@demo.comunicado.test',
    name: 'Demo Admin',
    password: 'comunicado-demo',
    org: 0,
    role: 'admin',
  },
  {
    email: 'editor@demo.comunicado.test',
    name: 'Demo Editor',
    password: 'comunicado-demo',
    org: 1,
    role: 'editor',
  },
] as const

/** Whether the store holds no coalition yet. */
export async function isEmpty(newsroom: Newsroom): Promise<boolean> {
  return (await newsroom.directory.repo.coalitions()).length === 0
}

/** Creates the demo coalition from the sample release text. */
export async function seedDemo(
  newsroom: Newsroom,
  sample: { file: string; bytes: Uint8Array },
): Promise<{ coalitionId: string }> {
  const { directory, accounts, releases } = newsroom
  const coalitionId = await directory.createCoalition('Migrant Rights Coalition (demo)', 'demo')
  const alianza = await directory.createOrganization('system', coalitionId, {
    name: 'Alianza Americas',
    names: { en: 'Alianza Americas', es: 'Alianza Americas' },
    boilerplates: {
      en: 'Alianza Americas is a network of migrant-led organizations working in the United States and transnationally to create an inclusive, equitable and sustainable way of life for communities across North, Central and South America.',
      es: 'Alianza Americas es una red de organizaciones lideradas por migrantes que trabajan en los Estados Unidos y a nivel transnacional para crear una forma de vida inclusiva, equitativa y sostenible para las comunidades de América del Norte, Central y del Sur.',
    },
    website: 'https://www.alianzaamericas.org',
  })
  const presente = await directory.createOrganization('system', coalitionId, {
    name: 'Presente.org',
    names: { en: 'Presente.org', es: 'Presente.org' },
    boilerplates: {
      en: 'Presente.org is the nation’s largest online Latinx organizing group, advancing social justice with technology, media, and culture.',
      es: 'Presente.org es el grupo organizador latinx digital más grande del país, que promueve la justicia social con tecnología, medios y cultura.',
    },
  })
  const orgs = [alianza, presente]
  await directory.createPerson('system', alianza.id, {
    name: 'Oscar Chacón',
    titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
    spokesperson: true,
  })
  await directory.createPerson('system', presente.id, {
    name: 'Matt Nelson',
    titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
    spokesperson: true,
  })
  const contacts = [
    await directory.createPerson('system', alianza.id, {
      name: 'Fernanda Durand',
      phone: '(443) 396-3317',
      mediaContact: true,
    }),
    await directory.createPerson('system', presente.id, {
      name: 'Nancy Treviño',
      phone: '(786) 201-8958',
      mediaContact: true,
    }),
  ]
  for (const account of demoAccounts) {
    const id = await accounts.createUser({
      email: account.email,
      name: account.name,
      password: account.password,
    })
    await accounts.addMember(id, orgs[account.org]?.id ?? alianza.id, account.role)
  }
  const grant = await accounts.signIn(demoAccounts[0].email, demoAccounts[0].password)
  const session = await accounts.session(grant.token)
  if (!session) throw new Error('the demo admin could not sign in')
  const imported = await importReleaseFile(sample.bytes, sample.file)
  const release = await releases.create(session.actor, {
    coalitionId,
    organizationId: alianza.id,
    coIssuerIds: [presente.id],
    contactIds: contacts.map((c) => c.id),
    slug: imported.headline ?? 'demo-release',
    content: imported.content,
  })
  for (const step of ['in-review', 'approved', 'published'])
    await releases.transition(session.actor, release.id, step, {
      override: { reason: 'Demo data: the 2021 release as it went out, before Comunicado.' },
    })
  await accounts.signOut(grant.token)
  return { coalitionId }
}
