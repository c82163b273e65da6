import { REDIRECT_TARGETS, resolveRedirects } from '@/cms/redirectTargets'
import type { RedirectRule } from '@/domain/redirects'
import { cachedQuery } from './queries/cached'

/**
 * Every redirect the proxy applies, with its target resolved to a path: cached until a redirect, or a
 * document one points to, changes (a target unpublished or renamed is left out or follows).
 */
export const redirectRules = cachedQuery('redirect-rules', { collection: 'redirects', also: REDIRECT_TARGETS }, async (payload) => {
  const { docs } = await payload.find({ collection: 'redirects', pagination: false, depth: 0, overrideAccess: true })
  const resolved = await resolveRedirects(docs, payload)
  return resolved.map(({ doc, to }): RedirectRule => ({ from: doc.from, to, status: doc.type === '302' ? 302 : 301 }))
})
