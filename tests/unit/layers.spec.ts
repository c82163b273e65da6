import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The import rule of eslint.config.mjs (docs/ARCHITECTURE.md): a layer imports only its own or lower ones. */
const eslint = new ESLint()
const errorsOf = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((message) => message.ruleId === 'import/no-restricted-paths').map((message) => message.message)
}

describe('layers', () => {
  it.each([
    ['domain/example.ts', "import { tags } from '@/cms/cacheTags'\nexport const x = tags", /lowest layer/],
    ['cms/access/example.ts', "import config from '../payload.config'\nexport const x = config", /building blocks/],
    ['cms/hooks/example.ts', "import { Procedures } from '@/collections/Procedures'\nexport const x = Procedures", /building blocks/],
    [
      'collections/Example.ts',
      "import { getPayloadClient } from '@/lib/queries/payload'\nexport const x = getPayloadClient",
      /may not import the site/,
    ],
    ['feedback/example.ts', "import { siteUrl } from '@/lib/seo'\nexport const x = siteUrl", /may not import the site/],
    ['lib/example.ts', "import { SiteHeader } from '@/app/_components/SiteHeader'\nexport const x = SiteHeader", /may not import pages/],
    ['app/_components/Example.tsx', "import { Media } from '@/collections/Media'\nexport const x = Media", /read through lib/],
  ])(
    '%s may not import %s',
    async (file, code, message) => {
      expect(await errorsOf(file, code)).toEqual([expect.stringMatching(message)])
    },
    60_000,
  )

  it.each([
    ['app/_components/Example.tsx', "import { listProcedures } from '@/lib/queries/procedures'\nexport const x = listProcedures"],
    ['lib/example.ts', "import { tags } from '@/cms/cacheTags'\nexport const x = tags"],
    ['collections/Example.ts', "import { label } from '@/domain/labels'\nexport const x = label"],
    ['cms/payload.config.example.ts', "import { hasRole } from './access/hasRole'\nexport const x = hasRole"],
  ])(
    '%s may import %s',
    async (file, code) => {
      expect(await errorsOf(file, code)).toEqual([])
    },
    60_000,
  )
})
