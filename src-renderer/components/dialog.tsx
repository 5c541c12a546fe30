// Modal dialog: role dialog named by its title. Focus stays inside while it is open (Tab cycles,
// Esc closes, even after the focused control was disabled or removed and focus fell to the
// page body) and returns to the element that opened it, or to its stand-in after a re-render.
import { type ReactNode, useEffect, useId, useRef } from 'react';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

/** Open dialogs, innermost last: only the innermost one answers keys and keeps focus. */
const openDialogs: HTMLElement[] = [];

function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/** Tab and Shift+Tab cycle inside the dialog; from outside it (focus fell to the body) they enter it. */
function cycleFocus(e: KeyboardEvent, container: HTMLElement): void {
  const items = focusables(container);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) {
    e.preventDefault();
    container.focus();
    return;
  }
  const active = document.activeElement;
  if (!container.contains(active)) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  } else if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/** Where focus goes back on close: the opener if it still exists, else the element now holding its id. */
function restoreFocus(opener: HTMLElement | null, openerId: string): void {
  const target = opener?.isConnected ? opener : openerId ? document.getElementById(openerId) : null;
  target?.focus();
}

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
};

export function Dialog({ title, onClose, children, className }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const openerId = opener?.id ?? '';
    openDialogs.push(container);
    const starting = () => container.querySelector<HTMLElement>('[data-autofocus]') ?? container.querySelector<HTMLElement>(FOCUSABLE);
    (starting() ?? container).focus();
    /** Where focus was last inside the dialog: focus pulled away (a menu restoring its opener late) goes back there. */
    let lastInside: HTMLElement | null = null;

    const innermost = () => openDialogs.at(-1) === container;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!innermost()) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onCloseRef.current();
      } else if (e.key === 'Tab') cycleFocus(e, container);
    };
    // Focus moving outside (a click on the backdrop's page, a script) comes back to the dialog.
    const onFocusIn = (e: FocusEvent) => {
      if (!(e.target instanceof Node)) return;
      if (container.contains(e.target)) lastInside = e.target instanceof HTMLElement ? e.target : lastInside;
      else if (innermost()) (lastInside?.isConnected ? lastInside : (starting() ?? container)).focus();
    };
    // Capture phase: the dialog sees Esc and Tab before any page-level shortcut handler.
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      openDialogs.splice(openDialogs.indexOf(container), 1);
      restoreFocus(opener, openerId);
    };
  }, []);

  return (
    // No close on backdrop click: a stray click must not throw away a half-filled form.
    <div className="dialog-backdrop">
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} className={`dialog ${className ?? ''}`}>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
