/**
 * Attribution by shape, through the whole reader: each row is a body passage set inside a
 * plain release frame (release line, date, headline, dateline paragraph, end mark) and the
 * quotes the reader must find in it, with speaker and organization. Phrasings are varied on
 * purpose — names, organizations, verbs and punctuation differ from row to row — so that a
 * rule tuned to one sentence fails here.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRelease } from '../parse-release.js'

type Row = [
  shape: string,
  body: string,
  quotes: [start: string, speaker: string | null, org: string | null][],
]

const enFrame = (body: string): string =>
  `FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nTenant Groups Press Lawmakers on Rent Bill\n\nDENVER, Colo. — Housing advocates gathered at the state capitol on Tuesday to demand a vote on the tenant protection bill before the session ends.\n\n${body}\n\n###\n`
const esFrame = (body: string): string =>
  `PARA DIFUSIÓN INMEDIATA\n3 de marzo de 2026\n\nOrganizaciones de inquilinos presionan por la ley de rentas\n\nDENVER, Colorado — Defensores de la vivienda se reunieron el martes en el capitolio estatal para exigir una votación sobre la ley de protección a inquilinos antes de que termine la sesión.\n\n${body}\n\n###\n`

/** The quotes the reader finds in `body` set in the frame of `lang`. */
function quotesOf(lang: 'en' | 'es', body: string): [string, string | null, string | null][] {
  const text = (lang === 'en' ? enFrame : esFrame)(body)
  const release = parseRelease([{ file: `${lang}.txt`, format: 'text', text }])
  assert.equal(release.versions.length, 1)
  const v = release.versions[0]
  assert.equal(v?.lang, lang)
  return (v?.quotes ?? []).map((q) => [
    q.text,
    q.speaker?.name ?? null,
    q.speaker?.organization ?? null,
  ])
}

function check(lang: 'en' | 'es', rows: Row[]): void {
  for (const [shape, body, expected] of rows)
    it(shape, () => {
      const seen = quotesOf(lang, body)
      assert.deepEqual(
        seen.map(([text, name, org], i) => [
          text.startsWith(expected[i]?.[0] ?? '\u0000') ? expected[i]?.[0] : text,
          name,
          org,
        ]),
        expected,
      )
    })
}

