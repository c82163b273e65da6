/*
 * Sign-in timing for a staff email and an unknown one, with wrong passwords, against a running
 * server: do the answers' times tell which addresses are staff accounts? Prints the median and p90 of
 * each and their ratio (1.00 = indistinguishable). Each attempt comes from its own client address
 * (X-Forwarded-For), so run the server trusting loopback as a proxy, e.g.
 *   TRUSTED_PROXIES=127.0.0.1,::1 npm start
 *   node bench/login-timing.mjs [baseUrl] [staffEmail] [rounds]   (base: BASE, else http://localhost:3000)
 * The staff email defaults to the seed's administrator (data/admin-login.txt).
 */
import fs from 'node:fs'

const [base = process.env.BASE || 'http://localhost:3000', given, roundsArg = '20'] = process.argv.slice(2)
const staff =
  given || (fs.existsSync('data/admin-login.txt') ? fs.readFileSync('data/admin-login.txt', 'utf8').split('\n')[0] : 'admin@cchc.local')
const unknown = 'khong-co-tai-khoan@cchc.local'
const rounds = Number(roundsArg)

let address = 0
async function attempt(email) {
  address++
  const started = performance.now()
  const response = await fetch(new URL('/api/users/login', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${Math.floor(address / 250)}.${(address % 250) + 1}` },
    body: JSON.stringify({ email, password: 'khong-phai-mat-khau-nay' }),
  })
  await response.arrayBuffer()
  if (response.status !== 401) throw new Error(`expected 401 for ${email}, got ${response.status}`)
  return performance.now() - started
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]
const times = { staff: [], unknown: [] }
await attempt(unknown) // warm-up
for (let round = 0; round < rounds; round++) {
  times.staff.push(await attempt(staff))
  times.unknown.push(await attempt(unknown))
}
for (const [name, values] of Object.entries(times)) {
  console.info(
    `${name.padEnd(8)} median ${quantile(values, 0.5).toFixed(1)} ms   p90 ${quantile(values, 0.9).toFixed(1)} ms   (${values.length} sign-ins)`,
  )
}
console.info(`ratio unknown/staff (median): ${(quantile(times.unknown, 0.5) / quantile(times.staff, 0.5)).toFixed(2)}`)
