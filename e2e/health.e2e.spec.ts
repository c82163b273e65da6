import { expect, test } from '@playwright/test'

test('GET /next/health answers 200 with a small JSON body that no one caches', async ({ request }) => {
  const response = await request.get('/next/health', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(response.headers()['content-type']).toBe('application/json')
  // One instance, no REDIS_URL: nothing shared (lib/health.ts sharedState). The server's start-up
  // health check started loading the search index (search/memory.ts warmSearchMemory).
  expect(await response.text()).toMatch(
    /^\{"status":"ok","database":"ok","migrations":"current","redis":"not-configured","search":"(loaded|loading)"\}$/,
  )
  await expect.poll(async () => (await (await request.get('/next/health')).json()).search, { timeout: 20_000 }).toBe('loaded')
})

test('HEAD /next/health answers 200 for load balancers that only look at the status', async ({ request }) => {
  const response = await request.head('/next/health', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
})

test('the health route is not localized: no /en copy', async ({ request }) => {
  const response = await request.get('/en/next/health', { maxRedirects: 0 })
  expect(response.status()).toBe(404)
})
