import { tokenStore } from './api/client';

/**
 * Fetches a file the API generates (with the session's token) and hands it to the browser as a
 * download, under the name the API gives it.
 */
export async function download(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(problem?.message ?? 'Không tạo được tệp, vui lòng thử lại');
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  // RFC 6266: `filename*=UTF-8''…` carries Vietnamese names; plain `filename=` the others.
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded
    ? decodeURIComponent(encoded)
    : (/filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
