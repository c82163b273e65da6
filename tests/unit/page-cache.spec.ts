import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { afterEach, describe, expect, it } from 'vitest'

import PageCache from '@/scripts/page-cache.mjs'

/** A rendered page as Next hands it to its cache. */
const page = (status: number) => ({
  kind: 'APP_PAGE',
  html: `<html><body>${status}</body></html>`,
  rscData: Buffer.from('0:{}'),
  headers: {},
  postponed: undefined,
  status,
  segmentData: undefined,
})
const context = { cacheControl: { revalidate: 600, expire: 31_536_000 }, isRoutePPREnabled: false, isFallback: false } as never
const read = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as never

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** Files under a directory, relative to it. */
const files = (dir: string): string[] => (fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]) : [])

describe('the single-instance page cache (scripts/page-cache.mjs)', () => {
  it('keeps a page on disk and in memory, as Next does, but never a 404 page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-page-cache-'))
    dirs.push(dir)
    const cache = new PageCache({
      fs: nodeFs,
      flushToDisk: true,
      serverDistDir: dir,
      maxMemoryCacheSize: 10 * 1024 * 1024,
      revalidatedTags: [],
      _requestHeaders: {},
    })

    await cache.set('/vi/tin-tuc/co-that', page(200) as never, context)
    expect(files(path.join(dir, 'app'))).toEqual(expect.arrayContaining([path.join('vi', 'tin-tuc', 'co-that.html')]))
    expect((await cache.get('/vi/tin-tuc/co-that', read))?.value).toMatchObject({ kind: 'APP_PAGE', status: 200 })

    // A made-up address: nothing written, nothing kept (it renders again next time).
    await cache.set('/vi/tin-tuc/khong-co', page(404) as never, context)
    expect(files(path.join(dir, 'app')).filter((file) => file.includes('khong-co'))).toEqual([])
    expect(await cache.get('/vi/tin-tuc/khong-co', read)).toBeNull()
  })
})
