import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Skip Payload (api, admin), Next internals and files with a dot.
  matcher: ['/((?!api|admin|_next|next|.*\\..*).*)'],
}
