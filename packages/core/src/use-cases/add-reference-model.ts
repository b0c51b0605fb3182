import { LensError } from '../domain/errors';
import type { Model } from '../domain/model';
import { specByRef } from '../forecasting/feature-frame';
import type { UseCaseDeps } from './context';
import { saveModel } from './model-registry';

/**
 * Adds a reference model from published coefficients (a `variable,coef` table whose
 * `(Intercept)` row is the intercept), e.g. the EWP's full-precision 2025 coefficients.
 */
export async function addReferenceModel(
  deps: UseCaseDeps,
  input: {
    id: string;
    description: string;
    featureSpec: string;
    outcome: string;
    coefficients: ReadonlyArray<{ variable: string; coef: number }>;
    source: { file: string; sha256: string };
    actor: string;
  },
): Promise<Model> {
  const spec = specByRef(input.featureSpec);
  const known = new Set(spec.output.columns.map((c) => c.name));
  const intercept = input.coefficients.find((c) => c.variable === '(Intercept)');
  if (!intercept) throw new LensError('invalid', `${input.source.file}: no (Intercept) row`);
  const coefficients: Record<string, number> = {};
  for (const c of input.coefficients) {
    if (c.variable === '(Intercept)') continue;
    if (!known.has(c.variable))
      throw new LensError(
        'invalid',
        `${input.source.file}: ${c.variable} is not a column of feature spec ${input.featureSpec}`,
      );
    if (!Number.isFinite(c.coef))
      throw new LensError(
        'invalid',
        `${input.source.file}: the coefficient of ${c.variable} is not a number`,
      );
    coefficients[c.variable] = c.coef;
  }
  return saveModel(deps, {
    id: input.id,
    learner: 'reference',
    description: input.description,
    featureSpec: input.featureSpec,
    outcome: input.outcome,
    trainedOn: [{ kind: 'file', version: input.source.file, sha256: input.source.sha256 }],
    params: {},
    artefact: { kind: 'logistic', intercept: intercept.coef, coefficients },
    artefact1y: null,
    metrics: {},
    createdBy: input.actor,
  });
}
