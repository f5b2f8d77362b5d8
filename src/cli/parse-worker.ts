/**
 * A worker thread of the `parse` pool: receives {@link BatchTask}s, answers with {@link BatchResult}s.
 * The batch options arrive once, as workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeResult, loadTransform, parseInput, type BatchConfig, type BatchTask } from './batch.js';

const cfg = workerData as BatchConfig;
const port = parentPort;
// Tasks posted meanwhile wait in the port's queue until the listener is attached.
const transform = await loadTransform(cfg.format);
if (port !== null) {
  port.on('message', (task: BatchTask) => {
    // Encoded here, the notice is moved to the main thread rather than copied, and not encoded there on output.
    const result = encodeResult(parseInput(task, cfg, transform));
    port.postMessage(result, result.data ? [result.data.buffer] : []);
  });
}
