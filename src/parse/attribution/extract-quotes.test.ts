import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractQuotes } from './extract-quotes.js'
import { paragraphBlocks } from './paragraph-blocks.js'

interface Seen {
  quote: string
  name: string | null
  org: string | null
  verb?: string | null
}

/** Quotes of a text as [first words, speaker name, organization]. */
function read(text: string, lang = 'en', headline: string | null = null): Seen[] {
  const blocks = paragraphBlocks(text, headline)
  return extractQuotes(text, blocks, lang).map((q) => ({
    quote: q.text,
    name: q.speaker?.name ?? null,
    org: q.speaker?.organization ?? null,
  }))
}

/** Asserts the quotes found against the expected ones (quote text compared by its start). */
function expectQuotes(seen: Seen[], expected: Seen[]): void {
  assert.deepEqual(
    seen.map((s, i) => ({
      ...s,
      quote: s.quote.startsWith(expected[i]?.quote ?? '\u0000')
        ? (expected[i]?.quote ?? '')
        : s.quote,
    })),
    expected,
  )
}

/** An expected quote: `quote` is how the quoted text starts. */
function q(quote: string, name: string | null, org: string | null = null): Seen {
  return { quote, name, org }
}

describe('extractQuotes: English', () => {
  const rows: [string, string, Seen[]][] = [
    [
      'verb first, NAME, TITLE of ORG',
      '“Families deserve better than this cruelty,” said Maria Lopez, executive director of CASA.',
      [q('Families deserve better than this cruelty', 'Maria Lopez', 'CASA')],
    ],
    [
      'name first, surname resolved from an earlier mention',
      'Maria Lopez, director of CASA, led the rally on Monday.\n\n“We are outraged by these raids,” Lopez said.',
      [q('We are outraged by these raids', 'Maria Lopez', 'CASA')],
    ],
    [
      'a colon-introduced quote',
      'Jane Doe, president of SEIU Local 1, said: “We will strike if we must.”',
      [q('We will strike if we must.', 'Jane Doe', 'SEIU Local 1')],
    ],
    [
      '"according to"',
      'According to Jane Doe of the Florida Immigrant Coalition, “the policy is cruel and serves no one.”',
      [q('the policy is cruel and serves no one.', 'Jane Doe', 'Florida Immigrant Coalition')],
    ],
    [
      'a quote interrupted by its attribution in mid-sentence',
      '“We will fight,” said Rep. Raúl Grijalva (D-Ariz.), “and we will win this fight.”',
      [q('We will fight', 'Raúl Grijalva')],
    ],
    [
      'a pronoun that points at the last speaker',
      '“The ruling is a victory,” said Ana Ruiz, director of Make the Road New York.\n\n“But the fight goes on,” she added.',
      [
        q('The ruling is a victory', 'Ana Ruiz', 'Make the Road New York'),
        q('But the fight goes on', 'Ana Ruiz', 'Make the Road New York'),
      ],
    ],
    [
      'a later surname carrying the full speaker ("concluded Chacon")',
      '“The visit matters,” stated Oscar Chacon, executive director of Alianza Americas.\n\n“It must be a new approach,” stated Matt Nelson, executive director of\n\n“We will keep working,” concluded Chacon.',
      [
        q('The visit matters', 'Oscar Chacon', 'Alianza Americas'),
        q('It must be a new approach', 'Matt Nelson', null),
        q('We will keep working', 'Oscar Chacon', 'Alianza Americas'),
      ],
    ],
    [
      'a sentence-long quote attributed in the next sentence',
      '“Our families cannot wait any longer for Congress to act.” Jane Doe, a DACA recipient from Phoenix, said she has waited ten years.',
      [q('Our families cannot wait any longer', 'Jane Doe')],
    ],
    [
      'a dash attribution',
      '“We will not be silenced by these threats.” – Jane Doe, CASA',
      [q('We will not be silenced', 'Jane Doe', 'CASA')],
    ],
    [
      'a US senator in "TITLE NAME (party)" shape',
      '“This decision betrays our values,” said U.S. Senator Catherine Cortez Masto (D-Nev.).',
      [q('This decision betrays our values', 'Catherine Cortez Masto')],
    ],
    [
      'a question mark inside the quote and a lower-case verb after it',
      '“How many more families must suffer before Congress acts?” asked Jane Doe of CASA.',
      [q('How many more families must suffer', 'Jane Doe', 'CASA')],
    ],
    [
      'a mayor named before the verb, then the same speaker going on after a full stop',
      '“Today we are sending a clear message,” Mayor Eric Adams said. “New York City is and will remain a city of immigrants.”',
      [
        q('Today we are sending a clear message', 'Eric Adams'),
        q('New York City is and will remain', 'Eric Adams'),
      ],
    ],
    [
      'a union title before the name',
      '“Workers are rising,” said SEIU International President Mary Kay Henry.',
      [q('Workers are rising', 'Mary Kay Henry', 'SEIU')],
    ],
    [
      'two speakers in one attribution, keeping the first organization clean',
      '“We stand together,” said Maria Lopez of CASA and John Roe of CHIRLA.',
      [q('We stand together', 'Maria Lopez', 'CASA')],
    ],
    [
      'a governor with a comma before the quote',
      'In a statement, Governor Kathy Hochul said, “New York stands with immigrants and always will.”',
      [q('New York stands with immigrants', 'Kathy Hochul')],
    ],
    [
      'short sentences right after an attributed quote, in the same paragraph',
      '“This bill would tear families apart,” said Lawrence Benito, CEO of ICIRR. “Congress must reject it.”',
      [
        q('This bill would tear families apart', 'Lawrence Benito', 'ICIRR'),
        q('Congress must reject it.', 'Lawrence Benito', 'ICIRR'),
      ],
    ],
    [
      'a subject with a description before a colon',
      'Maria Gonzalez, a mother of three from Cicero, shared her story: “My husband has lived here for twenty years.”',
      [q('My husband has lived here', 'Maria Gonzalez')],
    ],
    [
      'surnames resolved from a plural "Senators NAME and NAME" lead',
      'WASHINGTON – U.S. Senators Dick Durbin (D-IL) and Alex Padilla (D-CA) introduced the bill.\n\n“Dreamers are American in every way but on paper,” said Durbin.\n\n“California is home to more Dreamers,” said Padilla.',
      [q('Dreamers are American', 'Dick Durbin'), q('California is home', 'Alex Padilla')],
    ],
    [
      'an age between the name and the verb',
      '“We will not stop fighting,” Doe, 45, said.',
      [q('We will not stop fighting', 'Doe')],
    ],
    [
      '"Statement by TITLE NAME on TOPIC:"',
      'Statement by Mayor Brandon Johnson on the arrival of asylum seekers:\n\n“Chicago will continue to welcome those seeking refuge.”',
      [q('Chicago will continue', 'Brandon Johnson')],
    ],
    [
      'the next paragraph in quotes continuing the same speaker',
      '“We stand with the workers,” said Mary Kay Henry, International President of SEIU.\n\n“Every worker deserves a union and a fair wage in this country.”',
      [
        q('We stand with the workers', 'Mary Kay Henry', 'SEIU'),
        q('Every worker deserves a union', 'Mary Kay Henry', 'SEIU'),
      ],
    ],
  ]
  for (const [name, text, expected] of rows) {
    it(`reads ${name}`, () => expectQuotes(read(text), expected))
  }
})

