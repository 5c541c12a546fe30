// When grid commands (Delete, F2, Ctrl/Cmd+L, Backspace, refresh…) may act, whichever way they
// arrive: a key press in the page, or the application menu. macOS fires menu accelerators
// even with `registerAccelerator: false`, so the menu path needs this gate as much as the keys.

export function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** A modal dialog is showing (ours are `role="dialog"`, `aria-modal`), tracked in the store or not. */
function modalOpen(doc: Document): boolean {
  return doc.querySelector('[aria-modal="true"], dialog[open]') !== null;
}

export interface GateState {
  dialog: unknown;
  contextMenu: unknown;
}

/** False while a dialog or context menu is open or a text field has focus: the command is dropped. */
export function commandsAllowed(state: GateState, focused: EventTarget | null, doc: Document = document): boolean {
  return !state.dialog && !state.contextMenu && !isEditable(focused) && !modalOpen(doc);
}
