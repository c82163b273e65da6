import { NotFound, UnauthorizedError, type Endpoint, type PayloadHandler, type SanitizedConfig } from 'payload'

const VERSION_PATHS = new Set(['/versions', '/versions/:id'])
const deny = () => false

/**
 * Deletes one of the signed-in user's admin preferences. Payload's own handler answers 500 for a key
 * that does not exist: its SQLite query of the polymorphic `user` field names a join it never adds.
 * This one finds the preference through the Local API first and answers 404 when there is none.
 */
const deletePreference: PayloadHandler = async (req) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: String(req.routeParams?.key ?? '') } },
        { 'user.value': { equals: req.user.id } },
        { 'user.relationTo': { equals: req.user.collection } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
  })
  if (!docs[0]) throw new NotFound(req.t)
  const deleted = await req.payload.delete({ collection: 'payload-preferences', id: docs[0].id, depth: 0, req })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') })
}

/**
 * Routes Payload adds that would answer 5xx, closed after sanitising (internal collections cannot be
 * configured otherwise):
 * - `/versions` of collections and globals without versions (there is no versions table: 500) → 404;
 * - the `payload-migrations` collection (`endpoints: false` answers 501) → 404, and no access
 *   without overrideAccess;
 * - `DELETE /api/payload-preferences/:key` of a missing key (500) → 404;
 * - `GET /api/payload-jobs/handle-schedules` (500: no task has a schedule) → 404.
 */
export function closeInternalRoutes(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) {
    if (!entity.versions && Array.isArray(entity.endpoints)) {
      entity.endpoints = entity.endpoints.filter((endpoint) => !VERSION_PATHS.has(endpoint.path))
    }
  }
  const migrations = config.collections.find((collection) => collection.slug === 'payload-migrations')
  if (migrations) {
    migrations.endpoints = []
    Object.assign(migrations.access, { create: deny, read: deny, update: deny, delete: deny })
  }
  // No job has a schedule here: Payload's `GET /api/payload-jobs/handle-schedules` only answers 500.
  const jobs = config.collections.find((collection) => collection.slug === 'payload-jobs')
  if (jobs && Array.isArray(jobs.endpoints)) jobs.endpoints = jobs.endpoints.filter((endpoint) => endpoint.path !== '/handle-schedules')
  const preferences = config.collections.find((collection) => collection.slug === 'payload-preferences')
  if (preferences && Array.isArray(preferences.endpoints)) {
    preferences.endpoints = preferences.endpoints.map((endpoint): Endpoint =>
      endpoint.method === 'delete' && endpoint.path === '/:key' ? { ...endpoint, handler: deletePreference } : endpoint,
    )
  }
  return config
}
