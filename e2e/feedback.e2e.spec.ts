import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { adminToken, auth } from './api'

let address = 0
const run = Math.floor(Math.random() * 250)
/** Each test speaks from its own client address (X-Forwarded-For), so rate limits stay per test. */
const fromNewAddress = () => ({ 'x-forwarded-for': `10.${run}.0.${++address}` })

const citizen = {
  name: 'Lê Thị Hoa',
  phone: '0987 654 321',
  subject: 'Bị yêu cầu nộp bản sao không có trong quy định',
  message: 'Khi nộp hồ sơ cấp phiếu lý lịch tư pháp, tôi bị yêu cầu nộp thêm bản sao sổ hộ khẩu.',
}

async function fillForm(page: Page, values: Partial<typeof citizen> = {}) {
  const data = { ...citizen, ...values }
  await page.getByLabel('Họ và tên').fill(data.name)
  await page.getByLabel('Số điện thoại').fill(data.phone)
  await page.getByLabel('Tiêu đề').fill(data.subject)
  await page.getByLabel('Nội dung phản ánh, kiến nghị').fill(data.message)
}

const errorSummary = (page: Page) => page.locator('form [role="alert"]')

for (const javaScriptEnabled of [false, true]) {
  test(`feedback with JavaScript ${javaScriptEnabled ? 'on' : 'off'}: errors keep what was typed, then a tracking code that works`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: fromNewAddress() })
    const page = await context.newPage()
    // From the procedure's page: the form names that procedure, with no list of procedures sent along.
    await page.goto('/thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam')
    await page.getByRole('link', { name: 'Phản ánh, kiến nghị về thủ tục này' }).click()
    await expect(page).toHaveURL(/\/phan-anh-kien-nghi\?thu-tuc=2\.001417$/)
    await expect(page.getByLabel('Thủ tục hành chính liên quan')).toHaveValue('2.001417 – Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam')
    await expect(page.locator('form select')).toHaveCount(0)
    await fillForm(page, { phone: '12345', message: 'quá ngắn' })
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click()
    await expect(errorSummary(page)).toContainText('Số điện thoại chưa đúng')
    await expect(errorSummary(page)).toContainText('Nội dung cần ít nhất 20 ký tự')
    await expect(errorSummary(page)).toContainText('Đánh dấu đồng ý')
    await expect(page.getByLabel('Họ và tên')).toHaveValue(citizen.name)
    await expect(page.getByLabel('Tiêu đề')).toHaveValue(citizen.subject)
    await expect(page.getByLabel('Số điện thoại')).toHaveAttribute('aria-invalid', 'true')
    await fillForm(page)
    await page.getByLabel(/Tôi đồng ý/).check()
    await expect(page.getByLabel('Thủ tục hành chính liên quan')).toHaveValue(/^2\.001417 – /)
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click()
    await expect(page).toHaveURL(/\/phan-anh-kien-nghi\/da-gui\?ma=PA-[^#]+#main$/)
    const code = (await page.locator('main strong').textContent())!.trim()
    expect(code).toMatch(/^PA-[A-HJ-NP-Z2-9]{8}$/)
    const admin = auth(await adminToken(context.request))
    const stored = await (await context.request.get(`/api/feedback?where[trackingCode][equals]=${code}&depth=1`, { headers: admin })).json()
    expect(stored.docs[0].procedure.code).toBe('2.001417')

    await page.getByRole('link', { name: 'Tra cứu tình trạng xử lý' }).click()
    await page.getByLabel('Mã theo dõi').fill(code.toLowerCase())
    await page.getByLabel('Số điện thoại hoặc thư điện tử').fill('0987654320')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await expect(page.locator('main [role="alert"]')).toContainText('Không tìm thấy')
    await page.getByLabel('Số điện thoại hoặc thư điện tử').fill('+84 987 654 321')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    const result = page.locator('section[aria-labelledby="track-result"]')
    await expect(result).toContainText('Đã tiếp nhận')
    await expect(result).not.toContainText(citizen.name)
    await context.close()
  })
}

