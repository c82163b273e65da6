import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { accountOf, throttled } from './loginGuard'

/**
 * `POST /api/users/forgot-password`, answered at once and the same for every email: Payload's own
 * handler answers in a few milliseconds for an unknown email and only after saving a token and sending
 * the mail for a staff one, which tells who is staff. Here the address is counted (the sign-in
 * throttle) and the reset runs after the answer; a failure to send is logged, never shown.
 */
export const forgotPasswordAtOnce: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email) return Response.json({ errors: [{ message: req.t('validation:required'), path: 'email' }] }, { status: 400 })
    throttled(req.headers, `reset:${accountOf(email)}`)
    void req.payload
      .forgotPassword({ collection: 'users', data: { email }, context: { resetRequestCounted: true } })
      .catch((error: unknown) => req.payload.logger.error({ err: error }, 'password reset: could not save the token or send the mail'))
    return Response.json({ message: req.t('general:success') })
  },
}
