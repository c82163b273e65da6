/**
 * Background work lets the requests in flight go first (cms/requestsFirst.ts): the server counts the
 * requests it is answering (scripts/request-handler.mjs, scripts/requests-in-flight.mjs), not the
 * machines' routine checks, and a turn of background work after a slice that held the process waits
 * while there are some, for a bounded time.
 */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { requestsFirst } from '@/cms/requestsFirst'
import { createLogger } from '@/scripts/log.mjs'
import { requestHandler } from '@/scripts/request-handler.mjs'
import { requestsInFlight } from '@/scripts/requests-in-flight.mjs'

let server: http.Server
let port: number
let base: string
/** Answers the requests to /slow held so far. */
const held: (() => void)[] = []
const releaseAll = () => held.splice(0).forEach((release) => release())
/** requestsInFlight() as each path's handler saw it. */
const seen = new Map<string, number>()
const turnsOfTheEventLoop = async (turns: number) => {
  for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve))
}

beforeAll(async () => {
  const log = createLogger({ level: 'silent', destination: { write: () => {} } })
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').replace(/^http:\/\/[^/]+/, '').split('?')[0]
    seen.set(path, requestsInFlight())
    if (path === '/slow') await new Promise<void>((resolve) => held.push(resolve))
    res.end('ok')
  }
  server = http.createServer(requestHandler({ handle, trusted: [], log }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
})
afterEach(async () => {
  releaseAll()
  await expect.poll(requestsInFlight).toBe(0)
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Sends `text` on a connection of its own, and gives the socket. */
async function rawRequest(text: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(text)
  return socket
}

describe('requests in flight', () => {
  it('counts a page while it is answered, not a routine check (in either form of address), and none once answered', async () => {
    await (await fetch(`${base}/thu-tuc-hanh-chinh`)).text()
    await (await fetch(`${base}/next/list-pages?list=x`)).text()
    expect(seen.get('/thu-tuc-hanh-chinh')).toBe(1)
    expect(seen.get('/next/list-pages')).toBe(0)
    seen.delete('/next/list-pages')
    const socket = await rawRequest(`GET http://127.0.0.1:${port}/next/list-pages HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    await expect.poll(() => seen.get('/next/list-pages')).toBe(0)
    socket.destroy()
  })

  it('counts no more a pipelined request whose connection closed before it was answered', async () => {
    const request = 'GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'
    const socket = await rawRequest(request + request)
    await expect.poll(requestsInFlight).toBe(2)
    socket.destroy()
    await expect.poll(requestsInFlight).toBe(0)
  })
})

describe('a turn of background work', () => {
  /** Which ends first while a request is in flight: the turn, or the request (answered after 20 turns of the event loop). */
  async function firstToEnd(turn: () => Promise<void>): Promise<string[]> {
    const answer = fetch(`${base}/slow`)
    await expect.poll(requestsInFlight).toBe(1)
    const order: string[] = []
    const slice = turn().then(() => order.push('background'))
    await turnsOfTheEventLoop(20)
    order.push('request answered')
    releaseAll()
    await (await answer).text()
    await slice
    return order
  }

  it('after a slice that held the process, waits for the request in flight to be answered', async () => {
    expect(await firstToEnd(requestsFirst({ workMs: 0, maxWaitMs: 60_000 }))).toEqual(['request answered', 'background'])
  })

  it.each([
    ['after a short slice', { workMs: 60_000 }],
    ['when the work itself is awaited by a request', { workMs: 0, mayWait: () => false }],
  ])('does not wait %s', async (_, pace) => {
    expect(await firstToEnd(requestsFirst({ maxWaitMs: 60_000, ...pace }))).toEqual(['background', 'request answered'])
  })

  it('waits a bounded time for a request that is not answered', async () => {
    const answer = fetch(`${base}/slow`)
    await expect.poll(requestsInFlight).toBe(1)
    const started = performance.now()
    await requestsFirst({ workMs: 0, maxWaitMs: 40 })()
    // It waited (a turn alone takes well under a millisecond), then went on with the request still in flight.
    expect(performance.now() - started).toBeGreaterThanOrEqual(35)
    expect(requestsInFlight()).toBe(1)
    releaseAll()
    await (await answer).text()
  })
})
