import { FeedError, type Feed, type FeedPull, type FeedPullInput } from '@lens/core';
import { FeedHttp, type FeedHttpOptions } from './feed-http';

const DEFAULT_PAGE = 'https://www.v-dem.net/data/the-v-dem-dataset/';

const versionNumber = (v: string) => Number(/(\d+)/.exec(v)?.[1] ?? NaN);

/**
 * V-Dem publishes one file a year, behind a form: Lens cannot fetch it, but it can notice it.
 * The release check reads V-Dem's dataset page for the newest "V-Dem-CY ... v15" it names and,
 * when that is newer than the V-Dem Lens holds, says so in the run (admins see it on the Data
 * page) with how to import it.
 */
export function vdemReleaseFeed(http: FeedHttpOptions = {}): Feed {
  return {
    connector: 'vdem-release',
    defaultInterval: 7 * 24 * 60,
    kind: null,
    async pull(input: FeedPullInput): Promise<FeedPull> {
      const url = String(input.settings.baseUrl ?? DEFAULT_PAGE);
      const client = new FeedHttp('V-Dem release page', input, http);
      const page = (await client.ok(url, 'dataset page')).body.toString('utf8');
      const named = [...page.matchAll(/V-?Dem[^"<>]{0,40}?\bv(\d{1,2})\b/gi)].map((m) =>
        Number(m[1]),
      );
      if (named.length === 0)
        throw new FeedError(
          `V-Dem release page ${url}: no dataset version (v15, v16 ...) is named on it`,
        );
      const published = Math.max(...named);
      const held = (await input.storedVersions('vdem')).map(versionNumber).filter(Number.isFinite);
      const newestHeld = held.length > 0 ? Math.max(...held) : null;
      const notes =
        newestHeld === null || published > newestHeld
          ? [
              `V-Dem v${published} is published${newestHeld === null ? '' : `; Lens holds v${newestHeld}`}: download the Country-Year file from V-Dem and import it with \`lens import vdem FILE\``,
            ]
          : [];
      return {
        version: `v${published}`,
        tables: [],
        deletions: [],
        cursor: { published },
        bytes: client.bytes,
        sourceTime: null,
        notes,
      };
    },
  };
}
