import { LensError } from '../domain/errors';
import { MODEL_ID, type Model } from '../domain/model';
import { specByRef } from '../forecasting/feature-frame';
import type { UseCaseDeps } from './context';
import { forgetStructuralContext } from './structural-cache';

/** A model by id, or the product's default for `default`. */
export async function resolveModel(deps: UseCaseDeps, id: string): Promise<Model> {
  const m =
    id === 'default' ? await deps.store.models.getDefault() : await deps.store.models.get(id);
  if (!m)
    throw new LensError(
      'not_found',
      id === 'default'
        ? 'No default model: add one (`lens models add-reference` or `lens models train`)'
        : `No model "${id}" (see \`lens models list\`)`,
    );
  return m;
}

/** Stores a model; the first model stored becomes the default. */
export async function saveModel(
  deps: UseCaseDeps,
  model: Omit<Model, 'isDefault' | 'createdAt'>,
): Promise<Model> {
  if (!MODEL_ID.test(model.id))
    throw new LensError(
      'invalid',
      `model id must be 1-64 lowercase letters, digits, dots, dashes or underscores, found "${model.id}"`,
    );
  specByRef(model.featureSpec);
  const saved = await deps.store.transaction(async (store) => {
    if (await store.models.get(model.id))
      throw new LensError('conflict', `A model "${model.id}" already exists`);
    const isDefault = (await store.models.getDefault()) === undefined;
    const saved: Model = { ...model, isDefault, createdAt: deps.clock.now().toISOString() };
    await store.models.create(saved);
    await store.audit.append({
      at: saved.createdAt,
      actor: model.createdBy,
      action: 'model.create',
      recordType: 'model',
      recordId: model.id,
      detail: { learner: model.learner, featureSpec: model.featureSpec, isDefault },
    });
    return saved;
  });
  // The default model's forecasts enter the tiers (ADR 11): assessments read it afresh.
  forgetStructuralContext(deps);
  return saved;
}

export async function setDefaultModel(
  deps: UseCaseDeps,
  id: string,
  actor: string,
): Promise<Model> {
  const m = await resolveModel(deps, id);
  await deps.store.transaction(async (store) => {
    await store.models.setDefault(m.id);
    await store.audit.append({
      at: deps.clock.now().toISOString(),
      actor,
      action: 'model.default',
      recordType: 'model',
      recordId: m.id,
      detail: {},
    });
  });
  forgetStructuralContext(deps);
  return { ...m, isDefault: true };
}
