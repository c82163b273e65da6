import { firstPublishedAtField } from './firstPublishedAt'
import { updatedByField } from './updatedBy'

/** The sidebar fields every editorial collection keeps about its own history. */
export const historyFields = [updatedByField, firstPublishedAtField]
