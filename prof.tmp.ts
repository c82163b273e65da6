import { getPayload } from 'payload'
import config from '@/cms/payload.config'
import { searchMemory } from '@/search/memory'
import { planQuery } from '@/search/plan'
import { rank } from '@/search/rank'
import { runSearch } from '@/search/query'
const payload = await getPayload({ config })
const { index, synonyms } = await searchMemory(payload)
const words = index.vi
const lexicon = { term: words.term, has: (w: string) => words.frequency(w) > 0, frequency: (w: string) => words.frequency(w), completions: (p: string, l: number) => words.completions(p, l), nearby: (w: string, m: 1 | 2, l: number) => words.nearby(w, m, l) }
const qs = ['thủ tục khai sinh', 'giay phep lai xe', 'nghị định 42', 'UBND tỉnh', 'cải cách hành chính', 'đất đai', '13/CT-TTg', 'thủ tục', 'cấp lại giấy chứng nhận']
for (const q of qs) await runSearch(payload, { q, locale: 'vi' })
for (const q of qs) {
  let t = performance.now(); let plan
  for (let i = 0; i < 10; i++) plan = planQuery(q, 'vi', lexicon, synonyms)
  const tp = (performance.now() - t) / 10
  t = performance.now(); let r
  for (let i = 0; i < 10; i++) r = rank(index, 'vi', plan!)
  const tr = (performance.now() - t) / 10
  t = performance.now()
  for (let i = 0; i < 10; i++) await runSearch(payload, { q, locale: 'vi' })
  const tt = (performance.now() - t) / 10
  console.log(q.padEnd(28), 'plan', tp.toFixed(1), 'rank', tr.toFixed(1), 'total', tt.toFixed(1), 'ranked', r!.length)
}
await payload.destroy(); process.exit(0)
