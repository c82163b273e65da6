import type { Access, CollectionConfig } from 'payload'

import { neverPublished } from '../published'

import { hasRole } from './hasRole'
import { publishedOrStaff } from './publishedOrStaff'
import { CONTENT_ROLES, userHasRole } from './roles'

/**
 * Content staff update; a contributor not with `_status: 'published'`. The admin asks this with that
 * status to decide whether to show Publish (and Schedule), so contributors see only Save draft.
 */
const draftsOrEditor: Access = ({ data, req: { user } }) => {
  if (userHasRole(user, 'admin', 'editor')) return true
  return userHasRole(user, 'contributor') && (data as { _status?: string } | undefined)?._status !== 'published'
}

/** Editors and admins delete anything; a contributor only what was never published (see `firstPublishedAt`). */
const deleteNeverPublishedOrEditor: Access = ({ req: { user } }) => {
  if (userHasRole(user, 'admin', 'editor')) return true
  if (userHasRole(user, 'contributor')) return neverPublished()
  return false
}

/**
 * Access of every editorial collection: the public reads what is published; content staff write;
 * contributors cannot delete what was ever published, nor publish or change what is live
 * (`cms/hooks/contributorsDraftOnly.ts`).
 */
export const editorialAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: hasRole(...CONTENT_ROLES),
  create: hasRole(...CONTENT_ROLES),
  update: draftsOrEditor,
  delete: deleteNeverPublishedOrEditor,
}

/** Reference data with no drafts (agencies, categories, index results): public read, editors write. */
export const referenceAccess: NonNullable<CollectionConfig['access']> = {
  read: () => true,
  create: hasRole('admin', 'editor'),
  update: hasRole('admin', 'editor'),
  delete: hasRole('admin', 'editor'),
}
