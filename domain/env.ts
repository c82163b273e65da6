/** Environment variables as the portal reads them (a plain record, so tests can pass their own). */
export type Env = Record<string, string | undefined>
