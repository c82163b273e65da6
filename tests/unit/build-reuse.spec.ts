import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildSettings, dropPageOutputs, reuseDecision, sourceHash } from '@/scripts/build-reuse.mjs'

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'build-reuse-'))
const write = (root: string, file: string, content = '') => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), content)
}

describe('reuseDecision', () => {
  const settings = buildSettings({ PORT: '3000' })
  const current = { source: 'abc', settings }
  const stamp = { ...current, buildId: 'b1' }

  it('reuses a build made from the same source and settings', () => {
    expect(reuseDecision(stamp, current, 'b1')).toEqual({ reuse: true, reason: 'same source and settings as the last build' })
  })
  it('rebuilds without a build, without a stamp, or when the build was replaced', () => {
    expect(reuseDecision(stamp, current, null)).toMatchObject({ reuse: false, reason: 'no build yet' })
    expect(reuseDecision(null, current, 'b1')).toMatchObject({ reuse: false, reason: 'the build was not made by npm run demo' })
    expect(reuseDecision(stamp, current, 'b2')).toMatchObject({ reuse: false, reason: 'the build was replaced since npm run demo made it' })
  })
  it('rebuilds when the source changed or cannot be told', () => {
    expect(reuseDecision(stamp, { ...current, source: 'abd' }, 'b1')).toMatchObject({
      reuse: false,
      reason: 'the source changed since the last build',
    })
    expect(reuseDecision({ ...stamp, source: null }, { ...current, source: null }, 'b1')).toMatchObject({ reuse: false })
  })
  it('names the settings that changed', () => {
    const other = buildSettings({ PORT: '3001', DATABASE_URL: 'file:./data/other.db', S3_BUCKET: 'media' })
    expect(reuseDecision(stamp, { ...current, settings: other }, 'b1')).toEqual({
      reuse: false,
      reason: 'DATABASE_URL, S3_BUCKET, SITE_URL changed since the last build',
    })
  })
})

describe('buildSettings', () => {
  it('derives the site URL from PORT as the build does, and keeps no value in clear', () => {
    expect(buildSettings({ PORT: '3000' })).toEqual(buildSettings({ SITE_URL: 'http://localhost:3000/' }))
    expect(buildSettings({ PORT: '3000' })).not.toEqual(buildSettings({ PORT: '3001' }))
    const secret = buildSettings({ S3_BUCKET: 'b', S3_SECRET_ACCESS_KEY: 'hunter2' })
    expect(Object.keys(secret)).toContain('S3_SECRET_ACCESS_KEY')
    expect(JSON.stringify(secret)).not.toContain('hunter2')
  })
})

describe('sourceHash', () => {
  it('changes with a built file, tracked or new, but not with tests, docs or a build folder in tsconfig include', () => {
    const root = temp()
    execFileSync('git', ['init', '-q'], { cwd: root })
    write(root, '.gitignore', 'data/\n')
    write(root, 'app/page.tsx', 'one')
    write(root, 'tsconfig.json', JSON.stringify({ include: ['**/*.ts', '.next/types/**/*.ts'] }))
    execFileSync('git', ['add', '.'], { cwd: root })
    const first = sourceHash(root)
    expect(first).toMatch(/^[0-9a-f]{64}$/)

    write(root, 'tests/unit/a.spec.ts', 'x')
    write(root, 'README.md', 'x')
    write(root, 'data/cchc.db', 'x')
    write(root, 'tsconfig.json', JSON.stringify({ include: ['**/*.ts', '.next/types/**/*.ts', '.next-e2e-3800/types/**/*.ts'] }))
    expect(sourceHash(root)).toBe(first)

    write(root, 'app/page.tsx', 'two')
    expect(sourceHash(root)).not.toBe(first)
    write(root, 'app/page.tsx', 'one')
    write(root, 'lib/new.ts', 'x')
    expect(sourceHash(root)).not.toBe(first)
  })
  it('is null outside a git checkout', () => {
    expect(sourceHash(temp())).toBeNull()
  })
})

describe('dropPageOutputs', () => {
  it("drops prerendered and cached pages, keeps the compiled code and Next's error pages", () => {
    const dist = temp()
    const kept = ['BUILD_ID', 'server/app/vi/page.js', 'server/app/_not-found/page.js', 'server/pages/500.html', 'cache/images/a.webp']
    const dropped = [
      'server/app/vi.html',
      'server/app/vi.rsc',
      'server/app/vi.meta',
      'server/app/vi.segments/_tree.segment.rsc',
      'server/app/en/tin-tuc/a.html',
      'server/app/feed.xml.body',
      'server/route-cache/APP_PAGE/x/$/vi.html',
      'cache/fetch-cache/abc',
    ]
    for (const file of [...kept, ...dropped]) write(dist, file)
    expect(dropPageOutputs(dist)).toBeGreaterThan(0)
    for (const file of kept) expect(fs.existsSync(path.join(dist, file)), file).toBe(true)
    for (const file of dropped) expect(fs.existsSync(path.join(dist, file)), file).toBe(false)
  })
})
