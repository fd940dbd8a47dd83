// CPU time of a piece of work in this test process (user + system), in milliseconds. Speed
// guards (a rule must stay linear on 100 kB of hostile text) measure CPU, not wall time, so
// that a machine busy with other work does not fail them; a quadratic path still does.
export function cpuMs(work: () => void): number {
  const t0 = process.cpuUsage();
  work();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
