// A --jobs worker thread's script when the CLI runs from dist/src (no bundle): see lint-worker.ts.
import { serveLintRequests } from './lint-worker.js';

serveLintRequests();
