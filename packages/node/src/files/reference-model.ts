import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addReferenceModel, LensError, type Model, type UseCaseDeps } from '@lens/core';
import { nodeCrypto } from '../services';
import { readCsv } from '../csv/read-csv-sync';

/**
 * `lens models add-reference`: a reference model from a published coefficient table
 * (columns `variable`, `coef`), e.g. the EWP's `coefficients_3Sep2025_fullprecision_from_rds.csv`.
 */
export async function addReferenceModelFromFile(
  deps: UseCaseDeps,
  input: {
    id: string;
    file: string;
    featureSpec: string;
    outcome: string;
    description: string;
    actor: string;
  },
): Promise<Model> {
  const name = path.basename(input.file);
  let text: string;
  try {
    text = readFileSync(input.file, 'utf8');
  } catch {
    throw new LensError('not_found', `${input.file}: no such file`);
  }
  const rows = readCsv(input.file);
  if (!rows[0] || !('variable' in rows[0]) || !('coef' in rows[0]))
    throw new LensError('invalid', `${name}: line 1, column 1: expected columns variable and coef`);
  const coefficients = rows.map((r, i) => {
    const coef = Number(r.coef);
    if (r.coef === '' || !Number.isFinite(coef))
      throw new LensError(
        'invalid',
        `${name}: line ${i + 2}: the coefficient of ${r.variable} must be a number, found "${r.coef}"`,
      );
    return { variable: r.variable ?? '', coef };
  });
  return addReferenceModel(deps, {
    id: input.id,
    description: input.description,
    featureSpec: input.featureSpec,
    outcome: input.outcome,
    coefficients,
    source: { file: name, sha256: nodeCrypto.sha256Hex(text) },
    actor: input.actor,
  });
}
