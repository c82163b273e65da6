import type { AfterErrorHook } from 'payload'

const QUERY_PARAMS = /^(where|sort|select|populate|joins|depth|limit|page|locale)\b/

/**
 * A read whose user-supplied query makes the database layer throw (e.g. `near` on a text field in
 * SQLite) is the client's error: answer 400 with a message instead of a 500.
 */
export const queryErrorsAreClientErrors: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  if (req.method !== 'GET' || (status && status < 500) || !req.url) return
  const params = [...new URL(req.url).searchParams.keys()]
  if (!params.some((key) => QUERY_PARAMS.test(key))) return
  return {
    status: 400,
    response: {
      errors: [{ message: 'The query could not be run: check the where, sort, select and paging parameters.' }],
    },
  }
}
