import type { Report } from '../types.js';
import { sortReport } from './order.js';

/** The stable machine contract: the report itself with sorted findings, and nothing that changes between runs. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(sortReport(report), null, 2)}\n`;
}
