import { expect, test } from '@playwright/test'

test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

for (const [path, menu, more, folded] of [
  ['/thu-tuc-hanh-chinh/dang-ky-khai-sinh', 'Điều hướng chính', 'Các mục khác', 'Tin tức'],
  ['/en/procedures', 'Main navigation', 'More', 'News'],
] as const) {
  test(`on a phone ${path} shows the four main tasks first and folds the rest, without JavaScript`, async ({ page }) => {
    await page.goto(path)
    const nav = page.getByRole('navigation', { name: menu })
    await expect(nav.getByRole('link')).toHaveCount(4)
    await expect(nav.getByRole('link', { name: folded })).toBeHidden()
    await nav.getByText(more, { exact: true }).click()
    await expect(nav.getByRole('link', { name: folded })).toBeVisible()
    // The 11 sections and the header menu item of the site settings (seeded: Hỏi đáp).
    await expect(nav.getByRole('link')).toHaveCount(12)
  })
}

test('on a desktop every section is in the menu, with nothing folded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
  await expect(nav.getByRole('link')).toHaveCount(12)
  await expect(nav.getByText('Các mục khác', { exact: true })).toBeHidden()
})