describe('extractQuotes: Spanish', () => {
  const rows: [string, string, Seen[]][] = [
    [
      'a comma and the verb after the closing mark',
      '“La decisión es un golpe para las familias”, aseguró Ana Gómez, directora ejecutiva de Alianza Americas.',
      [q('La decisión es un golpe', 'Ana Gómez', 'Alianza Americas')],
    ],
    [
      'guillemets with a narrator aside between dashes',
      '«No vamos a parar —afirmó Pérez, directora de CASA—. Seguiremos luchando por nuestras familias».',
      [q('No vamos a parar', 'Pérez', 'CASA')],
    ],
    [
      '"según" before the quote',
      'Según Ana Gómez, directora de CASA, “esta decisión es cruel e innecesaria para miles de familias”.',
      [q('esta decisión es cruel', 'Ana Gómez', 'CASA')],
    ],
    [
      'a colon after "TITLE de PLACE, NAME, dijo"',
      'La alcaldesa de Chicago, Lori Lightfoot, dijo: “Chicago siempre será una ciudad santuario”.',
      [q('Chicago siempre será', 'Lori Lightfoot')],
    ],
    [
      'a bare verb pointing at the last speaker',
      '“La reforma no puede esperar más”, dijo Ana Gómez, de CASA.\n“Seguiremos en las calles”, añadió.',
      [
        q('La reforma no puede esperar', 'Ana Gómez', 'CASA'),
        q('Seguiremos en las calles', 'Ana Gómez', 'CASA'),
      ],
    ],
    [
      'a surname written without its accent',
      '“Es un paso importante”, afirmó Óscar Chacón, director ejecutivo de Alianza Americas.\n“Seguiremos trabajando”, concluyó Chacon.',
      [
        q('Es un paso importante', 'Óscar Chacón', 'Alianza Americas'),
        q('Seguiremos trabajando', 'Óscar Chacón', 'Alianza Americas'),
      ],
    ],
    [
      'a mid-sentence interruption as one quote',
      '«Es hora», dijo Pérez, «de actuar ya y sin excusas».',
      [q('Es hora', 'Pérez')],
    ],
    [
      'an opening phrase, then "el congresista NAME (D-CA) declaró:"',
      'Por su parte, el congresista Tony Cárdenas (D-CA) declaró: “Es hora de que el Congreso actúe”.',
      [q('Es hora de que el Congreso actúe', 'Tony Cárdenas')],
    ],
    [
      'a multi-paragraph quote with an aside, continued with »',
      '«Este fallo es una victoria —afirmó Angélica Salas, directora ejecutiva de CHIRLA—. Pero la lucha sigue.\n»Seguiremos exigiendo una solución permanente».',
      [q('Este fallo es una victoria', 'Angélica Salas', 'CHIRLA')],
    ],
    [
      'a verb with no named speaker after it',
      '«La decisión afecta a miles de familias trabajadoras», señalaron desde la organización.',
      [q('La decisión afecta a miles', null)],
    ],
    [
      'partial quotes in indirect speech: coordinated, subjectless and descriptive subjects',
      'El Secretario General de la Organización de los Estados Americanos (OEA), José Miguel Insulza, felicitó la iniciativa, e indicó que "esto es fruto de la lucha de muchos años por una vida digna".\n\nAgregó que con esta acción, "el Presidente reconoce el aporte de estos millones de trabajadores".\n\nEl máximo representante de la OEA resaltó que la acción "favorece a muchos inmigrantes de los Países Miembros".',
      [
        q(
          'esto es fruto de la lucha',
          'José Miguel Insulza',
          'Organización de los Estados Americanos (OEA)',
        ),
        q(
          'el Presidente reconoce',
          'José Miguel Insulza',
          'Organización de los Estados Americanos (OEA)',
        ),
        q(
          'favorece a muchos',
          'José Miguel Insulza',
          'Organización de los Estados Americanos (OEA)',
        ),
      ],
    ],
    [
      'a dangling "de" that leaves the organization null',
      '“Es urgente actuar”, afirmó Matt Nelson, director ejecutivo de\nOtro párrafo.',
      [q('Es urgente actuar', 'Matt Nelson', null)],
    ],
  ]
  for (const [name, text, expected] of rows) {
    it(`reads ${name}`, () => expectQuotes(read(text, 'es'), expected))
  }
})

