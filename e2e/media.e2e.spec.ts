import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'

const upload = (name: string, mimeType: string, buffer: Buffer, alt?: string) => ({
  file: { name, mimeType, buffer },
  ...(alt ? { _payload: JSON.stringify({ alt }) } : {}),
})

test('uploads: alt text required, only images and office documents, 20 MB at most', async ({ request }) => {
  const token = await adminToken(request)
  // A 1×1 PNG: the smallest valid image.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

  const noAlt = await request.post('/api/media', { headers: auth(token), multipart: upload('anh.png', 'image/png', png) })
  expect(noAlt.status()).toBe(400)
  expect(JSON.stringify(await noAlt.json())).toContain('alt')

  const script = await request.post('/api/media', {
    headers: auth(token),
    multipart: upload('tep.sh', 'application/x-sh', Buffer.from('#!/bin/sh\n'), 'Tệp lạ'),
  })
  expect(script.status()).toBeGreaterThanOrEqual(400)
  expect(script.status()).toBeLessThan(500)

  const ok = await request.post('/api/media', { headers: auth(token), multipart: upload('anh.png', 'image/png', png, 'Ảnh mẫu') })
  expect(ok.status()).toBe(201)
  const { doc } = await ok.json()
  expect((await request.get(doc.url)).status()).toBe(200)
  await request.delete(`/api/media/${doc.id}`, { headers: auth(token) })

  // Last, as the server stops reading at the limit: the client gets 413, or the connection closed under it.
  const huge = await request
    .post('/api/media', {
      headers: auth(token),
      multipart: upload('qua-lon.png', 'image/png', Buffer.concat([png, Buffer.alloc(21 * 1024 * 1024)]), 'Tệp quá lớn'),
    })
    .then((response) => response.status())
    .catch((error: Error) => error.message)
  expect(String(huge)).toMatch(/^413$|ECONNRESET|EPIPE/)
})
