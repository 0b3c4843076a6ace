// A vitest reporter that closes the run with one line per engine, so a log shows at a glance that the Neo4j
// suites ran and how many tests each engine passed ("embedded: 430 passed, 0 failed, 0 skipped").
import type { Reporter, TestModule } from 'vitest/node';

export default class EngineSummary implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byProject = new Map<string, { passed: number; failed: number; skipped: number; files: number }>();
    for (const module of modules) {
      const counts = byProject.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0, files: 0 };
      counts.files++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      byProject.set(module.project.name, counts);
    }
    for (const [name, c] of byProject) console.log(`${name} engine (${c.files} files): ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  }
}