describe('attribution shapes: English', () => {
  check('en', [
    [
      '"…," said NAME, TITLE of ORG.',
      '“Every family deserves a safe place to live,” said Rosa Delgado, executive director of the Colorado Housing Network.',
      [['Every family deserves', 'Rosa Delgado', 'Colorado Housing Network']],
    ],
    [
      '"…," NAME, TITLE at ORG, said.',
      '"Rent has doubled in five years," Malik Johnson, lead organizer at Front Range Renters, said.',
      [['Rent has doubled', 'Malik Johnson', 'Front Range Renters']],
    ],
    [
      'NAME, TITLE at ORG, said, "…"',
      'Priya Raman, policy director at the Mile High Tenants Union, said, "We cannot wait another year for this bill."',
      [['We cannot wait', 'Priya Raman', 'Mile High Tenants Union']],
    ],
    [
      'said NAME of ORG',
      '“This vote is long overdue,” said Kevin Marsh of Tenants United.',
      [['This vote is long overdue', 'Kevin Marsh', 'Tenants United']],
    ],
    [
      'According to NAME, TITLE of ORG, "…"',
      'According to Helen Cho, research director of the Fair Rent Project, “evictions have doubled since last spring.”',
      [['evictions have doubled', 'Helen Cho', 'Fair Rent Project']],
    ],
    [
      'SURNAME added: "…" after an earlier mention',
      'Tomás Rivera, president of the Aurora Renters Alliance, opened the rally.\n\nRivera added: “We will be back every week until they vote.”',
      [['We will be back', 'Tomás Rivera', 'Aurora Renters Alliance']],
    ],
    [
      'a colon-introduced quote with no reporting verb',
      'Kevin Marsh, an organizer with Tenants United, put it plainly: “Nobody should lose their home over a late fee.”',
      [['Nobody should lose', 'Kevin Marsh', 'Tenants United']],
    ],
    [
      'a speaker line with a colon above the quote (no verb)',
      'Rosa Delgado, Executive Director, Colorado Housing Network:\n\n“Every family in this state deserves a safe and stable home, and this bill is how we get there.”',
      [['Every family in this state', 'Rosa Delgado', 'Colorado Housing Network']],
    ],
    [
      'a speaker line and its quote in one paragraph, joined by a colon',
      'Dana Whitfield, Co-Chair, Boulder County Housing Coalition: “Our members have testified three times this session.”',
      [['Our members have testified', 'Dana Whitfield', 'Boulder County Housing Coalition']],
    ],
    [
      'a speaker line without a colon above the quote',
      'Dana Whitfield, Co-Chair, Boulder County Housing Coalition\n\n“Our members have testified three times this session and they are still waiting for an answer.”',
      [['Our members have testified', 'Dana Whitfield', 'Boulder County Housing Coalition']],
    ],
    [
      'a signature line under the quote',
      '“The committee heard from two hundred renters and not one landlord disputed the numbers.”\n\n— Helen Cho, Research Director, Fair Rent Project',
      [['The committee heard', 'Helen Cho', 'Fair Rent Project']],
    ],
    [
      'a title before the name ("said Executive Director NAME")',
      '“This bill protects working families,” said Housing Justice Colorado Executive Director Jane Okafor.',
      [['This bill protects', 'Jane Okafor', 'Housing Justice Colorado']],
    ],
    [
      "ORG's TITLE NAME said",
      'Tenants United’s board chair Luis Ortega said the vote “cannot be delayed again without real harm to families.”',
      [['cannot be delayed', 'Luis Ortega', 'Tenants United']],
    ],
    [
      'a quote over two paragraphs (opening marks on each, closing on the last)',
      '“We have waited three years for this vote. Families cannot wait any longer.\n\n“Every week of delay means more evictions in our communities,” said Rosa Delgado, director of the Colorado Housing Network.',
      [['We have waited three years', 'Rosa Delgado', 'Colorado Housing Network']],
    ],
    [
      'a quote attributed to a document (no speaker)',
      '“We urge you to bring the bill to the floor before the session ends,” the letter reads.',
      [['We urge you to bring', null, null]],
    ],
    [
      'a document introduced with a colon and an appositive',
      'The petition, signed by more than 4,000 renters, states: “We ask the committee to hold a hearing this month.”',
      [['We ask the committee', null, null]],
    ],
    [
      'guillemets',
      '«We urge the legislature to act now,» said Anneliese Brandt, director of the Colorado Housing Network.',
      [['We urge the legislature', 'Anneliese Brandt', 'Colorado Housing Network']],
    ],
    [
      'straight quotes, NAME, TITLE of ORG, said',
      '"We urge the legislature to act now," Grace Nakamura, the executive director of Denver Legal Aid, said.',
      [['We urge the legislature', 'Grace Nakamura', 'Denver Legal Aid']],
    ],
    [
      'an appositive clause between the name and the verb',
      'Grace Nakamura, who has represented tenants in court for twenty years, said: “Most of these evictions never needed to happen.”',
      [['Most of these evictions', 'Grace Nakamura', null]],
    ],
    [
      '"For NAME, …" and "In the words of NAME, …"',
      'For Yusuf Adeyemi, a tenant organizer with Aurora Rising, “this is the most important housing law of the decade.”\n\nIn the words of Carla Mendes, director of the Fair Rent Project, “the bill finally gives renters a fair hearing.”',
      [
        ['this is the most important', 'Yusuf Adeyemi', 'Aurora Rising'],
        ['the bill finally gives', 'Carla Mendes', 'Fair Rent Project'],
      ],
    ],
    [
      'a speaker stacked over two lines above the quote',
      'Yusuf Adeyemi\nLead Organizer, Aurora Rising\n\n“We knocked on every door in this district, and the people behind those doors want this bill passed.”',
      [['We knocked on every door', 'Yusuf Adeyemi', 'Aurora Rising']],
    ],
    [
      'a signature stacked over two lines under the quote',
      '“The numbers are clear: rents rose four times faster than wages in the last five years.”\n\n— Carla Mendes\nDirector, Fair Rent Project',
      [['The numbers are clear', 'Carla Mendes', 'Fair Rent Project']],
    ],
    [
      'reported speech in the paragraph before a quoted paragraph',
      'Carla Mendes, director of the Fair Rent Project, said the vote was a turning point for renters across the state.\n\n“For years, tenants were told to wait. Today they were heard, and the legislature finally acted on their behalf.”',
      [['For years, tenants were told', 'Carla Mendes', 'Fair Rent Project']],
    ],
    [
      'unquoted statements under speaker lines with colons, one per speaker',
      '**Carla Mendes, Director, Fair Rent Project:**\nFor years, tenants were told to wait. Today they were heard, and the legislature finally acted on their behalf.\n\nYusuf Adeyemi, Lead Organizer, Aurora Rising:\nWe knocked on every door in this district, and the people behind those doors want this bill passed.',
      [
        ['For years, tenants were told', 'Carla Mendes', 'Fair Rent Project'],
        ['We knocked on every door', 'Yusuf Adeyemi', 'Aurora Rising'],
      ],
    ],
    [
      'quotes each signed on the line under it',
      '“For years, tenants were told to wait. Today they were heard, and the legislature acted.”\nCarla Mendes, Director, Fair Rent Project\n“We knocked on every door in this district and the people behind those doors want this bill.”\nYusuf Adeyemi, Lead Organizer, Aurora Rising',
      [
        ['For years, tenants were told', 'Carla Mendes', 'Fair Rent Project'],
        ['We knocked on every door', 'Yusuf Adeyemi', 'Aurora Rising'],
      ],
    ],
    [
      "NAME, ORG's TITLE / NAME, the group's TITLE",
      '"Nobody here is giving up," said Ivan Petrov, Aurora Rising’s executive director.\n\n"We will keep knocking on doors," said Lena Park, the group’s field director.',
      [
        ['Nobody here is giving up', 'Ivan Petrov', 'Aurora Rising'],
        ['We will keep knocking', 'Lena Park', null],
      ],
    ],
    [
      'credentials after the name',
      '‘The clinic sees the effects of evictions every week,’ said Dr. Amara Osei, MD, medical director of Clínica del Pueblo.',
      [['The clinic sees', 'Amara Osei', 'Clínica del Pueblo']],
    ],
    [
      'a long description with an age between the name and the verb',
      '“I paid rent on time for nine years,” Lena Park, 41, a home health aide and mother of three from east Denver, said at the hearing.',
      [['I paid rent on time', 'Lena Park', null]],
    ],
    [
      'a pronoun with no earlier attribution: the person who opens the last sentence',
      'Marisa Okonkwo read the names of the evicted families aloud on the capitol steps.\n\n“Every name on this list is a family that lost its home,” she said.',
      [['Every name on this list', 'Marisa Okonkwo', null]],
    ],
    [
      'a title owned by a common noun ("The city\'s mayor, NAME") and "Both SURNAME and SURNAME"',
      'The city’s mayor, Karen Whitlow, said: “This fund protects working families across the county.”\n\nBoth Whitlow and Okafor stressed that the fight is not over. “We will be back next session,” Okafor said.',
      [
        ['This fund protects', 'Karen Whitlow', null],
        ['We will be back', 'Okafor', null],
      ],
    ],
    [
      'a pronoun after a new person is introduced since the last quote',
      '“The fund is a lifeline,” said Teresa Quon, director of Bay Justice.\n\nLuis Ortega, a father of two from Aurora, lost his apartment last year after a rent increase. “I did not know I had rights until someone explained them to me,” he said.\n\n“We will watch how every dollar is spent,” Quon added.',
      [
        ['The fund is a lifeline', 'Teresa Quon', 'Bay Justice'],
        ['I did not know', 'Luis Ortega', null],
        ['We will watch', 'Teresa Quon', 'Bay Justice'],
      ],
    ],
    [
      'interrupted by its attribution, then the same speaker going on',
      '“We knocked on ten thousand doors,” said Malik Johnson of Front Range Renters. “Lawmakers heard us.”',
      [
        ['We knocked on ten thousand doors', 'Malik Johnson', 'Front Range Renters'],
        ['Lawmakers heard us.', 'Malik Johnson', 'Front Range Renters'],
      ],
    ],
  ])
})

