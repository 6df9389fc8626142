import { Colleague, expect, linkSample, myName, test } from './team-fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('link a project to a git remote, and a colleague\'s edit arrives with Sync now', async ({ page, server, remote }) => {
  const { url, git } = remote;
  const { bench, card } = await linkSample(page, server.url, url);
  await expect(card).toContainText(`Remote: ${url}`);

  const dewi = await Colleague.join(remote);
  const doc = dewi.document;
  await dewi.edit(dewi.segments[0]!.id, 'The colleague rewrote this headline.');
  await dewi.sync();

  const syncNow = card.getByRole('button', { name: 'Sync now' });
  await syncNow.click();
  // The button is disabled while the sync job runs (with its progress bar) and comes back after.
  await expect(card.getByRole('progressbar').or(syncNow.and(page.locator(':disabled')))).toHaveCount(0, { timeout: 15_000 });
  await expect(card).toContainText('Up to date.');
  await page.getByRole('button', { name: new RegExp(doc.name) }).first().click();
  await expect(bench.segment(1)).toContainText('The colleague rewrote this headline.');

  await git.stop();
  await bench.backToProject();
  await card.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('alert')).toContainText('working offline');
  await expect(card).toContainText('Offline: changes are kept and sync later.');
});

test('the workbench syncs on open and after a confirm, shows a colleague\'s edit as a tracked change, and says when it will sync later', async ({ page, server, remote }) => {
  const { bench } = await linkSample(page, server.url, remote.url);

  // Dewi, the first reviewer, rewrites segment 1 on her copy and syncs.
  const dewi = await Colleague.join(remote);
  const doc = dewi.document;
  const [first, second] = dewi.segments;
  await dewi.edit(first!.id, 'Floods hit three villages in Sukamaju.');
  await dewi.sync();

  // Opening the document syncs: the edit arrives as a tracked change with its author.
  await page.getByRole('button', { name: new RegExp(doc.name) }).first().click();
  await expect(bench.segment(1)).toContainText('Floods hit three villages in Sukamaju.');
  const bar = page.getByRole('status', { name: 'Team sync' });
  await expect(bar).toContainText('Synced with the team');
  const tracked = page.getByRole('region', { name: 'Changes by the team' });
  await expect(tracked).toContainText('1 segment(s) changed by the team since you last saw them');
  await expect(tracked).toContainText(/Changed by Dewi, .*\d{1,2}[.:]\d{2}/);
  await expect(tracked.getByLabel('Differences between the versions').locator('ins').first()).toBeVisible();
  await expect(tracked.getByLabel('Differences between the versions').locator('del').first()).toBeVisible();

  // Confirming accepts the change and schedules a sync a few seconds later; Dewi receives the confirm.
  await bench.activate(1);
  await page.keyboard.press('Control+Enter');
  await expect(bench.segment(1)).toContainText('Reviewed');
  await expect(tracked).toHaveCount(0);
  await expect(bar).toContainText('Confirmed changes sync in a few seconds.');
  await expect(bar).toContainText('Synced with the team', { timeout: 15_000 });
  await dewi.sync();
  expect((await dewi.segment(first!.id)).status).toBe('reviewed');
  expect((await dewi.segment(second!.id)).status).not.toBe('reviewed');

  // The server goes away: the next confirm is kept and said to sync later.
  await remote.git.stop();
  await bench.activate(2);
  await page.keyboard.press('Control+Enter');
  await expect(bench.segment(2)).toContainText('Reviewed');
  await expect(bar).toContainText('Offline: 1 change(s) will sync later.', { timeout: 15_000 });
  await expect(bar.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a segment both changed shows a conflict card: both versions highlighted word by word, authors, local times, and a merged text to keep', async ({ page, server, remote }) => {
  const { bench, card } = await linkSample(page, server.url, remote.url);
  const colleague = await Colleague.join(remote);
  const doc = colleague.document;
  const first = colleague.segments[0]!;

  // Both change segment 1: here in the workbench, there on Dewi's copy.
  await page.getByRole('button', { name: new RegExp(doc.name) }).first().click();
  await expect(page.getByRole('status', { name: 'Team sync' })).toContainText('Synced with the team');
  await bench.activate(1);
  await bench.editor(1).fill('Heavy floods hit the village of Sukamaju.');
  await bench.waitSaved();
  await colleague.edit(first.id, 'Floods hit three villages near Sukamaju.');
  await colleague.sync();
  await bench.backToProject();

  const conflict = card.getByRole('listitem', { name: `${doc.name}, segment 1` });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  const dewi = conflict.getByRole('group', { name: /^Dewi, / });
  await expect(dewi).toContainText('Floods hit three villages near Sukamaju.');
  const groups = conflict.getByRole('group');
  await expect(groups).toHaveCount(2);
  // Local time, not an ISO stamp.
  await expect(dewi).toHaveAccessibleName(/^Dewi, .*\d{1,2}[.:]\d{2}/);
  await expect(dewi).not.toHaveAccessibleName(/T\d{2}:\d{2}/);
  // Each side marks the words only it has: one side deletions, the other insertions.
  const mine = groups.filter({ hasNotText: 'three villages' });
  await expect(mine).toContainText('Heavy floods hit the village of Sukamaju.');
  const sides = [await dewi.locator('ins').count(), await dewi.locator('del').count(), await mine.locator('ins').count(), await mine.locator('del').count()];
  expect(sides[0]! + sides[1]!).toBeGreaterThan(0);
  expect(sides[2]! + sides[3]!).toBeGreaterThan(0);
  expect(sides[0]! > 0 ? sides[1]! + sides[2]! : sides[0]! + sides[3]!).toBe(0);
  await expect(dewi.getByRole('button', { name: "Keep Dewi's version" })).toBeVisible();

  await conflict.getByLabel('Merged text').fill('Heavy floods hit three villages near Sukamaju.');
  await conflict.getByRole('button', { name: 'Keep the merged text' }).click();
  await expect(conflict).toHaveCount(0);
  await page.getByRole('button', { name: new RegExp(doc.name) }).first().click();
  await expect(bench.segment(1)).toContainText('Heavy floods hit three villages near Sukamaju.');
});

test('assignments from the project home: the workbench names the assignee and filters to "assigned to me"', async ({ page, server }) => {
  const me = myName();
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  const card = page.getByRole('region', { name: 'Assignments' });
  await card.getByLabel('Assign to').fill('Rina');
  await card.getByLabel('Role').selectOption({ label: 'translator' });
  await card.getByRole('button', { name: 'Assign' }).click();
  await expect(card).toContainText('whole document: Rina (translator)');
  await card.getByLabel('Assign to').fill(me);
  await card.getByLabel('Role').selectOption({ label: 'reviewer' });
  await card.getByLabel('From segment').fill('3');
  await card.getByLabel('To segment').fill('5');
  await card.getByRole('button', { name: 'Assign' }).click();
  await expect(card).toContainText(`segments 3–5: ${me} (reviewer)`);
  // A range past the document's end is refused in words, and nothing is added.
  await card.getByLabel('From segment').fill('8');
  await card.getByLabel('To segment').fill('40');
  await card.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('alert')).toContainText('40');
  await expect(card.getByRole('listitem')).toHaveCount(2);

  await page.locator('button.document-open').first().click();
  const line = page.getByRole('note', { name: 'Assignments' });
  await expect(line).toContainText('Assigned to Rina (translator)');
  await expect(line).not.toContainText(me + ' (reviewer)');
  await bench.activate(4);
  await expect(line).toContainText(`Assigned to ${me} (reviewer)`);
  await line.getByLabel('Assigned to me').check();
  await expect(bench.segment(3)).toBeVisible();
  await expect(bench.segment(5)).toBeVisible();
  await expect(bench.segment(1)).toHaveCount(0);
  await expect(bench.segment(7)).toHaveCount(0);
  await line.getByLabel('Assigned to me').uncheck();
  await expect(bench.segment(1)).toBeVisible();

  await bench.backToProject();
  await card.getByRole('listitem').filter({ hasText: 'Rina' }).getByRole('button', { name: 'Remove' }).click();
  await expect(card.getByRole('listitem')).toHaveCount(1);
});

