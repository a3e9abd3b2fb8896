import type { CpuProfile } from './inspector';

type Node = CpuProfile['nodes'][number];

/** Where a frame's code lives: a package, a file of ours, Node itself, or V8's own pseudo-frames. */
export function areaOf(frame: Node['callFrame']): string {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const ours = url.match(/\/(release-server|protocol)\/src\/(.+?)(\?.*)?$/);
  if (ours) return `${ours[1]}/${ours[2]}`;
  return url.replace(/^file:\/\//, '');
}

export interface ProfileSummary {
  /** Milliseconds the process was on CPU in the profile (idle excluded). */
  busyMs: number;
  /** Self time by area, largest first: [area, ms]. */
  byArea: [string, number][];
  /** Inclusive time of functions in release-server/src, largest first: [`file:function`, ms]. */
  ours: [string, number][];
}

/**
 * Self time per area and inclusive time per function of ours, from the samples of a V8 CPU profile.
 * A function's inclusive time counts each sample once, even when it recurses.
 */
export function summarize(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byArea = new Map<string, number>();
  const ours = new Map<string, number>();
  let busyMs = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const area = areaOf(node.callFrame);
    if (area === '(idle)') continue;
    busyMs += ms;
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const where = areaOf(frame);
      if (!where.startsWith('release-server/')) continue;
      const key = `${where.slice('release-server/'.length)}:${frame.functionName || '(anonymous)'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ours.set(key, (ours.get(key) ?? 0) + ms);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { busyMs, byArea: sorted(byArea), ours: sorted(ours) };
}
