
/** Largest side a photo is scaled to before decoding: enough for a phone-screen QR, quick to scan. */
const MAX_SIDE = 1600;

/**
 * The text of the QR code in an image (H5 only: a blob or data URL from the file picker or camera),
 * decoded in the browser; null when no code is found.
 */
// H5 only: the weapp build keeps only the `async () => null` branch, so neither jsqr nor the canvas code is in it;
// on H5 jsqr is its own chunk, loaded on first use.
export const decodeQrImage: (src: string) => Promise<string | null> = process.env.TARO_ENV === 'h5'
    ? async (src: string): Promise<string | null> => {
      const { default: jsQR } = await import(/* webpackChunkName: "jsqr" */ 'jsqr');
      const img = await new Promise<HTMLImageElement>((resolve, reject) => {
        const i = new Image();
        i.onload = () => resolve(i);
        i.onerror = () => reject(new Error('image did not load'));
        i.src = src;
      });
      const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
      const w = Math.max(1, Math.round(img.naturalWidth * scale));
      const h = Math.max(1, Math.round(img.naturalHeight * scale));
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      ctx.drawImage(img, 0, 0, w, h);
      const { data } = ctx.getImageData(0, 0, w, h);
      return jsQR(data, w, h)?.data ?? null;
    }
    : async () => null;
