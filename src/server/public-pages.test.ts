import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../store/test-engines.js'
import {
  attr,
  byTag,
  type El,
  findAll,
  hreflangs,
  metaProperty,
  parseHtml,
  textOf,
} from './public-test-html.js'
import { hostileHeadline, seeded, seedPublicNewsroom } from './public-test-seed.js'
import { createTestWorld, type TestWorld } from './test-app.js'

const origin = 'http://newsroom.test'

for (const engine of testEngines) {
  describe(`public pages on ${engine}`, () => {
    let world: TestWorld
    let ids: Awaited<ReturnType<typeof seedPublicNewsroom>>
    const get = (path: string, headers: Record<string, string> = {}) =>
      world.app.request(path, { headers })
    const page = async (path: string, status = 200): Promise<{ doc: El; text: string }> => {
      const response = await get(path)
      const text = await response.text()
      assert.equal(response.status, status, `${path}: ${text.slice(0, 200)}`)
      assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/)
      return { doc: parseHtml(text), text }
    }
    const htmlLang = (doc: El) => attr(byTag(doc, 'html')[0], 'lang')

    before(async () => {
      world = await createTestWorld(engine)
      ids = await seedPublicNewsroom(world)
    })
    after(() => world.close())

    it('redirects / to the language the reader asks for', async () => {
      const cases: [string | undefined, string][] = [
        ['es-MX,es;q=0.9,en;q=0.5', './es/'],
        ['en-GB,en;q=0.9', './en/'],
        ['fr-FR,fr;q=0.9,es;q=0.4', './es/'],
        ['de', './en/'],
        [undefined, './en/'],
      ]
      for (const [header, location] of cases) {
        const response = await get('/', header ? { 'accept-language': header } : {})
        assert.equal(response.status, 302)
        assert.equal(response.headers.get('location'), location, String(header))
        assert.match(response.headers.get('vary') ?? '', /Accept-Language/i)
      }
      const bare = await get('/es')
      assert.equal(bare.status, 301)
      assert.equal(bare.headers.get('location'), './es/')
    })

    it('serves each index with its lang attribute, strings and releases', async () => {
      for (const lang of ['en', 'es']) {
        const { doc } = await page(`/${lang}/`)
        assert.equal(htmlLang(doc), lang)
        const links = byTag(doc, 'a').map((a) => attr(a, 'href'))
        assert.ok(links.includes(`/${lang}/releases/${seeded.bilingual}/`), lang)
        assert.ok(links.includes(`/${lang}/releases/${seeded.corrected}/`), lang)
      }
      const es = await page('/es/')
      assert.match(textOf(byTag(es.doc, 'main')[0]), /Comunicados de prensa/)
    })

    it('lists a release that exists only in English in the Spanish index, saying so', async () => {
      const { doc } = await page('/es/')
      const link = byTag(doc, 'a').find(
        (a) => attr(a, 'href') === `/en/releases/${seeded.englishOnly}/`,
      )
      assert.ok(link, 'the Spanish index links the English page')
      assert.equal(attr(link, 'lang'), 'en')
      assert.equal(textOf(link), 'Coalition welcomes court ruling')
      const item = findAll(doc, (el) => el.tagName === 'li').find((li) =>
        textOf(li).includes('Coalition welcomes court ruling'),
      )
      assert.match(textOf(item), /Disponible solo en inglés/)
      const missing = await page(`/es/releases/${seeded.englishOnly}/`, 404)
      assert.equal(htmlLang(missing.doc), 'es')
      assert.ok(
        byTag(missing.doc, 'a').some(
          (a) => attr(a, 'href') === `/en/releases/${seeded.englishOnly}/`,
        ),
      )
    })

    it('serves a release page per language with lang, headline and a switcher to the other', async () => {
      const en = await page(`/en/releases/${seeded.bilingual}`)
      const es = await page(`/es/releases/${seeded.bilingual}/`)
      assert.equal(htmlLang(en.doc), 'en')
      assert.equal(htmlLang(es.doc), 'es')
      assert.match(textOf(byTag(en.doc, 'h1')[0]), /^Communities and grassroots organizations/)
      assert.match(textOf(byTag(es.doc, 'h1')[0]), /^Las comunidades y las organizaciones/)
      assert.equal(attr(byTag(es.doc, 'article')[0], 'lang'), 'es')
      const switcher = (doc: El) =>
        findAll(doc, (el) => el.tagName === 'nav' && attr(el, 'class') === 'lang-switch')[0]
      const toEs = byTag(switcher(en.doc) as El, 'a')[0]
      assert.equal(attr(toEs, 'href'), `/es/releases/${seeded.bilingual}/`)
      assert.equal(attr(toEs, 'lang'), 'es')
      assert.equal(
        attr(byTag(switcher(es.doc) as El, 'a')[0], 'href'),
        `/en/releases/${seeded.bilingual}/`,
      )
      // Quotes name their speaker; the dateline is marked; about sections are headed.
      assert.deepEqual(byTag(en.doc, 'cite').map(textOf), ['Oscar Chacon', 'Matt Nelson', 'Chacon'])
      assert.equal(
        textOf(findAll(en.doc, (el) => attr(el, 'class') === 'dateline')[0]),
        'CHICAGO –',
      )
      assert.ok(byTag(es.doc, 'h2').some((h) => textOf(h) === 'Acerca de Alianza Americas'))
      assert.ok(byTag(es.doc, 'h2').some((h) => textOf(h) === 'Contactos de prensa'))
    })

    it('links every language version both ways with hreflang, plus x-default', async () => {
      const pages = [
        ...['en', 'es'].map((l) => `/${l}/`),
        ...['en', 'es'].map((l) => `/${l}/releases/${seeded.bilingual}/`),
        ...['en', 'es'].map((l) => `/${l}/releases/${seeded.corrected}/`),
        ...['en', 'es'].map((l) => `/${l}/organizations/alianza-americas/`),
      ]
      for (const path of pages) {
        const { doc } = await page(path)
        const self = `${origin}${path}`
        const canonical = byTag(doc, 'link').find((l) => attr(l, 'rel') === 'canonical')
        assert.equal(attr(canonical, 'href'), self)
        const alternates = hreflangs(doc)
        const lang = htmlLang(doc)
        assert.ok(
          alternates.some((a) => a.lang === lang && a.url === self),
          `${path} lists itself`,
        )
        assert.ok(
          alternates.some((a) => a.lang === 'x-default'),
          `${path} has x-default`,
        )
        for (const alt of alternates.filter((a) => a.lang !== 'x-default')) {
          const back = hreflangs((await page(alt.url.slice(origin.length))).doc)
          assert.ok(
            back.some((b) => b.lang === lang && b.url === self),
            `${alt.url} links back to ${self}`,
          )
        }
      }
      const single = hreflangs((await page(`/en/releases/${seeded.englishOnly}/`)).doc)
      assert.deepEqual(single, [
        { lang: 'en', url: `${origin}/en/releases/${seeded.englishOnly}/` },
      ])
    })

    it('embeds NewsArticle JSON-LD with inLanguage and the translation links', async () => {
      const data = async (lang: string) => {
        const { doc } = await page(`/${lang}/releases/${seeded.bilingual}/`)
        const scripts = byTag(doc, 'script').filter(
          (s) => attr(s, 'type') === 'application/ld+json',
        )
        assert.equal(scripts.length, 1)
        // biome-ignore lint/suspicious/noExplicitAny: parsed documents of any shape, read by tests
        return JSON.parse(textOf(scripts[0])) as Record<string, any>
      }
      const en = await data('en')
      const es = await data('es')
      const url = (l: string) => `${origin}/${l}/releases/${seeded.bilingual}/`
      assert.equal(en['@type'], 'NewsArticle')
      assert.equal(en.inLanguage, 'en')
      assert.equal(es.inLanguage, 'es')
      assert.deepEqual(en.workTranslation, [{ '@id': url('es'), inLanguage: 'es' }])
      assert.deepEqual(es.translationOfWork, { '@id': url('en'), inLanguage: 'en' })
      assert.match(es.headline, /^Las comunidades/)
      assert.equal(en.url, url('en'))
      assert.deepEqual(
        en.author.map((a: { name: string }) => a.name),
        ['Alianza Americas', 'Presente'],
      )
      assert.equal(es.author[0].name, 'Alianza Américas')
      assert.ok(Date.parse(en.datePublished) > 0)
    })

    it('carries Open Graph tags for the page and its other language', async () => {
      const { doc } = await page(`/es/releases/${seeded.bilingual}/`)
      assert.deepEqual(metaProperty(doc, 'og:type'), ['article'])
      assert.match(metaProperty(doc, 'og:title')[0] ?? '', /^Las comunidades/)
      assert.deepEqual(metaProperty(doc, 'og:url'), [`${origin}/es/releases/${seeded.bilingual}/`])
      assert.deepEqual(metaProperty(doc, 'og:locale'), ['es_US'])
      assert.deepEqual(metaProperty(doc, 'og:locale:alternate'), ['en_US'])
      assert.ok((metaProperty(doc, 'og:description')[0] ?? '').startsWith('CHICAGO –'))
      assert.equal(metaProperty(doc, 'article:published_time').length, 1)
    })

    it('shows the current revision of a corrected release with a notice, and new revisions at once', async () => {
      const { doc } = await page(`/en/releases/${seeded.corrected}/`)
      assert.equal(textOf(byTag(doc, 'h1')[0]), 'Statement without a typo')
      assert.match(textOf(findAll(doc, (el) => attr(el, 'class') === 'notice')[0]), /^Corrected on/)
      const editor = await world.signIn('editor-a')
      const current = (await (
        await editor.request('GET', `/api/releases/${ids.corrected}`)
      ).json()) as {
        release: { revision: number }
      }
      const saved = await editor.request('PUT', `/api/releases/${ids.corrected}`, {
        baseRevision: current.release.revision,
        versions: [
          { lang: 'en', text: 'Statement corrected twice\n\nNEW YORK – Text.' },
          { lang: 'es', text: 'Declaración corregida dos veces\n\nNUEVA YORK – Texto.' },
        ],
      })
      assert.equal(saved.status, 200)
      const again = await page(`/en/releases/${seeded.corrected}/`)
      assert.equal(textOf(byTag(again.doc, 'h1')[0]), 'Statement corrected twice')
    })

    it('shows profile changes and new publications at once, though pages are cached', async () => {
      const before = await page('/es/organizations/presente/')
      assert.equal(textOf(byTag(before.doc, 'h1')[0]), 'Presente')
      const feedBefore = await (await get('/en/feed.json')).text()
      const admin = await world.signIn('editor-b')
      const patched = await admin.request('PATCH', `/api/organizations/${world.orgB}`, {
        names: { es: 'Presente (en español)' },
      })
      assert.equal(patched.status, 200)
      const after = await page('/es/organizations/presente/')
      assert.equal(textOf(byTag(after.doc, 'h1')[0]), 'Presente (en español)')
      const created = await admin.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
        organizationId: world.orgB,
        slug: 'late-breaking',
        versions: [{ lang: 'en', text: 'Late breaking statement\n\nCHICAGO – Now.' }],
      })
      assert.equal(created.status, 201)
      const id = ((await created.json()) as { release: { id: string } }).release.id
      assert.ok(!(await (await get('/en/feed.json')).text()).includes('late-breaking'))
      for (const status of ['in-review', 'approved', 'published'])
        assert.equal(
          (
            await admin.request('POST', `/api/releases/${id}/status`, {
              status,
              override: { reason: 'approvals are not what this test is about' },
            })
          ).status,
          200,
        )
      const feedAfter = await (await get('/en/feed.json')).text()
      assert.notEqual(feedAfter, feedBefore)
      assert.ok(feedAfter.includes('/en/releases/late-breaking/'))
      assert.ok((await page('/en/')).text.includes('Late breaking statement'))
    })

    it('escapes hostile text everywhere it is shown', async () => {
      for (const path of [
        `/en/releases/${seeded.hostile}/`,
        '/en/',
        `/es/releases/${seeded.hostile}/`,
      ]) {
        const { doc, text } = await page(path)
        const scripts = byTag(doc, 'script')
        assert.ok(
          scripts.every((s) => attr(s, 'type') === 'application/ld+json'),
          path,
        )
        assert.equal(byTag(doc, 'img').length, 0, path)
        assert.ok(!text.includes('\u0007'), path)
        assert.ok(!text.includes('<script>alert'), path)
      }
      const { doc } = await page(`/en/releases/${seeded.hostile}/`)
      const main = textOf(byTag(doc, 'main')[0])
      assert.ok(main.includes(hostileHeadline.replace('\u0007', '')), 'shown as text')
      assert.ok(main.includes('Body with <b>tags</b> & ]]> inside.'), 'shown as text')
    })

    it('serves organization pages per language with their names and boilerplates', async () => {
      const es = await page('/es/organizations/alianza-americas/')
      assert.equal(htmlLang(es.doc), 'es')
      assert.equal(textOf(byTag(es.doc, 'h1')[0]), 'Alianza Américas')
      assert.match(es.text, /es una red de organizaciones lideradas por migrantes/)
      assert.ok(
        byTag(es.doc, 'a').some((a) => attr(a, 'href') === `/es/releases/${seeded.bilingual}/`),
      )
      const third = await page('/en/organizations/third-member/')
      assert.match(textOf(byTag(third.doc, 'main')[0]), /has not published a press release yet/)
      await page('/en/organizations/no-such-org/', 404)
    })

    it('never shows a release that is not published', async () => {
      const secrets = [seeded.draft, seeded.approved]
      for (const slug of secrets)
        for (const lang of ['en', 'es']) await page(`/${lang}/releases/${slug}/`, 404)
      const surfaces = [
        '/en/',
        '/es/',
        '/sitemap.xml',
        ...['en', 'es'].flatMap((l) => [
          `/${l}/feed.xml`,
          `/${l}/atom.xml`,
          `/${l}/feed.json`,
          `/${l}/organizations/alianza-americas/`,
          `/${l}/organizations/alianza-americas/feed.xml`,
          `/${l}/organizations/alianza-americas/atom.xml`,
          `/${l}/organizations/alianza-americas/feed.json`,
        ]),
      ]
      for (const path of surfaces) {
        const text = await (await get(path)).text()
        for (const slug of secrets) assert.ok(!text.includes(slug), `${path} shows ${slug}`)
        for (const words of ['Secret draft', 'Titular secreto', 'Approved but unpublished'])
          assert.ok(!text.includes(words), `${path} shows "${words}"`)
      }
      // The other coalition's newsroom is not this one.
      assert.ok(!(await (await get('/en/')).text()).includes('Elsewhere'))
      assert.ok(ids.draft && ids.approved)
    })

    it('answers an unknown language with a clear 404 and leaves the API alone', async () => {
      for (const path of ['/fr/', '/fr/releases/x/', '/pt-BR/feed.xml', '/de']) {
        const response = await get(path)
        assert.equal(response.status, 404, path)
        const text = await response.text()
        assert.match(text, /no pages in the language/, path)
        assert.match(text, /English and Spanish/, path)
      }
      const api = await get('/api/nothing-here')
      assert.equal(api.status, 404)
      assert.match(api.headers.get('content-type') ?? '', /json/)
      assert.equal((await get('/en/releases/no-such-release/')).status, 404)
    })

    it("answers a mistyped address under a language with that language's page, and a favicon", async () => {
      for (const [path, lang] of [
        ['/en/nope', 'en'],
        ['/es/releases/', 'es'],
        ['/es/organizations/x/y/z', 'es'],
      ] as const) {
        const response = await get(path)
        assert.equal(response.status, 404, path)
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path)
        assert.match(await response.text(), new RegExp(`<html lang="${lang}"`), path)
      }
      assert.equal((await get('/favicon.ico')).status, 204)
      assert.match((await get('/app/nothing')).headers.get('content-type') ?? '', /^text\/html/)
    })

    it('serves robots.txt with the sitemap and a stylesheet with print rules', async () => {
      const robots = await (await get('/robots.txt')).text()
      assert.match(robots, /^Sitemap: http:\/\/newsroom\.test\/sitemap\.xml$/m)
      assert.match(robots, /^Disallow: \/app\/$/m)
      const css = await get('/assets/newsroom.css')
      assert.equal(css.status, 200)
      assert.match(css.headers.get('content-type') ?? '', /^text\/css/)
      assert.match(await css.text(), /@media print \{/)
    })
  })
}
