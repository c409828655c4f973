// The index worker (`index-builder.ts`): builds the detection and search indexes of the rows a
// bulk write commits, and stores them, off the writer's thread.
import { type IndexWorkerScope, serveIndexBuild } from './index-builder';

serveIndexBuild(self as unknown as IndexWorkerScope);
