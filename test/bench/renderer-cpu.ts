// CPU time of the main threads of one browser's renderers, from Linux's /proc: on a shared machine
// wall times swing 2-4x with the load; the CPU time a renderer's main thread spends hardly does.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The main-thread CPU time (ms) so far of the renderers of the browser started with the profile
 * directory `userDir` (each measure is a difference of two of these).
 */
export function rendererCpu(userDir: string): number {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<string, string>();
  const cmd = new Map<string, string>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]!);
      cmd.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      /* gone */
    }
  }
  // ours: a renderer whose browser process was started with our profile directory
  const ours = (pid: string) => {
    for (let p: string | undefined = pid, i = 0; p && p !== '0' && i < 6; p = parent.get(p), i++) {
      if (cmd.get(p)?.includes(userDir) && !cmd.get(p)?.includes('--type=')) return true;
    }
    return false;
  };
  let ns = 0;
  for (const pid of pids) {
    if (!cmd.get(pid)?.includes('--type=renderer') || !ours(pid)) continue;
    // a renderer's main thread is its first (Chromium does not rename a process's main thread)
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* gone */
    }
  }
  return ns / 1e6;
}
