import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Plugin } from 'payload'

import { redirectsPluginOptions } from '@/collections/Redirects'
import { auditPlugin } from '@/cms/audit/hooks'
import { objectStoragePlugin } from '@/cms/objectStorage'

import { searchIndexPlugin } from '@/search/plugin'

/** The Payload plugins of the portal, in one list as Payload's website template keeps them. */
export const plugins: Plugin[] = [
  // The public search's index (search/plugin.ts): one entry per published document, both languages.
  searchIndexPlugin(),
  // Old addresses → pages of the portal or elsewhere, applied by the proxy (collections/Redirects.ts).
  redirectsPlugin(redirectsPluginOptions),
  // Uploads (media, import files) in an S3 bucket when S3_BUCKET is set, else on local disk (cms/objectStorage.ts).
  objectStoragePlugin(),
  // Last, so that it sees every collection the others add: the audit trail of staff actions (cms/audit/).
  auditPlugin(),
]
