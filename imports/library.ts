import type { Payload } from 'payload'

import { documentNumberIn, numberKey, yearIn } from '@/domain/imports/cells'
import { foldHeader } from '@/domain/imports/columns'
import { issueYear } from '@/domain/legalDocuments/numbers'

/** The abbreviations every provincial file uses for the people's committees and councils. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
]
const expandAbbreviations = (folded: string) => ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), folded)

type DocumentRef = { id: string; year: number | null }

/**
 * What an import row names and the portal already has, read once per run: agencies by name (and short
 * name) and legal documents by number, so 2,000 rows do not ask the database 2,000 times each.
 */
export class Library {
  private constructor(
    private readonly agencies: Map<string, string>,
    private readonly documents: Map<string, DocumentRef[]>,
  ) {}

  static async load(payload: Payload): Promise<Library> {
    const agencies = new Map<string, string>()
    for (const locale of ['vi', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'agencies',
        locale,
        pagination: false,
        depth: 0,
        select: { name: true, shortName: true },
      })
      for (const agency of docs) {
        for (const name of [agency.name, agency.shortName]) if (name) agencies.set(expandAbbreviations(foldHeader(name)), String(agency.id))
      }
    }
    const { docs } = await payload.find({
      collection: 'legal-documents',
      draft: true,
      pagination: false,
      depth: 0,
      select: { number: true, issuedAt: true },
    })
    const documents = new Map<string, DocumentRef[]>()
    for (const document of docs) {
      if (!document.number) continue
      const key = numberKey(document.number)
      const year = document.issuedAt ? issueYear(document.issuedAt) : null
      documents.set(key, [...(documents.get(key) ?? []), { id: String(document.id), year }])
    }
    return new Library(agencies, documents)
  }

  /** An agency by its name as the file writes it: case, diacritics, UBND/HĐND and "tỉnh Ninh Bình"-style suffixes aside. */
  agency(name: string): string | null {
    const folded = expandAbbreviations(foldHeader(name))
    return this.agencies.get(folded) ?? this.agencies.get(folded.replace(/ tinh [a-z ]+$/, '')) ?? null
  }

  /** The document a line names, when exactly one in the library has its number (and the line's year, for numbers without one). */
  document(line: string): string | null {
    const number = documentNumberIn(line)
    const candidates = number ? (this.documents.get(numberKey(number)) ?? []) : []
    if (candidates.length <= 1) return candidates[0]?.id ?? null
    const year = yearIn(line)
    const sameYear = candidates.filter((candidate) => candidate.year === year)
    return sameYear.length === 1 ? sameYear[0].id : null
  }
}
