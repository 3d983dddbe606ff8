/**
 * `node --cpu-prof` for a process started by someone else: loaded with
 * NODE_OPTIONS="--require dist/bench/cpu-profile-preload.js" (NODE_OPTIONS refuses --cpu-prof
 * itself), it profiles from start to exit and writes BENCH_CPU_PROFILE_DIR/<pid>.cpuprofile.
 * The in-thread inspector session answers synchronously, so the profile is written even from 'exit'.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.once('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
