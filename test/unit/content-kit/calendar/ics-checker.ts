// A small RFC 5545 checker for the tests: it parses an iCalendar text the way the RFC describes and lists every rule
// the text breaks. It is written from the RFC, not from our exporter, so the exporter is not checked against itself.

export interface IcsProperty {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  children: IcsComponent[];
}

export interface IcsCheck {
  problems: string[];
  root?: IcsComponent;
  physicalLines: string[];
  contentLines: string[];
}

const NAME = '[A-Za-z0-9-]+';
const PARAM_VALUE = '(?:"[^"\\x00-\\x08\\x0a-\\x1f\\x7f]*"|[^";:,\\x00-\\x08\\x0a-\\x1f\\x7f]*)';
const PARAM = `;${NAME}=${PARAM_VALUE}(?:,${PARAM_VALUE})*`;
// contentline = name *(";" param ) ":" value; a value holds no control characters but HTAB (§3.1).
const CONTENT_LINE = new RegExp(`^(${NAME})((?:${PARAM})*):([^\\x00-\\x08\\x0a-\\x1f\\x7f]*)$`);
const PARAM_SPLIT = new RegExp(`;(${NAME})=(${PARAM_VALUE}(?:,${PARAM_VALUE})*)`, 'g');
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME', 'LOCATION', 'COMMENT']);

/** The value of a TEXT property with its escapes undone (§3.3.11), or undefined if it holds a bad or bare character. */
export function unescapeText(value: string, list = false): string[] | undefined {
  const out: string[] = [''];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\') {
      const next = value[++i];
      if (next === 'n' || next === 'N') out[out.length - 1] += '\n';
      else if (next === '\\' || next === ';' || next === ',') out[out.length - 1] += next;
      else return undefined;
    } else if (ch === ';') return undefined;
    else if (ch === ',') {
      if (!list) return undefined;
      out.push('');
    } else out[out.length - 1] += ch;
  }
  return out;
}

