import type { Endpoint, PayloadRequest } from 'payload'

import en from '@/messages/en.json'
import vi from '@/messages/vi.json'
import { POST_RULES, refusePost } from '@/guards/posts'
import { clientAddress } from '@/guards/rateLimit'
import { jsonError } from '@/guards/requestChecks'
import { eraseEndpoint, personalDataEndpoint } from './retention'
import { submitFeedback } from './submit'
import { trackFeedback } from './track'

const errorText = (locale: string) => (locale === 'en' ? en : vi).feedback.errors as Record<string, string>

/** The body as an object, or the 4xx answer explaining why not. */
async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown> | Response> {
  const refused = await refusePost(req.headers, POST_RULES.feedbackApi, 'json')
  if (refused) return refused
  try {
    const body = await req.json?.()
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {}
  return jsonError(400, 'The body must be a JSON object')
}

const tooMany = (seconds: number) => jsonError(429, `Too many attempts; try again in ${seconds} s`, { 'Retry-After': String(seconds) })

/**
 * POST /api/feedback/submit {name, email|phone, subject, message, procedure?, consent: true, locale?}
 * → 201 {trackingCode}; 400 with one message per field; 413; 429 with Retry-After.
 */
const submit: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    if (body instanceof Response) return body
    const result = await submitFeedback(req.payload, body, clientAddress(req.headers))
    if (result.ok) return Response.json({ trackingCode: result.trackingCode }, { status: 201 })
    if ('retryAfter' in result) return tooMany(result.retryAfter)
    const text = errorText(String(body.locale))
    return Response.json(
      { errors: Object.entries(result.errors).map(([field, code]) => ({ field, code, message: text[code] })) },
      { status: 400 },
    )
  },
}

/** POST /api/feedback/track {code, contact} → 200 status and answer; 404 when code and contact do not match. */
const track: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    if (body instanceof Response) return body
    const [code, contact] = [body.code, body.contact].map((value) => (typeof value === 'string' ? value : ''))
    const result = await trackFeedback(req.payload, code, contact, clientAddress(req.headers))
    if ('retryAfter' in result) return tooMany(result.retryAfter)
    if ('notFound' in result) return jsonError(404, 'No feedback with this code and phone or email')
    return Response.json(result.found)
  },
}

export const feedbackEndpoints = [submit, track, eraseEndpoint, personalDataEndpoint]