async function submitByApi(request: APIRequestContext, headers: Record<string, string>, data: Record<string, unknown> = {}) {
  return request.post('/api/feedback/submit', { data: { ...citizen, consent: true, ...data }, headers })
}

test('an officer answers and publishes; the Q&A shows it without personal data', async ({ page, request }) => {
  const created = await submitByApi(request, fromNewAddress(), { email: 'hoa@example.com' })
  expect(created.status()).toBe(201)
  const { trackingCode } = await created.json()
  const admin = auth(await adminToken(request))
  const officer = {
    email: `canbo-${Date.now()}@e2e.test`,
    password: 'mat-khau-can-bo-1',
    name: 'Cán bộ tiếp nhận',
    roles: ['feedback-officer'],
  }
  expect((await request.post('/api/users', { data: officer, headers: admin })).status()).toBe(201)

  // The officer signs in to the admin, finds the item, and answers through the API the admin uses.
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(officer.email)
  await page.getByLabel('Mật khẩu').fill(officer.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await page.goto('/admin/collections/feedback')
  await expect(page.getByText(citizen.subject).first()).toBeVisible()
  await page.getByRole('link', { name: trackingCode }).click()
  // The admin's edit view can take several seconds to open on a busy 2-core machine (CI).
  await expect(page).toHaveURL(/\/admin\/collections\/feedback\/[^/?]+/, { timeout: 30_000 })
  await expect(page.locator('#field-trackingCode')).toHaveValue(trackingCode, { timeout: 30_000 })
  // Assign to themself, answer, write the public question, publish: all in the admin form.
  await page.locator('#field-status').click()
  await page.getByRole('option', { name: 'Đã trả lời' }).click()
  await page.locator('#field-assignee').click()
  await page
    .getByRole('option', { name: new RegExp(officer.email.split('@')[0]) })
    .first()
    .click()
  await page.locator('div[contenteditable="true"]').first().click()
  await page.keyboard.type('Hồ sơ chỉ gồm giấy tờ trong thủ tục đã công bố; Sở đã chấn chỉnh bộ phận tiếp nhận.')
  const publicQuestion = 'Bị yêu cầu nộp thêm bản sao ngoài thành phần hồ sơ đã công bố thì có đúng không?'
  await page.locator('#field-publicQuestion').fill(publicQuestion)
  await page.locator('#field-publishAnswer').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText(/thành công/i).first()).toBeVisible()

  await expect(async () => {
    const qa = await request.get('/phan-anh-kien-nghi/hoi-dap')
    expect(await qa.text()).toContain(publicQuestion)
  }).toPass({ timeout: 15_000 })
  await page.goto('/phan-anh-kien-nghi/hoi-dap')
  const main = page.locator('main')
  await expect(main).toContainText('Sở đã chấn chỉnh bộ phận tiếp nhận')
  for (const secret of [citizen.name, '0987', 'hoa@example.com', citizen.message, citizen.subject, trackingCode])
    await expect(main).not.toContainText(secret)
  const faq = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((block) => JSON.parse(block))
    .find((data) => data['@type'] === 'FAQPage')
  expect(faq.mainEntity.map((item: { name: string }) => item.name)).toContain(publicQuestion)
  expect(JSON.stringify(faq)).not.toContain(citizen.name)

  const tracked = await request.post('/api/feedback/track', {
    data: { code: trackingCode, contact: 'hoa@example.com' },
    headers: fromNewAddress(),
  })
  expect(await tracked.json()).toMatchObject({ status: 'answered', trackingCode })
})

test('the public never reads feedback or page ratings, and a contributor cannot either', async ({ request }) => {
  for (const path of ['/api/feedback', '/api/page-feedback', '/api/search-index', '/api/feedback/versions']) {
    const response = await request.get(path)
    expect([401, 403, 404], path).toContain(response.status())
  }
})

