// The renderer never holds a secret: not the demo profile's (kept in main's vault), and not
// one the user typed into the profile form once it has been saved. Every IPC payload in both
// directions, the DOM, form values and web storage are searched after each step.
import type { Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { openRowMenu } from '../../helpers/actions';
import { DEMO_BUCKETS, demoLink, lastSegment } from '../../helpers/demo';
import { openCreateLinkDialog } from '../../helpers/link-dialog';
import { objectRow } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';
import { addProfile } from '../../helpers/profiles';
import { useOwnEmulator } from '../../helpers/own-emulator';

/** Recognisable, so that a leak in any encoding of plain text is found by substring. */
const EMULATOR_SECRET = 'E2eEmulatorSecret-7f3a9c1b-NEVER-IN-RENDERER';
const TYPED_SECRET = 'E2eTypedSecret-44d2e8aa-ONLY-IN-SAVE-REQUEST';

/** Everything the renderer can see right now, as one string. */
async function rendererState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage): string[] => Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`);
    const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
    return [document.documentElement.outerHTML, document.title, location.href, ...values, ...dump(localStorage), ...dump(sessionStorage)].join('\n');
  });
}

const emulator = useOwnEmulator({ seed: 'demo', accessKeySecret: EMULATOR_SECRET });

test('no secret reaches the renderer through IPC, the DOM or web storage', async ({ launch }) => {
  test.setTimeout(90_000);
  const app = await launch({ emulator: emulator(), recordIpc: true });
  const { page } = app;
  const snapshots: string[] = [];
  const checkpoint = async (): Promise<void> => {
    snapshots.push(await rendererState(page));
  };

  // Browse both providers, follow a link and create one: every channel a session uses.
  await checkpoint();
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, 'docs');
  await checkpoint();
  await openBucket(page, DEMO_BUCKETS.bos);
  const crossBucket = demoLink({ provider: 'bos', crossBucket: true, key: 'intro-video.mp4' });
  await expect(objectRow(page, lastSegment(crossBucket.key))).toContainText(crossBucket.target);
  await (await openRowMenu(page, lastSegment(crossBucket.key))).getByRole('menuitem', { name: 'Follow link', exact: true }).click();
  await expect(objectRow(page, lastSegment(crossBucket.target))).toHaveAttribute('aria-selected', 'true');
  await checkpoint();
  const createLink = await openCreateLinkDialog(page, DEMO_BUCKETS.oss, 'readme.txt');
  await createLink.name.fill('secret-check-link.txt');
  await createLink.create.click();
  await expect(objectRow(page, 'secret-check-link.txt')).toBeVisible();
  await checkpoint();

  // The demo profile as the profile panel shows it, then a new profile with a typed secret.
  await page.getByRole('button', { name: 'Manage profiles…' }).click();
  await checkpoint();
  await page.getByRole('dialog', { name: 'Profiles' }).getByRole('button', { name: 'Close', exact: true }).last().click();
  const dialog = await addProfile(page, {
    name: 'Typed secret',
    provider: 'oss',
    endpoint: emulator().oss,
    region: 'cn-hangzhou',
    accessKeyId: emulator().accessKeyId,
    accessKeySecret: TYPED_SECRET,
  });
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await checkpoint();
  // Control: the scan does see form values (the key ID is not a secret and is shown).
  expect(snapshots.at(-1)).toContain(emulator().accessKeyId);
  await page.reload();
  await checkpoint();

  const records = await app.ipcRecords();
  expect(records.length).toBeGreaterThan(10);
  const channels = new Set(records.map((r) => r.channel));
  for (const channel of ['profiles.list', 'buckets.list', 'objects.list', 'links.resolve', 'links.follow', 'links.create', 'profiles.save', 'profiles.test']) {
    expect(channels, `IPC on ${channel} was exercised`).toContain(channel);
  }
  expect(records.some((r) => r.direction === 'event')).toBe(true);

  for (const record of records) {
    const text = JSON.stringify(record.payload) ?? '';
    expect(text, `${record.direction} on ${record.channel}`).not.toContain(EMULATOR_SECRET);
    // The typed secret goes to main once, in the save request, and never comes back.
    if (!(record.direction === 'request' && record.channel === 'profiles.save')) {
      expect(text, `${record.direction} on ${record.channel}`).not.toContain(TYPED_SECRET);
    }
  }
  expect(records.some((r) => r.direction === 'request' && r.channel === 'profiles.save' && JSON.stringify(r.payload).includes(TYPED_SECRET))).toBe(true);

  for (const [index, snapshot] of snapshots.entries()) {
    expect(snapshot, `renderer state at checkpoint ${index}`).not.toContain(EMULATOR_SECRET);
    expect(snapshot, `renderer state at checkpoint ${index}`).not.toContain(TYPED_SECRET);
  }
});
