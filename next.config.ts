import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never replaces the demo's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-rendered 404s with two root layouts (see app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  turbopack: { root: process.cwd() },
  // Covers and press images, resized and converted by next/image from Payload's files.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }], formats: ['image/webp'], deviceSizes: [400, 640, 828, 1080, 1280, 1600] },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
