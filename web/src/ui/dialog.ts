// A modal dialog on the native <dialog>: the page behind is inert, Escape closes, and focus returns to where it was.
import { h } from './dom.js';

let dialogs = 0;

export interface Dialog { element: HTMLDialogElement; close(): void }

export function openDialog(title: string, body: Node, opts: { wide?: boolean; onClose?: () => void } = {}): Dialog {
  const id = `dialog-${++dialogs}`;
  const opener = document.activeElement as HTMLElement | null;
  const element = h('dialog', { class: `dialog${opts.wide ? ' dialog-wide' : ''}`, 'aria-labelledby': `${id}-title` },
    h('header', { class: 'dialog-head' },
      h('h2', { id: `${id}-title` }, title),
      h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Close', onclick: () => element.close() }, '×')),
    body);
  element.addEventListener('close', () => {
    element.remove();
    opts.onClose?.();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(element);
  element.showModal();
  element.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  return { element, close: () => element.close() };
}
