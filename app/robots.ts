import type { MetadataRoute } from 'next'

import { builtSiteUrl } from '@/domain/siteUrl'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next'] }],
    sitemap: `${builtSiteUrl()}/sitemap.xml`,
  }
}