describe('attribution shapes: Spanish', () => {
  check('es', [
    [
      '«…», dijo NOMBRE, directora ejecutiva de ORG.',
      '«Cada familia merece un hogar seguro», dijo Rosa Delgado, directora ejecutiva de la Red de Vivienda de Colorado.',
      [['Cada familia merece', 'Rosa Delgado', 'Red de Vivienda de Colorado']],
    ],
    [
      'NOMBRE, cargo de ORG, señaló: “…”.',
      'Marisol Guerrero, coordinadora de Inquilinos Unidos, señaló: “No podemos esperar otro año”.',
      [['No podemos esperar', 'Marisol Guerrero', 'Inquilinos Unidos']],
    ],
    [
      'según NOMBRE',
      'Según Héctor Salinas, abogado del Centro Legal de Aurora, “los desalojos se han duplicado desde la primavera pasada”.',
      [['los desalojos se han duplicado', 'Héctor Salinas', 'Centro Legal de Aurora']],
    ],
    [
      'expresó, afirmó, aseguró, sostuvo, explicó, comentó, destacó, subrayó',
      [
        '“No vamos a parar hasta que voten esta ley”, expresó Kevin Marsh, organizador de Inquilinos Unidos.',
        '“Los propietarios han subido las rentas sin control”, afirmó Lucía Paredes, presidenta de la Alianza de Renters.',
        '“La ley protege a los más vulnerables”, aseguró Andrés Montoya, director del Proyecto Hogar Digno.',
        '“El Congreso estatal tiene la responsabilidad de actuar”, sostuvo Carmen Ibarra, vocera de Vecinos en Acción.',
        '“Esta es una crisis que afecta a todo el estado”, explicó Raúl Benítez, investigador de la Fundación Techo Justo.',
        '“Las familias ya no pueden más”, comentó Sofía Lara, de la Coalición de Inquilinos de Pueblo.',
        '“Hemos ganado otras batallas antes”, destacó Eva Cárdenas, fundadora de Mujeres por la Vivienda.',
        '“La votación no puede esperar”, subrayó Julio Reyes, coordinador de la organización Inquilinos Unidos.',
      ].join('\n\n'),
      [
        ['No vamos a parar', 'Kevin Marsh', 'Inquilinos Unidos'],
        ['Los propietarios han subido', 'Lucía Paredes', 'Alianza de Renters'],
        ['La ley protege', 'Andrés Montoya', 'Proyecto Hogar Digno'],
        ['El Congreso estatal', 'Carmen Ibarra', 'Vecinos en Acción'],
        ['Esta es una crisis', 'Raúl Benítez', 'Fundación Techo Justo'],
        ['Las familias ya no pueden', 'Sofía Lara', 'Coalición de Inquilinos de Pueblo'],
        ['Hemos ganado otras batallas', 'Eva Cárdenas', 'Mujeres por la Vivienda'],
        ['La votación no puede esperar', 'Julio Reyes', 'Inquilinos Unidos'],
      ],
    ],
    [
      'declaró, manifestó, agregó, indicó with the title first',
      [
        '"Nadie debería perder su casa por un recargo", declaró la directora de Techo Justo, Alma Ríos.',
        '"Seguiremos aquí cada semana", manifestó el presidente de Vecinos en Acción, Pablo Núñez.',
      ].join('\n\n'),
      [
        ['Nadie debería perder', 'Alma Ríos', 'Techo Justo'],
        ['Seguiremos aquí', 'Pablo Núñez', 'Vecinos en Acción'],
      ],
    ],
    [
      'a speaker line with a colon above the quote',
      'Ana Ruiz, presidenta de Inquilinos Unidos:\n\n“No vamos a parar hasta que voten esta ley, porque cada familia merece un hogar seguro y digno.”',
      [['No vamos a parar', 'Ana Ruiz', 'Inquilinos Unidos']],
    ],
    [
      'a signature line under the quote',
      '«Los legisladores escucharon a doscientos inquilinos y ninguno de ellos pudo pagar la renta de este mes».\n\n—Beatriz Olmos, directora de la Red de Vivienda de Colorado',
      [['Los legisladores escucharon', 'Beatriz Olmos', 'Red de Vivienda de Colorado']],
    ],
    [
      'a quote attributed to a letter (no speaker)',
      '“Le pedimos que presente la ley antes de que termine la sesión”, dice la carta.',
      [['Le pedimos que presente', null, null]],
    ],
    [
      'a letter with an appositive and a colon',
      'La carta, firmada por 40 organizaciones, señala: “Le pedimos que presente la ley antes de que termine la sesión”.',
      [['Le pedimos que presente', null, null]],
    ],
    [
      'an acronym gloss after the organization',
      '“Esta decisión es un retroceso para miles de familias”, dijo Ana Ruiz, abogada de la Unión Americana de Libertades Civiles (ACLU, por sus siglas en inglés).',
      [['Esta decisión es un retroceso', 'Ana Ruiz', 'Unión Americana de Libertades Civiles']],
    ],
    [
      'an opening phrase before the subject ("En respuesta a…")',
      'En respuesta a la decisión del tribunal, Irene Castro, directora de Vecinos en Acción, dijo: “Esta decisión es un retroceso”.',
      [['Esta decisión es un retroceso', 'Irene Castro', 'Vecinos en Acción']],
    ],
    [
      'an opening phrase and an organization with connectors in its name',
      'Tras conocer el fallo del tribunal, la Coalición por la Vivienda Justa expresó que la medida “es un retroceso para miles de familias que esperaban justicia”.',
      [['es un retroceso para miles', 'Coalición por la Vivienda Justa', null]],
    ],
    [
      'an opening phrase and no subject: the last speaker goes on',
      '“La ley llega tarde, pero llega”, dijo Irene Castro, directora de Vecinos en Acción.\n\nEn respuesta a la pregunta de un periodista sobre los desalojos pendientes, añadió que “nadie debería quedarse en la calle mientras se aplica la ley”.',
      [
        ['La ley llega tarde', 'Irene Castro', 'Vecinos en Acción'],
        ['nadie debería quedarse', 'Irene Castro', 'Vecinos en Acción'],
      ],
    ],
    [
      'the audience before the speaker, a descriptor before the name, "en" inside a name',
      '«No nos vamos a mover», dijo a la prensa Teresa Quintero, vocera de Madres en Lucha.\n\n“La renta subió el doble que los salarios”, señaló la economista Nora Benavides, integrante de Colectivo en Defensa del Barrio.',
      [
        ['No nos vamos a mover', 'Teresa Quintero', 'Madres en Lucha'],
        ['La renta subió', 'Nora Benavides', 'Colectivo en Defensa del Barrio'],
      ],
    ],
    [
      'an age is not an organization; a verb-less colon lead',
      '“Nadie se va de aquí”, expresó Rosa Quiroga, de 67 años, residente del barrio desde 1979.\n\nTeresa Quintero, vocera de Madres en Lucha, fue clara: “No vamos a negociar con nuestras casas”.',
      [
        ['Nadie se va de aquí', 'Rosa Quiroga', null],
        ['No vamos a negociar', 'Teresa Quintero', 'Madres en Lucha'],
      ],
    ],
    [
      'a quote over two paragraphs with »',
      '«Hemos esperado tres años por esta votación.\n\n»Cada semana de retraso significa más desalojos», aseguró Ana Ruiz, directora de Inquilinos Unidos.',
      [['Hemos esperado tres años', 'Ana Ruiz', 'Inquilinos Unidos']],
    ],
    [
      'a narrator dash before the verb after the quote',
      '“No vamos a parar hasta que voten esta ley” —afirmó Teresa Villalobos, presidenta de Inquilinos Unidos.',
      [['No vamos a parar', 'Teresa Villalobos', 'Inquilinos Unidos']],
    ],
    [
      'the verb before its subject ("Así lo expresó NOMBRE:")',
      'Así lo expresó Rodrigo Pineda, vocero de la Coalición por la Vivienda Justa: “Esta ley no puede esperar más”.',
      [['Esta ley no puede esperar', 'Rodrigo Pineda', 'Coalición por la Vivienda Justa']],
    ],
    [
      '"Para NOMBRE, …" and "En palabras de NOMBRE, …"',
      'Para Teresa Villalobos, presidenta de Inquilinos Unidos, “esta ley es la más importante de la década”.\n\nEn palabras de Rodrigo Pineda, vocero de Vecinos en Acción, “los inquilinos por fin tendrán voz”.',
      [
        ['esta ley es la más importante', 'Teresa Villalobos', 'Inquilinos Unidos'],
        ['los inquilinos por fin', 'Rodrigo Pineda', 'Vecinos en Acción'],
      ],
    ],
    [
      'a speaker stacked over two lines above the quote',
      'Teresa Villalobos\nPresidenta, Inquilinos Unidos\n\n«No vamos a parar hasta que voten esta ley, porque cada familia merece un hogar seguro y digno».',
      [['No vamos a parar', 'Teresa Villalobos', 'Inquilinos Unidos']],
    ],
    [
      'reported speech with "que" in the paragraph before a quoted paragraph',
      'Teresa Villalobos, presidenta de Inquilinos Unidos, afirmó que la votación marca un antes y un después para los inquilinos.\n\n«Durante años nos dijeron que esperáramos. Hoy por fin nos escucharon y la legislatura actuó a favor de las familias».',
      [['Durante años nos dijeron', 'Teresa Villalobos', 'Inquilinos Unidos']],
    ],
    [
      'dialogue dashes (raya) with no quote marks',
      '—No nos vamos a mover de aquí —dijo Gabriel Soto, portavoz de Vecinos en Acción—. Esta es nuestra casa.',
      [['No nos vamos a mover de aquí', 'Gabriel Soto', 'Vecinos en Acción']],
    ],
    [
      'a paragraph opening with a dash and no narrator verb is no quote',
      '— Más de cien familias se sumaron a la marcha — una cifra récord para la ciudad de Denver este año.',
      [],
    ],
    [
      'a narrator aside between dashes',
      '«No vamos a parar —afirmó Gabriel Soto, portavoz de Vecinos en Acción—, porque esta ley es urgente».',
      [['No vamos a parar', 'Gabriel Soto', 'Vecinos en Acción']],
    ],
  ])
})

