/**
 * Next calls this once when a server starts (`npm start`'s app.prepare(), `next dev`). Payload's jobs
 * runner (autoRun in cms/payload.config.ts: scheduled publishing, the alert banner, feedback emails)
 * only starts in a Payload booted with `cron: true`, which Payload's own routes do on their first
 * request; booting it here runs due jobs before anyone visits the admin or the API. A database that
 * is down does not stop the server: the health route reports it, and the first request retries.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config, cron: true }).catch((error: unknown) => {
      console.error(
        `jobs: the runner did not start with the server (${error instanceof Error ? error.message : String(error)}); it starts on the first request`,
      )
    })
  }
}
