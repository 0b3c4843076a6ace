// LadybugDB 0.19.1 answers PROFILE with one text value: its plan drawn as boxes, one per operator,
// children below their parent and siblings side by side, every box the same width. This reads the
// boxes back into operators (the engine has no structured form of the plan).
import type { PlanOperator } from './store.js';

const OPERATOR = /^([A-Z][A-Z_]*)\[\d+\]$/;
const METRIC = /^(NumOutputTuples|ExecutionTime|TotalTime|WallClockTime):\s*([\d.]+)$/;

/** The operators of a drawn plan, in the order their boxes start (top to bottom, left to right). */
export function ladybugPlanOperators(drawn: string): PlanOperator[] {
  const lines = drawn.split('\n');
  const width = boxWidth(lines);
  if (width === undefined) throw new Error('LadybugDB gave a profile without the plan drawn in it');
  const open = new Map<number, string[]>();
  const boxes: string[][] = [];
  for (const line of lines) {
    for (let column = 0; column * (width + 1) < line.length; column++) {
      const slot = line.slice(column * (width + 1), column * (width + 1) + width);
      if (slot.startsWith('┌') && slot.endsWith('┐')) {
        const box: string[] = [];
        open.set(column, box);
        boxes.push(box);
      } else if (slot.startsWith('└')) open.delete(column);
      else if (slot.startsWith('│') && slot.endsWith('│')) open.get(column)?.push(slot.slice(1, -1).trim());
    }
  }
  return boxes.flatMap((box) => {
    const name = OPERATOR.exec(box[0] ?? '')?.[1];
    // PROFILE's own box holds only the wall time of the whole query.
    return name && name !== 'PROFILE' ? [operatorOf(name, box.slice(1))] : [];
  });
}

/** The boxes' width: the PROFILE box is the first one drawn at the left edge after the title. */
function boxWidth(lines: string[]): number | undefined {
  const line = lines.find((l) => /^│\s*PROFILE\[\d+\]\s*│/.test(l));
  return line ? line.indexOf('│', 1) + 1 : undefined;
}

function operatorOf(operator: string, content: string[]): PlanOperator {
  const found: PlanOperator = { operator, detail: '', rows: 0 };
  const detail: string[] = [];
  for (const text of content) {
    const metric = METRIC.exec(text);
    if (metric?.[1] === 'NumOutputTuples') found.rows = Number(metric[2]);
    else if (metric?.[1] === 'ExecutionTime') found.ms = Number(metric[2]);
    else if (!metric && text !== '' && !/^-+$/.test(text)) detail.push(text);
  }
  found.detail = detail.join(' ');
  return found;
}
