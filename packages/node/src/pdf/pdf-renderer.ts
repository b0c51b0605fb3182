import { existsSync } from 'node:fs';
import { LensError } from '@lens/core';
import type { Browser } from 'playwright-core';

/**
 * HTML to PDF in Debian's Chromium, kept running between briefs (a warm render is a new page,
 * not a new browser). Chromium shapes Arabic and lays it out right to left; nothing is fetched:
 * the brief is one self-contained document.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath = process.env.LENS_CHROMIUM ?? '/usr/bin/chromium') {}

  private launch(): Promise<Browser> {
    if (!existsSync(this.executablePath))
      throw new LensError(
        'invalid',
        `PDF briefs need Chromium at ${this.executablePath} (Debian: apt-get install chromium; or set LENS_CHROMIUM); HTML briefs work without it`,
      );
    // playwright-core is loaded on the first brief, not with the module: it costs about 60 MB of
    // memory that every command and import would otherwise carry (issue 17's memory ceiling).
    this.browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath: this.executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--no-first-run',
          ],
        }),
      )
      .catch((e: unknown) => {
        this.browser = null;
        throw e;
      });
    return this.browser;
  }

  async pdf(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      // No network: block anything the document might ask for.
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close();
  }
}
