import type { LocalizedText } from '../../../../content-kit';
import { Emitter, type Disposable, type Event } from './emitter';
import { keybindingMatches } from './keybinding-matches';

/** Command ids read `studio.<area>.<verb>`, as VS Code's `workbench.action.files.save`. */
export const COMMAND_ID_PATTERN = /^studio\.[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/** One action of the studio. Every button, menu entry and key of a feature runs a command. */
export interface Command<A = never> {
  id: string;
  /** Both languages: the palette shows the UI language and matches either (as VS Code matches the English alias). */
  title: LocalizedText;
  /** Prefix shown before the title in the palette, such as “条目 Item”. */
  category?: LocalizedText;
  /** One or more bindings (`Mod+Shift+P`, `F1`); `Mod` is ⌘ on a Mac, Ctrl elsewhere. */
  keybinding?: string | string[];
  /** Listed in the command palette; defaults to true. */
  palette?: boolean;
  /** Whether its keys apply now (Delete only while the explorer has focus), on top of `when`. */
  keyWhen?: () => boolean;
  /** Menus the command appears in, such as `explorer/item` (it is then called with the menu's target as its argument). */
  menus?: readonly string[];
  /** Whether the command can run now; a disabled command is hidden from the palette and its keys pass through. */
  when?: () => boolean;
  run: (args?: A) => unknown;
}

/** A command failed; the workbench shows the message. */
export interface CommandFailure {
  id: string;
  error: unknown;
}

/** The studio's command registry (see createCommandRegistry). */
export interface CommandRegistry {
  /** Registers a command; the id must follow COMMAND_ID_PATTERN and be new. */
  register<A = never>(command: Command<A>): Disposable;
  get(id: string): Command<unknown> | undefined;
  /** Every registered command, in registration order. */
  all(): Command<unknown>[];
  /** Commands to offer in the palette now (palette flag set and `when` true). */
  paletteCommands(): Command<unknown>[];
  /** Commands contributed to a menu, in registration order. */
  menuCommands(menu: string): Command<unknown>[];
  /** Runs a command; resolves to what it returns, rejects when it is unknown, disabled or throws. */
  execute<T = unknown>(id: string, args?: unknown): Promise<T>;
  /** Runs the first enabled command bound to this key; true when one ran (the event is then consumed). */
  handleKeydown(event: KeyboardEvent): boolean;
  /** The bindings of a command, as written. */
  keybindings(id: string): string[];
  readonly onDidChange: Event<void>;
  readonly onDidExecute: Event<string>;
  readonly onDidFail: Event<CommandFailure>;
}

const bindingsOf = (command: Command<unknown>): string[] =>
  command.keybinding === undefined ? [] : Array.isArray(command.keybinding) ? command.keybinding : [command.keybinding];

/** Creates the command registry: the one way features expose actions to menus, keys and the palette. */
export function createCommandRegistry(): CommandRegistry {
  const commands = new Map<string, Command<unknown>>();
  const changed = new Emitter<void>();
  const executed = new Emitter<string>();
  const failed = new Emitter<CommandFailure>();
  const enabled = (command: Command<unknown>) => {
    try {
      return command.when?.() ?? true;
    } catch {
      return false;
    }
  };

  const registry: CommandRegistry = {
    register(command) {
      if (!COMMAND_ID_PATTERN.test(command.id)) throw new Error(`Command id "${command.id}" must read studio.<area>.<verb>`);
      if (commands.has(command.id)) throw new Error(`Command "${command.id}" is already registered`);
      const stored = command as Command<unknown>;
      commands.set(command.id, stored);
      changed.fire();
      return () => {
        if (commands.get(command.id) === stored) commands.delete(command.id);
        changed.fire();
      };
    },
    get: (id) => commands.get(id),
    all: () => [...commands.values()],
    paletteCommands: () => [...commands.values()].filter((c) => c.palette !== false && enabled(c)),
    menuCommands: (menu) => [...commands.values()].filter((c) => c.menus?.includes(menu)),
    async execute<T>(id: string, args?: unknown): Promise<T> {
      const command = commands.get(id);
      if (!command) throw new Error(`Unknown command "${id}"`);
      if (!enabled(command)) throw new Error(`Command "${id}" is not available now`);
      try {
        const result = (await command.run(args as never)) as T;
        executed.fire(id);
        return result;
      } catch (error) {
        failed.fire({ id, error });
        throw error;
      }
    },
    handleKeydown(event) {
      if (event.defaultPrevented || event.isComposing) return false;
      for (const command of commands.values()) {
        if (!bindingsOf(command).some((b) => keybindingMatches(event, b)) || !enabled(command) || command.keyWhen?.() === false) continue;
        event.preventDefault();
        event.stopPropagation();
        // Failures are reported through onDidFail; a key press has nobody to reject to.
        registry.execute(command.id).catch(() => undefined);
        return true;
      }
      return false;
    },
    keybindings: (id) => {
      const command = commands.get(id);
      return command ? bindingsOf(command) : [];
    },
    onDidChange: changed.event,
    onDidExecute: executed.event,
    onDidFail: failed.event,
  };
  return registry;
}
