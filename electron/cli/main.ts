/**
 * The `tinjau` command's dispatcher. It loads only the help texts; each command's module (and the
 * services, readers and writers it needs) is imported when that command runs, so `--help`,
 * `--version` and a mistyped command answer at once.
 */
import { version } from '../../package.json';
import type { CliIo } from './common';
import { COMMAND_USAGE, COMMANDS, USAGE } from './usage';

export type { CliIo };

export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout.write(`tinjau ${version}\n`);
    return 0;
  }
  const usage = COMMAND_USAGE[command];
  if (usage === undefined) {
    io.stderr.write(`tinjau: unknown command '${command}'\nCommands: ${COMMANDS.join(', ')}\nRun tinjau --help for how to use them.\n`);
    return 2;
  }
  // `tinjau COMMAND --help` needs nothing but the text (a --help after `--` is an argument).
  const end = rest.indexOf('--');
  const options = end < 0 ? rest : rest.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout.write(usage + '\n');
    return 0;
  }
  if (command === 'glossary' || command === 'terms') return (await import('./glossary-commands')).runGlossaryCommand(argv, io);
  if (command === 'tm' || command === 'pretranslate') return (await import('./tm-commands')).runTmCommand(argv, io);
  if (command === 'boilerplate') return (await import('./boilerplate-command')).runBoilerplateCommand(argv, io);
  if (command === 'team') return (await import('./team-commands')).runTeamCommand(argv, io);
  return (await import('./project-commands')).runProjectCommand(command, rest, io);
}
