import type { MergeSide } from '../../../../../content-kit';
import type { StoreChange } from '../../../../../utils/store/store-change';
import type { ImportSummary } from './summarize-plan';

/** A step of a long operation, shown as progress while it runs. */
export type ImportPhase = 'read' | 'parse' | 'compare' | 'merge' | 'write' | 'backup' | 'check';

/** A broken file: every problem as a `path: reason` line. Nothing was written. */
export interface RejectedFile {
  ok: false;
  errors: string[];
}

export type PrepareKitResult = RejectedFile | { ok: true; summary: ImportSummary };

/** What a confirmed import did. */
export interface AppliedImport {
  kitId: string;
  /** The import's own undo (absent when nothing was written). */
  importId?: string;
  /** False when the plan changed nothing (re-importing one's own export): nothing was written, no snapshot kept. */
  written: boolean;
  mode: ImportSummary['mode'];
  added: number;
  updated: number;
}

/** A backup's contents, for the confirmation before it replaces everything. */
export interface BackupSummary {
  fileName: string;
  createdAt: string;
  kits: { id: string; name: string; items: number; entries: number; enabled: boolean }[];
  trash: number;
  favourites: number;
  usage: number;
}

export type PrepareBackupResult = RejectedFile | { ok: true; summary: BackupSummary };

type Progress = (phase: ImportPhase) => void;

/**
 * The heavy half of sharing: reading, checking and planning a file, and writing it in one transaction. It runs in a
 * module worker so a 10,000-item kit never blocks the studio (or in the page when no worker can start). The plan of
 * the last prepared file is kept between prepare and apply.
 */
export interface ImportService {
  prepareKit(file: Blob, fileName: string, progress: Progress): Promise<PrepareKitResult>;
  /** Applies the prepared plan with the person's choices (`items/<id>` or `calendar/<id>` → side). */
  applyKit(choices: [string, MergeSide][], progress: Progress): Promise<AppliedImport>;
  /** Forgets a prepared kit or backup. */
  cancel(progress: Progress): Promise<void>;
  /** The backup file of everything stored now. */
  createBackup(now: number, progress: Progress): Promise<Blob>;
  prepareBackup(file: Blob, fileName: string, progress: Progress): Promise<PrepareBackupResult>;
  applyBackup(progress: Progress): Promise<void>;
}

export type ImportOperation = keyof ImportService;

/** A call posted to the worker; its arguments are those of the operation without the progress callback. */
export interface ImportRequest {
  id: number;
  op: ImportOperation;
  args: unknown[];
}

/** What the worker posts back: progress of a call, then its result or its error. */
export type ImportResponse =
  | { id: number; type: 'progress'; phase: ImportPhase }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; name: string; message: string }
  /** The worker's store wrote: the page wakes the background with it (a worker cannot message the extension). */
  | { id: 0; type: 'change'; change: StoreChange };
