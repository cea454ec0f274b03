// How a module of the package (the guide's, the extras') hands its one export
// to the content script's loader that imported it: through the content
// script's own global. Modules a content script imports run in its isolated
// world, so the page's scripts never see these names.
export function publish(key: string, value: unknown): void {
  (globalThis as Record<string, unknown>)[key] = value;
}

export function published(key: string): unknown {
  return (globalThis as Record<string, unknown>)[key];
}
