import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'

import { ImportFileError } from '@/domain/imports/columns'
import { declaredUncompressedSize } from './zipSize'

/** A sheet as text: the header row, then the data rows (row 2 of the file is `rows[0]`). */
export type Table = { headers: string[]; rows: string[][]; encoding: string }

const refuse = (vi: string, en: string) => new ImportFileError({ vi, en })

/** The letters of Vietnamese beyond ASCII, and the punctuation Excel writes in Windows-1258. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu
const PUNCTUATION = /[\u00a0–—‘’“”…•€°×«»\ufeff]/u

/**
 * Whether text decoded as Windows-1258 reads as Vietnamese: a TCVN3 (ABC) or VNI file decoded so turns
 * into letters Vietnamese never uses (ñ, µ, ¸, Ý…), which a real Windows-1258 file has almost none of.
 */
function readsAsVietnamese(text: string) {
  const beyondAscii = [...text].filter((char) => char > '\u007f')
  const foreign = beyondAscii.filter((char) => !VIETNAMESE_LETTER.test(char) && !PUNCTUATION.test(char))
  return beyondAscii.length > 0 && foreign.length <= beyondAscii.length * 0.02
}

/**
 * The text of a CSV file. UTF-8 with or without BOM and UTF-16 with a BOM (Excel's "Unicode text") are
 * read as they are; anything else is tried as Windows-1258, the code page Excel uses for "CSV" on a
 * Vietnamese Windows, whose tone marks are combining characters (hence NFC). A file that is neither
 * (TCVN3/VNI fonts, or another code page) is refused with what to do, never imported as mojibake.
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16 LE' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16 BE' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    const text = iconv.decode(bytes, 'windows1258').normalize('NFC')
    if (readsAsVietnamese(text) && !text.includes('\uFFFD')) return { text, encoding: 'Windows-1258' }
    throw refuse(
      'Không đọc được bảng mã của tệp: tệp không phải UTF-8 hay Windows-1258 (có thể là phông TCVN3/VNI). Trong Excel, chọn Lưu thành → “CSV UTF-8 (phân cách bằng dấu phẩy)” hoặc lưu thành .xlsx rồi nhập lại.',
      'The file’s encoding is neither UTF-8 nor Windows-1258 (it may use TCVN3/VNI fonts). In Excel, Save As “CSV UTF-8 (Comma delimited)” or .xlsx and import again.',
    )
  }
}

/** Excel writes ";" where the list separator is a semicolon: the header row tells which. */
const delimiterOf = (text: string) => {
  const header = text.slice(0, text.search(/\r?\n|$/))
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

function readCsv(bytes: Buffer): Table {
  const { text, encoding } = decodeCsv(bytes)
  let records: string[][]
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, bom: true })
  } catch (error) {
    throw refuse(`Tệp CSV bị lỗi: ${(error as Error).message}`, `The CSV file is malformed: ${(error as Error).message}`)
  }
  const [headers = [], ...rows] = records
  return { headers, rows, encoding }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** A cell as the editor sees it: dates as 20/11/2024 (Excel stores the local day as UTC), formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  if ('error' in value) return ''
  return ''
}

/** What a sheet may hold, uncompressed: about 40 times the text of 2,000 full procedures. */
const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024

async function readXlsx(bytes: Buffer): Promise<Table> {
  const declared = declaredUncompressedSize(bytes)
  if (declared !== null && declared > MAX_UNCOMPRESSED_BYTES) {
    throw refuse(
      `Tệp .xlsx giải nén ra ${Math.round(declared / 1048576)} MB, quá ${MAX_UNCOMPRESSED_BYTES / 1048576} MB: chia thành nhiều tệp nhỏ hơn.`,
      `The .xlsx inflates to ${Math.round(declared / 1048576)} MB, over ${MAX_UNCOMPRESSED_BYTES / 1048576} MB: split it into smaller files.`,
    )
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw refuse('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.', 'The .xlsx file is damaged or not an Excel file.')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw refuse('Tệp Excel không có trang tính nào.', 'The workbook has no sheet.')
  const table: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]
    table[number - 1] = values.slice(1).map(cellText)
  })
  const rows = Array.from({ length: table.length }, (_, index) => table[index] ?? [])
  const [headers = [], ...data] = rows
  return { headers, rows: data, encoding: 'XLSX' }
}

/** Rows one file may hold: a department's whole catalogue; more is split, so no import holds the server for long. */
export const MAX_IMPORT_ROWS = 5000

/** Reads an uploaded .xlsx or .csv file; the old binary .xls is refused with what to do. */
export async function readTable(bytes: Buffer): Promise<Table> {
  const table = await readAnyTable(bytes)
  const rows = table.rows.filter((row) => row.some((cell) => cell?.trim())).length
  if (rows > MAX_IMPORT_ROWS) {
    throw refuse(
      `Tệp có ${rows} dòng dữ liệu, quá ${MAX_IMPORT_ROWS} dòng một lần nhập: chia thành nhiều tệp.`,
      `The file has ${rows} data rows, over ${MAX_IMPORT_ROWS} per import: split it into several files.`,
    )
  }
  return table
}

async function readAnyTable(bytes: Buffer): Promise<Table> {
  if (bytes.length === 0) throw refuse('Tệp rỗng.', 'The file is empty.')
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse(
      'Tệp .xls (Excel 97–2003) không được hỗ trợ: trong Excel chọn Lưu thành → “Sổ làm việc Excel (.xlsx)”.',
      'Old .xls files are not supported: in Excel, Save As “Excel Workbook (.xlsx)”.',
    )
  }
  return readCsv(bytes)
}