test('an assignment another member makes shows in the open workbench after the sync, without reopening the document', async ({ page, server, remote }) => {
  const me = myName();
  const { bench } = await linkSample(page, server.url, remote.url);
  const dewi = await Colleague.join(remote);
  const doc = dewi.document;

  await page.getByRole('button', { name: new RegExp(doc.name) }).first().click();
  const bar = page.getByRole('status', { name: 'Team sync' });
  await expect(bar).toContainText('Synced with the team');
  const line = page.getByRole('note', { name: 'Assignments' });
  await bench.activate(3);
  await expect(line).toHaveCount(0);

  // Dewi, the project manager, assigns segments 2–4 to this reviewer on her copy and syncs.
  await dewi.run(['team', 'assign', dewi.dir, '--document', doc.id, '--user', me, '--role', 'reviewer', '--from', '2', '--to', '4']);
  await dewi.sync();

  await bar.getByRole('button', { name: 'Sync now' }).click();
  await expect(line).toContainText(`Assigned to ${me} (reviewer)`, { timeout: 15_000 });
  await line.getByLabel('Assigned to me').check();
  await expect(bench.segment(2)).toBeVisible();
  await expect(bench.segment(4)).toBeVisible();
  await expect(bench.segment(1)).toHaveCount(0);
  await expect(bench.segment(5)).toHaveCount(0);
});
