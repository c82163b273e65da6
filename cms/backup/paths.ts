import path from 'node:path'

/** The uploads folder, as collections/Media.ts resolves it (scripts/data-paths.mjs). */
export { mediaDir } from '@/scripts/data-paths.mjs'

const pad = (n: number) => String(n).padStart(2, '0')

/** Local time as 2026-12-01T1530 (with seconds: 2026-12-01T153012), safe in file names. */
export function stamp(date = new Date(), seconds = false): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day}T${pad(date.getHours())}${pad(date.getMinutes())}${seconds ? pad(date.getSeconds()) : ''}`
}

export const defaultArchive = () => path.resolve('backups', `cchc-${stamp()}.tar.gz`)
