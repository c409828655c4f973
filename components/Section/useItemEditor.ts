import { useState } from 'preact/hooks';

/** Which item of a section is being edited ('new' for the add form) and which awaits delete confirmation. */
export function useItemEditor() {
  const [editing, setEditing] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<string | null>(null);
  return {
    editing,
    isNew: editing === 'new',
    startNew: () => setEditing('new'),
    startEdit: (id: string) => setEditing(id),
    close: () => setEditing(null),
    pendingDelete,
    askDelete: (id: string) => setPendingDelete(id),
    cancelDelete: () => setPendingDelete(null),
  };
}
