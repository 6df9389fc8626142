import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The review screen, seen the way a reviewer (and a screen reader) sees it. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  segment(n: number): Locator {
    return this.page.getByRole('article', { name: `Segment ${n}`, exact: true });
  }

  editor(n: number): Locator {
    return this.page.getByRole('textbox', { name: `English translation of segment ${n}`, exact: true });
  }

  /** Makes segment n the one being edited (a click on its English), if it is not already. */
  async activate(n: number): Promise<void> {
    const editButton = this.page.getByRole('button', { name: `Edit the English of segment ${n}`, exact: true });
    await expect(this.segment(1).or(this.page.getByRole('article').first())).toBeVisible();
    if ((await this.segment(n).count()) === 0) {
      // Not rendered (the grid is virtualized): go there as a reviewer would, with Ctrl+G.
      await this.page.keyboard.press('Control+g');
      await this.page.keyboard.type(String(n));
      await this.page.keyboard.press('Enter');
    }
    await expect(this.editor(n).or(editButton)).toBeVisible();
    if (await editButton.isVisible()) await editButton.click();
    await this.editor(n).focus();
    await expect(this.editor(n)).toBeFocused();
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /saved/i })).toHaveText('All changes saved');
  }

  progress(): Locator {
    return this.page.getByText(/\d+ \/ \d+ confirmed/);
  }

  async backToProject(): Promise<void> {
    await this.page.getByRole('button', { name: /Project$/ }).click();
  }

  async export(label: RegExp): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: label }).click()]);
    const file = await download.path();
    if (!file) throw new Error('download failed');
    return file;
  }
}

export class ProjectHomePage {
  constructor(readonly page: Page) {}

  async importDocument(source: string, draft?: string, origin: 'Machine translation' | 'Human draft' = 'Machine translation'): Promise<void> {
    await this.page.getByRole('button', { name: 'Import document…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import a document' });
    await dialog.getByLabel('Indonesian source').setInputFiles(source);
    if (draft) await dialog.getByLabel('English draft in a separate file (optional)').setInputFiles(draft);
    await dialog.getByRole('radio', { name: origin }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  }
}
