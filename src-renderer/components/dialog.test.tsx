/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './dialog';

afterEach(cleanup);

function Harness({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" id="opener" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog
          title="Test dialog"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <input aria-label="Name" data-autofocus />
          {/* While busy the focused button goes away, as a control that gets disabled loses focus. */}
          {busy ? (
            <span>Creating…</span>
          ) : (
            <button type="button" onClick={() => setBusy(true)}>
              Create
            </button>
          )}
        </Dialog>
      )}
    </>
  );
}

async function openDialog(onClose = vi.fn()) {
  const user = userEvent.setup();
  render(<Harness onClose={onClose} />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return { user, onClose, dialog: screen.getByRole('dialog', { name: 'Test dialog' }) };
}

describe('Dialog', () => {
  it('focuses its autofocus field and cycles Tab inside', async () => {
    const { user } = await openDialog();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Create' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Create' }));
  });

  it('still closes on Esc and takes Tab back after focus fell to the page body', async () => {
    const { user, onClose } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(document.activeElement).toBe(document.body);
    await user.tab();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('returns focus to the element that opened it', async () => {
    const { user } = await openDialog();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }));
  });

  it('pulls focus back when something outside takes it', async () => {
    await openDialog();
    screen.getByRole('button', { name: 'Open' }).focus();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
  });
  it('gives focus pulled outside (a menu restoring its opener late) back to where it was inside', async () => {
    const { user } = await openDialog();
    const create = screen.getByRole('button', { name: 'Create' });
    await user.tab();
    expect(document.activeElement).toBe(create);
    screen.getByRole('button', { name: 'Open' }).focus();
    expect(document.activeElement).toBe(create);
  });
});
