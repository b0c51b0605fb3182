import type { DatasetKind } from '../domain/dataset';

/**
 * A feature specification: which stored datasets a feature table is built from and the ordered
 * list of transformations that build it. Specs are plain data (no code): they can be written to
 * JSON, versioned, compared and extended by a later spec.
 *
 * The table's rows are a panel of country-years taken from one dataset (`panel`): one row per
 * country and year that has the `presence` variable. Rows are grouped into countries by the
 * panel's `key` variable (the EWP's COW code, which keeps the Soviet Union and Russia, or
 * Yugoslavia and Serbia, one country as the EWP does), and ordered by year inside each group.
 * Operations that look at earlier or later rows (shift, fill, cumsum, growth) work inside a group.
 * Missing values are NaN and follow R's rules, since the reference specs reproduce R code.
 */
export interface FeatureSpec {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  /** The component files a build reads from a folder, by kind and file-name pattern. */
  readonly inputs: readonly FeatureInput[];
  readonly panel: {
    readonly kind: DatasetKind;
    readonly key: string;
    readonly presence: string;
  };
  readonly steps: readonly FeatureStep[];
  readonly output: {
    readonly fromYear: number;
    readonly columns: readonly OutputColumn[];
    /** Display names by panel key, for an output column of kind `name`. */
    readonly names?: Readonly<Record<string, string>>;
  };
  /** Readable names of the predictors (model cards, drivers), by column. */
  readonly labels?: Readonly<Record<string, string>>;
  /** What a reader of a model built on this spec must know it cannot see (model cards). */
  readonly limits?: readonly string[];
}

export interface FeatureInput {
  readonly kind: DatasetKind;
  /** A regular expression matched against file names in the input folder. */
  readonly file: string;
  readonly description: string;
  /** The version to record when the file does not state one (the release it belongs to). */
  readonly version?: string;
}

export type OutputColumn =
  | { readonly name: string; readonly column: string }
  | { readonly name: string; readonly label: 'name' };

export type UnaryFunction = 'log2' | 'log2p1' | 'sqrt' | 'square';
export type Comparison = 'eq' | 'le' | 'lt' | 'ge' | 'gt';

/** One transformation. Each says why in `note`, shown with the spec. */
export type FeatureStep = (
  | {
      /** A stored variable of the newest dataset of `kind`, joined on country and year. */
      readonly op: 'input';
      readonly as: string;
      readonly kind: DatasetKind;
      readonly variable: string;
    }
  | { readonly op: 'year'; readonly as: string }
  | { readonly op: 'map'; readonly as: string; readonly of: string; readonly fn: UnaryFunction }
  | {
      /** 1 where the comparison holds, 0 where not, missing where the value is missing. */
      readonly op: 'compare';
      readonly as: string;
      readonly of: string;
      readonly cmp: Comparison;
      readonly value: number;
    }
  | { readonly op: 'subtract'; readonly as: string; readonly a: string; readonly b: string }
  | {
      /** 1 if any column equals 1; else 0, or missing if any is missing (R's `|`) unless `missingAs`. */
      readonly op: 'anyOne';
      readonly as: string;
      readonly of: readonly string[];
      readonly missingAs?: number;
    }
  | {
      /** The value `by` rows earlier in the group (negative: later); `missingAs` at the edges. */
      readonly op: 'shift';
      readonly as: string;
      readonly of: string;
      readonly by: number;
      readonly missingAs?: number;
    }
  | {
      /** Last observation carried forward, next carried backward, or missing set to a constant. */
      readonly op: 'fill';
      readonly column: string;
      readonly direction: 'forward' | 'backward';
    }
  | { readonly op: 'fillMissing'; readonly column: string; readonly value: number }
  | {
      /** A documented correction for named countries (ISO3) and years, as in the source's code. */
      readonly op: 'set';
      readonly column: string;
      readonly countries: readonly string[];
      readonly fromYear?: number;
      readonly toYear?: number;
      readonly value: number;
    }
  | {
      /** 1 if the column was positive in any of the last `years` years (this one included). */
      readonly op: 'recentAny';
      readonly as: string;
      readonly of: string;
      readonly years: number;
    }
  | {
      /**
       * Running sum over the group's rows; 0 while the row is before both `notBefore` and the
       * year in `startColumn` (rows before the country's first counted year).
       */
      readonly op: 'cumsum';
      readonly as: string;
      readonly of: string;
      readonly startColumn: string;
      readonly notBefore: number;
    }
  | {
      /** Percentage change from the previous row of the group. */
      readonly op: 'growth';
      readonly as: string;
      readonly of: string;
    }
  | {
      /**
       * Fills the column's missing values from a proxy by ordinary least squares, fitted on every
       * panel row where both are present (regression imputation).
       */
      readonly op: 'impute';
      readonly as: string;
      readonly column: string;
      readonly proxy: string;
    }
) & { readonly note?: string };
