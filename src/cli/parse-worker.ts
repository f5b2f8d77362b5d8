/**
 * A worker thread of the `parse` pool: receives {@link BatchTask}s, answers with {@link BatchResult}s.
 * The batch options arrive once, as workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseInput, type BatchConfig, type BatchTask } from './batch.js';

const cfg = workerData as BatchConfig;
const port = parentPort;
if (port !== null) {
  port.on('message', (task: BatchTask) => {
    port.postMessage(parseInput(task, cfg));
  });
}
