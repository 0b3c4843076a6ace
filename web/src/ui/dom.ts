// A tiny element builder: h('button', { class: 'x', onclick }, 'Label').
import { formatDate } from '../../../server/domain/dates.js';
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : String(c));
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

export { formatDate };

/** The span of some dated things, each end at its own precision: "Oct 2020 – 19 Sep 2023", or null when none is dated. */
export function formatDateSpan(items: readonly { date: string | null; datePrecision: string }[]): string | null {
  const dated = items.filter((i) => i.date && i.datePrecision !== 'unknown').sort((a, b) => a.date!.localeCompare(b.date!));
  const [first, last] = [dated[0], dated.at(-1)];
  if (!first || !last) return null;
  const [a, b] = [formatDate(first.date, first.datePrecision), formatDate(last.date, last.datePrecision)];
  return a === b ? a : `${a} – ${b}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
