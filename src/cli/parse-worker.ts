/**
 * A worker thread of the `parse` pool: receives {@link BatchTask}s, answers with {@link BatchResult}s.
 * The batch options arrive once, as workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTransform, parseInput, type BatchConfig, type BatchTask } from './batch.js';
import { encodeUtf8 } from '../text/utf8.js';

const cfg = workerData as BatchConfig;
const port = parentPort;
// Tasks posted meanwhile wait in the port's queue until the listener is attached.
const transform = await loadTransform(cfg.format);
if (port !== null) {
  port.on('message', (task: BatchTask) => {
    const result = parseInput(task, cfg, transform);
    if (result.json === undefined) {
      port.postMessage(result);
      return;
    }
    // Encoding here spares the main thread both the copy of the string and its encoding on output.
    const { json, ...rest } = result;
    const data = encodeUtf8(json + '\n');
    port.postMessage({ ...rest, data }, [data.buffer]);
  });
}
