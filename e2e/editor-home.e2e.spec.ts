import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'
import { e2eServer } from './server-env'

test('the footer of every page links the accessibility statement, the privacy policy and the editors’ menu, in both languages', async ({
  page,
}) => {
  for (const [path, accessibility, privacy, menuItem, menuHref] of [
    ['/thu-tuc-hanh-chinh', 'Tuyên bố về khả năng tiếp cận', 'Chính sách bảo vệ dữ liệu cá nhân', 'Dữ liệu cho báo chí', '/bao-chi'],
    ['/en/procedures', 'Accessibility statement', 'Privacy policy', 'Data for the press', '/en/press'],
  ]) {
    await page.goto(path)
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByRole('link', { name: accessibility })).toHaveAttribute('href', /tuyen-bo-tiep-can$/)
    await expect(footer.getByRole('link', { name: privacy })).toHaveAttribute('href', /chinh-sach-bao-ve-du-lieu$/)
    await expect(footer.getByRole('link', { name: menuItem })).toHaveAttribute('href', menuHref)
    expect((await page.request.get(menuHref)).status()).toBe(200)
  }
  // The header menu item of the settings, after the main ones.
  await page.goto('/')
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hỏi đáp' }).first()).toHaveAttribute(
    'href',
    '/phan-anh-kien-nghi/hoi-dap',
  )
})

