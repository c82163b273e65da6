/**
 * The production server's log (its output, in E2E_SERVER_LOG) for a failed sign-in, a signed-in
 * staff member in the API and the admin, and a citizen's feedback through the public form and the
 * API: every line it wrote meanwhile is one JSON object; each request has a line with its id,
 * status, duration and, signed in, the user's id (Payload's verdict, carried through Next); and no
 * line holds the password, the token, the cookie or the citizen's details.
 * (A 500 and the lines Payload writes for it: tests/int/logs.int.spec.ts.)
 */
import fs from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { e2eServer } from './server-env'

type Line = Record<string, unknown> & { level: string; time: string; msg: string; reqId?: string }

const logFile = e2eServer.env.E2E_SERVER_LOG
const run = Date.now().toString(36)
const WRONG_PASSWORD = `sai-mat-khau-${run}`
const citizen = {
  name: `Phạm Minh Khoa ${run}`,
  email: `khoa.${run}@example.vn`,
  phone: `09${String(Date.now()).slice(-8)}`,
  subject: `Chậm trả kết quả đăng ký kinh doanh ${run}`,
  message: `Hồ sơ đăng ký hộ kinh doanh của tôi nộp đã hai tuần, mã ${run}, vẫn chưa có kết quả.`,
}
let from = 0
/** The lines written since the test began, each parsed (a line that is not JSON fails here, quoted). */
function linesSince(): Line[] {
  // Whole lines only: the server may be writing the last one.
  const text = fs.readFileSync(logFile).subarray(from).toString('utf8')
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      let parsed: Line | undefined
      expect(() => (parsed = JSON.parse(line)), `a line that is not JSON: ${line}`).not.toThrow()
      expect(parsed, `level, time and msg: ${line}`).toMatchObject({
        level: expect.any(String),
        time: expect.any(String),
        msg: expect.any(String),
      })
      return parsed!
    })
}

/** The request line of the request with id `id` (sent as a trusted proxy would), once written. */
async function requestLine(id: string): Promise<Line> {
  await expect.poll(() => linesSince().some((line) => line.reqId === id && 'ms' in line), { timeout: 5_000 }).toBe(true)
  const line = linesSince().find((entry) => entry.reqId === id && 'ms' in entry)!
  expect(line, 'id, status and duration').toMatchObject({ reqId: id, status: expect.any(Number), ms: expect.any(Number) })
  return line
}

const id = (name: string) => `e2e-${name}-${run}`

test.beforeAll(() => {
  from = fs.statSync(logFile).size
})

test('a failed sign-in, a staff session and a citizen’s feedback leave JSON lines without secrets or personal data', async ({
  browser,
  request,
}) => {
  const failed = await request.post('/api/users/login', {
    data: { email: e2eServer.admin.email, password: WRONG_PASSWORD },
    headers: { 'x-request-id': id('failed') },
  })
  expect(failed.status()).toBe(401)
  expect(failed.headers()['x-request-id']).toBe(id('failed'))
  expect(await requestLine(id('failed'))).toMatchObject({ level: 'info', status: 401, path: '/api/users/login' })
  const refusal = linesSince().filter((line) => line.reqId === id('failed') && !('ms' in line))
  expect(refusal.length, "Payload's own line for the refusal, carrying the request id through Next").toBeGreaterThan(0)
  for (const line of refusal) expect(line, 'a refusal at info, without a stack').toMatchObject({ level: 'info' })

  // Signed in: the cookie the API sets, then the API and an admin page with it.
  const signIn = await request.post('/api/users/login', { data: e2eServer.admin, headers: { 'x-request-id': id('sign-in') } })
  const { token, user } = (await signIn.json()) as { token: string; user: { id: string } }
  expect(await requestLine(id('sign-in'))).toMatchObject({ status: 200, user: user.id })
  const session = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
  expect((await request.get('/api/users/me', { headers: { ...session, 'x-request-id': id('me') } })).status()).toBe(200)
  expect(await requestLine(id('me')), 'the API request names the signed-in user').toMatchObject({ status: 200, user: user.id })
  expect((await request.get('/admin/collections/feedback', { headers: { ...session, 'x-request-id': id('admin') } })).status()).toBe(200)
  expect(await requestLine(id('admin')), 'the admin page names the signed-in user').toMatchObject({
    status: 200,
    group: 'admin',
    user: user.id,
  })

  // A citizen through the public form, without JavaScript (a form post), then through the API.
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `10.250.${run.length}.7` } })
  await submitForm(await context.newPage())
  await context.close()
  const posted = await request.post('/api/feedback/submit', {
    data: { ...citizen, consent: true },
    headers: { 'x-request-id': id('feedback'), 'x-forwarded-for': '10.251.0.9' },
  })
  expect(posted.status()).toBe(201)
  expect(await requestLine(id('feedback'))).toMatchObject({ status: 201, group: 'api-feedback', client: '10.251.0.9' })
  const formPost = linesSince().find((line) => line.method === 'POST' && line.path === '/phan-anh-kien-nghi')
  expect(formPost, 'the form post has its request line').toMatchObject({
    reqId: expect.any(String),
    status: expect.any(Number),
    ms: expect.any(Number),
  })

  const text = linesSince()
    .map((line) => JSON.stringify(line))
    .join('\n')
    .toLowerCase()
  const secrets = {
    'the wrong password': WRONG_PASSWORD,
    'the administrator password': e2eServer.admin.password,
    'the token': token,
    "the citizen's name": citizen.name,
    "the citizen's email": citizen.email,
    "the citizen's phone": citizen.phone,
    "the citizen's subject": citizen.subject,
    "the citizen's message": citizen.message,
  }
  for (const [what, value] of Object.entries(secrets)) expect(text, `${what} in a log line`).not.toContain(value.toLowerCase())
})

async function submitForm(page: Page) {
  await page.goto('/phan-anh-kien-nghi')
  await page.getByLabel('Họ và tên').fill(citizen.name)
  await page.getByLabel('Số điện thoại').fill(citizen.phone)
  await page.getByLabel('Thư điện tử').fill(citizen.email)
  await page.getByLabel('Tiêu đề').fill(citizen.subject)
  await page.getByLabel('Nội dung phản ánh, kiến nghị').fill(citizen.message)
  await page.getByLabel(/Tôi đồng ý/).check()
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click()
  await expect(page).toHaveURL(/\/phan-anh-kien-nghi\/da-gui\?ma=PA-/)
}
