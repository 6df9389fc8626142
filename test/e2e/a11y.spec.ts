import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

/** Serious and critical axe violations, summarized so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''} ${n.html.slice(0, 120)}`).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the main screens have no serious accessibility problems (${theme})`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(server.url);
    const bench = new WorkbenchPage(page);
    await expect(bench.editor(1)).toBeFocused();
    // The default theme follows the system: the page is dark on a dark system, light on a light one.
    await expect(page.locator('body')).toHaveCSS('background-color', theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(246, 247, 249)');
    expect(await seriousViolations(page), 'workbench').toEqual([]);
    await page.getByRole('tab', { name: 'History' }).click();
    expect(await seriousViolations(page), 'history panel').toEqual([]);
    await page.getByRole('tab', { name: 'Comments' }).click();
    expect(await seriousViolations(page), 'comments panel').toEqual([]);
    await page.getByRole('tab', { name: 'QA' }).click();
    expect(await seriousViolations(page), 'QA panel').toEqual([]);
    await page.getByRole('button', { name: 'Statistics' }).click();
    await expect(page.getByRole('heading', { name: /Review statistics/ })).toBeVisible();
    expect(await seriousViolations(page), 'dashboard').toEqual([]);
    await page.getByRole('button', { name: /Back to the document/ }).click();
    await bench.backToProject();
    await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
    expect(await seriousViolations(page), 'project home').toEqual([]);
    await page.getByRole('button', { name: 'Glossary…' }).click();
    await expect(page.getByRole('heading', { name: /^Glossary/ })).toBeVisible();
    expect(await seriousViolations(page), 'glossary manager').toEqual([]);
  });
}
