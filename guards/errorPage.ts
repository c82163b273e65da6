import en from '@/messages/en.json'
import vi from '@/messages/vi.json'

export type ErrorKind = Exclude<keyof typeof vi.httpErrors, 'home'>

/** A short page in both languages, for answers given before the site renders (messages/*.json, httpErrors). */
export function errorPage(kind: ErrorKind, minutes = 0, headers: Record<string, string> = {}) {
  const status = Number(kind.slice(0, 3))
  const section = (messages: typeof vi, lang: string, home: string) => {
    const { title, text } = messages.httpErrors[kind]
    return `<section lang="${lang}"><h1>${title}</h1><p>${text.replace('{minutes}', String(minutes))} <a href="${home}">${messages.httpErrors.home}</a></p></section>`
  }
  const html =
    '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    `<title>${vi.httpErrors[kind].title}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">` +
    section(vi, 'vi', '/') +
    section(en, 'en', '/en') +
    '</body></html>'
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })
}
