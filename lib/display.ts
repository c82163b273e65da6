/**
 * Text size and contrast chosen by the reader, without JavaScript: a form sets a cookie and every page
 * links one small stylesheet, `/next/display.css`, answered per reader from that cookie. The pages
 * themselves stay static. A reader whose system asks for more contrast gets it without choosing.
 */
import { sitePath } from '@/domain/sitePath'

export const DISPLAY_COOKIE = 'display'

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const
export const CONTRASTS = ['normal', 'high'] as const
export type Display = { size: (typeof TEXT_SIZES)[number]; contrast: (typeof CONTRASTS)[number] }

export const DEFAULT_DISPLAY: Display = { size: 'normal', contrast: 'normal' }

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback

/** Reads `size.contrast` (the cookie) or loose form values; anything unknown falls back to the default. */
export function parseDisplay(size: unknown, contrast?: unknown): Display {
  if (contrast === undefined && typeof size === 'string') [size, contrast] = size.split('.')
  return { size: pick(TEXT_SIZES, size, 'normal'), contrast: pick(CONTRASTS, contrast, 'normal') }
}

export const serializeDisplay = (display: Display) => `${display.size}.${display.contrast}`

export const isDefaultDisplay = (display: Display) => display.size === DEFAULT_DISPLAY.size && display.contrast === DEFAULT_DISPLAY.contrast

// Percentages of the browser's own font size, so a reader's browser setting still counts.
const ROOT_FONT_SIZE: Record<Display['size'], string> = { normal: '100%', large: '125%', larger: '150%' }

const HIGH_CONTRAST = `:root{--color-slate-50:#fff;--color-slate-100:#fff;--color-slate-200:#000;--color-slate-300:#000;--color-slate-400:#000;--color-slate-500:#000;--color-slate-600:#000;--color-slate-700:#000;--color-slate-800:#000;--color-slate-900:#000;--color-brand:#002a57;--color-brand-dark:#000}
body{background:#fff;color:#000}
a{text-decoration-thickness:2px}
main a{color:#002a57}`

/** The stylesheet for one reader. */
export function displayCss(display: Display): string {
  const size = display.size === 'normal' ? '' : `html{font-size:${ROOT_FONT_SIZE[display.size]}}\n`
  const contrast = display.contrast === 'high' ? HIGH_CONTRAST : `@media (prefers-contrast: more){${HIGH_CONTRAST}}`
  return `${size}${contrast}\n`
}

/**
 * Where to go back to after saving: a path on this site, never another origin. Control characters are
 * refused (browsers drop tabs and newlines, which would turn "/\t/x" into "//x"), and the result is
 * percent-encoded, so it is safe in a Location header.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  return sitePath(value, 512) ?? fallback
}
