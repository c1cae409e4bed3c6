// A photo for enrolment, made small enough for Home Assistant's websocket: one
// message is at most 4 MiB, and the integration takes a photo of at most 3 MB
// (as base64 in the message). A phone's 12-megapixel photo is scaled down in a
// canvas so that its longer side is at most 1600 px, and sent as a JPEG.

/** The longest side a photo is sent with. */
export const MAX_SIDE = 1600;
/** What the integration takes (decoded bytes). */
export const MAX_BYTES = 3_000_000;

/** The size to draw a `width` x `height` picture at: never larger, the longer
 * side at most `max`, the proportions kept. */
export function scaledSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The base64 of a data: URL ("data:image/jpeg;base64,AAAA" -> "AAAA"). */
export function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(",");
  return comma < 0 ? dataUrl : dataUrl.slice(comma + 1);
}

/** Decoded bytes of a base64 text. */
export function decodedBytes(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** A picture file (JPEG, PNG, WebP, ... whatever the browser decodes) as the
 * base64 of a JPEG at most MAX_SIDE px on its longer side; a lower quality
 * when a large, detailed picture would still be over MAX_BYTES. Rejects
 * (code "not_an_image") what the browser cannot decode. */
export async function photoForEnrolment(file: Blob, max = MAX_SIDE): Promise<string> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw { code: "not_an_image", message: "not an image" };
  }
  try {
    const size = scaledSize(bitmap.width, bitmap.height, max);
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext("2d");
    if (!context) throw { code: "not_an_image", message: "no canvas to scale the photo in" };
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    for (const quality of [0.9, 0.75, 0.6]) {
      const base64 = base64Of(canvas.toDataURL("image/jpeg", quality));
      if (decodedBytes(base64) <= MAX_BYTES) return base64;
    }
    throw { code: "image_too_large", message: "the photo is too large even scaled down" };
  } finally {
    bitmap.close();
  }
}
