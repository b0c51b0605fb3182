import type { Feed, FeedConnector } from '@lens/core';
import { acledFeed } from './acled.feed';
import type { FeedHttpOptions } from './feed-http';
import { gdeltFeed } from './gdelt.feed';
import { ucdpFeed } from './ucdp.feed';
import { vdemReleaseFeed } from './vdem.feed';
import { wdiFeed } from './wdi.feed';

/** Every connector, bound to one set of HTTP settings (the tests shorten the waits). */
export function feedConnectors(http: FeedHttpOptions = {}): Record<FeedConnector, Feed> {
  return {
    'ucdp-ged': ucdpFeed('ucdp-ged', http),
    'ucdp-candidate': ucdpFeed('ucdp-candidate', http),
    acled: acledFeed(http),
    gdelt2: gdeltFeed(http),
    wdi: wdiFeed(http),
    'vdem-release': vdemReleaseFeed(http),
  };
}

export type { FeedHttpOptions } from './feed-http';
