/** Stops listening. */
export type Disposable = () => void;

/** A listener registration: call it with a listener, get back a function that removes it. */
export type Event<T> = (listener: (value: T) => void) => Disposable;

/** A tiny typed event source, as VS Code's Emitter: `event` is handed out, `fire` stays private to the owner. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Subscribes a listener; the returned function unsubscribes it. */
  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls every listener; one that throws does not stop the others. */
  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        console.error(error);
      }
    }
  }
}
