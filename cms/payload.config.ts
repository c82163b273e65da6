import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'

import { Procedures } from '../collections/Procedures'
import { Users } from '../collections/Users'
import { chooseDatabase, databaseAdapter } from './db'
import { queryErrorsAreClientErrors } from './hooks/queryErrors'
import { payloadSecret } from './secret'
import { siteUrl } from './site-url'

// Every entry point (next, the CLIs, tests) runs from the project root.
const root = process.cwd()
const database = chooseDatabase(process.env.DATABASE_URL)

export default buildConfig({
  serverURL: siteUrl(),
  secret: payloadSecret(database),
  db: databaseAdapter(database),
  editor: lexicalEditor(),
  collections: [Procedures, Users],
  admin: {
    user: Users.slug,
    importMap: { baseDir: root },
    meta: { titleSuffix: ' · Cổng CCHC' },
  },
  i18n: {
    fallbackLanguage: 'vi',
    supportedLanguages: { vi, en },
  },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  hooks: { afterError: [queryErrorsAreClientErrors] },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(root, 'payload-types.ts') },
  telemetry: false,
})
