/*
 * `npm run import:samples`: writes the sample import files of docs/import/ from imports/samples/*.ts
 * (.xlsx as Excel saves it, .csv as UTF-8 with BOM, as Excel's "CSV UTF-8" does).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import ExcelJS from 'exceljs'

import { LEGAL_DOCUMENT_SAMPLE_HEADERS, legalDocumentSampleRows, REDIRECT_SAMPLE_HEADERS, redirectSampleRows } from './legalDocuments'
import { PROCEDURE_SAMPLE_HEADERS, procedureSampleRows } from './procedures'

const DIR = path.resolve('docs/import')

const csv = (rows: string[][]) =>
  '\uFEFF' +
  rows.map((row) => row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') +
  '\r\n'

async function write(name: string, headers: string[], rows: string[][], xlsx: boolean) {
  await fs.writeFile(path.join(DIR, `${name}.csv`), csv([headers, ...rows]))
  if (!xlsx) return
  const workbook = new ExcelJS.Workbook()
  // Fixed dates: the same data gives the same file.
  workbook.created = workbook.modified = new Date('2026-12-01T00:00:00Z')
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(headers).font = { bold: true }
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' }
  sheet.columns.forEach((column) => (column.width = 28))
  await workbook.xlsx.writeFile(path.join(DIR, `${name}.xlsx`))
}

await fs.mkdir(DIR, { recursive: true })
await write('thu-tuc-hanh-chinh-mau', PROCEDURE_SAMPLE_HEADERS, procedureSampleRows(), true)
await write('van-ban-mau', LEGAL_DOCUMENT_SAMPLE_HEADERS, legalDocumentSampleRows(), true)
await write('chuyen-huong-mau', REDIRECT_SAMPLE_HEADERS, redirectSampleRows(), false)
console.info(`import:samples: written to ${path.relative(process.cwd(), DIR)}/`)
