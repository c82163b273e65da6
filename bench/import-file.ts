/*
 * Writes an .xlsx of ROWS procedures (default 2,000) for bench/import.mjs: the sample file's good rows,
 * repeated with codes and names of their own.
 * Usage: node scripts/run-ts.mjs bench/import-file.ts <out.xlsx> [rows]
 */
import ExcelJS from 'exceljs'

import { PROCEDURE_SAMPLE_GOOD, PROCEDURE_SAMPLE_HEADERS, procedureSampleRows } from '@/imports/samples/procedures'

const [out, count = '2000'] = process.argv.slice(2)
const good = procedureSampleRows().slice(0, PROCEDURE_SAMPLE_GOOD)
const workbook = new ExcelJS.Workbook()
const sheet = workbook.addWorksheet('Danh sách')
sheet.addRow(PROCEDURE_SAMPLE_HEADERS)
for (let index = 0; index < Number(count); index++) {
  const row = [...good[index % good.length]]
  row[0] = String(index + 1)
  row[1] = `1.${String(100000 + index).padStart(6, '0')}`
  row[3] = `${row[3]} (bản ${index + 1})`
  sheet.addRow(row)
}
await workbook.xlsx.writeFile(out)
console.info(`bench/import-file: ${count} rows written to ${out}`)
