// Neo4j's profile of a query (the driver's ProfiledPlan tree) as a list of operators, outermost first.
import type { ProfiledPlan } from 'neo4j-driver';
import type { PlanOperator } from './store.js';

export function neo4jPlanOperators(plan: ProfiledPlan): PlanOperator[] {
  const out: PlanOperator[] = [];
  const walk = (p: ProfiledPlan) => {
    // "NodeIndexSeek@neo4j": the runtime's name after the @ says nothing about the operator.
    out.push({ operator: p.operatorType.replace(/@.*$/, ''), detail: String(p.arguments.Details ?? '').replace(/\s+/g, ' '), rows: Number(p.rows), dbHits: Number(p.dbHits) });
    p.children.forEach(walk);
  };
  walk(plan);
  return out;
}
