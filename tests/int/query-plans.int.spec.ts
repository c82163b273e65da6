import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context, onMongo } from '../fixtures/payload'

/**
 * Every query the public pages, feeds, sitemap, search, feedback, redirects and REST API run, on a small
 * corpus (the demo seed), through SQLite's EXPLAIN QUERY PLAN: a full scan of a content table is a page
 * whose cost grows with the content (issue 16: `/tin-tuc?trang=50` took 11.9 s at 10,000 documents,
 * scanning `news_locales` once per row). The plan does not depend on the number of rows (no ANALYZE), so
 * a small corpus shows what a big one would do.
 */

// The page queries run as the pages call them, without Next's caches (no Next server in a test).
const state = vi.hoisted(() => ({ payload: undefined as unknown as Payload }))
vi.mock('next/cache', () => ({ unstable_cache: (run: () => unknown) => run }))
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
vi.mock('@/lib/queries/payload', () => ({ getPayloadClient: async () => state.payload }))

/**
 * Full scans allowed, each with why: tables that stay small whatever the content, or queries that read
 * a whole table by design (one row per entry, read once, nothing to seek).
 */
const SCAN_ALLOWED: Record<string, string> = {
  site_settings: 'the global: one row',
  site_settings_locales: 'the global: one row per locale',
  news_categories: 'a handful of categories, all listed',
  contact_points: 'a few dozen contact points, all listed',
  index_results: 'a few index results a year, all listed',
  redirects: 'the redirects table is read whole, once, into the proxy (guards/redirects.ts)',
  search_synonyms: 'at most MAX_SYNONYM_GROUPS editor groups, all read',
}

type Statement = { sql: string; args: unknown[] }
/** A scan one call may make by design (the SCAN_ALLOWED tables aside). */
type Allowed = (scan: { table: string; sql: string }) => boolean
/** The search index's refresh counts its entries (a covering index's count, nothing read but the index). */
const refreshCounts: Allowed = ({ table, sql }) => table === 'search_index' && /^select count\(\*\) from "search_index"[^()]*$/i.test(sql)
type PlanRow = { id: number; parent: number; detail: string }

let payload: Payload
let cleanup: () => Promise<void>
let client: SQLiteAdapter['client']
let recorded: Statement[] | null = null

/** Runs `run` and returns the SELECTs it sent to SQLite. */
async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
  recorded = []
  try {
    await run()
    return recorded.filter(({ sql }) => /^\s*(select|with)\b/i.test(sql))
  } finally {
    recorded = null
  }
}

async function planOf({ sql, args }: Statement): Promise<PlanRow[]> {
  const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: args as never })
  return rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), detail: String(row.detail) }))
}

/**
 * The tables a statement reads under each name: drizzle aliases them (`"news_locales" "news__locales"`),
 * and a plan names the alias.
 */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const [, table, alias] of sql.matchAll(/(?:from|join) "(\w+)" "([^"]+)"/gi)) aliases.set(alias, table)
  return aliases
}

/**
 * The full scans of a statement's plan that are not allowed: `SCAN x`, also in index order or through a
 * covering index (every row of it still read), where x is a table. A subquery's result (CO-ROUTINE x,
 * MATERIALIZE x) is scanned under the same name as the table inside it: a row below the CO-ROUTINE is
 * the table, one outside it the result.
 */
async function forbiddenScans(statement: Statement): Promise<{ table: string; line: string; plan: string }[]> {
  const plan = await planOf(statement)
  const aliases = tablesByAlias(statement.sql)
  const byId = new Map(plan.map((row) => [row.id, row]))
  const insideSubquery = (row: PlanRow, name: string) => {
    for (let parent = byId.get(row.parent); parent; parent = byId.get(parent.parent)) {
      if (parent.detail === `CO-ROUTINE ${name}` || parent.detail === `MATERIALIZE ${name}`) return true
    }
    return false
  }
  const subqueries = new Set(plan.flatMap(({ detail }) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(detail)?.[1] ?? []))
  return plan.flatMap((row) => {
    const name = /^SCAN (\S+)/.exec(row.detail)?.[1]
    if (!name || (subqueries.has(name) && !insideSubquery(row, name))) return []
    const table = aliases.get(name) ?? name
    if (table in SCAN_ALLOWED) return []
    return [{ table, line: row.detail, plan: plan.map(({ detail }) => detail).join(' | ') }]
  })
}

