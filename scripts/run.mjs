import { spawn } from 'node:child_process'

/**
 * Runs a command with inherited output; resolves to its exit code. With `forwardSignals`, a Ctrl-C or
 * a SIGTERM to this process is handed to the command, and its own exit code (0 for a server that
 * stops cleanly) is the answer, instead of this process dying with 130 or 143.
 */
export function run(command, args, { forwardSignals = false, ...options } = {}) {
  return new Promise((resolve) => {
    // Next's anonymous telemetry phones home; a government server should not.
    const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...options.env }
    const child = spawn(command, args, { stdio: 'inherit', ...options, env })
    const forward = (signal) => child.kill(signal)
    if (forwardSignals) for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Runs a command and exits the process when it fails. */
export async function must(command, args, options) {
  const code = await run(command, args, options)
  if (code !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${code})`)
    process.exit(code)
  }
}
