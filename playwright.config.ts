// e2e specs: the built app (`npm run build` first) in the Electron host when its binary is
// installed, else Debian chromium + the real app core (see e2e/host.ts). Each spec launches
// its own app, so two workers fit a 2-core machine without sharing any state.
import { defineConfig } from '@playwright/test';

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e/specs',
  testMatch: '**/*.test.ts',
  outputDir: 'test-results',
  workers: 2,
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  reporter: 'list',
  // Launching the app takes 2-4 s; the 100k-object spec scrolls for longer and sets its own.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // The suite takes about three minutes on two busy cores (budget: six); this only stops a hang.
  globalTimeout: 10 * 60_000,
  use: { actionTimeout: 10_000 },
});