test('bad input to the feedback endpoints gets a 4xx with a message and stores nothing', async ({ request }) => {
  const headers = fromNewAddress()
  const admin = auth(await adminToken(request))
  const count = async () => (await (await request.get('/api/feedback?limit=1', { headers: admin })).json()).totalDocs
  const before = await count()
  const cases: [string, Parameters<APIRequestContext['post']>[1]][] = [
    ['missing fields', { data: {}, headers }],
    ['wrong types', { data: { name: 5, phone: ['0912345678'], subject: { a: 1 }, message: true, consent: 'yes' }, headers }],
    ['not JSON', { data: 'name=a&subject=b', headers: { ...headers, 'content-type': 'application/json' } }],
    ['a JSON array', { data: [1, 2], headers }],
    ['script tags, no consent', { data: { ...citizen, name: '<script>alert(1)</script>' }, headers }],
    ['honeypot', { data: { ...citizen, consent: true, website: 'x' }, headers }],
    ['huge', { data: { ...citizen, consent: true, message: 'x'.repeat(200_000) }, headers }],
    [
      'invalid UTF-8',
      {
        data: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
        headers: { ...headers, 'content-type': 'application/json' },
      },
    ],
  ]
  for (const [label, options] of cases) {
    const response = await request.post('/api/feedback/submit', options)
    expect(response.status(), label).toBeGreaterThanOrEqual(400)
    expect(response.status(), label).toBeLessThan(500)
    expect((await response.json()).errors[0].message, label).toBeTruthy()
  }
  expect(await count()).toBe(before)
})

test('a sixth submission from one address within 15 minutes gets 429, and the form a readable page', async ({ browser, request }) => {
  const headers = fromNewAddress()
  for (let i = 0; i < 5; i++) expect((await submitByApi(request, headers)).status()).toBe(201)
  const refused = await submitByApi(request, headers)
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)

  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: headers })
  const page = await context.newPage()
  await page.goto('/phan-anh-kien-nghi')
  await fillForm(page)
  await page.getByLabel(/Tôi đồng ý/).check()
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Gửi phản ánh' }).click(),
  ])
  expect(response.status()).toBe(429)
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Bạn đã gửi quá nhiều lần')
  await context.close()
})

test('form posts that are too large or come from another site get a 4xx page, not a 500', async ({ request }) => {
  const big = await request.post('/phan-anh-kien-nghi', { multipart: { message: 'x'.repeat(100_000) }, headers: fromNewAddress() })
  expect(big.status()).toBe(413)
  const foreign = await request.post('/phan-anh-kien-nghi', {
    multipart: { name: 'a' },
    headers: { ...fromNewAddress(), origin: 'https://evil.example' },
  })
  expect(foreign.status()).toBe(403)
  expect(await foreign.text()).toContain('Không gửi được biểu mẫu')
})

test('"was this page useful?" works without JavaScript and stores no personal data', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: fromNewAddress() })
  const page = await context.newPage()
  await page.goto('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
  await page.getByLabel('Góp ý thêm để trang tốt hơn (không bắt buộc)').fill('Nên ghi rõ có cần bản chính giấy chứng sinh không.')
  await page.getByRole('button', { name: 'Không', exact: true }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh#useful-thanks$/)
  await expect(page.getByText('Cảm ơn bạn đã góp ý.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Không', exact: true })).toBeHidden()
  await context.close()
  const admin = auth(await adminToken(request))
  const { docs } = await (await request.get('/api/page-feedback?sort=-createdAt&limit=1', { headers: admin })).json()
  expect(docs[0]).toMatchObject({ path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', useful: 'no' })
  const bad = await request.post('/next/useful', {
    form: { path: 'https://evil.example/', useful: 'maybe' },
    headers: fromNewAddress(),
    maxRedirects: 0,
  })
  expect(bad.status()).toBe(400)
})
