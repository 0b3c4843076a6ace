// Rebuilds a region and puts keyboard focus back on the equivalent control.
export function rerender(container: Element, build: () => Node): void {
  const active = document.activeElement as HTMLInputElement | null;
  const had = active && container.contains(active) ? { id: active.id, name: active.name, value: active.value } : null;
  container.replaceChildren(build());
  if (!had) return;
  const selector = had.id ? `#${CSS.escape(had.id)}` : `[name="${CSS.escape(had.name ?? '')}"][value="${CSS.escape(had.value ?? '')}"]`;
  (container.querySelector(selector) as HTMLElement | null)?.focus();
}
