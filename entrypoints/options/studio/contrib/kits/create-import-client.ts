import type { StoreChange } from '../../../../../utils/store/store-change';
import type { ImportOperation, ImportPhase, ImportRequest, ImportResponse, ImportService } from './import-protocol';

type Progress = (phase: ImportPhase) => void;
type Args<K extends ImportOperation> = Parameters<ImportService[K]> extends [...infer A, Progress] ? A : never;
type Result<K extends ImportOperation> = Awaited<ReturnType<ImportService[K]>>;

/** Calls the import service from the studio: `call('prepareKit', [file, name], onProgress)`. */
export interface ImportClient {
  call<K extends ImportOperation>(op: K, args: Args<K>, progress?: Progress): Promise<Result<K>>;
  dispose(): void;
}

interface Pending {
  request: ImportRequest;
  progress?: Progress;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The studio's side of the import service. Calls go to a module worker (so parsing, merging and writing a
 * 10,000-item kit never block the page); if the worker cannot start, they run in the page instead (`local`, over the
 * page's own store connection). The worker's store writes are passed to `onWorkerChange`.
 */
export function createImportClient(options: { worker?: () => Worker; local: () => ImportService; onWorkerChange?: (change: StoreChange) => void }): ImportClient {
  const pending = new Map<number, Pending>();
  let next = 1;
  let worker: Worker | null = null;
  let local: ImportService | null = null;
  let heard = false;

  const runLocally = (p: Pending) => {
    local ??= options.local();
    const call = local[p.request.op] as (...a: unknown[]) => Promise<unknown>;
    call(...p.request.args, (phase: ImportPhase) => p.progress?.(phase)).then(p.resolve, p.reject);
  };

  // A worker that fails before it ever answers (no module workers, a blocked script) hands its calls to the page.
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) runLocally(p);
  };

  const start = (): Worker | null => {
    if (worker || local || !options.worker) return worker;
    try {
      worker = options.worker();
    } catch {
      return null;
    }
    worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
      heard = true;
      if (data.type === 'change') return options.onWorkerChange?.(data.change);
      const p = pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') return p.progress?.(data.phase);
      pending.delete(data.id);
      if (data.type === 'result') p.resolve(data.result);
      else p.reject(Object.assign(new Error(data.message), { name: data.name }));
    };
    worker.onerror = (event) => {
      if (heard) return;
      event.preventDefault();
      fallBack();
    };
    return worker;
  };

  return {
    call(op, args, progress) {
      return new Promise<Result<typeof op>>((resolve, reject) => {
        const p: Pending = { request: { id: next++, op, args }, progress, resolve: resolve as (value: unknown) => void, reject };
        const target = start();
        if (!target) return runLocally(p);
        pending.set(p.request.id, p);
        target.postMessage(p.request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Error('The studio closed'));
      pending.clear();
    },
  };
}
