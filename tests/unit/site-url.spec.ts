import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { siteUrl } from '@/domain/siteUrl'
import { builtSiteUrl, currentSiteUrl, siteUrlWarning } from '@/scripts/site-url.mjs'

/** A build folder as `next build` leaves it, made with this SITE_URL. */
function distDir(built?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'))
  const env = built ? { BUILT_SITE_URL: built } : {}
  fs.writeFileSync(path.join(dir, 'required-server-files.json'), JSON.stringify({ version: 1, config: { env } }))
  return dir
}

describe('SITE_URL at start against the build', () => {
  it('reads SITE_URL as the app does', () => {
    for (const env of [{}, { PORT: '4100' }, { SITE_URL: ' https://cchc.example.gov.vn/ ' }, { SITE_URL: '', PORT: '3200' }]) {
      expect(currentSiteUrl(env)).toBe(siteUrl(env))
    }
  })

  it('finds the SITE_URL a build was made with, or none', () => {
    expect(builtSiteUrl(distDir('https://cchc.example.gov.vn'))).toBe('https://cchc.example.gov.vn')
    expect(builtSiteUrl(distDir())).toBeNull()
    expect(builtSiteUrl(path.join(os.tmpdir(), 'no-such-build'))).toBeNull()
  })

  it('warns in one line, saying to rebuild, only when they differ', () => {
    const built = builtSiteUrl(distDir('http://localhost:3000'))
    const warning = siteUrlWarning(built, currentSiteUrl({ PORT: '3200' }))
    expect(warning).toContain('http://localhost:3200')
    expect(warning).toContain('http://localhost:3000')
    expect(warning).toMatch(/rebuild with SITE_URL=http:\/\/localhost:3200/)
    expect(warning).not.toContain('\n')
    expect(siteUrlWarning(built, currentSiteUrl({}))).toBeNull()
    expect(siteUrlWarning(null, 'https://cchc.example.gov.vn')).toBeNull()
  })
})
