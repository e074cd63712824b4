import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/** A native modal <dialog>: focus is trapped and the page behind is inert. */
export function ModalDialog({ title, children, onCancel }: { title: string; children: ReactNode; onCancel: (() => void) | undefined }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}
