import type { Validate } from 'payload'

import { isHttpsUrl } from '@/domain/httpsUrl'

/**
 * Required in Vietnamese (the default locale) only: an English translation may be partial,
 * and the page falls back to Vietnamese for what is missing.
 */
export const requiredInVietnamese: Validate = (value, { req }) => {
  if (req.locale && req.locale !== 'vi') return true
  const empty = value === null || value === undefined || (typeof value === 'string' && !value.trim())
  return empty ? req.t('validation:required') : true
}

/** Empty, or a full https:// address. */
export const httpsUrl: Validate = (value) =>
  typeof value !== 'string' || !value.trim() || isHttpsUrl(value)
    ? true
    : 'Đường dẫn đầy đủ, bắt đầu bằng https:// / A full address starting with https://'
