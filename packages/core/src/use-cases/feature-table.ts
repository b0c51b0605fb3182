import { LensError } from '../domain/errors';
import { frameFromValues, specByRef, type FeatureFrame } from '../forecasting/feature-frame';
import type { Dataset } from '../domain/dataset';
import type { UseCaseDeps } from './context';

/** The newest stored feature table built by a spec version, as a frame. */
export async function loadFeatureFrame(
  deps: UseCaseDeps,
  featureSpec: string,
): Promise<{ frame: FeatureFrame; dataset: Dataset }> {
  const spec = specByRef(featureSpec);
  const dataset = (await deps.store.datasets.list())
    .filter((d) => d.kind === 'features' && d.version === featureSpec)
    .at(-1);
  if (!dataset)
    throw new LensError(
      'invalid',
      `No ${featureSpec} feature table is stored: build it with \`lens features build --spec ${spec.id}\``,
    );
  // A stored table never changes (a rebuild stores a new dataset): its frame is kept, so that
  // assessment inputs reloaded after a judgement or override do not read it again (3 s).
  const key = `${dataset.id}:${dataset.sha256}`;
  const hit = deps.cache?.get(FRAME_KEY) as
    { key: string; frame: Promise<FeatureFrame> } | undefined;
  if (hit?.key === key) return { frame: await hit.frame, dataset };
  const frame = deps.store.datasets.allValues(dataset.id).then((v) => frameFromValues(spec, v));
  deps.cache?.set(FRAME_KEY, { key, frame });
  frame.catch(() => deps.cache?.delete(FRAME_KEY));
  return { frame: await frame, dataset };
}

/** The cache key of the last feature frame read. */
const FRAME_KEY = 'feature-frame';
