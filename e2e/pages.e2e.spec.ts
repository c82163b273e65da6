import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const pages = [
  { path: '/', lang: 'vi', h1: /Cải cách hành chính/ },
  { path: '/en', lang: 'en', h1: /Administrative reform/ },
  { path: '/thu-tuc-hanh-chinh', lang: 'vi', h1: 'Thủ tục hành chính' },
  { path: '/en/procedures', lang: 'en', h1: 'Administrative procedures' },
  { path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', lang: 'vi', h1: 'Đăng ký khai sinh' },
  { path: '/en/procedures/dang-ky-khai-sinh', lang: 'en', h1: 'Birth registration' },
  { path: '/van-ban', lang: 'vi', h1: 'Văn bản' },
  { path: '/van-ban/24-2014-nd-cp', lang: 'vi', h1: /Quy định tổ chức các cơ quan chuyên môn/ },
  { path: '/en/documents/42-2022-nd-cp', lang: 'en', h1: /online public services/i },
  { path: '/tin-tuc', lang: 'vi', h1: 'Tin tức' },
  { path: '/en/news', lang: 'en', h1: 'News' },
  { path: '/gioi-thieu', lang: 'vi', h1: 'Giới thiệu' },
  { path: '/en/about/tuyen-bo-tiep-can', lang: 'en', h1: /accessibility/i },
  { path: '/duong-day-nong', lang: 'vi', h1: /Đường dây nóng/ },
  { path: '/en/contact', lang: 'en', h1: /Hotlines/ },
  { path: '/chi-so', lang: 'vi', h1: /Chỉ số/ },
  { path: '/en/indices', lang: 'en', h1: /indices/ },
  { path: '/tin-tuc/chuyen-muc/thong-cao-bao-chi', lang: 'vi', h1: 'Thông cáo báo chí' },
  { path: '/dich-vu-cong-truc-tuyen', lang: 'vi', h1: 'Dịch vụ công trực tuyến' },
  { path: '/en/online-services/nop-ho-so-truc-tuyen', lang: 'en', h1: 'Apply for an administrative procedure online' },
  { path: '/bao-chi', lang: 'vi', h1: 'Phòng báo chí' },
  { path: '/en/press', lang: 'en', h1: 'Press room' },
  { path: '/su-kien', lang: 'vi', h1: 'Sự kiện' },
  { path: '/en/events', lang: 'en', h1: 'Events' },
  { path: '/tim-kiem?q=th%E1%BB%A7+t%E1%BB%A5c', lang: 'vi', h1: 'Tìm kiếm' },
  { path: '/en/search?q=birth', lang: 'en', h1: 'Search' },
  { path: '/phan-anh-kien-nghi', lang: 'vi', h1: 'Phản ánh, kiến nghị' },
  { path: '/en/feedback', lang: 'en', h1: 'Feedback and complaints' },
  { path: '/phan-anh-kien-nghi/tra-cuu', lang: 'vi', h1: 'Tra cứu phản ánh, kiến nghị' },
  { path: '/en/feedback/answers', lang: 'en', h1: 'Questions and answers' },
  { path: '/hien-thi', lang: 'vi', h1: 'Cỡ chữ và độ tương phản' },
  { path: '/en/display', lang: 'en', h1: 'Text size and contrast' },
]

for (const { path, lang, h1 } of pages) {
  test(`${path} renders in ${lang} with no accessibility violations or console errors`, async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`)
    })
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1)
    if (path !== '/' && path !== '/en') {
      const crumbs = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(
        crumbs.some((json) => JSON.parse(json)['@type'] === 'BreadcrumbList'),
        'breadcrumbs',
      ).toBe(true)
    }
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('the procedure list shows the field of each procedure and links to each page', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh')
  await expect(page.locator('main ul li').filter({ hasText: 'Lĩnh vực: Hộ tịch' }).first()).toBeVisible()
  await page.getByRole('link', { name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam' }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam$/)
})

test('a procedure page shows time and fees per channel and the documents per case', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam')
  const channels = page.locator('#channels table')
  await expect(channels.getByRole('rowheader', { name: 'Trực tiếp' })).toBeVisible()
  await expect(channels.getByRole('row', { name: /Trực tiếp/ })).toContainText('10 ngày làm việc')
  await expect(channels).toContainText('200.000')
  await expect(page.locator('#dossier')).toContainText('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp')
  await expect(page.getByText('Toàn trình (trước đây gọi là mức độ 4)').first()).toBeVisible()
})

test('a document shows its relations from both sides, each in its own words', async ({ page }) => {
  await page.goto('/van-ban/24-2014-nd-cp')
  await expect(page.getByText('Bị sửa đổi, bổ sung bởi')).toBeVisible()
  await page.getByRole('link', { name: '107/2020/NĐ-CP' }).click()
  await expect(page).toHaveURL(/\/van-ban\/107-2020-nd-cp$/)
  await expect(page.locator('dt', { hasText: /^Sửa đổi, bổ sung$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: '24/2014/NĐ-CP' })).toBeVisible()
})

test('an expired decree says so, and says what replaced it', async ({ page }) => {
  await page.goto('/van-ban/43-2011-nd-cp')
  await expect(page.getByText('Hết hiệu lực', { exact: true })).toBeVisible()
  await expect(page.locator('dt', { hasText: /^Bị thay thế bởi$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: '42/2022/NĐ-CP' })).toBeVisible()
})

test('the home page puts the main tasks first, then news and key figures', async ({ page }) => {
  await page.goto('/')
  const tasks = page.getByRole('region', { name: 'Bạn cần làm gì?' }).getByRole('link')
  await expect(tasks).toHaveCount(4)
  await expect(tasks.first()).toContainText('Tra cứu thủ tục hành chính')
  await expect(tasks.filter({ hasText: 'Gửi phản ánh' })).toHaveAttribute('href', '/phan-anh-kien-nghi')
  await expect(page.getByRole('heading', { name: 'Tin mới' })).toBeVisible()
  await expect(page.getByText('PAR Index 2023')).toBeVisible()
})

test('hotlines can be called and written to from every page', async ({ page }) => {
  await page.goto('/duong-day-nong')
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible()
  await expect(page.locator('a[href^="mailto:"]').first()).toBeVisible()
  await page.goto('/tin-tuc')
  await expect(page.locator('footer a[href="tel:18001096"]')).toBeVisible()
})

test('index charts are SVG drawn on the server, with a data table', async ({ page }) => {
  await page.goto('/chi-so')
  await expect(page.locator('svg[role="img"] title').first()).toHaveText(/PAR Index/)
  await expect(page.getByRole('row', { name: /2023/ }).first()).toContainText('87,32%')
})

test('news pages through plain links, and lists categories', async ({ page }) => {
  await page.goto('/tin-tuc')
  const first = await page.locator('main ul li a').first().textContent()
  await page.getByRole('link', { name: /Trang sau/ }).click()
  await expect(page).toHaveURL(/\?trang=2$/)
  expect(await page.locator('main ul li a').first().textContent()).not.toBe(first)
  await page
    .getByRole('navigation', { name: 'Chuyên mục' })
    .getByRole('link', { name: /^Biểu dương/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Biểu dương/)
  await expect(page.locator('main > div ul').first().locator('li')).toHaveCount(2)
})

test('Giới thiệu gives the organisation and its officials in English too', async ({ page }) => {
  await page.goto('/en/about')
  await expect(page.getByRole('heading', { name: 'About the organisation' })).toBeVisible()
  await expect(page.getByText('Mai Văn Quyết')).toBeVisible()
})

test('articles can be printed: how to, without a script, and a print stylesheet', async ({ page }) => {
  await page.goto('/van-ban/42-2022-nd-cp')
  const howTo = page.getByText('In trang này hoặc lưu thành PDF: dùng lệnh In của trình duyệt')
  await expect(howTo).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(howTo).toBeHidden()
  await expect(page.locator('header nav')).toBeHidden()
  await expect(page.getByRole('search', { name: 'Tìm trên Cổng' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('the language switch leads to the same page in the other language', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-khai-sinh$/)
  await page.getByRole('link', { name: 'Tiếng Việt' }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh$/)
})

test('/ stays Vietnamese for an English-speaking browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await context.close()
})

for (const { path, lang, title } of [
  { path: '/thu-tuc-hanh-chinh/khong-ton-tai', lang: 'vi', title: 'Không tìm thấy trang' },
  { path: '/en/procedures/does-not-exist', lang: 'en', title: 'Page not found' },
  { path: '/trang-khong-co', lang: 'vi', title: 'Không tìm thấy trang' },
  { path: '/en/no-such-page', lang: 'en', title: 'Page not found' },
]) {
  test(`${path} gives the site's 404 page in ${lang}, even without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const page = await context.newPage()
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('link', { name: lang === 'vi' ? 'Thủ tục hành chính' : 'Administrative procedures' }).first()).toBeVisible()
    await context.close()
  })
}

test('procedure pages are complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
  const page = await context.newPage()
  await page.goto('/en/procedures/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Issuing a criminal record certificate to a Vietnamese citizen')
  await expect(page.locator('#channels table')).toContainText('10 working days')
  await page.getByRole('link', { name: 'Tiếng Việt' }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam$/)
  await context.close()
})

test('an address with broken percent-encoding gets a 400 page, not a 500', async ({ page }) => {
  const response = await page.goto('/thu-tuc-hanh-chinh/%E0%A4%A')
  expect(response?.status()).toBe(400)
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Địa chỉ không hợp lệ')
})

test('pages work on a phone-sized screen without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
  const page = await context.newPage()
  await page.goto('/thu-tuc-hanh-chinh/dang-ky-thanh-lap-doanh-nghiep-tu-nhan')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await context.close()
})

test('the admin opens on a Vietnamese login screen', async ({ browser }) => {
  // Even for a browser asking for English: Vietnamese is the admin's default.
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
  await context.close()
})
