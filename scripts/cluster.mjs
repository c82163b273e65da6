/*
 * Several app instances on one machine, for the tests and bench/serve.mjs: Debian's redis-server in a
 * temporary folder, and production servers (scripts/server.mjs) on a build, each started and stopped
 * as child processes by the caller. nginx in front: scripts/nginx.mjs (startNginx with appPorts).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { portOpen } from './nginx.mjs'

const REDIS = process.env.REDIS_SERVER_PATH || (fs.existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : 'redis-server')
export const hasRedis = () => spawnSync(REDIS, ['--version'], { stdio: 'ignore' }).status === 0

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Stops a child with `signal`; resolves when it has exited (SIGKILL after `graceMs`). */
function stopper(child, graceMs = 30_000) {
  return (signal = 'SIGTERM') =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.kill('SIGCONT')
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
      child.once('exit', () => {
        clearTimeout(kill)
        resolve()
      })
      child.kill(signal)
    })
}

/** redis-server on 127.0.0.1:`port`, nothing saved to disk; resolves once it accepts connections. */
export async function startRedis(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-redis-'))
  const child = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let i = 0; i < 100 && !(await portOpen(port)); i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}) on port ${port}`)
    await sleep(50)
  }
  const stop = stopper(child)
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Freezes the server (SIGSTOP): connections stay open and nothing answers, like a hung or overloaded Redis. */
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    stop: async () => {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A production server (scripts/server.mjs) on `port` with `env` on top of this process's, its output
 * appended to `log`; resolves once `readyPath` answers 200 (two minutes at most).
 */
export async function startApp({ port, env, log, readyPath = '/api/procedures?limit=1' }) {
  const output = fs.openSync(log, 'a')
  const child = spawn('node', ['scripts/server.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), LISTEN_ADDRESS: '127.0.0.1' },
    stdio: ['ignore', output, output],
  })
  fs.closeSync(output)
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the app on port ${port} exited (${child.exitCode}); see ${log}`)
    const ready = await fetch(url + readyPath).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return { url, port, child, stop: stopper(child) }
    await sleep(500)
  }
  child.kill('SIGKILL')
  throw new Error(`the app on port ${port} did not answer within two minutes; see ${log}`)
}
