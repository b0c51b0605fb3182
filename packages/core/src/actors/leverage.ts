/**
 * Leverage points: which prevention actors can reach a perpetrator through chains of influence
 * (commands, funds, arms, influences, membership, alliances, co-perpetration), and at what cost.
 * A step costs 1 plus -ln(confidence), so a path is cheaper when it is short and when its links
 * are sure; its confidence is the product of its steps' (ADR 15).
 */
import type { RelationType } from './registry';

export type ChannelRelation = Exclude<RelationType, 'opposes'> | 'co_perpetrates';

/** One link along which `from` can bear on `to`. */
export interface Channel {
  readonly from: string;
  readonly to: string;
  readonly relation: ChannelRelation;
  /** 0..1: how likely the link is to hold. */
  readonly confidence: number;
  /** Inferred from events rather than recorded by an analyst. */
  readonly inferred: boolean;
  /** The analyst relation's id, when it is one. */
  readonly relationId?: number;
}

export interface LeveragePoint {
  /** The prevention actor that can act. */
  readonly actor: string;
  /** Actor keys from the prevention actor to the perpetrator. */
  readonly path: readonly string[];
  readonly steps: readonly Channel[];
  readonly hops: number;
  readonly confidence: number;
  readonly cost: number;
}

const stepCost = (c: number): number => 1 - Math.log(Math.max(1e-6, Math.min(1, c)));

/**
 * Every prevention actor (`isPrevention`) that reaches `target` along `channels`, cheapest first,
 * each with its cheapest path; paths longer than `maxHops` are not followed.
 */
export function leveragePoints(
  target: string,
  channels: readonly Channel[],
  isPrevention: (key: string) => boolean,
  maxHops = 6,
): LeveragePoint[] {
  // Search backwards from the target: who can bear on it, then on them, and so on.
  const incoming = new Map<string, Channel[]>();
  for (const c of channels) {
    const list = incoming.get(c.to);
    if (list) list.push(c);
    else incoming.set(c.to, [c]);
  }
  const dist = new Map<string, number>([[target, 0]]);
  const hops = new Map<string, number>([[target, 0]]);
  const next = new Map<string, Channel>();
  const done = new Set<string>();
  for (;;) {
    let u: string | undefined;
    let best = Infinity;
    for (const [k, d] of dist) if (!done.has(k) && d < best) [u, best] = [k, d];
    if (u === undefined) break;
    done.add(u);
    const h = hops.get(u) ?? 0;
    if (h >= maxHops) continue;
    for (const c of incoming.get(u) ?? []) {
      if (done.has(c.from)) continue;
      const d = best + stepCost(c.confidence);
      if (d < (dist.get(c.from) ?? Infinity)) {
        dist.set(c.from, d);
        hops.set(c.from, h + 1);
        next.set(c.from, c);
      }
    }
  }
  const points: LeveragePoint[] = [];
  for (const [actor, cost] of dist) {
    if (actor === target || !isPrevention(actor)) continue;
    const steps: Channel[] = [];
    const path = [actor];
    let at = actor;
    while (at !== target) {
      const c = next.get(at);
      if (!c) break;
      steps.push(c);
      path.push(c.to);
      at = c.to;
    }
    points.push({
      actor,
      path,
      steps,
      hops: steps.length,
      confidence: steps.reduce((p, s) => p * s.confidence, 1),
      cost: Math.round(cost * 1000) / 1000,
    });
  }
  return points.sort((a, b) => a.cost - b.cost || a.actor.localeCompare(b.actor));
}