describe('attribution shapes: a statement named in the headline', () => {
  it('"Statement from ORG TITLE NAME on TOPIC" gives the speaker of an unattributed statement', () => {
    const text =
      'FOR IMMEDIATE RELEASE\nOctober 8, 2026\n\nStatement from Bay Justice Director Teresa Quon on the Council Vote\n\nSAN JOSÉ, Calif. — “Tonight the council chose families over fear. This fund will pay for lawyers for hundreds of people who would otherwise face a judge alone.\n\n“We thank every council member who voted yes, and we will hold the city to its promise.”\n\n###\n'
    const v = parseRelease([{ file: 'en.txt', format: 'text', text }]).versions[0]
    assert.deepEqual(
      v?.quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name, q.speaker?.organization]),
      [['Tonight the council ', 'Teresa Quon', 'Bay Justice']],
    )
  })
})

describe('attribution shapes: what is not a speaker', () => {
  it('a headline "TOPIC on TOPIC" is not taken for a person', () => {
    const text =
      'March 3, 2026\n\nCoalition Demands Action on Housing Bill\n\n“Every family in this state deserves a safe and stable home. This bill is how we get there, and we will not stop until it passes.”\n'
    const v = parseRelease([{ file: 'en.txt', format: 'text', text }]).versions[0]
    assert.deepEqual(
      v?.quotes.map((q) => q.speaker),
      [null],
    )
  })

  it('people and things that cannot read or have no name are not speakers', () => {
    for (const body of [
      'Signs at the rally read: “Housing is a human right and we will not be moved.”',
      'Protesters chanted: “Housing is a human right, we will not be moved!”',
    ])
      assert.deepEqual(
        quotesOf('en', body).filter(([, name]) => name !== null),
        [],
      )
  })

  it('a bare verb with nobody named in the body is nobody: not the dateline, not the contact', () => {
    const text =
      'PARA DIFUSIÓN INMEDIATA\n8 de octubre de 2026\nContacto de prensa:\nTomás Herrera\n\nEl concejo aprueba fondos para la defensa legal de familias inmigrantes\n\nSAN JOSÉ, California — El concejo votó 9 a 2 el jueves para destinar 4 millones de dólares a abogados que representan a familias en proceso de deportación.\n\n“Este fondo mantiene unidas a las familias”, dijo.\n\n###\n'
    const v = parseRelease([{ file: 'es.txt', format: 'text', text }]).versions[0]
    assert.deepEqual(
      v?.quotes.map((q) => q.speaker),
      [null],
    )
    assert.deepEqual(
      v?.contacts.map((c) => c.name),
      ['Tomás Herrera'],
    )
  })

  it('a sentence above a quote is not a speaker line', () => {
    const [quote] = quotesOf(
      'en',
      'The coalition delivered its demands to the governor.\n\n“Every family in this state deserves a safe and stable home, and this bill is how we get there.”',
    )
    assert.equal(quote?.[1], null)
  })

  it('a document quoted keeps its attribution, so the quote is not unattributed', () => {
    const text = enFrame('“We urge you to bring the bill to the floor,” the letter reads.')
    const q = parseRelease([{ file: 'en.txt', format: 'text', text }]).versions[0]?.quotes[0]
    assert.equal(q?.speaker, null)
    assert.equal(q?.attribution?.verb, 'reads')
  })
})
