import sharp from 'sharp';

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'avif';

// HEIF container brands (ISO/IEC 23008-12); AVIF is the same container with AV1 inside
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_GENERIC = new Set(['mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** What the bytes are, from their magic numbers only: file names and declared types are client claims. */
export function sniffImage(b: Buffer): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp') {
    const boxSize = Math.min(b.readUInt32BE(0), b.length);
    const major = b.toString('latin1', 8, 12);
    const compatible: string[] = [];
    for (let i = 16; i + 4 <= boxSize; i += 4) compatible.push(b.toString('latin1', i, i + 4));
    const brands = [major, ...compatible];
    if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
    if (brands.some((x) => HEIC_BRANDS.has(x)) || HEIF_GENERIC.has(major)) return 'heic';
  }
  return null;
}

export class ImageRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

export interface NormalizeOptions {
  maxEdge: number;
  quality: number;
  maxInputPixels: number;
}

export interface NormalizedPhoto {
  bytes: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
  /** What the upload was, for logs. */
  source: ImageKind;
}

/**
 * Re-encodes any accepted photo to a plain JPEG: turned upright from the EXIF orientation, longest edge capped,
 * transparency flattened on white. sharp writes no metadata unless asked (no keepExif/keepMetadata here), so
 * EXIF (GPS position, device, owner name), XMP, IPTC and ICC all stay behind (ASVS 5.0 14.2.8); re-encoding
 * also drops anything appended to or hidden in the original file (ASVS 5.2.2).
 */
export async function normalizePhoto(input: Buffer, opt: NormalizeOptions): Promise<NormalizedPhoto> {
  const source = sniffImage(input);
  if (!source) throw new ImageRejectedError('只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片');
  try {
    const { data, info } = await sharp(input, { limitInputPixels: opt.maxInputPixels, failOn: 'truncated', sequentialRead: true })
      .autoOrient()
      .resize({ width: opt.maxEdge, height: opt.maxEdge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: opt.quality })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, mime: 'image/jpeg', width: info.width, height: info.height, source };
  } catch (err) {
    const msg = String((err as Error).message);
    if (/pixel limit/i.test(msg)) throw new ImageRejectedError('照片像素过大，请压缩后再上传');
    // the prebuilt libvips reads HEIF only with AV1 inside (AVIF): HEVC decoding is patent-encumbered and not bundled
    if (source === 'heic') throw new ImageRejectedError('暂不支持 HEIC 格式的照片，请在相机设置中选择“兼容性最佳”或改传 JPEG');
    throw new ImageRejectedError('照片已损坏或无法识别，请重新选择');
  }
}