export function checkIcs(text: string): IcsCheck {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the text does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a CR or LF is not part of a CRLF');
  const physicalLines = text.split('\r\n');
  if (physicalLines.at(-1) === '') physicalLines.pop();
  physicalLines.forEach((line, i) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${i + 1} has ${octets} octets`);
    if (Buffer.from(line, 'utf8').toString('utf8') !== line) problems.push(`line ${i + 1} splits a character`);
    if (line === '') problems.push(`line ${i + 1} is empty`);
    if (i === 0 && /^[ \t]/.test(line)) problems.push('the first line is a continuation');
  });
  const contentLines: string[] = [];
  for (const line of physicalLines) {
    if (/^[ \t]/.test(line) && contentLines.length) contentLines[contentLines.length - 1] += line.slice(1);
    else contentLines.push(line);
  }

  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  contentLines.forEach((line, i) => {
    const m = CONTENT_LINE.exec(line);
    if (!m) {
      problems.push(`content line ${i + 1} is not name *(;param) : value: ${JSON.stringify(line)}`);
      return;
    }
    const [, rawName, rawParams, value] = m as unknown as [string, string, string, string];
    const name = rawName.toUpperCase();
    const params = new Map<string, string[]>();
    for (const p of rawParams.matchAll(PARAM_SPLIT)) params.set(p[1]!.toUpperCase(), p[2]!.split(',').map((v) => v.replace(/^"|"$/g, '')));
    if (name === 'BEGIN') {
      const component: IcsComponent = { name: value.toUpperCase(), properties: [], children: [] };
      if (stack.length) stack.at(-1)!.children.push(component);
      else if (root) problems.push('more than one top-level component');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value.toUpperCase()) problems.push(`END:${value} does not close ${open?.name ?? 'anything'}`);
    } else if (!stack.length) problems.push(`property ${name} outside any component`);
    else stack.at(-1)!.properties.push({ name, params, value });
  });
  if (stack.length) problems.push(`unclosed: ${stack.map((c) => c.name).join(', ')}`);
  if (!root || root.name !== 'VCALENDAR') problems.push('the top-level component is not VCALENDAR');
  if (root) checkCalendar(root, problems);
  return { problems, root, physicalLines, contentLines };
}

const props = (c: IcsComponent, name: string) => c.properties.filter((p) => p.name === name);
const DATE = /^\d{8}$/;
const LOCAL = /^\d{8}T\d{6}$/;
const UTC = /^\d{8}T\d{6}Z$/;
const OFFSET = /^[+-]\d{4}(\d{2})?$/;

function once(c: IcsComponent, name: string, problems: string[], where: string): IcsProperty | undefined {
  const found = props(c, name);
  if (found.length !== 1) problems.push(`${where}: ${name} appears ${found.length} times, not once`);
  return found[0];
}

function checkCalendar(root: IcsComponent, problems: string[]): void {
  if (once(root, 'VERSION', problems, 'VCALENDAR')?.value !== '2.0') problems.push('VERSION is not 2.0');
  once(root, 'PRODID', problems, 'VCALENDAR');
  if (!root.children.length) problems.push('VCALENDAR has no component (RFC 5545 needs at least one)');
  for (const p of root.properties) if (TEXT_PROPERTIES.has(p.name) && !unescapeText(p.value)) problems.push(`${p.name} is badly escaped`);

  const zones = new Set<string>();
  for (const zone of root.children.filter((c) => c.name === 'VTIMEZONE')) {
    const tzid = once(zone, 'TZID', problems, 'VTIMEZONE')?.value ?? '';
    zones.add(tzid);
    const observances = zone.children.filter((c) => c.name === 'STANDARD' || c.name === 'DAYLIGHT');
    if (!observances.length) problems.push(`VTIMEZONE ${tzid} has no STANDARD or DAYLIGHT`);
    for (const o of observances) {
      const where = `VTIMEZONE ${tzid} ${o.name}`;
      if (!LOCAL.test(once(o, 'DTSTART', problems, where)?.value ?? '')) problems.push(`${where}: DTSTART is not a local date-time`);
      for (const name of ['TZOFFSETFROM', 'TZOFFSETTO'])
        if (!OFFSET.test(once(o, name, problems, where)?.value ?? '')) problems.push(`${where}: ${name} is not ±hhmm[ss]`);
    }
  }

  const uids = new Set<string>();
  for (const event of root.children.filter((c) => c.name === 'VEVENT')) {
    const uid = once(event, 'UID', problems, 'VEVENT')?.value ?? '';
    const where = `VEVENT ${uid}`;
    if (uids.has(uid)) problems.push(`${where}: UID repeated`);
    uids.add(uid);
    if (!UTC.test(once(event, 'DTSTAMP', problems, where)?.value ?? '')) problems.push(`${where}: DTSTAMP is not UTC with Z`);
    const start = once(event, 'DTSTART', problems, where);
    const end = props(event, 'DTEND')[0];
    for (const p of [start, end]) {
      if (!p) continue;
      const type = p.params.get('VALUE')?.[0] ?? 'DATE-TIME';
      if (type === 'DATE' ? !DATE.test(p.value) : !(LOCAL.test(p.value) || UTC.test(p.value))) problems.push(`${where}: ${p.name} ${p.value} does not match ${type}`);
      const tzid = p.params.get('TZID')?.[0];
      if (tzid !== undefined && !zones.has(tzid)) problems.push(`${where}: TZID ${tzid} has no VTIMEZONE`);
      if (tzid !== undefined && (type === 'DATE' || p.value.endsWith('Z'))) problems.push(`${where}: TZID on a DATE or UTC value`);
    }
    if (start && end) {
      if ((start.params.get('VALUE')?.[0] ?? '') !== (end.params.get('VALUE')?.[0] ?? '')) problems.push(`${where}: DTEND's value type differs from DTSTART's`);
      if (end.value <= start.value) problems.push(`${where}: DTEND is not after DTSTART`);
    }
    for (const p of event.properties) {
      if (TEXT_PROPERTIES.has(p.name) && !unescapeText(p.value)) problems.push(`${where}: ${p.name} is badly escaped`);
      if (p.name === 'CATEGORIES' && !unescapeText(p.value, true)) problems.push(`${where}: CATEGORIES is badly escaped`);
    }
    const status = props(event, 'STATUS')[0]?.value;
    if (status !== undefined && !['TENTATIVE', 'CONFIRMED', 'CANCELLED'].includes(status)) problems.push(`${where}: STATUS ${status} is not a VEVENT status`);
  }
}

/** The components of one kind anywhere below a component. */
export function componentsNamed(root: IcsComponent, name: string): IcsComponent[] {
  return root.children.flatMap((c) => [...(c.name === name ? [c] : []), ...componentsNamed(c, name)]);
}

/** The value of a component's first property of that name. */
export function valueOf(component: IcsComponent, name: string): string | undefined {
  return component.properties.find((p) => p.name === name)?.value;
}
