import { runCli } from './main';

// Whatever reads the output may stop early (`tinjau terms DIR | head`): a closed stdout ends the
// process at once with status 0, as other command-line tools do, instead of an unhandled 'error'
// stack trace; any other failure to write is reported in one line with status 1.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`tinjau: cannot write the output: ${err.message}\n`);
  process.exit(1);
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`tinjau: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
