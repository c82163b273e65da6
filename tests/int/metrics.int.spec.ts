/**
 * /next/metrics (issue 18): Prometheus text, read from this machine or with METRICS_TOKEN, 403
 * otherwise; what the server and the app count, and the state gauges. The production server's own
 * counting (scripts/server.mjs) is called here as it calls it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET } from '@/app/next/metrics/route'
import { flushRevalidation } from '@/cms/revalidation'
import { LOCAL_HEADER, observeRequest, routeGroup } from '@/scripts/metrics.mjs'
import { runSearch } from '@/search/query'
import { bootPayload, context } from '../fixtures/payload'
import { restClient } from '../fixtures/rest'

let payload: Payload
let cleanup: () => Promise<void>

type Sample = { name: string; labels: Record<string, string>; value: number }

/** A parser of Prometheus's text format (0.0.4): every line a comment, a blank or a sample; throws on anything else. */
function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = []
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|NaN|\+Inf|-Inf)$/.exec(line)
    if (!match) throw new Error(`not Prometheus text: ${line}`)
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]),
    )
    samples.push({ name: match[1], labels, value: Number(match[3]) })
  }
  return samples
}

const scrape = (headers: Record<string, string>) => GET(new Request('http://localhost:3000/next/metrics', { headers }))
const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted))?.value

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  vi.spyOn(payload.logger, 'warn').mockImplementation(() => undefined as never)
})

afterAll(async () => {
  await flushRevalidation()
  await cleanup()
  delete process.env.METRICS_TOKEN
})

describe('/next/metrics', () => {
  it('answers 403 to a request through the proxy or from elsewhere, and to a wrong token', async () => {
    expect((await scrape({ [LOCAL_HEADER]: '0' })).status).toBe(403)
    expect((await scrape({})).status).toBe(403)
    // A client cannot claim to be local: scripts/server.mjs sets that header on every request.
    process.env.METRICS_TOKEN = 'ma-bi-mat-cua-prometheus-2026'
    expect((await scrape({ authorization: 'Bearer sai' })).status).toBe(403)
    expect((await scrape({ authorization: 'Bearer ma-bi-mat-cua-prometheus-2026' })).status).toBe(200)
  })

  it('serves Prometheus text with requests, cache, searches, failed sign-ins, jobs and health', async () => {
    observeRequest('GET', '/thu-tuc-hanh-chinh?trang=2', 200, 0.031, 'MISS')
    observeRequest('GET', '/en/procedures/cap-giay-phep', 200, 0.004, 'HIT')
    observeRequest('POST', '/api/users/login', 401, 0.3, undefined)
    await runSearch(payload, { q: 'hộ tịch', locale: 'vi' })
    const rest = await restClient()
    await payload.create({
      collection: 'users',
      data: { email: 'quantri@so-noi-vu.vn', password: 'mat-khau-do-luong-1', roles: ['admin'] },
      context,
    })
    expect((await rest(null, 'POST', '/users/login', { email: 'quantri@so-noi-vu.vn', password: 'sai-mat-khau' })).status).toBe(401)

    const response = await scrape({ [LOCAL_HEADER]: '1' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const samples = parsePrometheus(await response.text())
    expect(value(samples, 'cchc_http_requests_total', { group: 'procedures', method: 'GET', status: '2xx' })).toBe(2)
    expect(value(samples, 'cchc_http_requests_total', { group: 'api', method: 'POST', status: '4xx' })).toBe(1)
    expect(value(samples, 'cchc_http_request_duration_seconds_count', { group: 'procedures' })).toBe(2)
    expect(value(samples, 'cchc_page_cache_total', { result: 'HIT' })).toBe(1)
    expect(value(samples, 'cchc_page_cache_total', { result: 'MISS' })).toBe(1)
    expect(value(samples, 'cchc_search_duration_seconds_count')).toBeGreaterThanOrEqual(1)
    expect(value(samples, 'cchc_failed_sign_ins_total')).toBe(1)
    expect(value(samples, 'cchc_database_up')).toBe(1)
    expect(value(samples, 'cchc_redis_state', { state: 'not-configured' })).toBe(1)
    expect(value(samples, 'cchc_redis_state', { state: 'ready' })).toBe(0)
    expect(value(samples, 'cchc_jobs_queued')).toBeGreaterThanOrEqual(0)
    expect(value(samples, 'cchc_jobs_failed')).toBe(0)
    expect(value(samples, 'cchc_process_resident_memory_bytes')).toBeGreaterThan(0)
  })

  it('groups paths into a few fixed names, never the path itself', () => {
    expect(
      [
        '/',
        '/en',
        '/thu-tuc-hanh-chinh/x',
        '/en/documents?type=a',
        '/api/search?q=a',
        '/api/feedback/submit',
        '/api/news/1',
        '/admin/collections/news',
        '/next/health',
        '/_next/static/x.css',
        '/robots.txt',
        '/bat-ky-dau',
      ].map(routeGroup),
    ).toEqual([
      'home',
      'home',
      'procedures',
      'documents',
      'api-search',
      'api-feedback',
      'api',
      'admin',
      'next',
      'static',
      'files',
      'other-pages',
    ])
  })
})
