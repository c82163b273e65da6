import { spawn } from 'node:child_process'

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    // Next's anonymous telemetry phones home; a government server should not.
    const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...options.env }
    const child = spawn(command, args, { stdio: 'inherit', ...options, env })
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
