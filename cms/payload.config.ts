import path from 'node:path'

import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionSlug } from 'payload'
import sharp from 'sharp'

import { Agencies } from '@/collections/Agencies'
import { ContactPoints } from '@/collections/ContactPoints'
import { DocumentRelations } from '@/collections/DocumentRelations'
import { Events } from '@/collections/Events'
import { Feedback } from '@/feedback/collection'
import { EMAIL_QUEUE, feedbackEmailTasks } from '@/feedback/emailTasks'
import { Guides } from '@/collections/Guides'
import { Imports } from '@/imports/collection'
import { IMPORT_QUEUE, importTask } from '@/imports/task'
import { IndexResults } from '@/collections/IndexResults'
import { LegalDocuments } from '@/collections/LegalDocuments'
import { Media, MAX_UPLOAD_BYTES } from '@/collections/Media'
import { News } from '@/collections/News'
import { NewsCategories } from '@/collections/NewsCategories'
import { PageFeedback } from '@/collections/PageFeedback'
import { Pages } from '@/collections/Pages'
import { Procedures } from '@/collections/Procedures'
import { Users } from '@/collections/Users'
import { SiteSettings } from '@/globals/SiteSettings'
import { AuditLog } from '@/collections/AuditLog'
import { retentionTask } from '@/feedback/retention'
import { holdDatabaseOpen } from './backup/presence'
import { chooseDatabase, databaseAdapter } from './db'
import { lockedDocumentsForEditors } from './access/lockedDocuments'
import { editorsOnly } from './access/hasRole'
import { emailAdapter } from './email'
import { errorStatus } from './hooks/errorStatus'
import { alertBannerTask } from './jobs/alertSchedule'
import { holdsJobsLease } from './jobs/runnerLease'
import { mediaClipBlock } from './fields/mediaClipBlock'
import { closeInternalRoutes } from './internalRoutes'
import { previewableCollections, previewUrl } from './preview'
import { plugins } from './plugins'
import { REFUSAL_LOGGING } from './refusal'
import { noteAuthenticatedUsers } from './signedInUser'
import { payloadSecret } from './secret'
import { searchEndpoint } from '@/search/endpoint'
import { SearchQueries } from '@/search/queryLog'
import { SearchSynonyms } from '@/search/synonyms'
import { siteUrl } from '@/domain/siteUrl'
import { logger } from '@/scripts/log.mjs'
import { hrefOf } from '@/domain/paths'

// Every entry point (next, the CLIs, tests) runs from the project root.
const root = process.cwd()
const database = chooseDatabase(process.env.DATABASE_URL)

// Internal routes that would answer 5xx are closed on the sanitised config (cms/internalRoutes.ts).
export default buildConfig({
  serverURL: siteUrl(),
  secret: payloadSecret(database),
  db: databaseAdapter(database),
  // Links to other documents only to those with public pages (their addresses are resolved on render).
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.map((feature) =>
        feature.key === 'link' ? LinkFeature({ enabledCollections: Object.keys(hrefOf) as CollectionSlug[] }) : feature,
      ),
      // A video or audio clip with its poster and transcript (cms/fields/mediaClipBlock.ts).
      BlocksFeature({ blocks: [mediaClipBlock] }),
    ],
  }),
  collections: [
    Procedures,
    Guides,
    LegalDocuments,
    DocumentRelations,
    News,
    NewsCategories,
    Events,
    Pages,
    ContactPoints,
    IndexResults,
    Agencies,
    Feedback,
    PageFeedback,
    Media,
    Imports,
    SearchSynonyms,
    SearchQueries,
    Users,
    AuditLog,
  ],
  globals: [SiteSettings],
  sharp,
  email: emailAdapter(),
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // Scheduled publishing and emails run in the app process (no external cron): every minute under
  // `next start` (JOBS_CRON, with seconds, lets the e2e suite check it in seconds).
  jobs: {
    autoRun: [
      { cron: process.env.JOBS_CRON || '* * * * *', queue: 'default' },
      // Feedback emails log their own one-line failures (a mail server down is no stack trace).
      { cron: process.env.JOBS_CRON || '* * * * *', queue: EMAIL_QUEUE, silent: { error: true } },
      // An uploaded import file is checked within seconds, one file at a time (imports/task.ts).
      { cron: '*/3 * * * * *', queue: IMPORT_QUEUE, limit: 1 },
    ],
    // With several instances (REDIS_URL), only the holder of the jobs lease runs them (cms/jobs/runnerLease.ts).
    shouldAutoRun: async (payload) =>
      process.env.NEXT_PHASE !== 'phase-production-build' && (await holdsJobsLease(payload, { slowQueues: [IMPORT_QUEUE] })),
    // The alert banner's start and end (site settings) expire the pages that show it; feedback
    // emails (to the department, the answer to the citizen) are sent with retries.
    tasks: [alertBannerTask, ...feedbackEmailTasks, importTask, retentionTask],
    // Running, queueing or cancelling jobs through the API (`/api/payload-jobs/run`) is for editors.
    access: { run: editorsOnly, queue: editorsOnly, cancel: editorsOnly },
  },
  admin: {
    user: Users.slug,
    // Payload's own avatar, not Gravatar: staff email hashes never leave for a third party.
    avatar: 'default',
    importMap: { baseDir: root },
    meta: { titleSuffix: ' · Cổng CCHC' },
    // Dates as Vietnamese write them (20/11/2024 14:30), in the editor's own time zone.
    dateFormat: 'dd/MM/yyyy HH:mm',
    // The home screen starts with what the user's role has to do.
    components: { beforeDashboard: ['@/cms/admin/Dashboard#Dashboard'] },
    // The page beside the form, re-rendered on every save (drafts included).
    livePreview: {
      collections: previewableCollections,
      url: ({ collectionConfig, data, locale }) =>
        (collectionConfig && previewUrl(collectionConfig.slug as never, data?.slug, locale?.code)) ?? '',
      breakpoints: [
        { name: 'mobile', label: 'Điện thoại', width: 375, height: 740 },
        { name: 'desktop', label: 'Máy tính', width: 1280, height: 800 },
      ],
    },
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
  plugins,
  endpoints: [searchEndpoint],
  hooks: { afterError: [errorStatus] },
  // One JSON line per event, through the process's logger (scripts/log.mjs: LOG_LEVEL, redaction, request ids).
  logger: logger(),
  // Refusals the user is told about are logged at info, without a stack (cms/refusal.ts).
  loggingLevels: REFUSAL_LOGGING,
  onInit: (payload) => {
    // `npm run restore` refuses while a process holds the SQLite file open.
    holdDatabaseOpen(payload)
    // Request log lines name the signed-in user (cms/signedInUser.ts).
    noteAuthenticatedUsers(payload)
  },
  // Nothing uses GraphQL (the admin and the site use REST and the Local API): closed.
  graphQL: { disable: true },
  typescript: { outputFile: path.resolve(root, 'payload-types.ts') },
  telemetry: false,
})
  .then(closeInternalRoutes)
  .then(lockedDocumentsForEditors)
