/**
 * Background work lets the requests in flight go first (cms/yieldToRequests.ts): the server counts the
 * requests it is answering (scripts/request-handler.mjs), not the machines' routine checks, and a slice
 * of background work waits while there are some, for a bounded time.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { yieldToRequests } from '@/cms/yieldToRequests'
import { createLogger } from '@/scripts/log.mjs'
import { requestHandler } from '@/scripts/request-handler.mjs'
import { requestsInFlight } from '@/scripts/requests-in-flight.mjs'

let server: http.Server
let base: string
let release: () => void = () => {}
/** requestsInFlight() as each path's handler saw it. */
const seen = new Map<string, number>()

beforeAll(async () => {
  const log = createLogger({ level: 'silent', destination: { write: () => {} } })
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]
    seen.set(path, requestsInFlight())
    if (path === '/slow') await new Promise<void>((resolve) => (release = resolve))
    res.end('ok')
  }
  server = http.createServer(requestHandler({ handle, trusted: [], log }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('requests in flight', () => {
  it('counts a page while it is answered, not a routine check, and none once answered', async () => {
    await (await fetch(`${base}/thu-tuc-hanh-chinh`)).text()
    await (await fetch(`${base}/next/list-pages?list=x`)).text()
    expect(seen.get('/thu-tuc-hanh-chinh')).toBe(1)
    expect(seen.get('/next/list-pages')).toBe(0)
    await expect.poll(requestsInFlight).toBe(0)
  })

  it('a slice of background work waits for the request in flight to be answered', async () => {
    const answer = fetch(`${base}/slow`)
    await expect.poll(() => seen.get('/slow')).toBe(1)
    const order: string[] = []
    const slice = yieldToRequests(60_000).then(() => order.push('background'))
    // Turns of the event loop go by: the slice still waits.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve))
    order.push('request answered')
    release()
    await (await answer).text()
    await slice
    expect(order).toEqual(['request answered', 'background'])
  })

  it('waits a bounded time for a request that is not answered, and counts one whose client left', async () => {
    const controller = new AbortController()
    const answer = fetch(`${base}/slow`, { signal: controller.signal }).catch(() => null)
    await expect.poll(requestsInFlight).toBe(1)
    await yieldToRequests(30)
    expect(requestsInFlight(), 'still in flight after the wait').toBe(1)
    controller.abort()
    await answer
    await expect.poll(requestsInFlight).toBe(0)
    release()
  })
})
