import { expect, test } from './glossary-fixtures';
import { GlossaryManagerPage } from './pages/glossary-page';

test("a colleague's edit to a shared glossary shows up within seconds", async ({ page, server, glossaryColleague: colleague }) => {
  const manager = await GlossaryManagerPage.open(page, server.url);
  await manager.attachShared(colleague.folder);

  colleague.join();
  colleague.importCsv('source_id,target_en,status,pos,note\nsaluran air,drainage channel,preferred,noun,From a colleague\n');

  await expect(page.getByRole('table', { name: 'Glossary' })).toContainText('drainage channel', { timeout: 15_000 });
});
