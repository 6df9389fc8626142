/**
 * Runs `run` once to warm up and `repeat` more times, printing the best and median wall time and
 * the best CPU time: on a busy machine the wall clock also counts waiting for a core.
 */
export function timeRuns<T>(label: string, run: () => T, repeat = 5): T {
  let result = run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(`${label.padEnd(46)} best ${wall[0]?.toFixed(0)} ms, median ${wall[Math.floor(wall.length / 2)]?.toFixed(0)} ms (CPU best ${cpu[0]?.toFixed(0)} ms)`);
  return result;
}
