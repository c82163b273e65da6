'use client'

import en from '@/messages/error/en.json'
import vi from '@/messages/error/vi.json'

/** When even the layout fails: a bare page in both languages (the locale is unknown here). */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem' }}>
        {[vi, en].map((t, index) => (
          <section key={index} lang={index ? 'en' : 'vi'}>
            <h1>{t.title}</h1>
            <p>{t.body}</p>
            <p>
              <a href={t.homeHref}>{t.home}</a> · <a href={t.contactHref}>{t.contact}</a>
            </p>
          </section>
        ))}
        {error.digest ? <p>{error.digest}</p> : null}
      </body>
    </html>
  )
}
