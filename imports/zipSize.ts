/**
 * The total uncompressed size a .xlsx (a ZIP file) declares in its central directory, read before it
 * is opened: a small upload that inflates to gigabytes (a "zip bomb") is refused without inflating it.
 * Null when the directory cannot be read (the file is then refused as damaged by the reader).
 */
export function declaredUncompressedSize(bytes: Buffer): number | null {
  // The end-of-central-directory record: signature, then the directory's entry count, size and offset.
  const EOCD = 0x06054b50
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) !== EOCD) continue
    const entries = bytes.readUInt16LE(at + 10)
    let offset = bytes.readUInt32LE(at + 16)
    let total = 0
    for (let entry = 0; entry < entries; entry++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null
      const size = bytes.readUInt32LE(offset + 24)
      // ZIP64 (0xffffffff) marks a file over 4 GB: far beyond any sheet an import takes.
      if (size === 0xffffffff) return Number.MAX_SAFE_INTEGER
      total += size
      offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
    }
    return total
  }
  return null
}
