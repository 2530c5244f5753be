/** Perceptual hashes of images, for spotting the same picture resized or recompressed. */
export interface ImageHasher {
  /** 64-bit difference hash (dHash, 9×8 grey) as 16 hex characters. Throws when the bytes are not an image. */
  hashBytes(bytes: Buffer): Promise<string>;
  /** Fetches the image (bounded size and time) and hashes it; null when it cannot be fetched or read. */
  hashUrl(url: string): Promise<string | null>;
}
