// Editing from the page: the forms open in dialogs; after a write the kept answers are forgotten and the graph and
// panels redraw, so the change shows at once (a new statement on its "spoke about" edge, selected).
import type { ActorDetail, ActorRef, Statement } from '../api/types.js';
import { session } from '../auth/session.js';
import { edgeKey, type AppState } from '../state/state.js';
import { openDialog } from '../ui/dialog.js';
import { actorForm } from '../views/actor-form.js';
import { statementForm } from '../views/statement-form.js';
import type { Editing } from './context.js';

/** Shows the effect of a write: forgets what was kept, reloads, and moves to `focus`. */
export type AfterWrite = (message: string, focus: Partial<AppState>) => void;

export function createEditing(afterWrite: AfterWrite): Editing {
  const statementDialog = (statement?: Statement, speaker?: ActorRef) => {
    const dialog = openDialog(statement ? 'Edit statement' : 'Add a statement', statementForm({
      statement, speaker,
      onCancel: () => dialog.close(),
      onSaved: ({ change, record }) => {
        dialog.close();
        const [first] = record?.about ?? [];
        afterWrite(`Saved: ${change.summary}.`, record && first
          ? { view: 'network', panel: 'selection', actor: '', edge: edgeKey(record.speaker, first.target, 'SPOKE_ABOUT') }
          : {});
      },
    }), { wide: true });
  };
  return {
    get signedIn() { return session.signedIn; },
    statementAction: () => (session.signedIn ? (s: Statement) => statementDialog(s) : undefined),
    addStatement: (speaker) => statementDialog(undefined, speaker),
    editActor: (actor: ActorDetail) => {
      const dialog = openDialog(`Edit ${actor.name}`, actorForm({
        actor,
        onCancel: () => dialog.close(),
        onSaved: ({ change }) => { dialog.close(); afterWrite(`Saved: ${change.summary}.`, { actor: actor.id, edge: '', panel: 'selection' }); },
      }));
    },
  };
}
