import type { Command } from '../command';
import { applySequenceCommand } from './apply-sequence';
import { csv } from './csv';
import { exportBuiltin } from './export-builtin';
import { ics } from './ics';
import { lint } from './lint';
import { merge } from './merge';
import { nodes } from './nodes';
import { render } from './render';
import { suggest } from './suggest';
import { validate } from './validate';

/** Every CLI command; adding one is a file in this folder plus a line here. */
export const COMMANDS: Command[] = [validate, merge, render, ics, csv, nodes, suggest, lint, exportBuiltin, applySequenceCommand];
