// Types for the part of @doyensec/electronegativity's programmatic API that scripts/security-scan.ts uses.
declare module '@doyensec/electronegativity/dist/runner.js' {
  interface Level {
    name: string;
    value: number;
  }
  export interface ScanIssue {
    id: string;
    file: string;
    location: { line: number; column: number };
    sample: string;
    description: string;
    severity: Level;
    confidence: Level;
    manualReview?: boolean;
  }
  export interface ScanOptions {
    input: string;
    output?: string;
    isRelative?: boolean;
    isSarif?: boolean;
    customScan?: string[];
    excludeFromScan?: string[];
    electronVersionOverride?: string;
    parserPlugins?: string[];
  }
  const run: (options: ScanOptions, forCli?: boolean) => Promise<{ globalChecks: number; atomicChecks: number; errors: Array<{ file: string; message: string; tolerable: boolean }>; issues: ScanIssue[] }>;
  export default run;
}
