// The settings tiering acts on: thresholds, stress and trace switches. The CLI's Options
// (src/options.ts, a floor above) has all of these fields, so the pipeline passes its options
// straight in; tiering never imports the CLI.

export interface TieringOptions {
  readonly jitless: boolean;
  readonly jitThreshold: number;
  readonly stressDeopt: boolean;
  readonly stressDeoptPeriod: number;
  readonly maxDeopts: number;
  readonly traceTier: boolean;
  readonly traceDeopt: boolean;
  readonly traceFormat: 'text' | 'json';
  readonly printCode: boolean;
  readonly printIr: boolean;
  readonly stats: boolean;
  readonly perfMap: boolean;
}
