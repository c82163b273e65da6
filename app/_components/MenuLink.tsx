import type { ReactNode } from 'react'

/** A link an editor set in the site settings: a path of the portal as it is, an outside address marked external. */
export function MenuLink({ url, className, children }: { url: string; className?: string; children: ReactNode }) {
  return url.startsWith('/') ? (
    <a href={url} className={className}>
      {children}
    </a>
  ) : (
    <a href={url} rel="external" className={className}>
      {children}
    </a>
  )
}
