import { getTranslations } from 'next-intl/server'

import { builtSiteUrl } from '@/domain/siteUrl'

export const dynamic = 'force-static'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** OpenSearch description: lets a browser add the portal's search to its own search box. */
export async function GET() {
  const t = await getTranslations({ locale: 'vi', namespace: 'site' })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(t('shortName'))}</ShortName>
  <Description>${escapeXml(t('tagline'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>vi</Language>
  <Image type="image/svg+xml">${builtSiteUrl()}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${builtSiteUrl()}/tim-kiem?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${builtSiteUrl()}/api/search?q={searchTerms}"/>
</OpenSearchDescription>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } })
}
