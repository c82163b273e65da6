import { expect, type APIRequestContext, type Page, test } from '@playwright/test'

/** The slug of the first published item matching a query string. */
async function slugOf(request: APIRequestContext, collection: string, where: string) {
  const { docs } = await (await request.get(`/api/${collection}?${where}&depth=0&limit=1`)).json()
  return docs[0].slug as string
}

/** The text of a fact in a page's description list. */
const fact = (page: Page, term: string) =>
  page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]')

test('fees keep a space before their note, money reads "2.000 đồng" / "VND 2,000"', async ({ page, request }) => {
  const slug = await slugOf(request, 'procedures', 'where[code][equals]=2.000908')
  await page.goto(`/thu-tuc-hanh-chinh/${slug}`)
  await expect(page.locator('main')).toContainText('2.000 đồng mỗi trang')
  await page.goto(`/en/procedures/${slug}`)
  await expect(page.locator('main')).toContainText('VND 2,000 per page')
  await page.goto('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
  await expect(page.locator('main')).toContainText('Không thu phí, lệ phí (Miễn lệ phí)')
  await expect(page.locator('main')).not.toContainText('lệ phíMiễn')
})

test('every legal document states its effect, "Chưa xác định" when it is not recorded', async ({ page, request }) => {
  const { docs } = await (await request.get('/api/legal-documents?depth=0&limit=100')).json()
  expect(docs.length).toBeGreaterThan(0)
  const statuses: string[] = []
  for (const { slug } of docs) {
    await page.goto(`/van-ban/${slug}`)
    await expect(fact(page, 'Tình trạng hiệu lực')).toHaveText(/\S/)
    statuses.push(await fact(page, 'Tình trạng hiệu lực').innerText())
  }
  expect(statuses).toContain('Chưa xác định')
  const undetermined = docs[statuses.indexOf('Chưa xác định')].slug
  await page.goto(`/en/documents/${undetermined}`)
  await expect(fact(page, 'Legal effect')).toHaveText('Not determined')
})

test('dates read the Vietnamese way, and a year-only date shows the year', async ({ page, request }) => {
  await page.goto('/van-ban/24-2014-nd-cp')
  await expect(fact(page, 'Ngày ban hành')).toHaveText('4/4/2014')
  await page.goto('/en/documents/24-2014-nd-cp')
  await expect(fact(page, 'Issued on')).toHaveText('4 April 2014')
  const yearOnly = await slugOf(request, 'legal-documents', 'where[issuedAtPrecision][equals]=year')
  await page.goto(`/van-ban/${yearOnly}`)
  await expect(fact(page, 'Ngày ban hành')).toHaveText('2022')
  // Search results date it the same way.
  const title = (await page.locator('h1').innerText()).trim()
  await page.goto(`/tim-kiem?q=${encodeURIComponent(title)}`)
  const hit = page.locator('main li', { has: page.locator(`a[href="/van-ban/${yearOnly}"]`) }).first()
  await expect(hit).toContainText(/ · 2022(?!\d)/)
  await expect(hit).not.toContainText('1/1/2022')
  const event = 'hoi-thi-tim-hieu-ve-cai-cach-hanh-chinh-nam-2027'
  await page.goto(`/su-kien/${event}`)
  await expect(page.locator('main')).toContainText('08:00–11:30, 15/4/2027')
  await page.goto(`/en/events/${event}`)
  await expect(page.locator('main')).toContainText('15 April 2027, 08:00–11:30')
})

test('English pages name fields in English', async ({ page }) => {
  await page.goto('/en/documents/42-2022-nd-cp')
  await expect(fact(page, 'Fields')).toHaveText('Online public services, Web portals')
  await page.goto('/van-ban/42-2022-nd-cp')
  await expect(fact(page, 'Lĩnh vực')).toHaveText('Dịch vụ công trực tuyến, Cổng thông tin điện tử')
})

test('the English press room links the English press-release and news feeds', async ({ page, request }) => {
  await page.goto('/en/press')
  await expect(page.getByRole('link', { name: 'Press releases by RSS' })).toHaveAttribute('href', '/en/press/feed.xml')
  await expect(page.getByRole('link', { name: 'All news by RSS' })).toHaveAttribute('href', '/en/feed.xml')
  expect((await request.get('/en/feed.xml')).headers()['content-type']).toContain('application/rss+xml')
  const response = await request.get('/en/press/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  expect(xml).toContain('<language>en</language>')
  expect(xml).toMatch(/<link>[^<]*\/en\/news\/[^<]+<\/link>/)
  expect((await request.get('/en/feed.xml')).status()).toBe(200)
  await page.goto('/bao-chi')
  await expect(page.getByRole('link', { name: 'Nhận thông cáo qua RSS' })).toHaveAttribute('href', '/bao-chi/feed.xml')
})

test('readers never see notes meant for editors: the demo says it is a demonstration in their words', async ({ page }) => {
  const editorsNotes = /quản trị viên|biên tập viên thay|Cài đặt cổng|set by an administrator|an editor replaces|Site settings/
  for (const [path, sample] of [
    ['/duong-day-nong', 'Số điện thoại mẫu của bản trình diễn'],
    ['/en/contact', 'A sample number on this demonstration site'],
  ]) {
    await page.goto(path)
    await expect(page.locator('body')).not.toContainText(editorsNotes)
    await expect(page.locator('main')).toContainText(sample)
    await expect(page.locator('footer')).toContainText(
      path.startsWith('/en')
        ? 'Demonstration of a department’s administrative reform portal'
        : 'Bản trình diễn Cổng thông tin cải cách hành chính của Sở',
    )
  }
})

test('online services agree with their channels, and point to the national portal honestly', async ({ page, request }) => {
  const { docs } = await (await request.get('/api/procedures?depth=0&limit=100')).json()
  const online = docs.filter((doc: { onlineService?: { level?: string } }) => doc.onlineService?.level !== 'none')
  expect(online.length).toBeGreaterThan(5)
  for (const doc of online) {
    // An online service lists an online channel; its button names where it goes.
    expect(
      doc.channels.map((channel: { method: string }) => channel.method),
      doc.code,
    ).toContain('online')
    await page.goto(`/thu-tuc-hanh-chinh/${doc.slug}`)
    const section = page.locator('#online')
    if (doc.onlineService.url) {
      await expect(section.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute('href', doc.onlineService.url)
    } else {
      await expect(section.getByRole('link', { name: 'Tìm thủ tục trên Cổng Dịch vụ công quốc gia' })).toHaveAttribute(
        'href',
        'https://dichvucong.gov.vn',
      )
      await expect(section).toContainText(`tìm theo mã thủ tục ${doc.code}`)
    }
  }
  await page.goto('/thu-tuc-hanh-chinh')
  await expect(page.locator('main')).not.toContainText('do Sở tiếp nhận')
  await page.goto('/dich-vu-cong-truc-tuyen')
  await expect(page.locator('main')).toContainText('Trước ngày 15/8/2022 gọi là mức độ 3')
  await page.goto('/en/online-services')
  await expect(page.locator('main')).toContainText('Called level 3 before 15/8/2022')
})
