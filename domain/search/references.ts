/**
 * Document references as people type them: "NQ76", "NQ 76", "nghị quyết 76", "76/NQ-CP", "ND42/2022",
 * "nghị định 42", "42/2022", "Decree 42". Both sides become reference keys ("r:42:2022:nghidinh"):
 * a document has a key for each way it can be named, a query the keys of what it names.
 */
import { foldText } from './normalize'

/** Type codes as document numbers carry them (Decree 30/2020/NĐ-CP), folded, by document type. */
const TYPE_CODES: Record<string, string[]> = {
  'nghi-quyet': ['nq'],
  'nghi-dinh': ['nd'],
  'quyet-dinh': ['qd'],
  'thong-tu': ['tt'],
  'chi-thi': ['ct'],
  'quy-che': ['qc'],
  'quy-dinh': ['qyd'],
  'thong-bao': ['tb'],
  'huong-dan': ['hd'],
  'chuong-trinh': ['ctr'],
  'ke-hoach': ['kh'],
  'phuong-an': ['pa'],
  'de-an': ['da'],
  'bao-cao': ['bc'],
  'to-trinh': ['ttr'],
  'cong-dien': ['cd'],
  'cong-van': ['cv'],
  'giay-moi': ['gm'],
}

/** The names people write before a number, folded, in Vietnamese and English. */
const TYPE_NAMES: Record<string, string[]> = {
  luat: ['luat', 'law'],
  'nghi-quyet': ['nghi quyet', 'resolution'],
  'nghi-dinh': ['nghi dinh', 'decree'],
  'quyet-dinh': ['quyet dinh', 'decision'],
  'thong-tu': ['thong tu', 'circular'],
  'chi-thi': ['chi thi', 'directive'],
  'quy-che': ['quy che', 'regulation'],
  'quy-dinh': ['quy dinh'],
  'thong-bao': ['thong bao', 'notice'],
  'huong-dan': ['huong dan', 'guidance'],
  'chuong-trinh': ['chuong trinh', 'programme', 'program'],
  'ke-hoach': ['ke hoach', 'plan'],
  'phuong-an': ['phuong an'],
  'de-an': ['de an'],
  'bao-cao': ['bao cao', 'report'],
  'to-trinh': ['to trinh'],
  'cong-dien': ['cong dien'],
  'cong-van': ['cong van'],
  'giay-moi': ['giay moi'],
}

const typeKey = (documentType: string) => documentType.replace(/-/g, '')
const byCode = new Map<string, string>(Object.entries(TYPE_CODES).flatMap(([type, codes]) => codes.map((code) => [code, typeKey(type)])))
const byName = new Map(Object.entries(TYPE_NAMES).flatMap(([type, names]) => names.map((name) => [name, typeKey(type)])))

const number = (digits: string) => String(Number(digits))
const key = (n: string, year?: string | null, type?: string | null) => ['r', number(n), year, type].filter(Boolean).join(':')

const CODE = [...byCode.keys()].sort((a, b) => b.length - a.length).join('|')
const NAME = [...byName.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(' ', '\\s+'))
  .join('|')

/** "nq76", "nd 42/2022", "nghi dinh so 42", "nghi dinh 42 nam 2022", "decree no. 42". */
const TYPED_FIRST = new RegExp(
  `(?:^|[^a-z0-9])(${CODE}|${NAME})\\s*(?:(?:so|no\\.?|number)\\s*)?(\\d{1,4})(?![0-9.])(?:\\s*/\\s*(\\d{4})(?!\\d)|\\s+(?:nam|of)\\s+(\\d{4})(?!\\d))?`,
  'g',
)
/** "42/2022", "42/2022/nd-cp", "76/nq-cp", "04-nq/tu". */
const NUMBER_FIRST = new RegExp(
  `(?:^|[^a-z0-9.])(\\d{1,4})\\s*[/-]\\s*(?:(\\d{4})(?!\\d)(?:\\s*/\\s*([a-z]+))?|([a-z]+)(?=[-/\\s]|$))`,
  'g',
)

const typeOf = (word: string | undefined) => (word ? (byCode.get(word) ?? byName.get(word.replace(/\s+/g, ' ')) ?? null) : null)

/** The reference keys a query names, most specific first; empty when it names no document. */
export function queryReferences(query: string): string[] {
  const text = foldText(query)
  const keys = new Set<string>()
  for (const [, type, n, year, yearAfter] of text.matchAll(TYPED_FIRST)) keys.add(key(n, year ?? yearAfter, typeOf(type)))
  for (const [, n, year, yearType, type] of text.matchAll(NUMBER_FIRST)) {
    const kind = typeOf(yearType ?? type)
    if (year) keys.add(key(n, year, kind))
    else if (kind) keys.add(key(n, null, kind))
  }
  return [...keys]
}

type Named = { number?: string | null; documentType?: string | null; year?: number | null }

/**
 * Every key a document answers to: its number with its type, with its year, and with both
 * ("42/2022/NĐ-CP" of type nghị định → r:42:nghidinh, r:42:2022, r:42:2022:nghidinh). The year is the
 * number's own or, for numbers without one (76/NQ-CP), the year of issue.
 */
export function documentReferences({ number: docNumber, documentType, year }: Named): string[] {
  const value = foldText(docNumber ?? '').trim()
  const match = /^(\d{1,4})(?:\/(\d{4}))?[/-]([a-z]+)/.exec(value)
  if (!match) return []
  const [, n, ownYear, code] = match
  const types = new Set([typeOf(code), documentType ? typeKey(documentType) : null].filter(Boolean) as string[])
  const years = new Set([ownYear, year ? String(year) : null].filter(Boolean) as string[])
  const keys = new Set<string>()
  for (const type of types) keys.add(key(n, null, type))
  for (const each of years) {
    keys.add(key(n, each))
    for (const type of types) keys.add(key(n, each, type))
  }
  return [...keys]
}
