// The import service in a module worker: files are read, checked, planned and written here, off the studio's thread.
import { createKitStore } from '../../../../../utils/store/create-kit-store';
import { createImportService } from './create-import-service';
import type { ImportRequest, ImportResponse } from './import-protocol';

const scope = self as unknown as { postMessage(message: ImportResponse): void; onmessage: ((event: MessageEvent<ImportRequest>) => void) | null };
const service = createImportService(createKitStore({ onChange: (change) => scope.postMessage({ id: 0, type: 'change', change }) }));

scope.onmessage = async ({ data: { id, op, args } }) => {
  try {
    const call = service[op] as (...a: unknown[]) => Promise<unknown>;
    const result = await call(...args, (phase: string) => scope.postMessage({ id, type: 'progress', phase } as ImportResponse));
    scope.postMessage({ id, type: 'result', result });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ id, type: 'error', name: e.name, message: e.message });
  }
};
