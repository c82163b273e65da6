import { spawn } from 'node:child_process'
import fs from 'node:fs'

/**
 * Runs a command with inherited output; resolves to its exit code. With `forwardSignals`, a Ctrl-C or
 * a SIGTERM to this process is handed to the command, and its own exit code (0 for a server that
 * stops cleanly) is the answer, instead of this process dying with 130 or 143.
 */
export function run(command, args, { forwardSignals = false, log, ...options } = {}) {
  return new Promise((resolve) => {
    // Next's anonymous telemetry phones home; a government server should not.
    const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...options.env }
    // With `log`, the command's output is appended to that file instead of shown.
    const output = log ? fs.openSync(log, 'a') : null
    const stdio = output === null ? 'inherit' : ['ignore', output, output]
    const child = spawn(command, args, { stdio, ...options, env })
    let received = null
    const forward = (signal) => {
      received = signal
      child.kill(signal)
    }
    if (forwardSignals) for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward)
    child.on('exit', (code, signal) => {
      if (output !== null) fs.closeSync(output)
      // A command ended by the very signal that asked it to stop (before it could handle it) stopped normally too.
      resolve(code ?? (signal && signal === received ? 0 : 1))
    })
  })
}

/** The last lines of a log file, for a failure that should show what led to it. */
export function logTail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return ''
  }
}

/** Runs a command and exits the process when it fails (showing the end of its log, when it had one). */
export async function must(command, args, options) {
  const code = await run(command, args, options)
  if (code !== 0) {
    if (options?.log) console.error(logTail(options.log))
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${code})${options?.log ? `; its output: ${options.log}` : ''}`)
    process.exit(code)
  }
}
