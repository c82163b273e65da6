import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { siteUrl } from './domain/siteUrl'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/**
 * Security headers (README, "Security headers"). Pages stay static, so no nonces: Next's inline
 * bootstrap scripts (different on every page and build) need script-src 'unsafe-inline'; no other
 * origin may serve scripts, and nothing may embed the site but itself in preview. Public pages leave
 * the production server without scripts and with script-src 'none' (scripts/script-free-pages.mjs);
 * this policy is what the API, draft mode and `next dev` keep.
 */
const https = siteUrl().startsWith('https:')
const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ')
const site = {
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
  ...(https ? { 'upgrade-insecure-requests': '' } : {}),
}
const csp = (directives: Record<string, string>) => [{ key: 'Content-Security-Policy', value: policy(directives) }]
/** The admin: Payload's client also evaluates code and frames the site in live preview (its avatar is Payload's own). */
const admin = { ...site, 'script-src': "'self' 'unsafe-inline' 'unsafe-eval'", 'frame-src': "'self'" }
/** Uploaded files: shown, never run (an SVG's script stays dead). */
const media = {
  'default-src': "'none'",
  'img-src': "'self' data:",
  'style-src': "'unsafe-inline'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'self'",
}
/** Preview and drafts open inside the admin's live-preview frame (same origin only). */
const framedBySelf = { ...site, 'frame-ancestors': "'self'" }

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/** Later entries win for the same header: site, then draft mode and preview, then admin, then files. */
const securityHeaders = [
  { source: '/:path*', headers: [...everywhere, ...csp(site)] },
  { source: '/:path*', has: [{ type: 'cookie' as const, key: '__prerender_bypass' }], headers: csp(framedBySelf) },
  { source: '/next/:route(preview|exit-preview)', headers: csp(framedBySelf) },
  { source: '/admin', headers: csp(admin) },
  { source: '/admin/:path*', headers: csp(admin) },
  { source: '/api/:collection/file/:file*', headers: csp(media) },
]

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never replaces the demo's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` has just run `tsc --noEmit` over the same files when it builds for the e2e suite, and the demo
  // builds a commit CI checked: they set SKIP_BUILD_TYPE_CHECK=1 to spare a second check (20–35 s).
  // `npm run build` for a server always checks.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPE_CHECK === '1' },
  // Server-rendered 404s with two root layouts (see app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  turbopack: { root: process.cwd() },
  // The metrics registry is shared with scripts/server.mjs through globalThis (scripts/metrics.mjs): one copy of prom-client for both.
  serverExternalPackages: ['prom-client'],
  // The build's SITE_URL, inlined into the compiled code: every absolute URL, prerendered or rendered at run
  // time, has one origin (domain/siteUrl.ts builtSiteUrl). Recorded in required-server-files.json, where
  // scripts/server.mjs finds it to warn when started with another.
  env: { BUILT_SITE_URL: siteUrl() },
  // Read at build time, like SITE_URL everywhere else.
  headers: async () => securityHeaders,
  // Several app instances share Next's page and data cache on Redis (scripts/cache-handler.mjs); without
  // REDIS_URL, Next keeps its own cache in this process and on disk, never a 404 page (scripts/page-cache.mjs).
  // Read when the server starts.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.resolve('scripts/cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : { cacheHandler: path.resolve('scripts/page-cache.mjs') }),
  // Covers and press images, resized and converted by next/image from Payload's files.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }], formats: ['image/webp'], deviceSizes: [400, 640, 828, 1080, 1280, 1600] },
}

const withCms = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]
/** Payload's rule asking every page for the reader's colour scheme (Accept-CH and Critical-CH), for its admin theme. */
const isColourSchemeRule = (rule: HeaderRule) => rule.headers.some((header) => header.key === 'Critical-CH')

/**
 * withPayload sends `Critical-CH: Sec-CH-Prefers-Color-Scheme` on every path. Chromium then asks for
 * each first page of the site twice (it retries to send the hint): every first visit rendered twice,
 * twice the bytes on a slow link, a search counted twice. The admin alone uses the hint: it gets it.
 */
export default {
  ...withCms,
  headers: async () =>
    (await withCms.headers!()).flatMap((rule) =>
      isColourSchemeRule(rule) ? ['/admin', '/admin/:path*'].map((source) => ({ ...rule, source })) : [rule],
    ),
} satisfies NextConfig
