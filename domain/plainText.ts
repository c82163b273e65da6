/**
 * The readable text of a field value: strings as they are, Lexical rich text as its paragraphs, arrays
 * and groups (steps, dossier rows) as the text of their fields. IDs and other machine values are left out.
 */
const SKIPPED_KEYS = new Set(['id', 'blockType', 'blockName', 'url', 'filename', 'mimeType', 'format', 'type', 'version'])
const MACHINE_VALUE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24}|\d{4}-\d\d-\d\dT[\d:.]+Z?)$/i

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCK_NODES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'])

function lexicalText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? []).map(lexicalText).join('')
  return node.type && BLOCK_NODES.has(node.type) ? `${inner}\n` : inner
}

export function plainText(value: unknown): string {
  if (value == null || typeof value === 'boolean' || typeof value === 'number') return ''
  if (typeof value === 'string') return MACHINE_VALUE.test(value) ? '' : value
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('\n')
  if (typeof value === 'object') {
    if ('root' in value && value.root && typeof value.root === 'object') return lexicalText(value.root as LexicalNode).trim()
    return Object.entries(value)
      .filter(([key]) => !SKIPPED_KEYS.has(key))
      .map(([, field]) => plainText(field))
      .filter(Boolean)
      .join('\n')
  }
  return ''
}
