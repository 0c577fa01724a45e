import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataChange } from './create-studio-data';
import type { Disposable } from './emitter';
import type { StudioContext } from './studio-context';

/**
 * A Lit controller that calls `onChange` for every change of the studio's data while its host is connected,
 * following the host's `studio` property when it is set or replaced.
 */
export class StudioDataWatch implements ReactiveController {
  private studio: StudioContext | null = null;
  private off: Disposable | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { studio: StudioContext | null },
    private readonly onChange: (change: DataChange) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
    // Changes made while the host was detached (another view was shown) were not heard: render the data as it is now.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.host.studio !== this.studio) this.watch();
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = null;
    this.studio = null;
  }

  private watch(): void {
    this.off?.();
    this.studio = this.host.studio;
    this.off = this.studio?.data.onDidChange(this.onChange) ?? null;
  }
}
