// The links every statement card carries, wired to the page's actions.
import type { Ctx } from '../app/context.js';
import type { CardActions } from './statement-card.js';

export const cardActions = (ctx: Ctx): CardActions => ({
  actor: ctx.actions.selectActor, edit: ctx.edit.statementAction(), source: ctx.actions.openSource, statement: ctx.actions.openStatement,
});
