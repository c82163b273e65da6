import type { Message } from './messages'

/**
 * A column of an import file: its name as the national databases print it (shown in reports and the
 * sample file), other names editors use, and whether it may come in English too.
 */
export type ColumnSpec<Key extends string> = {
  key: Key
  header: string
  aliases?: string[]
  required?: boolean
  /** Also read from "<header> (tiếng Anh)" / "<header> (en)", written to the English version. */
  english?: boolean
}

/** Lowercase, no diacritics, đ → d, punctuation to single spaces: "Tên thủ tục (tiếng Anh)" → "ten thu tuc tieng anh". */
export const foldHeader = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const ENGLISH_MARK = / (tieng anh|english|en)$/

export type ColumnRef<Key extends string> = { key: Key; english: boolean }

export type ColumnMatch<Key extends string> = {
  /** Position in the header row → the column it holds. */
  columns: Map<number, ColumnRef<Key>>
  /** Names the file uses for its columns, by key, for messages ("Lĩnh vực", "Field (en)"). */
  names: Map<string, string>
  unknown: string[]
  missing: string[]
}

/** Which known column each header names; columns nobody knows are listed, never guessed. */
export function matchColumns<Key extends string>(headers: string[], specs: ColumnSpec<Key>[]): ColumnMatch<Key> {
  const byName = new Map<string, ColumnSpec<Key>>()
  for (const spec of specs) for (const name of [spec.header, spec.key, ...(spec.aliases ?? [])]) byName.set(foldHeader(name), spec)
  const columns = new Map<number, ColumnRef<Key>>()
  const names = new Map<string, string>()
  const unknown: string[] = []
  headers.forEach((header, index) => {
    const folded = foldHeader(header)
    if (!folded || folded === 'stt' || folded === 'tt') return
    const direct = byName.get(folded)
    const englishOf = ENGLISH_MARK.test(folded) ? byName.get(folded.replace(ENGLISH_MARK, '')) : undefined
    const spec = direct ?? (englishOf?.english ? englishOf : undefined)
    if (!spec) return void unknown.push(header.trim())
    const english = !direct
    columns.set(index, { key: spec.key, english })
    names.set(columnId(spec.key, english), header.trim())
  })
  const present = new Set([...columns.values()].filter((ref) => !ref.english).map((ref) => ref.key))
  const missing = specs.filter((spec) => spec.required && !present.has(spec.key)).map((spec) => spec.header)
  return { columns, names, unknown, missing }
}

export const columnId = (key: string, english: boolean) => (english ? `${key}:en` : key)

/** One data row as read: Vietnamese and English cells by column key. */
export type Row<Key extends string> = { number: number; vi: Partial<Record<Key, string>>; en: Partial<Record<Key, string>> }

/** Turns a sheet's cells into rows keyed by column; blank rows are skipped (they are not data). */
export function toRows<Key extends string>(cells: string[][], match: ColumnMatch<Key>, firstRowNumber = 2): Row<Key>[] {
  const rows: Row<Key>[] = []
  cells.forEach((line, offset) => {
    if (line.every((cell) => !cell?.trim())) return
    const row: Row<Key> = { number: firstRowNumber + offset, vi: {}, en: {} }
    for (const [index, ref] of match.columns) {
      const value = line[index]?.trim()
      if (value) (ref.english ? row.en : row.vi)[ref.key] = value
    }
    rows.push(row)
  })
  return rows
}

/** A file the import cannot read at all (wrong encoding, no header row, a required column missing). */
export class ImportFileError extends Error {
  constructor(readonly detail: Message) {
    super(detail.vi)
  }
}
