import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { userHasRole } from '../access/roles'

/** A contributor saves drafts; publishing (or changing what is published) is an editor's call. */
export const contributorsCannotPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user || userHasRole(user, 'admin', 'editor')) return data
  const publishes = data?._status === 'published'
  const editsLive = originalDoc?._status === 'published' && data?._status !== 'draft'
  if (publishes || editsLive) throw new Forbidden(req.t)
  return data
}
