import { describe, expect, it } from 'vitest';
import { UploadGate } from './upload-gate';

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('the upload gate', () => {
  it('reads two uploads of one account at once; the next waits its turn; a long queue is refused', async () => {
    const gate = new UploadGate(2, 4, 1);
    const a = await gate.enter('mon1#3');
    await gate.enter('mon1#3');
    let third = false;
    const waiting = gate.enter('mon1#3').then((free) => ((third = true), free));
    await tick();
    expect(third).toBe(false);
    await expect(gate.enter('mon1#3')).rejects.toMatchObject({ category: 'rate_limited' });
    // Another account is not held up by this one.
    await gate.enter('mon2#4');
    a();
    a(); // giving a slot back twice frees it once
    await waiting;
    expect(third).toBe(true);
    expect(gate.inFlight).toBe(3);
  });

  it('lets others wait their turn beyond the server-wide limit, in order', async () => {
    const gate = new UploadGate(2, 2);
    const first = await gate.enter('a');
    await gate.enter('b');
    const order: string[] = [];
    const c = gate.enter('c').then((free) => (order.push('c'), free));
    const d = gate.enter('d').then((free) => (order.push('d'), free));
    await tick();
    expect(order).toEqual([]);
    expect(gate.inFlight).toBe(2);
    first();
    (await c)();
    await d;
    expect(order).toEqual(['c', 'd']);
    expect(gate.inFlight).toBe(2);
  });
});