beforeAll(async () => {
  if (onMongo) return
  ;({ payload, cleanup } = await bootPayload())
  state.payload = payload
  client = (payload.db as unknown as SQLiteAdapter).client
  // Drizzle sends each statement through the client's execute: record what it sends.
  const execute = client.execute.bind(client) as (...args: unknown[]) => ReturnType<typeof client.execute>
  client.execute = ((statement: string | Statement, args?: unknown[]) => {
    if (recorded) recorded.push(typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement)
    return args === undefined ? execute(statement) : execute(statement, args)
  }) as typeof client.execute
  const { seed } = await import('@/cms/seed')
  const { richText } = await import('@/cms/seed/richText')
  await seed(payload)
  const [procedure] = (await payload.find({ collection: 'procedures', limit: 1, depth: 0 })).docs
  await payload.create({
    collection: 'feedback',
    data: {
      name: 'Người gửi',
      email: 'nguoi.gui@example.vn',
      subject: 'Hỏi về thủ tục',
      message: 'Nội dung',
      status: 'answered',
      procedure: procedure.id,
      answer: richText(['Trả lời.']),
      publicQuestion: 'Câu hỏi công khai?',
      publishAnswer: true,
    } as never,
    context,
  })
  await payload.create({
    collection: 'redirects',
    data: { from: '/cu/thu-tuc', to: { type: 'reference', reference: { relationTo: 'procedures', value: procedure.id } }, type: '301' },
    context,
  })
}, 300_000)

afterAll(() => cleanup?.())

