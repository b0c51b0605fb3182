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
  return { frame: frameFromValues(spec, await deps.store.datasets.allValues(dataset.id)), dataset };
}
