import type { Kysely, Selectable } from 'kysely';
import type { BacktestForecast, Forecast, Model, ModelLearner, ModelRepository } from '@lens/core';
import type { Database, ModelsTable } from '../schema';

function toModel(r: Selectable<ModelsTable>): Model {
  return {
    id: r.id,
    learner: r.learner as ModelLearner,
    description: r.description,
    featureSpec: r.feature_spec,
    outcome: r.outcome,
    trainedOn: JSON.parse(r.trained_on) as Model['trainedOn'],
    params: JSON.parse(r.params) as Model['params'],
    artefact: JSON.parse(r.artefact) as Model['artefact'],
    artefact1y: r.artefact_1y === null ? null : (JSON.parse(r.artefact_1y) as Model['artefact']),
    metrics: JSON.parse(r.metrics) as Model['metrics'],
    createdAt: r.created_at,
    createdBy: r.created_by,
    isDefault: r.is_default === 1,
  };
}

const CHUNK = 1000;

export class KyselyModelRepository implements ModelRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(m: Model): Promise<void> {
    await this.db
      .insertInto('models')
      .values({
        id: m.id,
        learner: m.learner,
        description: m.description,
        feature_spec: m.featureSpec,
        outcome: m.outcome,
        trained_on: JSON.stringify(m.trainedOn),
        params: JSON.stringify(m.params),
        artefact: JSON.stringify(m.artefact),
        artefact_1y: m.artefact1y === null ? null : JSON.stringify(m.artefact1y),
        metrics: JSON.stringify(m.metrics),
        created_at: m.createdAt,
        created_by: m.createdBy,
        is_default: m.isDefault ? 1 : 0,
      })
      .execute();
  }

  async list(): Promise<Model[]> {
    return (await this.db.selectFrom('models').selectAll().orderBy('created_at').execute()).map(
      toModel,
    );
  }

  async get(id: string): Promise<Model | undefined> {
    const r = await this.db
      .selectFrom('models')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toModel(r);
  }

  async getDefault(): Promise<Model | undefined> {
    const r = await this.db
      .selectFrom('models')
      .selectAll()
      .where('is_default', '=', 1)
      .executeTakeFirst();
    return r && toModel(r);
  }

  async setDefault(id: string): Promise<void> {
    await this.db
      .updateTable('models')
      .set({ is_default: 0 })
      .where('is_default', '=', 1)
      .execute();
    await this.db.updateTable('models').set({ is_default: 1 }).where('id', '=', id).execute();
  }

  async updateMetrics(id: string, metrics: Model['metrics']): Promise<void> {
    await this.db
      .updateTable('models')
      .set({ metrics: JSON.stringify(metrics) })
      .where('id', '=', id)
      .execute();
  }

  async saveForecasts(
    modelId: string,
    year: number,
    forecasts: readonly Forecast[],
    at: string,
  ): Promise<void> {
    await this.db
      .deleteFrom('forecasts')
      .where('model_id', '=', modelId)
      .where('year', '=', year)
      .execute();
    for (let i = 0; i < forecasts.length; i += CHUNK) {
      await this.db
        .insertInto('forecasts')
        .values(
          forecasts.slice(i, i + CHUNK).map((f) => ({
            model_id: modelId,
            year,
            iso3: f.iso3,
            ccode: f.ccode,
            risk_1y: f.risk1y,
            risk_2y: f.risk2y,
            rank: f.rank,
            drivers: JSON.stringify(f.drivers),
            created_at: at,
          })),
        )
        .execute();
    }
  }

  async forecastYears(modelId: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('forecasts')
      .select('year')
      .distinct()
      .where('model_id', '=', modelId)
      .orderBy('year', 'desc')
      .execute();
    return rows.map((r) => Number(r.year));
  }

  async forecasts(modelId: string, year: number): Promise<Array<Omit<Forecast, 'country'>>> {
    const rows = await this.db
      .selectFrom('forecasts')
      .selectAll()
      .where('model_id', '=', modelId)
      .where('year', '=', year)
      .orderBy('rank')
      .execute();
    return rows.map((r) => ({
      modelId: r.model_id,
      year: r.year,
      iso3: r.iso3,
      ccode: r.ccode,
      risk1y: r.risk_1y,
      risk2y: r.risk_2y,
      rank: r.rank,
      drivers: JSON.parse(r.drivers) as Forecast['drivers'],
    }));
  }

  async saveBacktestForecasts(
    modelId: string,
    forecasts: readonly BacktestForecast[],
  ): Promise<void> {
    await this.db.deleteFrom('backtest_forecasts').where('model_id', '=', modelId).execute();
    for (let i = 0; i < forecasts.length; i += CHUNK) {
      await this.db
        .insertInto('backtest_forecasts')
        .values(
          forecasts.slice(i, i + CHUNK).map((f) => ({
            model_id: modelId,
            year: f.year,
            iso3: f.iso3,
            risk_2y: f.risk2y,
            trained_through: f.trainedThrough,
          })),
        )
        .execute();
    }
  }

  async backtestForecasts(modelId: string): Promise<BacktestForecast[]> {
    const rows = await this.db
      .selectFrom('backtest_forecasts')
      .selectAll()
      .where('model_id', '=', modelId)
      .orderBy('year')
      .orderBy('iso3')
      .execute();
    return rows.map((r) => ({
      year: Number(r.year),
      iso3: r.iso3,
      risk2y: Number(r.risk_2y),
      trainedThrough: Number(r.trained_through),
    }));
  }
}