describe.skipIf(onMongo)('query plans of the public pages (SQLite only: MongoDB has no EXPLAIN QUERY PLAN of SQL)', () => {
  it('no query of a page, feed, the sitemap, search, feedback, redirects, the list pages table or the API scans a content table', async () => {
    const news = await import('@/lib/queries/news')
    const events = await import('@/lib/queries/events')
    const guides = await import('@/lib/queries/guides')
    const documents = await import('@/lib/queries/legalDocuments')
    const pages = await import('@/lib/queries/pages')
    const procedures = await import('@/lib/queries/procedures')
    const site = await import('@/lib/queries/site')
    const published = await import('@/lib/queries/published')
    const answers = await import('@/lib/queries/feedbackAnswers')
    const { redirectRules } = await import('@/lib/redirects')
    const { listPagesTable } = await import('@/lib/listPages')
    const { loadedSearchMemory, searchIndexChanged, searchMemory } = await import('@/search/memory')
    const { runSearch } = await import('@/search/query')
    const { trackFeedback } = await import('@/feedback/track')
    const { resolveProcedure } = await import('@/feedback/procedureChoice')

    const first = async <C extends 'news' | 'legal-documents' | 'procedures' | 'events' | 'guides' | 'pages' | 'news-categories'>(
      collection: C,
      where = {},
    ) => (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: false })).docs[0] as never as Record<string, string>
    const newsItem = await first('news')
    const category = await first('news-categories')
    const document = await first('legal-documents')
    const procedure = await first('procedures')
    const event = await first('events')
    const guide = await first('guides')
    const child = await first('pages', { parent: { exists: true } })
    const answer = (await payload.find({ collection: 'feedback', limit: 1, depth: 0 })).docs[0]
    const collections = ['news', 'legal-documents', 'procedures', 'events', 'guides', 'pages'] as const

    // The search index loads once, before the first search: it reads the whole table by design (in pages
    // by id). Its refresh, every 2 s, looks for changes by date and may only count the entries; a search
    // may start one in the background, recorded under whichever call runs then (refreshCounts for all).
    const loadReadsAll: Allowed = ({ table }) => table === 'search_index'
    const calls: [string, () => Promise<unknown>, Allowed?][] = [
      ['search index load', () => loadedSearchMemory(payload), loadReadsAll],
      [
        'search index refresh',
        () => {
          searchIndexChanged()
          return searchMemory(payload)
        },
      ],
    ]
    for (const locale of ['vi', 'en'] as const) {
      const add = (name: string, run: () => Promise<unknown>) => calls.push([`${name} (${locale})`, run])
      add('news list page 2', () => news.getNewsPage(locale, 2))
      add('news category page', () => news.getNewsPage(locale, 1, category.id, 50))
      add('press releases', () => news.getNewsPage(locale, 2, undefined, news.NEWS_PAGE_SIZE, 'press-release'))
      add('news feed', () => news.listNews(locale, 30))
      add('press feed', () => news.listNews(locale, 30, 'press-release'))
      add('press media', () => news.listPressMedia(locale))
      add('news categories', () => news.listNewsCategories(locale))
      add('news detail', () => news.getNewsBySlug(newsItem.slug, locale))
      add('events page 2', () => events.getEventPage(locale, 2))
      add('event detail', () => events.getEventBySlug(event.slug, locale))
      add('guides list', () => guides.listGuides(locale))
      add('guide detail', () => guides.getGuideBySlug(guide.slug, locale))
      add('documents page 2', () => documents.getLegalDocumentPage(locale, { type: '', issuer: '', year: '', status: '' }, 2))
      add('documents filtered', () =>
        documents.getLegalDocumentPage(
          locale,
          { type: String(document.documentType), issuer: String(document.issuer), year: '2020', status: 'effective' },
          1,
        ),
      )
      add('documents filter options', () => documents.getLegalDocumentFilterOptions(locale))
      add('document detail', () => documents.getLegalDocumentBySlug(document.slug, locale))
      add('document relations', () => documents.getDocumentRelations(String(document.id), locale))
      add('procedures citing', () => documents.getProceduresCiting(String(document.id), locale))
      add('current successor', () => documents.getCurrentSuccessor(String(document.issuer), locale))
      add('page detail', () => pages.getPageBySlug(child.slug, locale))
      add('child pages', () => pages.listChildPages(String(child.parent), locale))
      const noFilter = { field: '', level: '', online: '', agency: '' }
      add('procedures page 2', () => procedures.getProcedurePage(locale, noFilter, 2))
      add('procedures by field', () => procedures.getProcedurePage(locale, { ...noFilter, field: procedure.field }, 1))
      add('procedures by level', () => procedures.getProcedurePage(locale, { ...noFilter, level: 'province' }, 1))
      add('procedures by online service', () => procedures.getProcedurePage(locale, { ...noFilter, online: 'full' }, 1))
      add('procedures online', () => procedures.getProcedurePage(locale, { ...noFilter, online: procedures.ANY_ONLINE }, 2))
      add('procedures by agency', () =>
        procedures.getProcedurePage(locale, { ...noFilter, agency: String(procedure.implementingAgency) }, 1),
      )
      add('procedures filter options', () => procedures.getProcedureFilterOptions(locale))
      add('procedure by code', () => procedures.getProcedureByCode(procedure.code, locale))
      add('procedure detail', () => procedures.getProcedureBySlug(procedure.slug, locale))
      add('site settings', () => site.getSiteSettings(locale))
      add('contact points', () => site.listContactPoints(locale))
      add('index results', () => site.listIndexResults(locale))
      add('Q&A', () => answers.listPublishedAnswers(locale, 1))
      add('Q&A answer', () => answers.findPublishedAnswer(locale, String(answer.id)))
      add('search', () => runSearch(payload, { q: 'khai sinh', locale }))
      for (const collection of collections) {
        // The REST API's list (`/api/news?page=2`): Payload's default sort and depth.
        add(`API ${collection} page 2`, () => payload.find({ collection, locale, page: 2, limit: 2, overrideAccess: false }))
      }
    }
    for (const collection of collections) {
      calls.push([`sitemap ${collection}`, () => published.listPublished(collection)])
      calls.push([`prerendered ${collection}`, () => published.listNewestPublished(collection, 50)])
    }
    calls.push(['redirects', () => redirectRules()])
    // The proxy's table of list pages: every list counted, whole and per filter value (lib/listPages.ts).
    calls.push(['list pages table', () => listPagesTable()])
    calls.push(['feedback tracking', () => trackFeedback(payload, String(answer.trackingCode), 'nguoi.gui@example.vn', '192.0.2.1')])
    calls.push(['feedback procedure by code', () => resolveProcedure(payload, procedure.code)])
    calls.push(['feedback procedure by name', () => resolveProcedure(payload, 'Đăng ký khai sinh')])

    // One report per scanned table: the first statement and plan that scan it, and every call that does.
    const scans = new Map<string, { line: string; sql: string; plan: string; calls: Set<string> }>()
    let statements = 0
    for (const [name, run, allowed] of calls) {
      const captured = await statementsOf(run)
      expect(captured.length, `${name} ran no query`).toBeGreaterThan(0)
      statements += captured.length
      for (const statement of captured) {
        for (const { table, line, plan } of await forbiddenScans(statement)) {
          if (refreshCounts({ table, sql: statement.sql }) || allowed?.({ table, sql: statement.sql })) continue
          const scan = scans.get(table) ?? { line, sql: statement.sql, plan, calls: new Set() }
          scans.set(table, scan.calls.add(name) && scan)
        }
      }
    }
    expect(statements).toBeGreaterThan(calls.length)
    const report = [...scans].map(
      ([table, { line, sql, plan, calls }]) => `${table}: ${line}\n  by: ${[...calls].join(', ')}\n  sql: ${sql}\n  plan: ${plan}`,
    )
    expect(report, `full scans (add the index, or allow the table in SCAN_ALLOWED with why):\n${report.join('\n')}`).toEqual([])
  })

  it('the list pages table counts each list, and each value its filters offer, as the lists page them (published only)', async () => {
    const { listPagesTable } = await import('@/lib/listPages')
    const { countProcedures, getProcedurePage, NO_PROCEDURE_FILTERS, PROCEDURES_PAGE_SIZE } = await import('@/lib/queries/procedures')
    const { EFFECT_STATUSES } = await import('@/domain/legalDocuments/vocabulary')
    const pagesOf = async (where: Where) =>
      Math.ceil((await payload.count({ collection: 'procedures', where, overrideAccess: false })).totalDocs / PROCEDURES_PAGE_SIZE)
    const procedure = (await payload.find({ collection: 'procedures', limit: 1, depth: 0, overrideAccess: false })).docs[0]
    // A field that only a draft has is offered nowhere.
    await payload.create({
      collection: 'procedures',
      data: { code: '9.999999', name: 'Bản nháp', field: 'Lĩnh vực chỉ có bản nháp', _status: 'draft' } as never,
      draft: true,
      context,
    })

    // A draft document, of a type and issuer that published ones have: counted nowhere.
    const published = (await payload.find({ collection: 'legal-documents', limit: 1, depth: 0, overrideAccess: false })).docs[0]
    await payload.create({
      collection: 'legal-documents',
      data: { title: 'Bản nháp', documentType: published.documentType, issuer: published.issuer, _status: 'draft' } as never,
      draft: true,
      context,
    })

    // The reading lets the event loop turn between its reads (SQLite answers synchronously): the
    // requests that come meanwhile are taken, not held until the whole table is read.
    let turns = 0
    let counting = true
    const tick = () => {
      turns++
      if (counting) setImmediate(tick)
    }
    setImmediate(tick)
    const table = await listPagesTable()
    counting = false
    const values = Object.values(table.vi['/thu-tuc-hanh-chinh']!.filters).reduce((sum, values) => sum + Object.keys(values).length, 0)
    expect(turns, 'turns of the event loop while the table was read').toBeGreaterThan(values)
    const procedures = table.vi['/thu-tuc-hanh-chinh']!
    expect(procedures.pages).toBe(await pagesOf({}))
    expect(procedures.filters.field[procedure.field as string]).toBe(await pagesOf({ field: { equals: procedure.field } }))
    expect(procedures.filters.field[procedure.field as string]).toBeGreaterThan(0)
    expect(procedures.filters.field).not.toHaveProperty('Lĩnh vực chỉ có bản nháp')
    expect(Object.keys(procedures.filters.online)).toEqual(['full', 'partial', 'none'])
    expect(Object.keys(table.vi['/van-ban']!.filters.status)).toEqual(EFFECT_STATUSES.map(({ value }) => value))
    // A combination: counted as its first page reads it; one with a value the list does not offer is not read.
    const { combinationPages } = await import('@/lib/listPages')
    const level = (procedure.levels as string[])[0]
    expect(
      await combinationPages('/thu-tuc-hanh-chinh', 'vi', [
        ['field', procedure.field as string],
        ['level', level],
      ]),
    ).toBe(await pagesOf({ and: [{ field: { equals: procedure.field } }, { levels: { in: [level] } }] }))
    expect(
      await combinationPages('/thu-tuc-hanh-chinh', 'vi', [
        ['field', procedure.field as string],
        ['level', 'khong-co'],
      ]),
    ).toBeNull()
    expect(
      await combinationPages('/thu-tuc-hanh-chinh', 'vi', [
        ['field', 'Lĩnh vực chỉ có bản nháp'],
        ['level', level],
      ]),
    ).toBeNull()
    // A combination with no results has no page (Payload may count one empty page).
    const documents = await import('@/lib/queries/legalDocuments')
    const offered = await documents.offeredDocumentFilters('vi')
    let empty: [string, string][] | null = null
    for (const type of offered.type)
      for (const issuer of offered.issuer)
        if (!empty && (await documents.getLegalDocumentPage('vi', { ...documents.NO_DOCUMENT_FILTERS, type, issuer }, 1)).total === 0)
          empty = [
            ['type', type],
            ['issuer', issuer],
          ]
    expect(empty, 'an empty combination of a type and an issuer in the seed').not.toBeNull()
    expect(await combinationPages('/van-ban', 'vi', empty!)).toBe(0)
    // Every list, in both languages; the lists without filters have none.
    for (const locale of ['vi', 'en']) {
      expect(Object.keys(table[locale]).sort(), locale).toEqual([
        '/bao-chi',
        '/dich-vu-cong-truc-tuyen',
        '/phan-anh-kien-nghi/hoi-dap',
        '/su-kien',
        '/thu-tuc-hanh-chinh',
        '/tin-tuc',
        '/van-ban',
      ])
      expect(table[locale]['/tin-tuc']!.pages, locale).toBeGreaterThan(0)
      expect(table[locale]['/tin-tuc']!.filters, locale).toEqual({})
      // The counts are those of the list itself, whatever the filter (a legal effect is a query over dates).
      for (const [name, values] of Object.entries(table[locale]['/van-ban']!.filters))
        for (const [value, pages] of Object.entries(values)) {
          const filters = { ...documents.NO_DOCUMENT_FILTERS, [name]: value }
          const page = await documents.getLegalDocumentPage(locale as 'vi' | 'en', filters, 1)
          expect(await documents.countLegalDocuments(filters), `${locale} /van-ban ${name}=${value}`).toBe(page.total)
          expect(pages, `${locale} /van-ban ${name}=${value}`).toBe(page.total > 0 ? page.totalPages : 0)
        }
      for (const [name, values] of Object.entries(table[locale]['/thu-tuc-hanh-chinh']!.filters))
        for (const value of Object.keys(values)) {
          const filters = { ...NO_PROCEDURE_FILTERS, [name]: value }
          const page = await getProcedurePage(locale as 'vi' | 'en', filters, 1)
          expect(await countProcedures(locale as 'vi' | 'en', filters), `${locale} procedures ${name}=${value}`).toBe(page.total)
        }
    }
  }, 120_000)
})
