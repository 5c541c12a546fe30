// Dev tool (not a benchmark): the floor of render-100k's ratio in the browser host. In the page,
// from a random frame phase: a bare window.api.listObjects of the 100k folder's first page, one
// line of its text put in the DOM when it answers, and the two animation frames render-100k waits
// for (the one that has the row, the one after it is painted), median of 5; against the same
// bare round trip render-100k divides by. No React, no table: what any renderer pays at least.
// `npx tsx bench/render-floor.ts [rounds]`
import { browserHostRounds } from './browser-rounds';
import { FOLDER_FIRST_PAGE, listRoundTrip } from './render-bench';
const n = Number(process.argv[2] ?? 8);
const out = await browserHostRounds(n, { bigObjects: 100_000 }, async (app) => {
  const rt = await listRoundTrip(app.page);
  const floors = await app.page.evaluate(async (request) => {
    const res: number[] = [];
    for (let i = 0; i < 5; i++) {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      await frame();
      await new Promise((r) => setTimeout(r, Math.random() * 17));
      const t0 = performance.now();
      const r = await window.api.listObjects(request);
      if (!r.ok) throw new Error(r.error.code);
      const div = document.createElement('div');
      div.textContent = r.value.nameText.slice(0, 20);
      document.body.appendChild(div);
      await frame();
      await frame();
      res.push(performance.now() - t0);
      div.remove();
    }
    return res.sort((a, b) => a - b)[2]!;
  }, FOLDER_FIRST_PAGE);
  return { rt, floor: floors };
});
for (const r of out) console.log(`rt ${r.rt.toFixed(1)} floor ${r.floor.toFixed(1)} ratio ${(r.floor / r.rt).toFixed(2)}`);
process.exit(0);
