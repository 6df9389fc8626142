import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WorkbenchPage } from './workbench-page';

/** The glossary manager of the project home, as a reviewer works it. */
export class GlossaryManagerPage {
  constructor(readonly page: Page) {}

  /** Opens the sample project (the first start's), goes to its home and opens the glossary manager. */
  static async open(page: Page, serverUrl: string): Promise<GlossaryManagerPage> {
    await page.goto(serverUrl);
    const bench = new WorkbenchPage(page);
    await expect(bench.segment(1)).toBeVisible();
    await bench.backToProject();
    await page.getByRole('button', { name: 'Glossary…' }).click();
    return new GlossaryManagerPage(page);
  }

  /** Attaches the shared glossary in `folder`, creating it, and waits until the project lists it as `name`. */
  async attachShared(folder: string, name = 'Tim'): Promise<void> {
    await this.page.getByLabel('Shared glossary folder').fill(folder);
    await this.page.getByLabel('Create it').check();
    await this.page.getByRole('button', { name: 'Attach' }).click();
    await expect(this.page.getByRole('region', { name: 'Glossaries of this project' })).toContainText(name);
  }

  /**
   * Imports `file` through the Import dialog, into the glossary whose label matches `into` when
   * the project has more than one (two: the project's own and a shared one), and waits for the
   * summary matching `summary`.
   */
  async importFile(file: string, options: { into?: RegExp; summary?: RegExp; timeout?: number } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import a glossary' });
    await dialog.getByLabel(/Glossary file/).setInputFiles(file);
    if (options.into) {
      const into = options.into;
      const picker = dialog.getByRole('combobox', { name: 'Glossary', exact: true });
      await expect(picker.locator('option')).toHaveCount(2);
      const labels = await picker.locator('option').allTextContents();
      await picker.selectOption({ index: labels.findIndex((o) => into.test(o)) });
    }
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.page.getByText(options.summary ?? /Imported: \d+ new entr/)).toBeVisible(options.timeout ? { timeout: options.timeout } : {});
  }
}
