import type { TestProject } from 'vitest/node';
import { startDeliveryServer } from './delivery-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the scriptable delivery server (see test/delivery-server.ts). */
    deliveryServer: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDeliveryServer();
  project.provide('deliveryServer', server.url);
  return () => server.close();
}
