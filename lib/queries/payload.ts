import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The Payload instance for server components and route handlers (one per process), with its jobs
 * runner (scheduled publishing, the alert banner, feedback emails; never during `next build`).
 * `scripts/server.mjs` asks `/next/health` once at start, so the runner starts before any visitor.
 * Payload is booted only from the app's own bundle: a copy booted from another bundle (Next's
 * instrumentation) would throw errors of its own classes, which Payload's REST handler no longer
 * recognises (400s lose their field errors).
 */
export const getPayloadClient = () => getPayload({ config, cron: true })
