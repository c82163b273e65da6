import type { CollectionConfig, CollectionSlug } from 'payload'

import { editorialAccess, referenceAccess } from './access/editorial'
import { contributorsCannotPublish, contributorsKeepPublished, contributorsWriteDraftsOnly } from './hooks/contributorsDraftOnly'
import { writeTags } from './cacheTags'
import { redirectOldSlug } from './hooks/redirectOldSlug'
import { revalidateEveryChange, revalidateOnChange, revalidateOnDelete } from './hooks/revalidate'
import { hrefOf, type CollectionWithPages } from '@/domain/paths'

type Shared = Pick<CollectionConfig, 'access' | 'versions' | 'hooks'>
type Doc = { id: string | number; slug?: string | null }

/**
 * What every editorial collection shares: access by role, drafts with autosave and scheduled
 * publishing, up to 50 versions to compare and restore, and revalidation by tag (cms/cacheTags.ts).
 */
export function editorial<T extends Doc & { _status?: 'draft' | 'published' | null }>(collection: CollectionSlug): Shared {
  const tagsOf = writeTags(collection)
  return {
    access: editorialAccess,
    versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
    hooks: {
      beforeOperation: [contributorsWriteDraftsOnly],
      beforeChange: [contributorsCannotPublish],
      beforeDelete: [contributorsKeepPublished],
      afterChange: [
        revalidateOnChange<T>(tagsOf) as never,
        // Old addresses of a document whose slug changed keep working.
        ...(collection in hrefOf ? [redirectOldSlug(collection as CollectionWithPages) as never] : []),
      ],
      afterDelete: [revalidateOnDelete<T>(tagsOf) as never],
    },
  }
}

/**
 * Reference data without drafts (agencies, categories, contacts, index results): public, written by
 * editors, live on save; every change revalidates the pages that show it.
 */
export function reference<T extends Doc>(collection: CollectionSlug): Shared {
  const tagsOf = writeTags(collection)
  return {
    access: referenceAccess,
    hooks: {
      afterChange: [revalidateEveryChange<T>(tagsOf) as never],
      afterDelete: [revalidateOnDelete<T>(tagsOf) as never],
    },
  }
}
