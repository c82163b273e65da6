/**
 * How many requests the server is answering now (scripts/request-handler.mjs counts them), not counting
 * the machines' routine checks: work the app runs in the background lets them go first
 * (cms/requestsFirst.ts). Kept on globalThis, so the server and the app's bundled code share it.
 */
const state = (globalThis[Symbol.for('cchc.requestsInFlight')] ??= { count: 0 })

/** Each connection's responses still counted: a pipelined response whose connection closes first never gets its own 'close'. */
const counted = new WeakMap()

/** Counts the response to `req` in flight until it is answered or its connection closes, whichever comes first. */
export function countInFlight(req, res) {
  const socket = req.socket
  let open = counted.get(socket)
  if (!open) {
    counted.set(socket, (open = new Set()))
    socket.once('close', () => {
      for (const end of open) end()
    })
  }
  const end = () => {
    if (open.delete(end)) state.count--
  }
  open.add(end)
  state.count++
  res.once('close', end)
}

export const requestsInFlight = () => state.count
