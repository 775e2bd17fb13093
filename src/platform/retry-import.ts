/**
 * A dynamic import that can be asked for again after it failed (offline on a first visit, a dropped
 * download). Some browsers keep a failed module in their module map — Debian's Chromium 150 does:
 * importing it again fails at once, without a download, until the page is reloaded. So a later
 * attempt asks for the same file under a new URL: the file the browser named in its error, with a
 * query the server ignores. Where the browser names no file, the import is simply tried again.
 */
export class RetryableImport<T> {
  private failedUrl: string | null = null;
  private retries = 0;

  constructor(private readonly load: () => Promise<T>) {}

  run(): Promise<T> {
    const attempt = this.failedUrl
      ? (import(/* @vite-ignore */ `${this.failedUrl}?retry=${++this.retries}`) as Promise<T>)
      : this.load();
    return attempt.catch((error: unknown) => {
      this.failedUrl ??= failedModuleUrl(error);
      throw error;
    });
  }
}

/**
 * The script a failed dynamic import names in its error (Chromium: "Failed to fetch dynamically
 * imported module: <url>", Firefox: "error loading dynamically imported module: <url>"); null when it
 * names none (Safari says only "Importing a module script failed.").
 */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const url = /(https?:\/\/[^\s?#]+\.m?js)\b/.exec(message)?.[1];
  return url ?? null;
}