test('a rich-text link to another document of the site goes to its page, in the reader’s language', async ({ page, request }) => {
  const token = await adminToken(request)
  const procedures = await (await request.get('/api/procedures?limit=1&where[code][equals]=1.001193&depth=0')).json()
  const target = procedures.docs[0]
  const paragraph = (children: unknown[]) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children,
  })
  const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
  const body = {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        paragraph([
          text('Xem '),
          {
            type: 'link',
            version: 3,
            direction: 'ltr',
            format: '',
            indent: 0,
            fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'procedures', value: target.id } },
            children: [text('thủ tục đăng ký khai sinh')],
          },
          text('.'),
        ]),
        {
          type: 'block',
          version: 2,
          format: '',
          fields: {
            id: '65f0c0ffee0000000000c1ip',
            blockName: '',
            blockType: 'mediaClip',
            kind: 'video',
            title: 'Hướng dẫn nộp hồ sơ trực tuyến',
            url: 'https://www.youtube.com/watch?v=cchc-e2e',
            source: 'Đài Phát thanh và Truyền hình tỉnh',
            duration: '3:25',
            transcript: 'Bước một: đăng nhập Cổng Dịch vụ công quốc gia.',
          },
        },
      ],
    },
  }
  const created = await request.post('/api/news', {
    headers: auth(token),
    data: { title: 'Tin có liên kết nội bộ', kind: 'news', body, _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await page.goto(`/tin-tuc/${doc.slug}`)
  const link = page.getByRole('link', { name: 'thủ tục đăng ký khai sinh' })
  await expect(link).toHaveAttribute('href', `/thu-tuc-hanh-chinh/${target.slug}`)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`/thu-tuc-hanh-chinh/${target.slug}$`))
  // The clip: a link to where it plays, its transcript, and no outside script or frame on the page.
  await page.goto(`/tin-tuc/${doc.slug}`)
  await expect(page.getByRole('link', { name: 'Xem: Hướng dẫn nộp hồ sơ trực tuyến' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=cchc-e2e',
  )
  await page.getByText('Lời thoại, nội dung').click()
  await expect(page.getByText('Bước một: đăng nhập Cổng Dịch vụ công quốc gia.')).toBeVisible()
  expect(await page.locator('iframe, script[src*="youtube"]').count()).toBe(0)
  await page.goto(`/en/news/${doc.slug}`)
  await expect(page.getByRole('link', { name: 'thủ tục đăng ký khai sinh' })).toHaveAttribute('href', `/en/procedures/${target.slug}`)
})

test('the admin’s home lists an overdue feedback item for the administrator', async ({ page, request }) => {
  const token = await adminToken(request)
  // A letter received a month ago, entered now: its deadline has passed.
  const received = new Date(Date.now() - 30 * 86_400_000).toISOString()
  const created = await request.post('/api/feedback', {
    headers: auth(token),
    data: { name: 'Trần Thị B', subject: 'Thư phản ánh quá hạn e2e', message: 'Nội dung', status: 'received', createdAt: received },
  })
  expect(created.status()).toBe(201)
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(e2eServer.admin.email)
  await page.getByLabel('Mật khẩu').fill(e2eServer.admin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  const due = page.getByRole('region', { name: /Phản ánh sắp đến hạn hoặc quá hạn/ })
  await expect(due).toBeVisible()
  await expect(due.getByRole('listitem').filter({ hasText: 'Thư phản ánh quá hạn e2e' })).toContainText('Quá hạn')
  await expect(page.getByRole('region', { name: /Bản nháp chờ xuất bản/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/admin-dashboard.png', fullPage: true })
  // The feedback list flags it by the same rule (a server cell).
  await page.goto('/admin/collections/feedback')
  await expect(page.getByRole('row').filter({ hasText: 'Thư phản ánh quá hạn e2e' })).toContainText('Quá hạn')
  // Each reviewed list opens with a one-click filter to what is due for review, and back.
  await page.goto('/admin/collections/procedures')
  const filter = page.getByRole('navigation', { name: 'Lọc theo hạn rà soát' })
  await filter.getByRole('link', { name: /^Đến hạn rà soát \(\d+\)$/ }).click()
  await expect(page).toHaveURL(/reviewDueAt/)
  await expect(filter.getByRole('link', { name: /^Đến hạn rà soát/ })).toHaveAttribute('aria-current', 'page')
  await page.screenshot({ path: 'test-results/admin-review-due.png', fullPage: true })
  await filter.getByRole('link', { name: 'Tất cả' }).click()
  await expect(filter.getByRole('link', { name: 'Tất cả' })).toHaveAttribute('aria-current', 'page')
  expect(page.url()).not.toMatch(/reviewDueAt/)
})

test('a document of a body since merged says what it is called now, and today’s body in the filter finds it', async ({ page }) => {
  await page.goto('/van-ban')
  const issuer = page.getByLabel('Cơ quan ban hành')
  const value = await issuer.locator('option', { hasText: 'Ủy ban nhân dân tỉnh Ninh Bình' }).getAttribute('value')
  await page.goto(`/van-ban?issuer=${value}`)
  const link = page.getByRole('link', { name: /111\/KH-UBND|Kế hoạch/ }).first()
  await expect(link).toBeVisible()
  await link.click()
  await expect(page.getByText('Ủy ban nhân dân tỉnh Nam Định (nay là Ủy ban nhân dân tỉnh Ninh Bình)')).toBeVisible()
})

test('a document lists the procedures that name it as their legal basis, and the procedure links back to it', async ({ page, request }) => {
  const token = await adminToken(request)
  const [decree] = (await (await request.get('/api/legal-documents?limit=1&where[number][equals]=42/2022/NĐ-CP&depth=0')).json()).docs
  const agency = (await (await request.get('/api/agencies?limit=1&where[name][equals]=Sở Tư pháp&depth=0')).json()).docs[0].id
  const created = await request.post('/api/procedures', {
    headers: auth(token),
    data: {
      code: '1.099042',
      name: 'Thủ tục căn cứ Nghị định 42',
      field: 'Thử nghiệm',
      implementingAgency: agency,
      onlineService: { level: 'none' },
      legalBasisDocuments: [decree.id],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await page.goto(`/van-ban/${decree.slug}`)
  const cited = page
    .getByRole('region', { name: /Thủ tục hành chính căn cứ văn bản này/ })
    .or(page.locator('section[aria-labelledby="procedures"]'))
  await expect(cited.getByRole('link', { name: 'Thủ tục căn cứ Nghị định 42' })).toHaveAttribute('href', `/thu-tuc-hanh-chinh/${doc.slug}`)
  await page.goto(`/thu-tuc-hanh-chinh/${doc.slug}`)
  await expect(page.getByRole('link', { name: /42\/2022\/NĐ-CP/ })).toHaveAttribute('href', `/van-ban/${decree.slug}`)
  // Gone again: a published procedure without English would make other tests' English lists say so.
  expect((await request.delete(`/api/procedures/${doc.id}`, { headers: auth(token) })).status()).toBe(200)
})

test('a news item names its author and source under its title, in both languages', async ({ page, request }) => {
  const token = await adminToken(request)
  const created = await request.post('/api/news', {
    headers: auth(token),
    data: { title: 'Tin có tác giả và nguồn', kind: 'news', author: 'Nguyễn Thị Thu', source: 'Báo Nhân Dân', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await page.goto(`/tin-tuc/${doc.slug}`)
  await expect(page.getByText('Tác giả: Nguyễn Thị Thu')).toBeVisible()
  await expect(page.getByText('Nguồn: Báo Nhân Dân')).toBeVisible()
  await page.goto(`/en/news/${doc.slug}`)
  await expect(page.getByText('By Nguyễn Thị Thu')).toBeVisible()
  // The source is localized and has no English yet: the Vietnamese one stands.
  await expect(page.getByText('Source: Báo Nhân Dân')).toBeVisible()
})

test('a legal document links its official text and offers its attached PDF for download', async ({ page, request }) => {
  const token = await adminToken(request)
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\nxref\n0 1\n0000000000 65535 f \n' +
      'trailer<</Size 4/Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
    'latin1',
  )
  const uploaded = await request.post('/api/media', {
    headers: auth(token),
    multipart: {
      file: { name: 'ke-hoach-e2e.pdf', mimeType: 'application/pdf', buffer: pdf },
      _payload: JSON.stringify({ alt: 'Kế hoạch số 7 (bản PDF)' }),
    },
  })
  expect(uploaded.status()).toBe(201)
  const media = (await uploaded.json()).doc
  const issuer = (await (await request.get('/api/agencies?limit=1&where[name][equals]=Sở Tư pháp&depth=0')).json()).docs[0].id
  const created = await request.post('/api/legal-documents', {
    headers: auth(token),
    data: {
      number: '07/KH-STP',
      documentType: 'ke-hoach',
      title: 'Kế hoạch thử tải văn bản',
      issuer,
      issuedAt: '2026-03-02',
      officialUrl: 'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=99999',
      files: [media.id],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await page.goto(`/van-ban/${doc.slug}`)
  await expect(page.getByRole('link', { name: 'Xem văn bản gốc trên trang chính thức' })).toHaveAttribute(
    'href',
    'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=99999',
  )
  const download = page.getByRole('link', { name: 'Tải Kế hoạch số 7 (bản PDF)' })
  await expect(download).toHaveAttribute('download', '')
  await expect(download.locator('xpath=..')).toContainText('PDF, 1 KB')
  const file = await request.get((await download.getAttribute('href'))!)
  expect([file.status(), file.headers()['content-type']]).toEqual([200, 'application/pdf'])
})

test('a page never reviewed shows when its published text was last saved; a later review moves the date', async ({ page, request }) => {
  const token = await adminToken(request)
  const agency = (await (await request.get('/api/agencies?limit=1&where[name][equals]=Sở Tư pháp&depth=0')).json()).docs[0].id
  const created = await request.post('/api/procedures', {
    headers: auth(token),
    data: {
      code: '1.099043',
      name: 'Thủ tục mới chưa rà soát',
      field: 'Thử nghiệm',
      implementingAgency: agency,
      onlineService: { level: 'none' },
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  // As the page writes a day in Vietnam: 6/12/2026.
  const day = (iso: string) => {
    const at = new Date(Date.parse(iso) + 7 * 3600_000)
    return `${at.getUTCDate()}/${at.getUTCMonth() + 1}/${at.getUTCFullYear()}`
  }
  await page.goto(`/thu-tuc-hanh-chinh/${doc.slug}`)
  await expect(page.getByText(`Cập nhật lần cuối: ${day(doc.updatedAt)}`)).toBeVisible()
  // Reviewed on a later day (recorded ahead, as an editor may): that day is the one shown.
  const reviewed = new Date(Date.now() + 3 * 86_400_000).toISOString()
  const updated = await request.patch(`/api/procedures/${doc.id}`, {
    headers: auth(token),
    data: { lastReviewedAt: reviewed, _status: 'published' },
  })
  expect(updated.status()).toBe(200)
  await page.goto(`/thu-tuc-hanh-chinh/${doc.slug}`)
  await expect(page.getByText(`Cập nhật lần cuối: ${day(reviewed)}`)).toBeVisible()
  expect((await request.delete(`/api/procedures/${doc.id}`, { headers: auth(token) })).status()).toBe(200)
})
