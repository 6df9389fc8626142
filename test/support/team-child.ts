/**
 * A team member's session in its own process, for the team kill test (test/service/team-kill.test.ts).
 *
 * Run: node --import tsx test/support/team-child.ts DATA_DIR PROJECT_DIR FIRST
 * Edits segment `n % count` with "kill edit n" for n = FIRST, FIRST+1, …, printing "ack n" once each
 * edit is acknowledged; every 5 edits it syncs, printing "sync" before and "synced n" after.
 */
import { TeamService } from '../../electron/services/team/team-service';
import { Workspace } from '../../electron/services/workspace';

async function main(): Promise<void> {
  const [dataDir, dir, firstArg] = process.argv.slice(2);
  if (!dataDir || !dir || !firstArg) throw new Error('usage: team-child.ts DATA_DIR PROJECT_DIR FIRST');
  const ws = await Workspace.create({ dataDir, owner: `team-kill ${process.pid}` });
  const team = new TeamService(ws);
  const summary = await ws.openProject(dir);
  const docId = summary.documents[0]?.id as string;
  const ids = (await ws.listSegments(dir, docId)).map((s) => s.id);
  for (let n = Number(firstArg); ; n++) {
    await ws.updateSegment({ project: dir, segmentId: ids[n % ids.length] as string, target: `kill edit ${n}` }, 'Killed');
    process.stdout.write(`ack ${n}\n`);
    if (n % 5 === 4) {
      process.stdout.write('sync\n');
      await team.sync(dir);
      process.stdout.write(`synced ${n}\n`);
    }
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
