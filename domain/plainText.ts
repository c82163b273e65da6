import { convertLexicalToPlaintext, type PlaintextConverter, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

const SKIPPED_KEYS = new Set(['id', 'blockType', 'blockName', 'url', 'filename', 'mimeType', 'format', 'type', 'version'])
const MACHINE_VALUE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24}|\d{4}-\d\d-\d\dT[\d:.]+Z?)$/i

type LexicalData = Parameters<typeof convertLexicalToPlaintext>[0]['data']
type Block = { type?: string; children?: LexicalData['root']['children'] }

/** Payload's converter, tuned to one line per block (its default puts blank lines between blocks and " | " between cells). */
const lineAfter: PlaintextConverter<Block> = ({ node, nodesToPlaintext }) =>
  `${nodesToPlaintext({ nodes: node.children ?? [] }).join('')}\n`
const childrenOnly: PlaintextConverter<Block> = ({ node, nodesToPlaintext }) => nodesToPlaintext({ nodes: node.children ?? [] }).join('')
const CONVERTERS: PlaintextConverters = {
  ...Object.fromEntries(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'].map((type) => [type, lineAfter])),
  ...Object.fromEntries(['list', 'table', 'tablerow'].map((type) => [type, childrenOnly])),
  linebreak: () => '',
}

/**
 * The readable text of a field value: strings as they are, Lexical rich text as its paragraphs, arrays
 * and groups (steps, dossier rows) as the text of their fields. IDs and other machine values are left out.
 */
export function plainText(value: unknown): string {
  if (value == null || typeof value === 'boolean' || typeof value === 'number') return ''
  if (typeof value === 'string') return MACHINE_VALUE.test(value) ? '' : value
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('\n')
  if (typeof value === 'object') {
    if ('root' in value && value.root && typeof value.root === 'object')
      return convertLexicalToPlaintext({ converters: CONVERTERS, data: value as LexicalData }).trim()
    return Object.entries(value)
      .filter(([key]) => !SKIPPED_KEYS.has(key))
      .map(([, field]) => plainText(field))
      .filter(Boolean)
      .join('\n')
  }
  return ''
}
