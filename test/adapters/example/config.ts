/** The example platform's slice of the environment: declared here, read by src/config.ts. */
import { z } from 'zod';
import { httpUrl, port } from '../../../src/core/env.js';

export const exampleEnv = z
  .object({
    /** Turns the adapter on; every request from the platform must carry it as a Bearer token. */
    EXAMPLE_TOKEN: z.string().trim().min(16, 'must be at least 16 characters'),
    /** Where replies are POSTed (the platform's API). */
    EXAMPLE_API_URL: httpUrl('https://chat.example.com/api'),
    /** Where the platform POSTs events to us. Its own variable, its own default: no collisions. */
    EXAMPLE_PORT: port(8090),
  })
  .transform((v) => ({ token: v.EXAMPLE_TOKEN, apiUrl: v.EXAMPLE_API_URL, port: v.EXAMPLE_PORT }));

export type ExampleConfig = z.output<typeof exampleEnv>;