describe('extractQuotes: statements', () => {
  it('reads an unquoted statement after "The following is a statement from NAME:" as one quote', () => {
    const text =
      'WASHINGTON – The following is a statement from Marielena Hincapié, executive director of the National Immigration Law Center:\n\nToday’s ruling is a victory for immigrant families across the country.\n\nWe will keep fighting until every family is safe.\n\n###\n\nThe National Immigration Law Center is a leading advocacy organization.'
    const blocks = paragraphBlocks(text)
    const quotes = extractQuotes(text, blocks, 'en')
    assert.equal(quotes.length, 1)
    const [only] = quotes
    assert.equal(only?.text.startsWith('Today’s ruling'), true)
    assert.equal(only?.text.endsWith('every family is safe.'), true)
    assert.equal(only?.speaker?.name, 'Marielena Hincapié')
    assert.equal(only?.speaker?.organization, 'National Immigration Law Center')
    assert.equal(only?.attribution?.verb, null)
  })

  it('reads quoted statement paragraphs after "NAME issued the following statement:" as one quote', () => {
    const text =
      'CHICAGO – Jane Doe, executive director of ICIRR, issued the following statement:\n\n“The first paragraph of the statement.”\n\n“The second paragraph of the statement.”'
    const quotes = extractQuotes(text, paragraphBlocks(text), 'en')
    assert.equal(quotes.length, 1)
    assert.equal(quotes[0]?.speaker?.name, 'Jane Doe')
    assert.equal(quotes[0]?.speaker?.organization, 'ICIRR')
    assert.equal(quotes[0]?.text.endsWith('second paragraph of the statement.'), true)
  })

  it('reads "Statement from NAME, TITLE of ORG:" in the same paragraph as the quote', () => {
    const text =
      'Statement from Arturo Carmona, Executive Director of Presente.org: “We will not be intimidated.”'
    const [quote] = extractQuotes(text, paragraphBlocks(text), 'en')
    assert.equal(quote?.text, 'We will not be intimidated.')
    assert.equal(quote?.speaker?.name, 'Arturo Carmona')
    assert.equal(quote?.speaker?.organization, 'Presente.org')
  })

  it('reads Spanish "hizo hoy las siguientes declaraciones" and "la siguiente declaración"', () => {
    for (const lead of [
      'La senadora por Nevada Catherine Cortez Masto hizo hoy las siguientes declaraciones:',
      'La senadora por Nevada Catherine Cortez Masto emitió la siguiente declaración:',
    ]) {
      const text = `${lead}\n“Los salvadoreños han reconstruido sus vidas aquí durante décadas.”`
      const quotes = extractQuotes(text, paragraphBlocks(text), 'es')
      assert.equal(quotes.length, 1, lead)
      assert.equal(quotes[0]?.speaker?.name, 'Catherine Cortez Masto')
      assert.equal(quotes[0]?.speaker?.title, 'senadora por Nevada')
    }
  })

  it('gives each speaker their quote when a plural lead is followed by attributed quotes', () => {
    const text =
      'Leaders released the following statements:\n\n“We are ready,” said Jane Doe of CASA.\n\n“So are we,” said John Roe of CHIRLA.'
    const quotes = extractQuotes(text, paragraphBlocks(text), 'en')
    assert.deepEqual(
      quotes.map((x) => x.speaker?.name),
      ['Jane Doe', 'John Roe'],
    )
  })
})

describe('extractQuotes: what is not a quote', () => {
  const rows: [string, string][] = [
    ['scare quotes', 'The so-called “public charge” rule would harm millions, advocates warned.'],
    ['a title', 'The report, “Locked Up and Shipped Away,” was released today by the coalition.'],
    ['a slogan', 'Protesters chanted “Sí se puede” outside the Capitol for hours.'],
    ['a short term with a verb nearby', 'Programs for “Dreamers” remain in limbo, said Jane Doe.'],
    ['a one-word partial quote', 'Doe said the program protects “Dreamers.”'],
    [
      'a program name in Spanish',
      'El programa “Quédate en México” sigue vigente, según el gobierno.',
    ],
    ['an unattributed short phrase', 'Residents call it “the wall of shame” in town.'],
    [
      'a report title before "says that"',
      'The report, titled “Families Torn Apart,” says that 5,000 children were separated.',
    ],
    [
      'a bill name with a verb later',
      'The bill, known as the “Dream Act,” was introduced by Sen. Durbin, who said it would help.',
    ],
  ]
  for (const [name, text] of rows) {
    it(`skips ${name}`, () => assert.deepEqual(read(text), []))
  }

  it('skips a quotation in page chrome before the headline', () => {
    const text =
      '“ You cannot uneducate the person who has learned to read. ” – César Chávez, UFW\n\nDemocrats Must Defend Sanctuary Cities\n\nJuly 23, 2015\n\n“Between these attacks, we stand firm,” said Arturo Carmona of Presente.org.'
    const seen = read(text, 'en', 'Democrats Must Defend Sanctuary Cities')
    expectQuotes(seen, [
      q('Between these attacks, we stand firm', 'Arturo Carmona', 'Presente.org'),
    ])
  })

  it('keeps offsets exact: text equals the source slice, block is where the quote starts', () => {
    const text = 'Intro paragraph here.\n\n“A quote that matters,” said Jane Doe of CASA.'
    const blocks = paragraphBlocks(text)
    const [quote] = extractQuotes(text, blocks, 'en')
    assert.ok(quote)
    assert.equal(text.slice(quote.start, quote.end), quote.text)
    assert.equal(quote.block, 1)
    const a = quote.attribution
    assert.ok(a)
    assert.equal(text.slice(a.start, a.end), a.text)
    assert.equal(a.text, 'said Jane Doe of CASA')
    assert.equal(a.verb, 'said')
  })
})
